package org.istraga.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.istraga.index.Analyzers;
import org.istraga.index.IndexSchema;

/**
 * {@code tag:} queries. Tags live in the findings journal, not in the index, so a tag, a tag
 * wildcard ({@code tag:nabav*}) or a tag regular expression is answered by looking the tags up in
 * a {@link TagLookup} (folded like keywords) and matching the ids of the documents that carry
 * them; no document carrying it is a match-nothing query that says so.
 *
 * <p>Cost: one pass over the case's tags per pattern. Thread-safe if the {@link TagLookup} is.
 */
final class TagQueries {

  private final TagLookup tags;

  /** @param tags where tags and the documents carrying them are looked up */
  TagQueries(TagLookup tags) {
    this.tags = tags;
  }

  /** The documents tagged {@code text}. */
  Query tagged(String text) {
    return idsQuery(tags.idsWithTag(text), "tag:" + text);
  }

  /** The documents carrying a tag matched by the wildcard {@code pattern} ({@code * ?}). */
  Query wildcard(String pattern, String what) {
    return idsQuery(matching(pattern, false), what);
  }

  /** The documents carrying a tag matched by the regular expression {@code regex}. */
  Query regexp(String regex) {
    return idsQuery(matching(regex, true), "a tag matching /" + regex + "/");
  }

  private static Query idsQuery(Set<String> ids, String what) {
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery("no document has " + what);
    }
    List<BytesRef> terms = new ArrayList<>(ids.size());
    for (String id : new TreeSet<>(ids)) {
      terms.add(new BytesRef(id));
    }
    return new ConstantScoreQuery(new TermInSetQuery(IndexSchema.ID, terms));
  }

  private Set<String> matching(String pattern, boolean regex) {
    String folded = Analyzers.foldKeyword(pattern);
    Pattern p = regex ? Pattern.compile(folded) : Pattern.compile(wildcardToRegex(folded));
    Set<String> ids = new LinkedHashSet<>();
    for (var e : tags.tags().entrySet()) {
      if (p.matcher(Analyzers.foldKeyword(e.getKey())).matches()) {
        ids.addAll(e.getValue());
      }
    }
    return ids;
  }

  private static String wildcardToRegex(String w) {
    StringBuilder sb = new StringBuilder();
    for (char c : w.toCharArray()) {
      if (c == '*') {
        sb.append(".*");
      } else if (c == '?') {
        sb.append('.');
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }
}
