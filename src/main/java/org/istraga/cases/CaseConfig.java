package org.istraga.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contents of {@code case.json}: what wrote the case and how its text was analysed, so that an
 * old case is either read correctly or refused with a clear message.
 *
 * @param formatVersion version of the case folder layout ({@link #FORMAT_VERSION})
 * @param schemaVersion version of the index schema (see docs/schema.md)
 * @param created ISO-8601 instant the case was created
 * @param createdBy Istraga version that created the case
 * @param analysis per-field analysis chains, as recorded when the case was created
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseConfig(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("schema_version") int schemaVersion,
    @JsonProperty("created") String created,
    @JsonProperty("created_by") String createdBy,
    @JsonProperty("analysis") Map<String, String> analysis) {

  /** Version of the case folder layout written by this build. */
  public static final int FORMAT_VERSION = 1;

  public CaseConfig {
    analysis = analysis == null ? Map.of() : new LinkedHashMap<>(analysis);
  }
}
