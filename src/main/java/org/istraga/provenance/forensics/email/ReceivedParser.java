package org.istraga.provenance.forensics.email;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.istraga.provenance.forensics.LenientDates;

/**
 * Parses a Received header value into its clauses ({@code from}, {@code by}, {@code via}, {@code
 * with}, {@code id}, {@code for}) and its timestamp (after the last semicolon). Comments in
 * parentheses stay with the clause they follow, since they carry the host name and IP address the
 * receiving server saw. Stateless.
 */
public final class ReceivedParser {

  private static final Set<String> KEYWORDS = Set.of("from", "by", "via", "with", "id", "for");

  private ReceivedParser() {}

  public static EmailFacts.ReceivedHop parse(String value) {
    String v = value == null ? "" : value;
    int semi = lastSemicolonOutsideComments(v);
    String clauses = semi < 0 ? v : v.substring(0, semi);
    String datePart = semi < 0 ? null : v.substring(semi + 1).trim();
    OffsetDateTime ts = datePart == null ? null : MailDates.parse(datePart);
    Map<String, StringBuilder> parts = new LinkedHashMap<>();
    StringBuilder cur = null;
    int depth = 0;
    int i = 0;
    while (i < clauses.length()) {
      char c = clauses.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if (depth == 0 && Character.isLetter(c) && (i == 0 || isSep(clauses.charAt(i - 1)))) {
        int j = i;
        while (j < clauses.length() && Character.isLetter(clauses.charAt(j))) {
          j++;
        }
        String word = clauses.substring(i, j).toLowerCase(Locale.ROOT);
        boolean atEnd = j >= clauses.length() || isSep(clauses.charAt(j));
        if (KEYWORDS.contains(word) && atEnd && !parts.containsKey(word)) {
          cur = new StringBuilder();
          parts.put(word, cur);
          i = j;
          continue;
        }
      }
      if (cur != null) {
        cur.append(c);
      }
      i++;
    }
    return new EmailFacts.ReceivedHop(
        clause(parts, "from"),
        clause(parts, "by"),
        clause(parts, "with"),
        clause(parts, "id"),
        clause(parts, "for"),
        LenientDates.format(ts),
        v.trim());
  }

  private static boolean isSep(char c) {
    return Character.isWhitespace(c) || c == ')' || c == ';';
  }

  private static String clause(Map<String, StringBuilder> parts, String key) {
    StringBuilder b = parts.get(key);
    if (b == null) {
      return null;
    }
    String s = b.toString().replaceAll("\\s+", " ").trim();
    return s.isEmpty() ? null : s;
  }

  private static int lastSemicolonOutsideComments(String v) {
    int depth = 0;
    int last = -1;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ';' && depth == 0) {
        last = i;
      }
    }
    return last;
  }
}
