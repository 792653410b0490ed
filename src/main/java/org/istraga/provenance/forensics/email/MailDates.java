package org.istraga.provenance.forensics.email;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parser for RFC 5322 dates as found in Date and Received headers, including the obsolete
 * forms (two-digit years, named zones such as {@code EST}, comments like {@code (PDT)}, missing
 * seconds, missing day of week) and the C {@code asctime} form ({@code Tue Mar  7 10:00:00 2023}). Unknown zone names and {@code -0000} are read as UTC. Stateless.
 */
public final class MailDates {

  private static final Pattern DATE =
      Pattern.compile(
          "(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})\\s+"
              + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*"
              + "([+-]\\d{4}|[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?");
  private static final Pattern ASCTIME =
      Pattern.compile(
          "(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
              + "\\s+(\\d{4})(?:\\s+([+-]\\d{4}|[+-]\\d{2}:\\d{2}|[A-Za-z]{1,5})\\b)?");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Map<String, Integer> ZONES =
      Map.ofEntries(
          Map.entry("ut", 0),
          Map.entry("utc", 0),
          Map.entry("gmt", 0),
          Map.entry("z", 0),
          Map.entry("edt", -4),
          Map.entry("est", -5),
          Map.entry("cdt", -5),
          Map.entry("cst", -6),
          Map.entry("mdt", -6),
          Map.entry("mst", -7),
          Map.entry("pdt", -7),
          Map.entry("pst", -8),
          Map.entry("cet", 1),
          Map.entry("cest", 2),
          Map.entry("bst", 1),
          Map.entry("met", 1),
          Map.entry("mest", 2),
          Map.entry("eet", 2),
          Map.entry("eest", 3));

  private MailDates() {}

  /** The date, or null if the text holds no recognizable RFC 5322 date. */
  public static OffsetDateTime parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.replaceAll("\\([^()]*\\)", " ").replaceAll("\\s+", " ").trim();
    Matcher m = DATE.matcher(t);
    if (!m.find()) {
      return asctime(t);
    }
    try {
      int day = Integer.parseInt(m.group(1));
      String monName = m.group(2).toLowerCase(Locale.ROOT);
      Integer month = MONTHS.get(monName.length() >= 3 ? monName.substring(0, 3) : monName);
      if (month == null) {
        return null;
      }
      int year = Integer.parseInt(m.group(3));
      if (m.group(3).length() == 2) {
        year += year < 50 ? 2000 : 1900;
      } else if (m.group(3).length() == 3) {
        year += 1900;
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      if (second == 60) {
        second = 59; // leap second
      }
      ZoneOffset zone = zone(m.group(7));
      return LocalDateTime.of(year, month, day, hour, minute, second).atOffset(zone);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The C {@code asctime} form some mail servers and clients write ({@code Tue Mar  7 10:00:00
   * 2023}, optionally followed by a zone), found in old Received headers and mbox postmarks.
   */
  private static OffsetDateTime asctime(String t) {
    Matcher m = ASCTIME.matcher(t);
    if (!m.find()) {
      return null;
    }
    try {
      Integer month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
      if (month == null) {
        return null;
      }
      int second = m.group(5) == null ? 0 : Math.min(59, Integer.parseInt(m.group(5)));
      return LocalDateTime.of(
              Integer.parseInt(m.group(6)),
              month,
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              second)
          .atOffset(zone(m.group(7)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset zone(String z) {
    if (z == null) {
      return ZoneOffset.UTC;
    }
    if (z.startsWith("+") || z.startsWith("-")) {
      String digits = z.substring(1).replace(":", "");
      int h = Integer.parseInt(digits.substring(0, 2));
      int mi = Integer.parseInt(digits.substring(2, 4));
      if (h > 18 || mi > 59) {
        return ZoneOffset.UTC;
      }
      int sign = z.startsWith("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
    }
    Integer h = ZONES.get(z.toLowerCase(Locale.ROOT));
    return h == null ? ZoneOffset.UTC : ZoneOffset.ofHours(h);
  }
}
