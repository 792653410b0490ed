package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.istraga.index.EntityFields;
import org.istraga.index.IndexSchema;
import org.junit.jupiter.api.Test;

/**
 * The query-side rules for numbers, percentages and addresses must leave every query without a
 * digit, a {@code %} or an {@code @} exactly as it was, so the latency figures of the standard
 * query mix (docs/benchmarks.md) stay valid. {@code search/word-queries-parsed.tsv} holds, for
 * each such query of the standard mix ({@code scripts/bench/search-queries.json}) and of the
 * judged journalist queries, a digest of the query the parser built before the numbers audit
 * (commit 3f6c583); this test parses them again and compares.
 *
 * <p>The digest is over a canonical form of the query: Lucene keeps a disjunction-max's parts in
 * a hash multiset whose order can change from one JVM to the next, so its parts are sorted.
 */
class WordQueriesUnchangedTest {

  private static final String RESOURCE = "/search/word-queries-parsed.tsv";

  @Test
  void everyQueryWithoutDigitsPercentOrAtParsesAsBeforeTheNumbersAudit() throws Exception {
    Map<String, String> before = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      assertTrue(in != null, RESOURCE + " is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.lastIndexOf('\t');
        before.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    Set<String> queries = wordQueries();
    assertTrue(before.size() >= 200, "at least 200 ordinary queries recorded, got " + before.size());
    assertEquals(new TreeSet<>(before.keySet()), new TreeSet<>(queries), "the recorded queries are the ordinary ones");
    List<String> changed = new ArrayList<>();
    for (String q : queries) {
      if (!digest(q).equals(before.get(q))) {
        changed.add(q);
      }
    }
    assertTrue(changed.isEmpty(), "queries without digits, % or @ now parse differently: " + changed);
  }

  /** Writes the digests of the current parser (run once, before the audit's changes, to record them). */
  static void record(Path file) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (String q : wordQueries()) {
      sb.append(q).append('\t').append(digest(q)).append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** The ordinary queries: those of the standard mix and of the judged sets without a digit, % or @. */
  static Set<String> wordQueries() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (JsonNode q : json.readTree(Path.of("scripts/bench/search-queries.json").toFile()).get("queries")) {
      add(out, q.get("query").asText());
    }
    for (String resource : List.of("/search/journalist-queries.json", "/search/journalist-queries-corpus.json")) {
      try (InputStream in = WordQueriesUnchangedTest.class.getResourceAsStream(resource)) {
        for (JsonNode q : json.readTree(in).get("queries")) {
          add(out, q.get("query").asText());
        }
      }
    }
    return out;
  }

  private static void add(Set<String> out, String query) {
    if (query.chars().noneMatch(c -> Character.isDigit(c) || c == '%' || c == '@') && query.indexOf('\t') < 0
        && query.indexOf('\n') < 0) {
      out.add(query);
    }
  }

  private static String digest(String query) throws ParseException, NoSuchAlgorithmException {
    Query parsed = new CaseQueryParser(null, fields()).parse(query);
    byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical(parsed).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 12);
  }

  /** The fields of a case with every kind of document: word, stem, pair, keyword and entity fields. */
  private static Set<String> fields() {
    Set<String> f = new TreeSet<>(List.of(IndexSchema.TEXT, IndexSchema.EXACT, IndexSchema.PAIRS, IndexSchema.STEM,
        IndexSchema.STEM_SR, IndexSchema.STEM_SR_PAIRS, IndexSchema.TITLE, IndexSchema.PATH, IndexSchema.NAME,
        IndexSchema.FROM, IndexSchema.TO, IndexSchema.SUBJECT, IndexSchema.AUTHOR, IndexSchema.PRODUCER,
        IndexSchema.COMPANY, IndexSchema.DATE, IndexSchema.YEAR, IndexSchema.SIZE, IndexSchema.PAGES));
    f.addAll(IndexSchema.KEYWORD_FIELDS);
    f.addAll(EntityFields.knownFields());
    return f;
  }

  /** {@code q} as text with the parts of every disjunction-max in sorted order. */
  private static String canonical(Query q) {
    if (q instanceof BooleanQuery b) {
      StringBuilder sb = new StringBuilder("B" + b.getMinimumNumberShouldMatch() + "(");
      for (BooleanClause c : b.clauses()) {
        sb.append(c.getOccur()).append(canonical(c.getQuery())).append(' ');
      }
      return sb.append(')').toString();
    }
    if (q instanceof DisjunctionMaxQuery d) {
      List<String> parts = new ArrayList<>();
      d.getDisjuncts().forEach(p -> parts.add(canonical(p)));
      parts.sort(null);
      return "D" + d.getTieBreakerMultiplier() + parts;
    }
    if (q instanceof BoostQuery b) {
      return "(" + canonical(b.getQuery()) + ")^" + b.getBoost();
    }
    return q.getClass().getSimpleName() + ":" + q;
  }
}
