package org.istraga.provenance.forensics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.istraga.IstragaException;
import org.istraga.provenance.forensics.cms.CmsFacts;
import org.istraga.provenance.forensics.email.EmailFacts;
import org.istraga.provenance.forensics.image.ImageFacts;
import org.istraga.provenance.forensics.office.OfficeFacts;
import org.istraga.provenance.forensics.pdf.PdfFacts;

/**
 * The forensic report for one file: what its bytes and self-declared metadata say about where it
 * came from and whether it was altered. Exactly one of {@link #pdf()}, {@link #office()}, {@link
 * #image()}, {@link #email()}, {@link #cms()} is set, matching {@link #format()}; the others are null and omitted
 * from JSON.
 *
 * <p>JSON field names are snake_case and stable (documented in {@code docs/provenance.md}); null
 * fields are omitted; unknown fields are ignored when reading, so a report written by a newer
 * version still reads. {@link #toJson()} and {@link #fromJson(String)} round-trip exactly: the
 * report crosses the boundary of Tika's forked parser process as JSON.
 *
 * @param format {@code pdf}, {@code ooxml}, {@code ole}, {@code odf}, {@code image}, {@code email},
 *     {@code cms} or {@code none}
 * @param mediaType the media type the caller detected (as given)
 * @param fileSize size of the file in bytes
 * @param sha256 lower-case hex SHA-256 of the whole file (null if it could not be read)
 * @param analyzedAt when the analysis ran (ISO-8601, the options' clock)
 * @param pdf PDF facts
 * @param office Office document facts
 * @param image image facts
 * @param email e-mail facts
 * @param cms CMS / PKCS#7 signed envelope facts
 * @param flags consistency flags, in the order the rules ran
 * @param revisions earlier PDF revisions (empty for other formats and single-revision PDFs)
 * @param errors what could not be analyzed, one line each ({@code "step: cause"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForensicReport(
    String format,
    String mediaType,
    long fileSize,
    String sha256,
    String analyzedAt,
    PdfFacts pdf,
    OfficeFacts office,
    ImageFacts image,
    EmailFacts email,
    CmsFacts cms,
    List<Flag> flags,
    List<Revision> revisions,
    List<String> errors) {

  /** Format names used in {@link #format()}. */
  public static final String PDF = "pdf";

  public static final String OOXML = "ooxml";
  public static final String OLE = "ole";
  public static final String ODF = "odf";
  public static final String IMAGE = "image";
  public static final String EMAIL = "email";
  public static final String CMS = "cms";
  public static final String NONE = "none";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  public ForensicReport {
    Objects.requireNonNull(format, "format");
    flags = flags == null ? List.of() : List.copyOf(flags);
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** The first flag with this name, if raised. */
  public Optional<Flag> flag(FlagName name) {
    return flags.stream().filter(f -> f.is(name)).findFirst();
  }

  /** All flags with this name. */
  public List<Flag> flags(FlagName name) {
    return flags.stream().filter(f -> f.is(name)).toList();
  }

  /** True if a flag with this name was raised. */
  public boolean hasFlag(FlagName name) {
    return flag(name).isPresent();
  }

  /** Compact JSON (snake_case fields, nulls omitted). */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IstragaException(
          IstragaException.Kind.INTERNAL, "cannot serialize forensic report: " + e, e);
    }
  }

  /** Reads a report written by {@link #toJson()}. */
  public static ForensicReport fromJson(String json) {
    try {
      return MAPPER.readValue(json, ForensicReport.class);
    } catch (JsonProcessingException e) {
      throw new IstragaException(
          IstragaException.Kind.INCOMPATIBLE,
          "not a forensic report (JSON does not match): " + e.getOriginalMessage(),
          e);
    }
  }
}
