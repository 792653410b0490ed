package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cursor paging walks any number of hits: every document exactly once, in order, with many equal
 * scores and missing sort values, the last page without a cursor, and a cursor refused for
 * another query.
 */
class CursorPagingTest {

  static final int DOCS = 12_500;

  @TempDir static Path dir;
  static Case kase;
  static final List<DocumentRecord> RECORDS = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    Random random = new Random(11);
    for (int i = 0; i < DOCS; i++) {
      // few distinct term frequencies and lengths: thousands of equal scores
      String text = "dokument ".repeat(1 + i % 4) + "broj " + (i % 50);
      DocumentRecord r = SearchFixtures.record("/evidence/d" + (i % 97) + "/f" + i + ".txt", text);
      r.size = random.nextInt(5) == 0 ? 1000 : random.nextInt(100_000);
      if (random.nextInt(3) > 0) {
        r.date = String.format("20%02d-%02d-01T00:00:00Z", 10 + random.nextInt(10), 1 + random.nextInt(12));
      }
      RECORDS.add(r);
    }
    kase = SearchFixtures.caseWith(dir.resolve("case"), RECORDS);
  }

  private static List<SearchHit> walk(CaseSearcher s, String query, SortOrder sort, int pageSize) throws IOException {
    List<SearchHit> all = new ArrayList<>();
    SearchRequest req = new SearchRequest(query, List.of(), List.of(), 10, sort, pageSize, null, false);
    long total = -1;
    while (true) {
      SearchResult r = s.search(req);
      if (total < 0) {
        total = r.total();
      }
      assertEquals(total, r.total(), "total is stable across pages");
      assertEquals(all.size(), r.offset(), "offset counts the hits before the page");
      all.addAll(r.hits());
      if (r.next() == null) {
        assertEquals(total, all.size(), "the last page has no cursor and everything was seen");
        return all;
      }
      assertEquals(pageSize, r.hits().size(), "only the last page is short");
      req = req.withAfter(r.next());
    }
  }

  private static void assertEachOnce(List<SearchHit> hits, int expected) {
    Set<String> ids = new HashSet<>();
    for (SearchHit h : hits) {
      assertTrue(ids.add(h.sha256()), "returned twice: " + h.sha256());
    }
    assertEquals(expected, ids.size());
  }

  @Test
  void relevancePagingReturnsEveryHitOnceInScoreOrder() throws IOException {
    List<SearchHit> hits = SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> walk(s, "dokument", SortOrder.RELEVANCE, 1000));
    assertEachOnce(hits, DOCS);
    for (int i = 1; i < hits.size(); i++) {
      SearchHit a = hits.get(i - 1);
      SearchHit b = hits.get(i);
      assertTrue(a.score() > b.score() || a.score().equals(b.score()) && a.sha256().compareTo(b.sha256()) < 0,
          "score, then id: " + i);
    }
  }

  @Test
  void fieldSortsPageThroughTiesAndMissingValues() throws IOException {
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      List<SearchHit> byDate = walk(s, "*:*", SortOrder.DATE, 3000);
      assertEachOnce(byDate, DOCS);
      boolean sawMissing = false;
      for (int i = 1; i < byDate.size(); i++) {
        String a = byDate.get(i - 1).date();
        String b = byDate.get(i).date();
        if (a == null) {
          assertNull(b, "undated documents come last");
          sawMissing = true;
        } else if (b != null) {
          assertTrue(a.compareTo(b) >= 0, "newest first");
        }
      }
      assertTrue(sawMissing || byDate.get(byDate.size() - 1).date() == null);
      List<SearchHit> bySize = walk(s, "broj", SortOrder.SIZE_ASC, 2500);
      assertEachOnce(bySize, DOCS);
      for (int i = 1; i < bySize.size(); i++) {
        assertTrue(bySize.get(i - 1).size() <= bySize.get(i).size());
      }
      assertEachOnce(walk(s, "*:*", SortOrder.PATH, 4000), DOCS);
      return null;
    });
  }

  @Test
  void cursorOfAnotherSearchIsRefused() throws IOException {
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      SearchResult first = s.search(new SearchRequest("dokument", List.of(), List.of(), 10, SortOrder.RELEVANCE, 10, null, false));
      assertNotNull(first.next());
      IstragaException other = assertThrows(IstragaException.class,
          () -> s.search(new SearchRequest("broj", List.of(), List.of(), 10, SortOrder.RELEVANCE, 10, first.next(), false)));
      assertEquals(IstragaException.Kind.USAGE, other.kind());
      IstragaException sort = assertThrows(IstragaException.class,
          () -> s.search(new SearchRequest("dokument", List.of(), List.of(), 10, SortOrder.DATE, 10, first.next(), false)));
      assertEquals(IstragaException.Kind.USAGE, sort.kind());
      IstragaException garbage = assertThrows(IstragaException.class,
          () -> s.search(new SearchRequest("dokument", List.of(), List.of(), 10, SortOrder.RELEVANCE, 10, "not-a-cursor!", false)));
      assertEquals(IstragaException.Kind.USAGE, garbage.kind());
      return null;
    });
  }

  @Test
  void cliStreamsAllHitsAsJsonPages() throws IOException {
    Set<String> ids = new HashSet<>();
    String after = null;
    int pages = 0;
    while (true) {
      List<String> args = new ArrayList<>(List.of("search", "--case", kase.root().toString(), "--json", "--limit", "5000",
          "--no-snippets", "dokument"));
      if (after != null) {
        args.add("--after");
        args.add(after);
      }
      Cli.Result r = Cli.run(args.toArray(new String[0]));
      assertEquals(ExitCode.OK, r.code(), r::toString);
      JsonNode json = r.json();
      assertEquals(DOCS, json.get("total").asInt());
      for (JsonNode hit : json.get("hits")) {
        assertTrue(ids.add(hit.get("sha256").asText()));
        assertEquals(hit.get("sha256").asText().substring(0, 12), hit.get("id").asText());
      }
      pages++;
      if (!json.has("next")) {
        break;
      }
      after = json.get("next").asText();
    }
    assertEquals(3, pages);
    assertEquals(DOCS, ids.size());
    Cli.Result tooMany = Cli.run("search", "--case", kase.root().toString(), "--limit", "20000", "dokument");
    assertEquals(ExitCode.USAGE, tooMany.code());
    assertTrue(tooMany.err().contains("--after"), tooMany.err());
  }
}
