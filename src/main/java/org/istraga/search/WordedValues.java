package org.istraga.search;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern MAGNITUDE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:<>=\\\\\\-/_])(\\d{1,3}(?:[.,]\\d{1,3})?)\\s+"
          + "(hiljad[aeu]|thousand|tisu[cć][aeu]|milion[aiu]?|million(?:s)?|mil\\.|mln\\.?|milijard[aeiu]|billion(?:s)?"
          + "|mlrd\\.?|хиљад[аеу]|милион[аиу]?|мил\\.|милијард[аеиу])(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern LABELLED_ID = Pattern.compile(
      "(?<![\\p{L}\\p{N}:\\\\])(pib|пиб|mb|мб|jmbg|јмбг)\\s+(\\d{8,13})(?![\\p{L}\\p{N}.,/\\-:])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private WordedValues() {}

  /** {@code text} (outside quotes) with both rewrites applied. */
  static String rewrite(String text) {
    return labelledIdentifiers(magnitudes(text));
  }

  static String magnitudes(String text) {
    Matcher m = MAGNITUDE.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String plain = plain(m.group(1), m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(plain == null ? m.group()
          : "((" + m.group(1) + " " + m.group(2) + ") OR " + plain + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String labelledIdentifiers(String text) {
    Matcher m = LABELLED_ID.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(
          "((" + m.group() + ") OR " + field(m.group(1)) + ":" + m.group(2) + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String field(String label) {
    switch (label.toLowerCase(Locale.ROOT)) {
      case "pib", "пиб":
        return "pib";
      case "mb", "мб":
        return "mb";
      default:
        return "jmbg";
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
