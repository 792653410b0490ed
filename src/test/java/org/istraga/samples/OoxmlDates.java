package org.istraga.samples;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;

/** W3C date-time strings for OOXML core properties (dcterms:created/modified, in UTC). */
final class OoxmlDates {

  private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern(
      "uuuu-MM-dd'T'HH:mm:ss'Z'");

  private OoxmlDates() {}

  /** {@code 2019-07-26T08:12} (UTC) → {@code 2019-07-26T08:12:00Z}. */
  static String w3c(LocalDateTime utc) {
    return W3C.format(utc);
  }

  /** The same UTC time as a {@link Date} for POI's property setters. */
  static Optional<Date> date(LocalDateTime utc) {
    return Optional.of(Date.from(utc.toInstant(ZoneOffset.UTC)));
  }
}
