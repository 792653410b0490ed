package org.istraga.search;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed the ways Serbian writing sets them that the classic syntax would read as several
 * words or as another number, rewritten in a query's raw text (outside quotes and ranges) before
 * parsing:
 *
 * <ul>
 *   <li>groups of three digits set apart by spaces, as Serbian orthography and Word print amounts
 *       ({@code 1 200 000}, {@code 1 145 500,00}): one number, {@code ("1 200 000" OR 1200000)},
 *       not the words {@code 1}, {@code 200} and {@code 000} anywhere. The plain number finds it in
 *       every notation (the index holds it for {@code 1.200.000,00}, {@code 1,200,000.00} and {@code
 *       1 200 000} alike). A run that follows another number ({@code 2019 100 200}) or starts with
 *       {@code 0} (a phone number) is left alone;
 *   <li>the Serbian "no cents" ({@code 1.145.500,-}, {@code 15.000,--}): {@code ,00};
 *   <li>a day written with blanks after its dots, as the orthography prescribes ({@code 15. 3.
 *       2019.}): also that day ({@code 15.3.2019}), which finds every notation of it;
 *   <li>a reference number with its year after a slash typed short ({@code 404-02-117/19}, {@code
 *       12/19}): also with the year in full ({@code /2019}), as registers and letters write the same
 *       number both ways; two digits are this century below 50, the last one from 50. A year typed
 *       in full stays as typed (an identifier pasted whole is searched as written).
 * </ul>
 *
 * Pure functions, linear in the text's length.
 */
final class NumberSpellings {

  /** Groups of three digits after a first of one to three, set apart by single blanks; optional decimals. */
  private static final Pattern SPACED_GROUPS = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:/\\-\\\\])(?<!\\p{N}[ \\u00A0])([1-9]\\d{0,2}(?:[ \\u00A0]\\d{3})+)([.,]\\d{1,2})?"
          + "(?![\\p{L}\\p{N}%]|[ \\u00A0]\\p{N}|[.,]\\p{N})");

  /** A grouped number with the Serbian "no cents" after its decimal comma. */
  private static final Pattern NO_CENTS = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:\\\\])(\\d{1,3}(?:\\.\\d{3})*|\\d+),[-–—]{1,2}(?=$|[\\s)])");

  /** A whole day with a blank after each dot: {@code 15. 3. 2019.}, {@code 15. 03. 2019}. */
  private static final Pattern SPACED_DAY = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:\\\\\\-/])(\\d{1,2})\\.[ \\u00A0](\\d{1,2})\\.[ \\u00A0](\\d{4})\\.?(?![\\p{L}\\p{N}.,/\\-:])");

  /** A number, a slash, a year of two digits, and perhaps a dash and a suffix ({@code -06}). */
  private static final Pattern SLASHED_YEAR = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:/\\\\\\-])(\\d[\\d\\-]*)/(\\d{2})(-\\d[\\d\\-]*)?(?=$|[\\s)])");

  private NumberSpellings() {}

  /** {@code text} with every rewrite; a match inside quotes or a range's brackets is kept as typed. */
  static String rewrite(String text) {
    String s = each(text, NO_CENTS, m -> m.group(1) + ",00");
    s = each(s, SPACED_DAY, m -> ValueParsers.dayOf(m.group(1) + "." + m.group(2) + "." + m.group(3)) == null
        ? null : "((\"" + m.group() + "\") OR " + m.group(1) + "." + m.group(2) + "." + m.group(3) + ")");
    s = each(s, SPACED_GROUPS, m -> {
      String digits = m.group(1).replaceAll("[ \\u00A0]", "");
      String decimals = m.group(2) == null || m.group(2).substring(1).matches("0+") ? "" : "." + m.group(2).substring(1);
      return "(\"" + m.group() + "\" OR " + digits + decimals + ")";
    });
    return each(s, SLASHED_YEAR, m -> {
      String year = m.group(2);
      String other = (Integer.parseInt(year) < 50 ? "20" : "19") + year;
      String suffix = m.group(3) == null ? "" : m.group(3);
      return "(" + m.group() + " OR " + m.group(1) + "/" + other + suffix + ")";
    });
  }

  /** {@link RawQueryText#eachMatch}, a match inside quotes or a range's brackets kept as typed. */
  private static String each(String text, Pattern p, Function<Matcher, String> replacement) {
    return RawQueryText.eachMatch(text, p, m -> RawQueryText.inRange(text, m.start())
        || RawQueryText.quoted(text, m.start()) ? null : replacement.apply(m));
  }

}
