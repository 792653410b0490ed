package org.istraga.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.istraga.IstragaException;

/**
 * Turns the query parser's multi-line errors into one line that points at the problem: the
 * column, the token there, and a hint in plain words ({@code bad query at column 10 near "AND":
 * nothing after AND; an operator needs a term on each side}). Pure functions.
 */
final class QueryErrors {

  private static final Pattern LEXICAL = Pattern.compile("column (\\d+)");
  private static final int EOF_KIND = 0;

  private QueryErrors() {}

  /** A USAGE exception describing why {@code query} does not parse. */
  static IstragaException toUsage(String query, Throwable error) {
    IstragaException e = IstragaException.usage(shortRuns(visible(describe(query, error))));
    e.initCause(error);
    return e;
  }

  static String describe(String query, Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof QueryFieldException) {
        return "bad query: " + t.getMessage();
      }
      if (t instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
        return "bad query: too many terms (more than " + org.apache.lucene.search.IndexSearcher.getMaxClauseCount()
            + " clauses); split it into several searches, or put one query per line in a file for 'istraga hits'";
      }
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ParseException && ((ParseException) t).currentToken != null) {
        return fromParser(query, (ParseException) t);
      }
      if (t instanceof TokenMgrError) {
        return fromLexer(query, t.getMessage());
      }
    }
    Hint structural = structuralHint(query);
    return structural != null ? structural.describe() : "bad query: " + oneLine(error.getMessage());
  }

  /** A problem found in the raw text, at a 1-based column. */
  record Hint(String text, int column) {
    String describe() {
      return "bad query at column " + column + ": " + text;
    }
  }

  private static String fromParser(String query, ParseException e) {
    Token prev = e.currentToken;
    Token bad = prev.next != null ? prev.next : prev;
    boolean atEnd = bad.kind == EOF_KIND;
    Hint structural = structuralHint(query);
    if (structural != null) {
      return structural.describe();
    }
    int column = atEnd ? query.length() + 1 : bad.beginColumn + 1;
    String near = atEnd ? "the end of the query" : "\"" + bad.image + "\"";
    return "bad query at column " + column + " near " + near + ": " + tokenHint(prev, bad, atEnd);
  }

  private static String tokenHint(Token prev, Token bad, boolean atEnd) {
    String p = prev.image == null ? "" : prev.image;
    if (atEnd && isOperator(p)) {
      return "nothing after " + p + "; an operator needs a term on each side";
    }
    if (!atEnd && isOperator(bad.image) && (prev.image == null || isOperator(p) || "(".equals(p))) {
      return bad.image + " needs a term on each side (to search for the word, write it in lower case or quotes)";
    }
    if (atEnd && p.endsWith(":")) {
      return "the field has no value after ':' (write field:VALUE, as in type:pdf)";
    }
    if (":".equals(bad.image)) {
      return "a field name goes before ':' and a value after it, as in type:pdf (to search for a colon, write \\:)";
    }
    if ("TO".equals(bad.image) || "]".equals(bad.image) || "}".equals(bad.image)) {
      return "ranges are written field:[FROM TO UNTIL] with both ends (use * for an open end)";
    }
    if ("^".equals(bad.image) || "~".equals(bad.image)) {
      return "'" + bad.image + "' must follow a word or phrase directly (boost: word^2, fuzzy: word~1, proximity: \"a b\"~5)";
    }
    return "expected a word, \"a phrase\", a (group) or field:value here";
  }

  private static boolean isOperator(String s) {
    return "AND".equals(s) || "OR".equals(s) || "NOT".equals(s) || "&&".equals(s) || "||".equals(s)
        || "+".equals(s) || "-".equals(s) || "!".equals(s);
  }

  private static String fromLexer(String query, String message) {
    Hint structural = structuralHint(query);
    if (structural != null) {
      return structural.describe();
    }
    Matcher m = LEXICAL.matcher(message == null ? "" : message);
    String column = m.find() ? m.group(1) : Integer.toString(query.length());
    if (query.endsWith("\\")) {
      return "bad query at column " + query.length() + ": a trailing backslash escapes nothing; remove it or write \\\\";
    }
    return "bad query at column " + column + ": unexpected character; special characters + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / must be escaped with \\ or quoted";
  }

  /**
   * Problems seen in the raw text: an unclosed phrase, regular expression, group or range, with
   * the column where the unclosed thing starts. Null when the text looks balanced.
   */
  static Hint structuralHint(String q) {
    int quoteAt = -1;
    int slashAt = -1;
    java.util.ArrayDeque<Integer> parens = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> brackets = new java.util.ArrayDeque<>();
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (quoteAt >= 0) {
        if (c == '"') {
          quoteAt = -1;
        }
        continue;
      }
      if (slashAt >= 0) {
        if (c == '/') {
          slashAt = -1;
        }
        continue;
      }
      if (c == '"') {
        quoteAt = i;
      } else if (c == '/' && brackets.isEmpty()) {
        slashAt = i;
      } else if (c == '(') {
        parens.push(i);
      } else if (c == ')') {
        if (parens.isEmpty()) {
          return new Hint("a ')' has no matching '('", i + 1);
        }
        parens.pop();
      } else if (c == '[' || c == '{') {
        brackets.push(i);
      } else if (c == ']' || c == '}') {
        if (brackets.isEmpty()) {
          return new Hint("a '" + c + "' closes a range that was not opened; ranges are written field:[FROM TO UNTIL]", i + 1);
        }
        brackets.pop();
      }
    }
    if (quoteAt >= 0) {
      return new Hint("the phrase starting here is not closed; add the missing '\"'", quoteAt + 1);
    }
    if (slashAt >= 0) {
      return new Hint("'/' starts a regular expression /.../ that is not closed; to search a path with slashes, quote it: path:\"a/b\"", slashAt + 1);
    }
    if (!parens.isEmpty()) {
      return new Hint("the '(' here is not closed; add the missing ')'", parens.peek() + 1);
    }
    if (!brackets.isEmpty()) {
      return new Hint("the range starting here is not closed; ranges are written field:[FROM TO UNTIL] (or {FROM TO UNTIL} without the ends)", brackets.peek() + 1);
    }
    return null;
  }

  /**
   * The message with line breaks, tabs and other control characters that it quotes from the query
   * written as escapes ({@code \n}, {@code \u0000}), so it stays one line and shows what was typed.
   */
  static String visible(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      int type = Character.getType(c);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final Pattern LONG_RUN = Pattern.compile("\\S{61,}");

  /**
   * The message with every run of more than 60 non-blank characters (a pasted value quoted back)
   * cut to its first 40, an ellipsis and its closing quote, so it fits on a terminal line.
   */
  static String shortRuns(String message) {
    Matcher m = LONG_RUN.matcher(message);
    StringBuilder sb = new StringBuilder(Math.min(message.length(), 400));
    while (m.find()) {
      String run = m.group();
      char last = run.charAt(run.length() - 1);
      String tail = "'\"/)".indexOf(last) >= 0 ? String.valueOf(last) : "";
      m.appendReplacement(sb, Matcher.quoteReplacement(run.substring(0, 40) + "…" + tail));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "the query cannot be parsed";
    }
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
