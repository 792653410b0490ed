package org.istraga.search;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.istraga.entities.MonthNames;
import org.istraga.index.EntityFields;

/**
 * Values typed with words that documents print as numbers or labels, rewritten in a query's raw
 * text (outside quotes) before parsing:
 *
 * <ul>
 *   <li>An amount with a magnitude word ({@code 3,5 miliona}, {@code 2,8 million}, {@code 120
 *       hiljada}, {@code 1,2 milijarde}, {@code 3,5 милиона}) is also the plain number ({@code
 *       3500000}), which finds it printed in any notation ({@code 3.500.000,00}, {@code
 *       3,500,000.00}): {@code ((3,5 miliona) OR 3500000)}. A decimal comma or point is read as
 *       such; a separator followed by three digits groups thousands ({@code 1.200 miliona}).
 *   <li>A tax, registration or personal number after its label ({@code PIB 101670560}, {@code MB
 *       20984317}, {@code JMBG ...}, either script) is also that identifier field's value: {@code
 *       ((PIB 101670560) OR pib:101670560)}, so a receipt or a table that prints the number without
 *       its label is found too.
 * </ul>
 *
 * Pure functions, linear in the text's length.
 */
final class WordedValues {

  /** Magnitude words as typed after an amount, in either script ({@code miliona}, {@code million}, {@code хиљада}). */
  static final String MAGNITUDE_WORDS = "hiljad[aeu]|thousand|tisu[cć][aeu]|milion[aiu]?|million(?:s)?|mil\\.|mln\\.?"
      + "|milijard[aeiu]|billion(?:s)?|mlrd\\.?|хиљад[аеу]|милион[аиу]?|мил\\.|милијард[аеиу]";

