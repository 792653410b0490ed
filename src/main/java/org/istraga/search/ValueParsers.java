package org.istraga.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the values users write for numeric, size and date fields. A value names an interval:
 * {@code 2024} is the whole year, {@code 2024-03} the month, {@code 2024-03-05} the day, so that
 * {@code date:2024} and {@code date:[2024-01-01 TO 2024-12-31]} are the same thing. Dates are UTC.
 * Pure functions; failures throw {@link IllegalArgumentException} with a message that shows valid
 * forms.
 */
final class ValueParsers {

  /** An interval of longs, both ends inclusive. */
  record LongRange(long min, long max) {}

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final Pattern SIZE = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?");

  private ValueParsers() {}

  /** The instants (epoch millis, inclusive) covered by a date value. */
  static LongRange date(String value) {
    String v = value.strip();
    try {
      if (YEAR.matcher(v).matches()) {
        int y = Integer.parseInt(v);
        return new LongRange(startOfDay(LocalDate.of(y, 1, 1)), startOfDay(LocalDate.of(y + 1, 1, 1)) - 1);
      }
      if (MONTH.matcher(v).matches()) {
        String[] p = v.split("-");
        YearMonth ym = YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        return new LongRange(startOfDay(ym.atDay(1)), startOfDay(ym.plusMonths(1).atDay(1)) - 1);
      }
      if (DAY.matcher(v).matches()) {
        String[] p = v.split("-");
        LocalDate d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        return new LongRange(startOfDay(d), startOfDay(d.plusDays(1)) - 1);
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("'" + value + "' is not a valid date (" + e.getMessage() + ")", e);
    }
    try {
      long t = Instant.parse(v).toEpochMilli();
      return new LongRange(t, t);
    } catch (DateTimeParseException e) {
      try {
        long t = OffsetDateTime.parse(v).toInstant().toEpochMilli();
        return new LongRange(t, t);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("'" + value
            + "' is not a date; write 2024, 2024-03, 2024-03-05 or 2024-03-05T10:00:00Z", e2);
      }
    }
  }

  private static long startOfDay(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** A size in bytes: plain digits or a number with a unit (KB = 1024 bytes). */
  static long size(String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a size; write bytes (1500) or a unit (20KB, 3.5MB, 1GB)");
    }
    BigDecimal n = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    long mult;
    switch (unit.charAt(0)) {
      case 'k':
        mult = 1L << 10;
        break;
      case 'm':
        mult = 1L << 20;
        break;
      case 'g':
        mult = 1L << 30;
        break;
      case 't':
        mult = 1L << 40;
        break;
      default:
        mult = 1;
    }
    return n.multiply(BigDecimal.valueOf(mult)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  /** A whole number. */
  static int integer(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a whole number", e);
    }
  }

  /**
   * A decimal number; spaces, underscores and a thousands separator are ignored when unambiguous
   * ({@code 1_000_000}, {@code 1000000.50}); a comma alone is read as the decimal separator.
   */
  static double decimal(String value) {
    String v = value.strip().replace("_", "").replace(" ", "");
    if (v.indexOf(',') >= 0 && v.indexOf('.') < 0 && v.indexOf(',') == v.lastIndexOf(',')) {
      v = v.replace(',', '.');
    }
    v = v.replace(",", "");
    try {
      return new BigDecimal(v).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number (write 1000000 or 1500.50)", e);
    }
  }
}
