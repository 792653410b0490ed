package org.istraga.search;

/**
 * The characters of a query as typed or pasted, made plain for Lucene's classic syntax before
 * {@link RawQueryText} and the parser see it: typographic quotes in pairs as {@code "}, every space
 * character as a plain space, and a {@code /} inside a word escaped so it is not the start of a
 * regular expression. Each rewrite keeps the query's meaning as its author wrote it.
 *
 * <p>Pure functions, linear in the query's length; thread-safe. {@link #plainQuotes} and {@link
 * #plainSpaces} keep the length, so error columns still point into the query as typed.
 */
final class TypedQueryText {

  /** Typographic double quotes: Serbian „…“, English “…”, guillemets «…», fullwidth ＂. */
  private static final String TYPOGRAPHIC_QUOTES = "\u201E\u201C\u201D\u201F\u00AB\u00BB\u301D\u301E\uFF02";

  private TypedQueryText() {}

  /**
   * Typographic double quotes as {@code "} when they come in pairs: a phrase typed on a Serbian
   * keyboard or pasted from Word ({@code „Sigurni grad“}, {@code “Safe City”}) is a phrase, not two
   * words that may stand anywhere. An odd number of them is left alone (an inch mark, a stray
   * quote; punctuation is not searched). Same length, so error columns still point into the query.
   */
  static String plainQuotes(String query) {
    int typographic = 0;
    for (int i = 0; i < query.length(); i++) {
      if (TYPOGRAPHIC_QUOTES.indexOf(query.charAt(i)) >= 0) {
        typographic++;
      }
    }
    if (typographic == 0 || typographic % 2 != 0) {
      return query;
    }
    char[] chars = query.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (TYPOGRAPHIC_QUOTES.indexOf(chars[i]) >= 0 && (i == 0 || chars[i - 1] != '\\')) {
        chars[i] = '"';
      }
    }
    return new String(chars);
  }

  /**
   * Every space character as a plain space. The classic syntax splits words only at space, tab,
   * line breaks and the ideographic space, so a no-break space pasted from a web page or a Word
   * document ({@code ugovor\u00A0AND\u00A0kamera}, {@code type:pdf\u00A0ugovor}) glued its
   * neighbours into one phrase, operator and field value included. Same length, so error columns
   * still point into the query as typed.
   */
  static String plainSpaces(String query) {
    char[] chars = query.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c > ' ' && (Character.isSpaceChar(c) || Character.isWhitespace(c) || c == '\u0085')
          || c == '\uFEFF' && (i == 0 || chars[i - 1] == ' ')) { // a byte-order mark pasted before a word
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /**
   * Escapes every {@code /} (and {@code !/}, the separator of a container path) that stands inside
   * a word (after a letter, digit, a wildcard {@code * ?} as in {@code path:*}{@code /2019/}{@code *}, or one of
   * {@code . , _ @ # $ % & '}), outside quotes and regular
   * expressions. In the classic syntax a
   * {@code /} anywhere starts a regular expression, so {@code 404-02-117/2019-06} would be the term
   * {@code 404-02-117} and an unclosed expression; a regular expression is still written where a
   * word starts ({@code /ugov[oa]r/}, {@code title:/.../}). Linear in the query's length.
   */
  static String literalInnerSlashes(String query) {
    StringBuilder out = new StringBuilder(query.length() + 4);
    boolean inQuotes = false;
    boolean inRegex = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(++i));
        continue;
      }
      if (inQuotes) {
        inQuotes = c != '"';
      } else if (inRegex) {
        inRegex = c != '/';
      } else if (c == '"') {
        inQuotes = true;
      } else if (c == '/' || c == '!' && i + 1 < query.length() && query.charAt(i + 1) == '/') {
        char prev = i == 0 ? ' ' : query.charAt(i - 1);
        if (Character.isLetterOrDigit(prev) || ".,_@#$%&'*?".indexOf(prev) >= 0) {
          if (c == '!') { // a container path: archive.zip!/entry
            out.append("\\!");
            c = query.charAt(++i);
          }
          out.append('\\');
        } else if (c == '/') {
          inRegex = true;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