  private static final Pattern MAGNITUDE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:<>=\\\\\\-/_])(\\d{1,3}(?:[.,]\\d{1,3})?)\\s+"
          + "(" + MAGNITUDE_WORDS + ")(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * An amount in the short English notation of the press: a currency sign or code and a magnitude
   * letter ({@code US$3m}, {@code $3.5m}, {@code €1.2bn}, {@code EUR 40k}), or a magnitude that
   * cannot be a unit ({@code 3bn}, {@code 1.2mn}, {@code 4 mln}). A bare {@code 3m} (metres) or
   * {@code 40k} stays a word.
   */
  private static final Pattern SHORT_AMOUNT = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:<>=\\\\\\-/_])(?:((?:US|A|C|NZ|HK)?\\$|€|£|(?:EUR|USD|GBP|CHF|RSD)\\s?)"
          + "(\\d{1,3}(?:[.,]\\d{1,3})?)\\s?(k|m|mn|mln|bn|b)|(\\d{1,3}(?:[.,]\\d{1,3})?)\\s?(bn|mn|mln))"
          + "(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The word Serbian writes after a year ({@code 2019. godine}, {@code 2019. године}, {@code 2019.
   * god.}, {@code 2019. g.}): part of the date's notation, not a word the text must repeat.
   */
  private static final String YEAR_WORD = "(?:godine|године|god\\.|год\\.|g\\.|г\\.)";

  /** A whole day in digits followed by the year word: {@code 15.03.2019. godine}, {@code 15.3.2019 г.}. */
  private static final Pattern NUMERIC_DAY_YEAR_WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:\\\\\\-/_])(\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\.?)\\s+" + YEAR_WORD
          + "(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A whole day with its month in words: {@code 3 March 2021}, {@code 3. mart 2021.}, {@code 15. марта 2021}. */
  private static final Pattern WORDED_DAY = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:\\\\\\-/_])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?(\\p{L}{3,10})\\.?,?\\s+(\\d{4})\\.?"
          + "(?:\\s+" + YEAR_WORD + ")?(?![\\p{L}\\p{N}.,/\\-:])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A whole day the English way round: {@code March 3, 2021}, {@code Aug. 14 2019}. */
  private static final Pattern WORDED_DAY_MONTH_FIRST = Pattern.compile(
      "(?<![\\p{L}\\p{N}:\\\\])(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
          + "(?![\\p{L}\\p{N}.,/\\-:])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern LABELLED_ID = Pattern.compile(
      "(?<![\\p{L}\\p{N}:\\\\])(pib|пиб|mb|мб|jmbg|јмбг|mati[čc]ni\\s+broj|матични\\s+број|mat\\.\\s?br\\.|мат\\.\\s?бр\\.)"
          + "\\s+(\\d{8,13})(?![\\p{L}\\p{N}.,/\\-:])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Magnitude words as texts print them after a number (Cyrillic folds to these). */
  private static final List<String> THOUSAND_WORDS = List.of("thousand", "hiljada", "hiljade", "tisuća");
  private static final List<String> MILLION_WORDS = List.of("million", "millions", "miliona", "milion", "milioni", "mln");
  private static final List<String> BILLION_WORDS = List.of("billion", "billions", "milijardi", "milijarde", "milijarda",
      "mlrd", "bn");

  private WordedValues() {}

  /** {@code text} (outside quotes) with every rewrite applied. */
  static String rewrite(String text) {
    return labelledIdentifiers(wordedDays(shortAmounts(magnitudes(text))));
  }

  /**
   * {@code US$3m}, {@code €1.2bn}, {@code 3bn}: also the plain number ({@code ((US$3m) OR
   * 3000000)}), which finds {@code USD 3,000,000} and {@code 3.000.000,00}.
   */
  static String shortAmounts(String text) {
    return RawQueryText.eachMatch(text, SHORT_AMOUNT, m -> {
      String number = m.group(2) != null ? m.group(2) : m.group(4);
      String letter = (m.group(3) != null ? m.group(3) : m.group(5)).toLowerCase(Locale.ROOT);
      String word = letter.equals("k") ? "thousand" : letter.startsWith("b") ? "billion" : "million";
      return either(m.group(), plain(number, word));
    });
  }

  /**
   * A whole day with its month in words ({@code 3 March 2021}, {@code 3. mart 2021}, {@code March
   * 3, 2021}, either script) is also that day in {@code date-mention}, so it finds the documents
   * that write it in any notation the date extractor reads ({@code 03.03.2021.}, {@code 3/3/2021}
   * is ambiguous and not read); its words are a phrase, so a text with {@code April}, {@code 14}
   * and {@code 2022} apart is not that day. A word that is no month name, or an impossible date,
   * stays words.
   */
  static String wordedDays(String text) {
    return yearWords(days(days(text, WORDED_DAY, 1, 2), WORDED_DAY_MONTH_FIRST, 2, 1));
  }

  /**
   * A day in digits followed by the year word ({@code 15.03.2019. godine}) is also the day alone,
   * which finds it in any notation ({@code 15. марта 2019}, {@code March 15, 2019}); as typed, it
   * is also the phrase with the word.
   */
  static String yearWords(String text) {
    return RawQueryText.eachMatch(text, NUMERIC_DAY_YEAR_WORD, m -> ValueParsers.dayOf(m.group(1)) == null ? null
        : either("\"" + m.group() + "\"", m.group(1)));
  }

  private static String days(String text, Pattern pattern, int dayGroup, int monthGroup) {
    return RawQueryText.eachMatch(text, pattern, m -> {
      String day = isoDay(m.group(dayGroup), m.group(monthGroup), m.group(3));
      // the words as a phrase, as those of a magnitude amount: April, 14 and 2022 apart are no day
      return day == null ? null : either("\"" + m.group() + "\"", EntityFields.DATE_MENTION + ":" + day);
    });
  }

  /** {@code yyyy-MM-dd}, or null when the month word names no month or the date does not exist. */
  private static String isoDay(String day, String monthWord, String year) {
    Integer month = MonthNames.of(monthWord);
    if (month == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  static String magnitudes(String text) {
    return RawQueryText.eachMatch(text, MAGNITUDE, m ->
        either("\"" + m.group(1) + " " + m.group(2) + "\"", plain(m.group(1), m.group(2))));
  }

  /**
   * {@code phrase} with each amount in magnitude words replaced by its plain number ({@code EUR
   * 1.2 million} → {@code EUR 1200000}), which the index holds at the place of a number printed
   * in any notation; null when the phrase has no such amount.
   */
  static String plainInPhrase(String phrase) {
    String plain = RawQueryText.eachMatch(phrase, MAGNITUDE, m -> plain(m.group(1), m.group(2)));
    return plain.equals(phrase) ? null : plain;
  }

  /**
   * {@code phrase} with its one round number in each of its magnitude spellings ({@link
   * #magnitudeSpellings}): {@code "EUR 1,200,000"} → {@code "EUR 1.2 million"}, {@code "EUR 1,2
   * miliona"}...; empty when the phrase has no such number, or more than one, or over four words.
   */
  static List<String> magnitudesInPhrase(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    if (words.length < 2 || words.length > 4) {
      return out;
    }
    int at = -1;
    List<String> spellings = List.of();
    for (int i = 0; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isDigit(words[i].charAt(0))) {
        List<String> these = magnitudeSpellings(words[i].chars().allMatch(Character::isDigit)
            ? words[i] : org.istraga.index.Analyzers.plainNumber(words[i]));
        if (!these.isEmpty()) {
          if (at >= 0) {
            return out;
          }
          at = i;
          spellings = these;
        }
      }
    }
    for (String spelled : spellings) {
      String[] changed = words.clone();
      changed[at] = spelled;
      out.add(String.join(" ", changed));
    }
    return out;
  }

  /**
   * The ways texts write the whole number {@code plain} (digits only) with a magnitude word, as
   * phrases: {@code 1200000} → {@code 1.2 million}, {@code 1,2 miliona}, {@code 1,2 milion}...;
   * {@code 3000000000} → {@code 3 billion}, {@code 3 milijarde}...; {@code 120000} → {@code 120
   * hiljada}, {@code 120 thousand}. Only for round numbers (at most two decimals before the
   * word); empty for others and for numbers under a thousand.
   */
  static List<String> magnitudeSpellings(String plain) {
    List<String> out = new ArrayList<>();
    if (plain == null || !plain.matches("[1-9]\\d{3,14}")) {
      return out;
    }
    BigDecimal value = new BigDecimal(plain);
    int zeros = plain.length() > 9 ? 9 : plain.length() > 6 ? 6 : 3;
    BigDecimal scaled = value.movePointLeft(zeros).stripTrailingZeros();
    if (scaled.scale() > (zeros == 3 ? 0 : 2)) {
      return out;
    }
    String dot = scaled.toPlainString();
    List<String> numbers = dot.contains(".") ? List.of(dot, dot.replace('.', ',')) : List.of(dot);
    List<String> words = zeros == 9 ? BILLION_WORDS : zeros == 6 ? MILLION_WORDS : THOUSAND_WORDS;
    for (String n : numbers) {
      for (String w : words) {
        out.add(n + " " + w);
      }
    }
    return out;
  }

  static String labelledIdentifiers(String text) {
    return RawQueryText.eachMatch(text, LABELLED_ID,
        m -> either(m.group(), field(m.group(1)) + ":" + m.group(2)));
  }



  /** {@code ((shown) OR alternative)}, or null (the match kept as typed) without an alternative. */
  private static String either(String shown, String alternative) {
    return alternative == null ? null : "((" + shown + ") OR " + alternative + ")";
  }

  private static String field(String label) {
    switch (label.toLowerCase(Locale.ROOT)) {
      case "pib", "пиб":
        return "pib";
      case "jmbg", "јмбг":
        return "jmbg";
      default: // mb, мб, matični broj, mat. br.
        return "mb";
    }
  }

  /** The whole number {@code number} × the magnitude of {@code word}, or null when it is not whole. */
  static String plain(String number, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int zeros;
    if (w.startsWith("hilj") || w.startsWith("thou") || w.startsWith("tisu") || w.startsWith("хиљ")) {
      zeros = 3;
    } else if (w.startsWith("milij") || w.startsWith("bill") || w.startsWith("mlrd") || w.startsWith("милиј")) {
      zeros = 9;
    } else {
      zeros = 6;
    }
    int sep = Math.max(number.indexOf('.'), number.indexOf(','));
    String digits = sep >= 0 && number.length() - sep - 1 == 3
        ? number.substring(0, sep) + number.substring(sep + 1) // 1.200 miliona: thousands grouped
        : number.replace(',', '.');
    BigDecimal value = new BigDecimal(digits).movePointRight(zeros);
    try {
      return value.toBigIntegerExact().toString();
    } catch (ArithmeticException notWhole) {
      return null;
    }
  }
}
