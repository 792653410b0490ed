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
  /** A day as Serbian (and most of Europe) writes it: {@code 14.08.2019} or {@code 14.8.2019.}. */
  private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\.?");
  /** A month written {@code 08.2019} or {@code 8.2019.}. */
  private static final Pattern DOTTED_MONTH = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{4})\\.?");
  /** One separator after one to three digits and before exactly three: thousands or a fraction? */
  private static final Pattern AMBIGUOUS = Pattern.compile("[-+]?[1-9]\\d{0,2}[.,]\\d{3}");
  private static final Pattern SIZE = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?");

  private ValueParsers() {}

  /**
   * The instants (epoch millis, inclusive) covered by a date value: {@code 2019}, {@code 2019-08},
   * {@code 2019-08-14}, the dotted forms {@code 14.08.2019.} and {@code 08.2019}, or an ISO instant.
   */
  static LongRange date(String value) {
    String v = value.strip();
    try {
      Matcher dotted = DOTTED_DAY.matcher(v);
      if (dotted.matches()) {
        v = dotted.group(3) + "-" + dotted.group(2) + "-" + dotted.group(1);
      } else if ((dotted = DOTTED_MONTH.matcher(v)).matches()) {
        v = dotted.group(2) + "-" + dotted.group(1);
      }
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
            + "' is not a date; write 2024, 2024-03, 2024-03-05 (or 05.03.2024.) or 2024-03-05T10:00:00Z", e2);
      }
    }
  }

  /** A day written with slashes or dashes, day first ({@code 14/08/2019}, {@code 14-8-2019}). */
  private static final Pattern SLASHED_DAY = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})\\.?");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  /**
   * The ISO day ({@code yyyy-mm-dd}) that a bare query term names when it is a whole date in one of
   * the notations documents and people write: {@code 14.08.2019.}, {@code 14.8.2019}, {@code
   * 2019-08-14}, {@code 14/08/2019}, {@code 14-08-2019} (day first, as in Serbian and British
   * use; month first when the first number cannot be a month: {@code 08/14/2019}). Null for
   * anything else, years and months included (a bare {@code 2019} stays a word).
   */
  static String dayOf(String text) {
    String v = text.strip();
    int y;
    int first;
    int second;
    Matcher m;
    if ((m = DOTTED_DAY.matcher(v)).matches()) {
      y = Integer.parseInt(m.group(3));
      first = Integer.parseInt(m.group(1));
      second = Integer.parseInt(m.group(2));
    } else if ((m = SLASHED_DAY.matcher(v)).matches()) {
      y = Integer.parseInt(m.group(4));
      first = Integer.parseInt(m.group(1));
      second = Integer.parseInt(m.group(3));
      if (second > 12 && first <= 12) {
        int t = first;
        first = second;
        second = t;
      }
    } else if ((m = ISO_DAY.matcher(v)).matches()) {
      y = Integer.parseInt(m.group(1));
      second = Integer.parseInt(m.group(2));
      first = Integer.parseInt(m.group(3));
    } else {
      return null;
    }
    try {
      return LocalDate.of(y, second, first).toString();
    } catch (java.time.DateTimeException e) {
      return null; // 31.02.2019: not a day, only a word
    }
  }

  /** The first and last day (ISO {@code yyyy-mm-dd}, UTC) of the interval a date value names. */
  static String[] days(String value) {
    LongRange r = date(value);
    return new String[] {day(r.min()), day(r.max())};
  }

  private static String day(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC).toLocalDate().toString();
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
    try {
      return n.multiply(BigDecimal.valueOf(mult)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + value + "' is too large for a size (at most 8 EB); write 20KB, 3.5MB or 1GB", e);
    }
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
   * A decimal number as people write amounts: spaces and underscores are ignored ({@code 1 000
   * 000}, {@code 1_000_000}); when both {@code .} and {@code ,} appear, the last one is the decimal
   * separator and the other groups thousands ({@code 1.000.000,50}, {@code 1,000,000.50}); a
   * separator that appears several times groups thousands ({@code 1.000.000}, {@code 1,000,000}); a
   * single one is the decimal separator ({@code 1500.50}, {@code 1500,50}), except that one
   * followed by exactly three digits after one to three leading digits ({@code 1.500}, {@code
   * 2,000}) is refused as ambiguous rather than guessed.
   */
  static double decimal(String value) {
    String v = value.strip().replace("_", "").replace(" ", "").replace("\u00a0", "");
    int dot = v.lastIndexOf('.');
    int comma = v.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      char group = dot > comma ? ',' : '.';
      v = grouped(value, v.substring(0, Math.max(dot, comma)), group) + "." + v.substring(Math.max(dot, comma) + 1);
    } else if (dot >= 0 || comma >= 0) {
      char sep = dot >= 0 ? '.' : ',';
      if (v.indexOf(sep) != v.lastIndexOf(sep)) {
        v = grouped(value, v, sep);
      } else if (AMBIGUOUS.matcher(v).matches()) {
        throw new IllegalArgumentException("'" + value + "' is ambiguous: write " + v.replace(String.valueOf(sep), "")
            + " for thousands, or " + v.replace(sep, '.') + "0 for a fraction");
      } else {
        v = v.replace(sep, '.');
      }
    }
    try {
      return new BigDecimal(v).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number (write 1000000, 1.000.000 or 1500.50)", e);
    }
  }

  /** {@code s} without its thousands separators {@code sep}, checking that groups have three digits. */
  private static String grouped(String value, String s, char sep) {
    String[] parts = s.split(Pattern.quote(String.valueOf(sep)), -1);
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() != 3) {
        throw new IllegalArgumentException("'" + value + "' is not a number: '" + sep
            + "' groups thousands there, so each group after the first needs three digits");
      }
    }
    return String.join("", parts);
  }
}
