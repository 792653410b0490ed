package org.istraga.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hint printed (on stderr) when a query found nothing and contains a lowercase {@code or},
 * {@code and} or {@code not}, or their Serbian forms {@code ili}/{@code или}, {@code i}/{@code и}:
 * the query language only knows the operators in capitals, so these were searched as words. The
 * hint suggests the query with the operators capitalised; the results are not changed. Pure
 * function of the query text; words inside "quotes" are left alone.
 */
final class OperatorHint {

  /** Lowercase operator words and the operator each stands for. */
  private static final Map<String, String> OPERATORS = Map.of(
      "or", "OR", "ili", "OR", "или", "OR",
      "and", "AND", "i", "AND", "и", "AND",
      "not", "NOT");

  private OperatorHint() {}

  /**
   * The hint for {@code query}, or null when it has no lowercase operator word.
   *
   * @param query the query exactly as typed
   */
  static String of(String query) {
    List<String> tokens = tokens(query);
    List<String> found = new ArrayList<>();
    List<String> suggested = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i);
      String operator = operator(word);
      boolean termAfter = i + 1 < tokens.size() && operator(tokens.get(i + 1)) == null;
      boolean termBefore = i > 0 && operator(tokens.get(i - 1)) == null;
      // only where the capital operator would make a valid query: "a or b", "not b"
      if (operator != null && termAfter && (termBefore || operator.equals("NOT"))) {
        if (!found.contains(word)) {
          found.add(word);
        }
        suggested.add(operator);
      } else {
        suggested.add(word);
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    return "hint: " + String.join(", ", found.stream().map(w -> "'" + w + "'").toList())
        + (found.size() == 1 ? " was" : " were") + " searched as " + (found.size() == 1 ? "a word" : "words")
        + "; the operators are written OR, AND, NOT (try: " + String.join(" ", suggested) + ")";
  }

  /** The operator a lowercase (or mixed-case) operator word stands for, or null. */
  private static String operator(String word) {
    if (word.equals(word.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return OPERATORS.get(word.toLowerCase(Locale.ROOT));
  }

  /** Splits at whitespace; a "quoted phrase" stays one token, so its words are never operators. */
  private static List<String> tokens(String query) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (Character.isWhitespace(c) && !quoted) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}
