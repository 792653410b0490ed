package org.istraga.provenance.forensics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One consistency finding: a stable kebab-case {@code name} (see {@link FlagName}), a severity, a
 * one-sentence message for an editor and the evidence, i.e. the values that were compared, in the
 * order they were recorded.
 *
 * <p>The name is kept as a string so that reports written by a newer version stay readable.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Flag(String name, Severity severity, String message, Map<String, String> evidence) {

  public Flag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    evidence =
        evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** A flag with the default severity of {@code name}. */
  public static Flag of(FlagName name, String message, Map<String, String> evidence) {
    return new Flag(name.id(), name.severity(), message, evidence);
  }

  /** A flag whose severity differs from the default of {@code name} (documented per rule). */
  public static Flag of(
      FlagName name, Severity severity, String message, Map<String, String> evidence) {
    return new Flag(name.id(), severity, message, evidence);
  }

  /** True if this flag has the given name. */
  public boolean is(FlagName flagName) {
    return name.equals(flagName.id());
  }
}
