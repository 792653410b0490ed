package org.istraga.search;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.istraga.index.Analyzers;
import org.istraga.index.EntityFields;

/**
 * Rewrites of a query's raw text before Lucene's classic parser sees it, for things journalists
 * paste from documents that the classic syntax would misread:
 *
 * <ul>
 *   <li>an IBAN written in groups ({@code RS35 1600 0000 0041 8725 51}) becomes one quoted value,
 *       so it is searched as a whole (as a phrase in the text, and compacted in the {@code iban}
 *       field) rather than as six unrelated words; after a field ({@code iban:RS35 1600 ...}) the
 *       whole IBAN is that field's value;
 *   <li>a URL ({@code https://www.mup.gov.rs/nabavke}, or without its scheme {@code
 *       www.gao.gov/cgi-bin/getrpt?GAO-06-399}) has its {@code : / ? *} and other syntax escaped,
 *       so {@code https:} is not read as an unknown field, {@code //} as a regular expression nor
 *       {@code ?} as a wildcard.
 *   <li>a number standing alone in one notation ({@code 2.800.000,00}, {@code 71.371}, {@code
 *       3,25}) is searched in the other too ({@code 2,800,000.00}, {@code 71,371}, {@code 3.25});
 *   <li>amounts typed with their currency: {@link CurrencyAmounts}; numbers in groups set apart
 *       by blanks, the "no cents" {@code ,-}, days with blanks after their dots and years after a
 *       slash typed short or long: {@link NumberSpellings};
 *   <li>amounts with a magnitude word ({@code 3,5 miliona}) and identifiers after their label
 *       ({@code PIB 101670560}): {@link WordedValues};
 *   <li>a label pasted with its value ({@code Broj: 404-02-117/2019-06}, {@code Datum: 15.03.2019.})
 *       that names no field is optional ({@link #pastedLabels}), not an unknown-field error;
 *   <li>a word ending the query with one {@code ?} ({@code ko je potpisao ugovor?}) is searched
 *       as written and as the word itself: the mark of a question, or a one-letter wildcard.
 * </ul>
 *
 * <p>Text inside quotes, regular expressions and escapes is left alone. Pure functions, linear in
 * the query's length.
 */
final class RawQueryText {

