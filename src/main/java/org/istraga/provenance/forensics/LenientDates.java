package org.istraga.provenance.forensics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Parses the ISO-8601 variants found in XMP, OOXML and ODF metadata ({@code 2021-11-27T19:41:03Z},
 * with or without seconds, fractions or offset, or a bare date). A value without an offset is taken
 * as UTC; {@link #hasZone(String)} tells which it was. Stateless.
 */
public final class LenientDates {

  private LenientDates() {}

  /** The parsed date, or null if it is not ISO-8601. */
  public static OffsetDateTime parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(t).truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      // "2021-11-27T19:41+01:00" (no seconds) is valid XMP
      return OffsetDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX"));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }

  /** True if the string carries {@code Z} or an offset after its time. */
  public static boolean hasZone(String s) {
    if (s == null) {
      return false;
    }
    int t = s.indexOf('T');
    if (t < 0) {
      return false;
    }
    String time = s.substring(t);
    return time.endsWith("Z") || time.endsWith("z") || time.contains("+") || time.contains("-");
  }

  /** A moment as ISO-8601 in UTC to the second ({@code 2019-06-01T08:22:31Z}), or null. */
  public static String format(java.util.Date d) {
    return d == null ? null : format(d.toInstant().atOffset(java.time.ZoneOffset.UTC));
  }

  /** ISO-8601 with offset, or null. */
  public static String format(OffsetDateTime t) {
    return t == null
        ? null
        : t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
