package org.istraga.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written in text, normalized to ISO {@code yyyy-MM-dd}.
 *
 * <ul>
 *   <li>Serbian month names in Latin and Cyrillic, nominative and genitive ({@code 14. avgust
 *       2025.}, {@code 14. avgusta 2025.}, {@code 14. августа 2025. године}); English ({@code
 *       August 14, 2025}, {@code 14 August 2025}, {@code 14th of Aug. 2025}); Roman-numeral
 *       months ({@code 14. VIII 2025}).
 *   <li>Numeric day-first {@code 14.08.2025}, {@code 14. 8. 2025}, {@code 14-08-2025} (OCR's
 *       {@code 15 .03.2019} too), {@code 30-Jun-2020}; ISO
 *       {@code 2025-08-14} (also as the head of a timestamp, but not inside a longer identifier
 *       such as {@code UA-2016-06-02-000468}).
 *   <li>Slashed {@code a/b/yyyy}: if one of a, b is greater than 12 it is the day; if both are
 *       12 or less and differ, the date is ambiguous (14/08 vs 08/14 conventions) and is read in
 *       the convention the text's other slashed dates prove — all those with a part over 12
 *       month first ({@code 11/20/1997} in a US patent schedule: {@code 02/06/1998} is 6
 *       February) or all day first — and not reported when they prove none or disagree; if
 *       equal the order does not matter.
 *   <li>English month-first dates may be broken over lines as laid-out PDF text is ({@code
 *       October 20,} / blank line / {@code 2008}); two days of one month ({@code October 20 and
 *       21, 2008}, {@code May 3-4, 2009}) are two dates.
 * </ul>
 *
 * Impossible dates (31 June, 29 February in a common year) and years outside 1800–2100 are
 * rejected. The mention's raw text stops at the year: a trailing ordinal dot and "godine" are
 * not part of it.
 */
final class DateRecognizer implements Recognizer {

  private static final String MONTH_WORD = "(\\p{L}{3,10})(\\.)?";

