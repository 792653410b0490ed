package org.istraga.provenance.forensics;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A date some software wrote into the file, with where it was found. Input to {@link
 * ConsistencyRules}.
 *
 * @param source where it was found, e.g. {@code pdf.info}, {@code pdf.xmp}, {@code office.core}
 * @param role {@code created}, {@code modified}, {@code printed}, {@code signed}, {@code sent},
 *     {@code received}, {@code taken} or {@code metadata}
 * @param value the date as declared (its own offset kept)
 */
public record DeclaredDate(String source, String role, OffsetDateTime value) {
  public static final String CREATED = "created";
  public static final String MODIFIED = "modified";

  public DeclaredDate {
    Objects.requireNonNull(source);
    Objects.requireNonNull(role);
    Objects.requireNonNull(value);
  }
}
