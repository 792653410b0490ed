package org.istraga.search;

/**
 * Checks of a query's raw text for what the classic parser accepts but silently misreads:
 *
 * <ul>
 *   <li>a {@code ~} followed by something other than a number ({@code ugovor~x}, {@code "a b"~x}:
 *       the parser ignored it and used its default), or a fuzzy word with more than two edits
 *       ({@code ugovor~5}: quietly lowered to two);
 *   <li>a boost that is not a finite number ({@code ugovor^1e40}: an infinite weight that made
 *       every score meaningless and the search find nothing);
 *   <li>an empty regular expression {@code //}, which matched nothing;
 *   <li>parentheses nested so deep that the parser would overflow its stack (an internal error).
 * </ul>
 *
 * Text inside quotes and escapes is skipped. Pure function, linear in the query's length.
 */
final class QueryLint {

  /** Deepest nesting of parentheses; the parser recurses per level and would overflow its stack. */
  static final int MAX_DEPTH = 100;
  /** Most edits a fuzzy word may have (Lucene's limit). */
  static final int MAX_EDITS = 2;

  private QueryLint() {}

  /**
   * @param query the query as the parser will read it (after {@link RawQueryText} and
   *     {@link TypedQueryText#literalInnerSlashes})
   * @throws QueryFieldException naming the bad part and what to write instead
   */
  static void check(String query) throws QueryFieldException {
    boolean afterPhrase = false;
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '(' && ++depth > MAX_DEPTH) {
        throw new QueryFieldException("parentheses nested more than " + MAX_DEPTH + " deep (at column " + (i + 1)
            + "); remove the extra ones");
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (c == '\\') {
        i++;
        afterPhrase = false;
        continue;
      }
      if (c == '"') {
        i = closing(query, i, '"');
        afterPhrase = true;
        continue;
      }
      if (c == '[' || c == '{') { // a range: its bounds are checked where they are parsed
        int close = i + 1;
        while (close < query.length() && query.charAt(close) != ']' && query.charAt(close) != '}') {
          close += query.charAt(close) == '\\' ? 2 : 1;
        }
        i = close;
        afterPhrase = false;
        continue;
      }
      if (c == '/' && (i == 0 || startsTerm(query.charAt(i - 1)))) {
        int end = closing(query, i, '/');
        if (end == i + 1 && end < query.length() && query.charAt(end) == '/') {
          throw new QueryFieldException("empty regular expression // at column " + (i + 1)
              + ": write a pattern between the slashes (/ugov[oa]r.*/), or leave them out");
        }
        i = end;
        afterPhrase = false;
        continue;
      }
      if (c == '~' && i > 0 && !Character.isWhitespace(query.charAt(i - 1))) {
        String value = value(query, i + 1);
        checkTilde(query, i, value, afterPhrase);
        i += value.length();
      } else if (c == '^' && i > 0) {
        String value = value(query, i + 1);
        checkBoost(i, value);
        i += value.length();
      }
      afterPhrase = false;
    }
  }

  private static void checkTilde(String query, int at, String value, boolean phrase) throws QueryFieldException {
    if (value.isEmpty()) {
      return; // word~ is fuzzy with the default of two edits
    }
    double n;
    try {
      n = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      n = Double.NaN;
    }
    String what = phrase
        ? "a phrase takes the number of positions its words may move (\"a b\"~5)"
        : "a fuzzy word takes the number of edits allowed, 0 to " + MAX_EDITS + " (word~1)";
    if (Double.isNaN(n) || Double.isInfinite(n) || n < 0) {
      throw new QueryFieldException("'~" + value + "' at column " + (at + 1) + " is not a number: " + what);
    }
    if (!phrase && n > MAX_EDITS) {
      throw new QueryFieldException("'~" + value + "' at column " + (at + 1) + " allows too many edits: " + what);
    }
  }

  private static void checkBoost(int at, String value) throws QueryFieldException {
    float f;
    try {
      f = Float.parseFloat(value);
    } catch (NumberFormatException e) {
      return; // the parser reports it
    }
    if (!Float.isFinite(f)) {
      throw new QueryFieldException("boost '^" + value + "' at column " + (at + 1)
          + " is too large; write a weight such as ^2 or ^10");
    }
  }

  /** The run of characters after {@code ~} or {@code ^} up to a blank, bracket, operator or end. */
  private static String value(String q, int from) {
    int i = from;
    while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && "()[]{}^~\"".indexOf(q.charAt(i)) < 0) {
      i++;
    }
    return q.substring(from, i);
  }

  /** The index of the delimiter closing the one at {@code start}, or the end of the text. */
  private static int closing(String q, int start, char delimiter) {
    for (int i = start + 1; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == delimiter) {
        return i;
      }
    }
    return q.length();
  }

  private static boolean startsTerm(char prev) {
    return Character.isWhitespace(prev) || "([{:+-!^~".indexOf(prev) >= 0;
  }
}