  /** 14. avgusta 2025 / 14 August 2025 / 14th of August, 2025 */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{N}.])(?<!\\d,)(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s{0,2}(?:of\\s)?" + MONTH_WORD
              + ",?\\s{1,2}(\\d{4})(?![\\p{N}])");

  /**
   * Space between the parts of an English date: one or two spaces, or a line break with the
   * blank line that laid-out PDF text puts after each line ({@code October 20, \n\n2008}).
   */
  private static final String GAP = "(?=\\s)(?:[ \\t]{0,2}\\n){0,2}[ \\t]{0,2}";

  /** August 14, 2025 (also broken over lines) */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])" + MONTH_WORD + GAP + "(\\d{1,2})(?:st|nd|rd|th)?,?" + GAP + "(\\d{4})"
              + "(?![\\p{N}])");

  /** October 20 and 21, 2008 / October 20-21, 2008: two days of one month, both reported. */
  private static final Pattern MONTH_DAYS_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])" + MONTH_WORD + GAP + "(\\d{1,2})(?:[ \\t]{1,2}and[ \\t]{1,2}|[ \\t]?[-–][ \\t]?)"
              + "(\\d{1,2}),?" + GAP + "(\\d{4})(?![\\p{N}])");

  /** 14.08.2025, 14. 8. 2025, 14-08-2025; OCR may put a space before a dot: 15 .03.2019 */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\p{N}./\\-])(\\d{1,2})(?: ?(\\.)|(-))\\s?(\\d{1,2})(?: ?\\2|\\3)\\s?(\\d{4})"
              + "(?![\\p{N}]|[.\\-/]\\d)");

  /** 30-Jun-2020, 30/Jun/2020 */
  private static final Pattern DASHED_MONTH =
      Pattern.compile(
          "(?<![\\p{N}./\\-])(?<!\\d,)(\\d{1,2})([\\-/])(\\p{L}{3,10})\\.?\\2(\\d{4})(?![\\p{N}])");

  private static final Pattern ISO =
      Pattern.compile("(?<![\\p{L}\\p{N}\\-/.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}]|-\\p{N})");

  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\p{N}/.\\-])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\p{N}]|/\\d)");

  private static final Pattern ROMAN =
      Pattern.compile(
          "(?<![\\p{N}.])(?<!\\d,)(\\d{1,2})\\.\\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.?\\s?(\\d{4})"
              + "(?![\\p{N}])");

  private static final String[] ROMANS = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    Matcher dmy = DAY_MONTH_YEAR.matcher(t);
    Matcher numeric = NUMERIC.matcher(t);
    Matcher dashedMonth = DASHED_MONTH.matcher(t);
    Matcher iso = ISO.matcher(t);
    Matcher slashed = SLASHED.matcher(t);
    Matcher roman = ROMAN.matcher(t);
    int dayFirst = 0;
    int monthFirst = 0;
    List<int[]> ambiguous = new ArrayList<>();
    for (int p : ctx.digitStarts()) {
      if (ctx.lookingAt(dmy, p, 40)) {
        Integer month = MonthNames.of(dmy.group(2));
        if (month != null) {
          add(t, Integer.parseInt(dmy.group(4)), month, Integer.parseInt(dmy.group(1)), p,
              dmy.end(), out);
        }
      }
      if (ctx.lookingAt(numeric, p, 18)) {
        add(t, Integer.parseInt(numeric.group(5)), Integer.parseInt(numeric.group(4)),
            Integer.parseInt(numeric.group(1)), p, numeric.end(), out);
      } else if (ctx.lookingAt(dashedMonth, p, 20)) {
        Integer month = MonthNames.of(dashedMonth.group(3));
        if (month != null) {
          add(t, Integer.parseInt(dashedMonth.group(4)), month,
              Integer.parseInt(dashedMonth.group(1)), p, dashedMonth.end(), out);
        }
      }
      if (ctx.lookingAt(iso, p, 12)) {
        add(t, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)), p, iso.end(), out);
      }
      if (ctx.lookingAt(slashed, p, 12)) {
        int a = Integer.parseInt(slashed.group(1));
        int b = Integer.parseInt(slashed.group(2));
        int y = Integer.parseInt(slashed.group(3));
        if (a > 12 && b <= 12) {
          dayFirst++;
          add(t, y, b, a, p, slashed.end(), out);
        } else if (b > 12 && a <= 12) {
          monthFirst++;
          add(t, y, a, b, p, slashed.end(), out);
        } else if (a == b) {
          add(t, y, a, a, p, slashed.end(), out);
        } else {
          ambiguous.add(new int[] {p, slashed.end(), a, b, y});
        }
      }
      if (ctx.lookingAt(roman, p, 20)) {
        int month = 0;
        for (int i = 0; i < ROMANS.length; i++) {
          if (ROMANS[i].equals(roman.group(2))) {
            month = i + 1;
          }
        }
        add(t, Integer.parseInt(roman.group(3)), month, Integer.parseInt(roman.group(1)), p,
            roman.end(), out);
      }
    }
    // a/b/yyyy with both parts 12 or less: read in the convention the text's other slashed dates
    // prove (a part over 12), when they all agree
    if (!ambiguous.isEmpty() && (dayFirst == 0) != (monthFirst == 0)) {
      for (int[] d : ambiguous) {
        add(t, d[4], dayFirst > 0 ? d[3] : d[2], dayFirst > 0 ? d[2] : d[3], d[0], d[1], out);
      }
    }
    // "August 14, 2025": start at a capitalised month-name token
    Matcher mdy = MONTH_DAY_YEAR.matcher(t);
    Matcher mdys = MONTH_DAYS_YEAR.matcher(t);
    TextContext.Tokens tok = ctx.tokens();
    for (int k = 0; k < tok.count; k++) {
      int s = tok.start[k];
      if (!Character.isUpperCase(t.charAt(s)) || tok.end[k] - s < 3 || tok.end[k] - s > 10
          || "JFMASONDЈФМАСОНДLTPRKSV".indexOf(t.charAt(s)) < 0
          || MonthNames.ofFolded(tok.folded(k)) == null) {
        continue;
      }
      if (ctx.lookingAt(mdy, s, 30)) {
        Integer month = MonthNames.of(mdy.group(1));
        if (month != null) {
          add(t, Integer.parseInt(mdy.group(4)), month, Integer.parseInt(mdy.group(3)), s,
              mdy.end(), out);
        }
      } else if (ctx.lookingAt(mdys, s, 36)) {
        Integer month = MonthNames.of(mdys.group(1));
        if (month != null) {
          int y = Integer.parseInt(mdys.group(5));
          add(t, y, month, Integer.parseInt(mdys.group(3)), s, mdys.end(3), out);
          add(t, y, month, Integer.parseInt(mdys.group(4)), mdys.start(4), mdys.end(), out);
        }
      }
    }
  }

  private static void add(String t, int y, int mo, int d, int s, int e, List<Mention> out) {
    if (y < 1800 || y > 2100) {
      return;
    }
    try {
      LocalDate date = LocalDate.of(y, mo, d);
      out.add(new Mention(EntityType.DATE, date.toString(), t.substring(s, e), s, e));
    } catch (DateTimeException ex) {
      // impossible date: not reported
    }
  }
}
