package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;

/**
 * Judged queries (a JSON resource under {@code search/}): each query with the documents, by file
 * name, that it must find and must not find, and optionally the pages its snippets must be on in
 * a file. {@link #check} runs one against a case through {@code istraga search} and returns what
 * it got wrong, so a test reports every failed judgment of a query at once.
 */
record JournalistQueries(List<Judgment> judgments) {

  /**
   * One judged query. {@code limit}, when not null, says why the search does not keep every
   * judgment yet (a known limit written in docs/search.md): the judgment stays as judged, and the
   * tests check that it is still broken, so a fix that makes it hold is noticed.
   */
  record Judgment(String query, Set<String> must, Set<String> mustNot, Map<String, List<Integer>> pages, String why,
      String limit) {}

  /** What one search returned: file names of the hits and the snippet pages per name. */
  record Found(Set<String> names, Map<String, List<Integer>> pages) {}

  static JournalistQueries load(String resource) {
    try (InputStream in = JournalistQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<Judgment> out = new ArrayList<>();
      for (JsonNode q : root.get("queries")) {
        Map<String, List<Integer>> pages = new LinkedHashMap<>();
        q.path("pages").fields().forEachRemaining(e -> {
          List<Integer> p = new ArrayList<>();
          e.getValue().forEach(n -> p.add(n.asInt()));
          pages.put(e.getKey(), p);
        });
        out.add(new Judgment(q.get("query").asText(), names(q.get("must")), names(q.get("must_not")), pages,
            q.path("why").asText(), q.hasNonNull("limit") ? q.get("limit").asText() : null));
      }
      return new JournalistQueries(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> names(JsonNode array) {
    Set<String> out = new TreeSet<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  /** Every hit of {@code query} in the case at {@code caseDir}, keyed by the last segment of its first path. */
  static Found search(String caseDir, String query) throws IOException {
    Cli.Result r = Cli.run("search", "--case", caseDir, "--json", "--limit", "500", "--", query);
    assertEquals(ExitCode.OK, r.code(), () -> query + ": " + r);
    JsonNode json = r.json();
    Set<String> names = new TreeSet<>();
    Map<String, List<Integer>> pages = new LinkedHashMap<>();
    for (JsonNode hit : json.get("hits")) {
      for (JsonNode path : hit.get("paths")) {
        String p = path.asText();
        String name = p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('!')) + 1);
        names.add(name);
        List<Integer> pp = new ArrayList<>();
        for (JsonNode s : hit.path("snippets")) {
          if (s.has("page")) {
            pp.add(s.get("page").asInt());
          }
        }
        pages.putIfAbsent(name, pp);
      }
    }
    assertEquals(json.get("total").asInt(), json.get("hits").size(), () -> query + ": more hits than one page");
    return new Found(names, pages);
  }

  /**
   * Asserts what {@link #check} found for {@code j}: nothing wrong, or, for a judgment marked as
   * a known limit, something still wrong (when it holds, the mark must go).
   */
  static void assertJudged(Judgment j, Found found) {
    List<String> wrong = check(j, found);
    if (j.limit() == null) {
      org.junit.jupiter.api.Assertions.assertTrue(wrong.isEmpty(),
          () -> j.query() + " (" + j.why() + "): " + wrong + "; found " + found.names());
    } else {
      org.junit.jupiter.api.Assertions.assertFalse(wrong.isEmpty(), () -> j.query() + " now keeps every judgment;"
          + " remove its limit mark (" + j.limit() + ") and the limit from docs/search.md");
    }
  }

  /** The judgments of {@code j} that {@code found} breaks, one line each; empty when it keeps them all. */
  static List<String> check(Judgment j, Found found) {
    List<String> wrong = new ArrayList<>();
    for (String name : j.must()) {
      if (!found.names().contains(name)) {
        wrong.add("missed " + name);
      }
    }
    for (String name : j.mustNot()) {
      if (found.names().contains(name)) {
        wrong.add("wrongly found " + name);
      }
    }
    j.pages().forEach((name, expected) -> {
      List<Integer> got = found.pages().get(name);
      if (got != null && !new TreeSet<>(got).equals(new TreeSet<>(expected))) {
        wrong.add("snippets of " + name + " on pages " + got + ", expected " + expected);
      }
    });
    return wrong;
  }
}
