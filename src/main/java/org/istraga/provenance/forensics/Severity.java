package org.istraga.provenance.forensics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How much a {@link Flag} deserves an editor's attention. Serialized in lower case.
 *
 * <ul>
 *   <li>{@link #INFO}: a fact worth knowing that is common in honest documents (an incremental
 *       update, GPS coordinates in a photo).
 *   <li>{@link #WARNING}: an inconsistency or a feature that deserves a closer look (dates that
 *       contradict each other, hidden content, JavaScript).
 *   <li>{@link #ALERT}: a cryptographic check failed or a signature does not protect what it seems
 *       to (invalid signature, DKIM body hash mismatch, partial signature coverage).
 * </ul>
 */
public enum Severity {
  INFO,
  WARNING,
  ALERT;

  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Severity fromJson(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
