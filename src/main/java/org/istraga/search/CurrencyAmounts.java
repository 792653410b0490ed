package org.istraga.search;

import java.math.BigDecimal;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.istraga.index.Analyzers;
import org.istraga.entities.CurrencyWords;
import org.istraga.index.EntityFields;

/**
 * An amount typed with its currency ({@code 1.200.000 din}, {@code US$ 71,371}, {@code 71.371
 * USD}, {@code EUR 3 miliona}, {@code 3 miliona evra}, {@code 1.200.000,00 динара}) is also that
 * amount in that currency's amount field ({@code amount.rsd:1200000}), rewritten in a query's raw
 * text (outside quotes) before parsing: {@code ((1.200.000 din) OR amount.rsd:1200000)}.
 *
 * <p>The words as typed still match as before (the number in every notation and the currency word
 * as typed, anywhere in the document); the amount field adds the documents where the money
 * extractor read that amount in that currency however it was printed: the currency on the other
 * side of the number ({@code RSD 1.2 million}), in another word or script ({@code dinara}, {@code
 * din.}, {@code RSD}, {@code динара}; {@code US$}, {@code USD}, {@code америчких долара}; {@code
 * evra}, {@code EUR}, {@code €}), with a magnitude word or an OCR space after a separator. A
 * currency word never widens to its synonyms in the text: a document that names dinars for one
 * amount and prints another number elsewhere is no amount in dinars.
 *
 * <p>Only an amount and a currency side by side are read; a number alone, a field's value ({@code
 * currency:EUR}), a range and a quoted phrase are left alone. Pure functions, linear in the text's
 * length.
 */
final class CurrencyAmounts {

  /**
   * A number as typed: thousands grouped by dots, commas or blanks with optional decimals in the
   * other notation, or digits with optional decimals.
   */
  private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?"
      + "|[1-9]\\d{0,2}(?:[ \\u00A0]\\d{3})+(?:,\\d{1,2})?|\\d{1,15}(?:[.,]\\d{1,2})?";

  /** Codes and signs written before the number ({@code EUR 3 miliona}, {@code US$ 71,371}, {@code €1.200}). */
  private static final String BEFORE = "US\\$|A\\$|C\\$|\\$|€|£|EUR|USD|RSD|GBP|CHF|ЕУР|УСД|РСД|din\\.|дин\\.";

  /** Codes, signs and words written after it ({@code 71.371 USD}, {@code 3 miliona evra}, {@code 100 дин.}). */
  private static final String AFTER = "RSD|EUR|USD|GBP|CHF|РСД|ЕУР|УСД|€|\\$|£|din\\.?|дин\\.?"
      + "|dinar\\p{L}{0,3}|динар\\p{L}{0,3}|evr[aoui]|евр[аоуи]|eur[ao]?|еур[ао]?|euros?"
      + "|(?:(?:ameri[cč]k|америчк)\\p{L}{0,3}\\s+)?(?:dolar\\p{L}{0,3}|долар\\p{L}{0,3})|(?:US\\s+)?dollars?"
      + "|(?:[šs]vajcarsk|швајцарск)\\p{L}{0,3}\\s+(?:franak|franaka|франак|франака)"
      + "|(?:funt\\p{L}{0,2}|фунт\\p{L}{0,2})(?:\\s+(?:sterlinga|стерлинга))?|pounds?(?:\\s+sterling)?";

  /** The Serbian "no cents" after a number: {@code 1.145.500,-}, {@code 15.000,--}. */
  private static final String NO_CENTS = "(?:,[-–—]{1,2})?";

  /** Not inside a field's value, a word, another number or after a number and a blank ({@code 2019 100 200}). */
  private static final String NOT_AFTER_VALUE = "(?<![\\p{L}\\p{N}.,:<>=\\\\\\-/_$€£])(?<!\\p{N} )";

  private static final Pattern AMOUNT = Pattern.compile(
      NOT_AFTER_VALUE + "(?:(?<before>" + BEFORE + ")\\s?(?<n1>" + NUMBER + ")" + NO_CENTS + "(?:\\s+(?<m1>"
          + WordedValues.MAGNITUDE_WORDS + "))?|(?<n2>" + NUMBER + ")" + NO_CENTS + "(?:\\s+(?<m2>"
          + WordedValues.MAGNITUDE_WORDS + "))?\\s+(?<after>" + AFTER + "))"
          + "(?![\\p{L}\\p{N}]|[.,]\\p{N})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CurrencyAmounts() {}

  /**
   * {@code text} with each amount and its currency also as the per-currency amount field's value;
   * a match at a position {@code skip} accepts (inside a range's brackets) is kept as typed.
   */
  static String rewrite(String text, IntPredicate skip) {
    return RawQueryText.eachMatch(text, AMOUNT, m -> {
      String currency = m.group("before") != null ? m.group("before") : m.group("after");
      String number = m.group("n1") != null ? m.group("n1") : m.group("n2");
      String magnitude = m.group("m1") != null ? m.group("m1") : m.group("m2");
      String iso = iso(currency);
      String value = iso == null || skip.test(m.start()) ? null : value(number, magnitude);
      return value == null ? null
          : "((" + m.group() + ") OR " + EntityFields.amountField(iso) + ":" + value + ")";
    });
  }


  /** The ISO code of a currency as typed, or null for a word that names none ({@link CurrencyWords}). */
  static String iso(String typed) {
    return CurrencyWords.code(typed);
  }

  /**
   * The amount as the money extractor stores it: the plain number, times the magnitude word's
   * power of ten ({@code 3 miliona} → {@code 3000000}); a separator before exactly three digits
   * groups thousands ({@code 71.371} → {@code 71371}), before one or two it is the decimal one
   * ({@code 3,5}). Null when a magnitude gives no whole number.
   */
  static String value(String number, String magnitude) {
    if (magnitude != null) {
      return WordedValues.plain(number, magnitude);
    }
    String joined = number.replaceAll("[ \\u00A0]", ""); // 1 200 000,00
    String plain = Analyzers.plainNumber(joined);
    String decimal = plain != null ? plain : joined.replace(',', '.');
    return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
  }
}
