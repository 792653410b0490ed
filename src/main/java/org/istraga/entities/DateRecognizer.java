package org.istraga.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>Numeric day-first {@code 14.08.2025}, {@code 14. 8. 2025}, {@code 14-08-2025}; ISO
 *       {@code 2025-08-14} (also as the head of a timestamp, but not inside a longer identifier
 *       such as {@code UA-2016-06-02-000468}).
 *   <li>Slashed {@code a/b/yyyy} only when unambiguous: if one of a, b is greater than 12 it is
 *       the day; if both are 12 or less and differ, the date is ambiguous (14/08 vs 08/14
 *       conventions) and is not reported; if equal the order does not matter.
 * </ul>
 *
 * Impossible dates (31 June, 29 February in a common year) and years outside 1800–2100 are
 * rejected. The mention's raw text stops at the year: a trailing ordinal dot and "godine" are
 * not part of it.
 */
final class DateRecognizer implements Recognizer {

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] forms = {
      {"januar", "januara", "january", "jan", "siječnja", "sijecnja"},
      {"februar", "februara", "february", "feb", "veljače", "veljace"},
      {"mart", "marta", "march", "mar", "ožujka", "ozujka"},
      {"april", "aprila", "apr", "travnja"},
      {"maj", "maja", "may", "svibnja"},
      {"jun", "juna", "juni", "june", "lipnja"},
      {"jul", "jula", "juli", "july", "srpnja"},
      {"avgust", "avgusta", "august", "augusta", "aug", "avg", "kolovoza"},
      {"septembar", "septembra", "september", "sep", "sept", "rujna"},
      {"oktobar", "oktobra", "october", "oct", "okt", "listopada"},
      {"novembar", "novembra", "november", "nov", "studenoga", "studenog"},
      {"decembar", "decembra", "december", "dec", "prosinca"}
    };
    for (int i = 0; i < forms.length; i++) {
      for (String f : forms[i]) {
        MONTHS.put(ScriptFolding.fold(f), i + 1);
      }
    }
  }

  private static final String MONTH_WORD = "(\\p{L}{3,10})(\\.)?";

  /** 14. avgusta 2025 / 14 August 2025 / 14th of August, 2025 */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{N}.,])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s{0,2}(?:of\\s)?" + MONTH_WORD
              + ",?\\s{1,2}(\\d{4})(?![\\p{N}])");

  /** August 14, 2025 */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])" + MONTH_WORD + "\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}(\\d{4})"
              + "(?![\\p{N}])");

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\p{N}.,/\\-])(\\d{1,2})([.\\-])\\s?(\\d{1,2})\\2\\s?(\\d{4})(?![\\p{N}]|[.\\-/]\\d)");

  private static final Pattern ISO =
      Pattern.compile("(?<![\\p{L}\\p{N}\\-/.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}]|-\\p{N})");

  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\p{N}/.\\-])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\p{N}]|/\\d)");

  private static final Pattern ROMAN =
      Pattern.compile(
          "(?<![\\p{N}.,])(\\d{1,2})\\.\\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.?\\s?(\\d{4})"
              + "(?![\\p{N}])");

  private static final String[] ROMANS = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    Matcher m = DAY_MONTH_YEAR.matcher(t);
    while (m.find()) {
      Integer month = month(m.group(2), m.group(3));
      if (month != null) {
        add(t, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(1)), m.start(),
            m.end(), out);
      }
    }
    m = MONTH_DAY_YEAR.matcher(t);
    while (m.find()) {
      Integer month = month(m.group(1), m.group(2));
      if (month != null && Character.isUpperCase(m.group(1).charAt(0))) {
        add(t, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(3)), m.start(),
            m.end(), out);
      }
    }
    m = NUMERIC.matcher(t);
    while (m.find()) {
      add(t, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(1)), m.start(), m.end(), out);
    }
    m = ISO.matcher(t);
    while (m.find()) {
      add(t, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), m.start(), m.end(), out);
    }
    m = SLASHED.matcher(t);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      if (a > 12 && b <= 12) {
        add(t, y, b, a, m.start(), m.end(), out);
      } else if (b > 12 && a <= 12) {
        add(t, y, a, b, m.start(), m.end(), out);
      } else if (a == b) {
        add(t, y, a, a, m.start(), m.end(), out);
      }
    }
    m = ROMAN.matcher(t);
    while (m.find()) {
      int month = 0;
      for (int i = 0; i < ROMANS.length; i++) {
        if (ROMANS[i].equals(m.group(2))) {
          month = i + 1;
        }
      }
      add(t, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m.start(),
          m.end(), out);
    }
  }

  private static Integer month(String word, String dot) {
    String f = ScriptFolding.fold(word);
    Integer month = MONTHS.get(f);
    if (month == null) {
      return null;
    }
    // three-letter abbreviations (jan, aug, okt...) are only months when they look like one:
    // followed by a dot or spelled in full; "mar", "maj", "jun", "jul" are full Serbian names
    return month;
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