  /** Country code, check digits, then three to seven groups of four and an optional short group. */
  private static final Pattern SPACED_IBAN = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\\\])[A-Za-z]{2}\\d{2}(?: [A-Za-z0-9]{4}){3,7}(?: [A-Za-z0-9]{1,3})?(?![\\p{L}\\p{N}])");
  /**
   * A phone number typed in groups: a country code ({@code +381}, {@code 00381}) or a trunk prefix
   * with an area or mobile code ({@code 011}, {@code 063}), then two to four groups of digits
   * ({@code 011 555 0147}, {@code +381 63 123 4567}); not the groups of a longer number (an IBAN).
   */
  private static final Pattern SPACED_PHONE = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\\\:])(?<!\\p{N} )(?:\\+\\d{1,3}|0\\d{1,4})(?: \\d{2,4}){2,4}(?![\\p{L}\\p{N}.,])");

  /**
   * A URL: scheme and {@code ://}, or {@code www.} as URLs are printed without their scheme, then
   * anything up to a blank or a closing bracket or quote.
   */
  private static final Pattern URL = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\\\.@])(?:(?i:https?|ftp|ftps|sftp|file)://|(?i:www)\\.(?=[\\p{L}\\p{N}]))[^\\s()\\[\\]{}\"]+");

  /**
   * A {@code +} that starts a field's value and is followed by a digit: a phone number ({@code
   * phone:+381115550147}), not the "required" operator, which cannot stand there.
   */
  private static final Pattern SIGNED_VALUE = Pattern.compile("(?<=[\\p{L}\\p{N}_.\\-]:)\\+(?=\\d)");

  /**
   * A number written with thousands groups or decimals ({@code 2.800.000,00}, {@code 71,371},
   * {@code 3,25}), standing alone (not a field's value, a date, an identifier, a version or a
   * percentage): Serbian writes {@code 2.800.000,00} where English documents and the spreadsheet
   * text Tika writes have {@code 2,800,000.00}, so both notations are searched.
   */
  private static final Pattern GROUPED_NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:<>=\\\\\\-/_])"
          + "(?:\\d{1,3}(?:([.,])\\d{3})+(?:(?!\\1)[.,]\\d{1,2})?|\\d+[.,]\\d{1,2})"
          + "(?![\\p{L}\\p{N}.,%\\-/_:*?~^])");

  /**
   * A percentage as people write it: {@code 57%}, {@code 57 %}, {@code 57 posto}, {@code 57
   * odsto}, {@code 57 percent}, {@code 12,5 procenata}, in Latin or Cyrillic, standing alone.
   */
  private static final Pattern PERCENTAGE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,:<>=\\\\\\-/_])(\\d{1,3}(?:[.,]\\d{1,2})?)(?:\\s*%|\\s+((?i:posto|odsto|procen(?:at|ta|ata)"
          + "|percent|per\\s+cent|посто|одсто|процен(?:ат|та|ата))))(?![\\p{L}\\p{N}%])");

  /**
   * A label pasted with its value from a document's header or table ({@code Broj: 404-02-117/2019},
   * {@code Datum: 15.03.2019.}, {@code Iznos: 1.200.000,00}, {@code Tel: 011 3061 234}): a word, a
   * colon, a blank, then a digit or a {@code +}. Field names are written without the blank.
   */
  private static final Pattern PASTED_LABEL = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.\\-\\\\:])(\\p{L}[\\p{L}\\-]{0,30}):[ \\t]+(?=[\\p{N}+])");

  private RawQueryText() {}

  /**
   * {@code text} with each pasted label that names no field ({@link #PASTED_LABEL}) made optional:
   * {@code (Broj OR *:*)}, so the value is searched and documents that also print the label rank
   * higher; the value itself goes on to the other rewrites. A known field with a blank before its
   * value ({@code date: 2019}) is left to the parser.
   */
  static String pastedLabels(String text) {
    return eachMatch(text, PASTED_LABEL, m -> {
      String label = m.group(1);
      boolean known = QueryField.lookup(label) != null
          || EntityFields.isEntityField(label.toLowerCase(java.util.Locale.ROOT));
      return known ? null : "(" + label + " OR *:*) ";
    });
  }

  /**
   * {@code text} with each match of {@code pattern} replaced by what {@code replacement} gives for
   * it, or kept as typed when that is null; {@code text} itself when nothing is replaced. One pass
   * over the text. Shared by the raw-text rewrites of this package.
   */
  static String eachMatch(String text, Pattern pattern, Function<Matcher, String> replacement) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String r = replacement.apply(m);
      if (r == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 32);
      }
      out.append(text, last, m.start()).append(r);
      last = m.end();
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * The number of a text that is one percentage as a whole ({@code 92 odsto}, {@code 57 %}, {@code
   * 12,5%}), with a decimal point ({@code 12.5}), as {@code percent:} takes it; null for any other
   * text.
   */
  static String wholePercentage(String text) {
    Matcher m = PERCENTAGE.matcher(text.strip());
    return m.matches() ? m.group(1).replace(',', '.') : null;
  }

  /**
   * A word that ends the whole query with a single {@code ?}: a question typed as one ("ko je
   * potpisao ugovor?"), where the mark is punctuation, or a one-letter wildcard; both are searched.
   */
  private static final Pattern QUESTION_AT_END =
      Pattern.compile("(^|[\\s(])([\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*)\\?\\s*$");

  /** All rewrites. */
  static String rewrite(String query) {
    String q = outsideQuotes(query);
    Matcher m = QUESTION_AT_END.matcher(q);
    return m.find() ? q.substring(0, m.start()) + m.group(1) + "(" + m.group(2) + " OR "
        + m.group(2) + "?)" : q;
  }

  /** Applies the rewrites to every stretch of the query that is outside quotes and regexes. */
  private static String outsideQuotes(String query) {
    StringBuilder out = new StringBuilder(query.length() + 8);
    int i = 0;
    int n = query.length();
    while (i < n) {
      int end = nextQuoted(query, i);
      out.append(rewriteBare(query.substring(i, end)));
      if (end >= n) {
        break;
      }
      int close = closing(query, end);
      out.append(query, end, close);
      i = close;
    }
    return out.toString();
  }

  /** Where the next quoted phrase or regular expression starts ({@code n} when none). */
  private static int nextQuoted(String q, int from) {
    Matcher url = URL.matcher(q);
    for (int i = from; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if ((c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 's' || c == 'S' || c == 'w' || c == 'W')
          && url.region(i, q.length()).lookingAt()) {
        i = url.end() - 1; // a URL's // is no regular expression
      } else if (c == '"') {
        return i;
      } else if (c == '/' && (i == 0 || startsTerm(q.charAt(i - 1)))) {
        return i;
      }
    }
    return q.length();
  }

  /** A regex starts where a term starts: after a blank, a bracket, an operator or a field's colon. */
  private static boolean startsTerm(char prev) {
    return Character.isWhitespace(prev) || "([{:+-!^~".indexOf(prev) >= 0;
  }

  /** The index after the quote or slash that closes the one at {@code start} (end of text if none). */
  private static int closing(String q, int start) {
    char delimiter = q.charAt(start);
    for (int i = start + 1; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == delimiter) {
        return i + 1;
      }
    }
    return q.length();
  }

  private static String rewriteBare(String s) {
    if (s.isEmpty()) {
      return s;
    }
    Matcher m = SPACED_IBAN.matcher(pastedLabels(s));
    StringBuilder sb = new StringBuilder(s.length() + 4);
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement("\"" + m.group() + "\""));
    }
    m.appendTail(sb);
    Matcher phone = SPACED_PHONE.matcher(sb.toString());
    sb.setLength(0);
    while (phone.find()) {
      phone.appendReplacement(sb, Matcher.quoteReplacement("\"" + phone.group() + "\""));
    }
    phone.appendTail(sb);
    String signed = SIGNED_VALUE.matcher(sb).replaceAll(Matcher.quoteReplacement("\\+"));
    sb.setLength(0);
    sb.append(signed);
    Matcher u = URL.matcher(sb);
    StringBuilder out = new StringBuilder(sb.length() + 8);
    while (u.find()) {
      u.appendReplacement(out, Matcher.quoteReplacement(escapeUrl(u.group())));
    }
    u.appendTail(out);
    String priced = CurrencyAmounts.rewrite(out.toString(), at -> inRange(out, at));
    String worded = WordedValues.rewrite(NumberSpellings.rewrite(priced));
    out.setLength(0);
    out.append(worded);
    Matcher p = PERCENTAGE.matcher(out);
    StringBuilder percents = new StringBuilder(out.length() + 16);
    while (p.find()) {
      // "57%": the percent field only; its text is the bare number, which would also find any 57
      // (a time 15:51:57, "model 57"). "57 posto": the words too, which say it is a percentage.
      String field = EntityFields.PERCENT + ":" + p.group(1);
      p.appendReplacement(percents, Matcher.quoteReplacement(inRange(out, p.start()) ? p.group()
          : p.group(2) == null ? field : "(" + field + " OR (" + p.group(1) + " " + p.group(2) + "))"));
    }
    p.appendTail(percents);
    Matcher n = GROUPED_NUMBER.matcher(percents);
    StringBuilder numbers = new StringBuilder(percents.length() + 16);
    while (n.find()) {
      String alternatives = inRange(percents, n.start()) || quoted(percents, n.start()) ? null
          : alternatives(n.group());
      n.appendReplacement(numbers, Matcher.quoteReplacement(
          alternatives == null ? n.group() : "(" + n.group() + alternatives + ")"));
    }
    n.appendTail(numbers);
    return numbers.toString();
  }

  /**
   * True if {@code pos} lies inside a phrase an earlier step quoted ({@code "3 million"} of {@link
   * WordedValues}): a phrase is searched as written, and an OR inside it would break it.
   */
  static boolean quoted(CharSequence s, int pos) {
    boolean in = false;
    for (int i = 0; i < pos; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        in = !in;
      }
    }
    return in;
  }

  /** True if {@code pos} lies inside a range's brackets ({@code [1.000 TO 2.000]}). */
  static boolean inRange(CharSequence s, int pos) {
    int depth = 0;
    for (int i = 0; i < pos; i++) {
      char c = s.charAt(i);
      if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /**
   * {@code " OR "} and each other spelling of {@code number} that the index may hold: the other
   * notation ({@link #otherNotation}) and the plain spelling every grouped or decimal number is
   * also indexed in ({@code 3250000} for {@code 3.250.000,00}; {@link Analyzers#plainNumber}),
   * which also matches {@code 3 250 000} and {@code 3250000,00}. Null when there is none.
   */
  static String alternatives(String number) {
    StringBuilder sb = new StringBuilder();
    String other = otherNotation(number);
    if (other != null) {
      sb.append(" OR ").append(other);
    }
    String plain = Analyzers.plainNumber(number);
    if (plain != null && !plain.equals(number) && !plain.equals(other)) {
      sb.append(" OR ").append(plain);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /**
   * The same number in the other notation: {@code 2.800.000,00} ↔ {@code 2,800,000.00}, {@code
   * 71.371} ↔ {@code 71,371}, {@code 3,25} ↔ {@code 3.25}; null when there is nothing to swap.
   */
  static String otherNotation(String number) {
    StringBuilder b = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      b.append(c == '.' ? ',' : c == ',' ? '.' : c);
    }
    String swapped = b.toString();
    return swapped.equals(number) ? null : swapped;
  }

  /** Escapes the characters of a URL that the classic syntax would read as syntax. */
  private static String escapeUrl(String url) {
    StringBuilder sb = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (":/?*~^!&|+-".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
