package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The term report: per line, documents hit, occurrences in the text, documents hit by that line
 * alone, best ids; bad lines reported with their number while the rest runs; tens of thousands of
 * lines.
 */
class TermReportTest {

  private static final String[] WORDS = {"kamera", "huawei", "ugovor", "nabavka", "ponuda", "komisija", "oprema"};

  @TempDir static Path dir;
  static Case kase;
  static final List<DocumentRecord> RECORDS = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      int n = 3 + random.nextInt(12);
      for (int w = 0; w < n; w++) {
        text.append(random.nextInt(3) == 0 ? "reč" + random.nextInt(20_000) : WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      RECORDS.add(SearchFixtures.record("/evidence/t" + i + ".txt", text.toString()));
    }
    kase = SearchFixtures.caseWith(dir.resolve("case"), RECORDS);
  }

  /** Independent truth for a single lowercase word: documents containing it and its occurrences. */
  private static Map<String, Integer> occurrences(String word) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
    for (DocumentRecord r : RECORDS) {
      Matcher m = p.matcher(r.text);
      int n = 0;
      while (m.find()) {
        n++;
      }
      if (n > 0) {
        out.put(r.id, n);
      }
    }
    return out;
  }

  @Test
  void reportCountsDocumentsOccurrencesAndDocumentsOnlyOneLineHits() throws IOException {
    List<String> lines = List.of("# words to check", "kamera", "huawei", "", "foo:bar", "ugovor", "reč17 OR reč42", "safe AND");
    Path terms = dir.resolve("terms.txt");
    Files.write(terms, lines, StandardCharsets.UTF_8);
    Path csv = dir.resolve("report.csv");
    Cli.Result r = Cli.run("hits", "--case", kase.root().toString(), terms.toString(), "--csv", csv.toString(), "--json");
    assertEquals(ExitCode.USAGE, r.code(), "bad lines make the exit code 2 after the full report: " + r);
    JsonNode report = r.json();
    assertEquals(lines.size(), report.get("lines").asInt());
    assertEquals(6, report.get("queries").asInt());
    assertEquals(2, report.get("errors").asInt());

    Map<Integer, Map<String, Integer>> truth = new HashMap<>();
    truth.put(2, occurrences("kamera"));
    truth.put(3, occurrences("huawei"));
    truth.put(6, occurrences("ugovor"));
    Map<String, Integer> rare = new HashMap<>(occurrences("reč17"));
    occurrences("reč42").forEach((k, v) -> rare.merge(k, v, Integer::sum));
    truth.put(7, rare);
    Map<String, Integer> linesPerDoc = new HashMap<>();
    truth.values().forEach(m -> m.keySet().forEach(id -> linesPerDoc.merge(id, 1, Integer::sum)));

    Set<String> hitByAny = new HashSet<>();
    for (JsonNode row : report.get("rows")) {
      int line = row.get("line").asInt();
      if (line == 5 || line == 8) {
        assertNotNull(row.get("error"), row.toString());
        assertTrue(row.get("error").asText().startsWith("bad query"), row.toString());
        continue;
      }
      assertNull(row.get("error"), row.toString());
      Map<String, Integer> t = truth.get(line);
      hitByAny.addAll(t.keySet());
      assertEquals(t.size(), row.get("documents").asInt(), "documents of line " + line);
      assertEquals(t.values().stream().mapToInt(Integer::intValue).sum(), row.get("occurrences").asInt(), "occurrences of line " + line);
      long unique = t.keySet().stream().filter(id -> linesPerDoc.get(id) == 1).count();
      assertEquals(unique, row.get("unique_documents").asLong(), "documents hit by line " + line + " alone");
      for (JsonNode id : row.get("first_ids")) {
        assertTrue(t.keySet().stream().anyMatch(full -> full.startsWith(id.asText())), id + " is a hit of line " + line);
      }
      assertEquals(Math.min(5, t.size()), row.get("first_ids").size());
    }
    assertEquals(hitByAny.size(), report.get("documents_hit").asInt());

    List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("line,query,documents,occurrences,unique_documents,first_ids,error", csvLines.get(0));
    assertEquals(7, csvLines.size(), "header plus one row per query line");
    assertTrue(csvLines.get(3).startsWith("5,foo:bar,,,,,"), csvLines.get(3));
    assertTrue(r.err().contains("line 5:") && r.err().contains("line 8:"), r.err());
  }

  @Test
  void tensOfThousandsOfLinesRunWithCorrectCounts() throws IOException {
    StringBuilder file = new StringBuilder();
    int lines = 20_000;
    for (int i = 0; i < lines; i++) {
      file.append("reč").append(i).append('\n');
    }
    TermReport.Summary s = SearchFixtures.withSearcher(kase, TagLookup.NONE, (searcher, h) ->
        new TermReport(searcher, 3, true).run(new BufferedReader(new StringReader(file.toString())), (l, q, e) -> { }));
    assertEquals(lines, s.queries());
    assertEquals(0, s.errors());
    for (int i : new int[] {0, 17, 4242, 19_999}) {
      Map<String, Integer> t = occurrences("reč" + i);
      TermReport.Row row = s.rows().get(i);
      assertEquals(i + 1, row.line());
      assertEquals(t.size(), row.documents(), "reč" + i);
      assertEquals(t.values().stream().mapToInt(Integer::intValue).sum(), row.occurrences().longValue());
    }
    long docsWithRare = RECORDS.stream().filter(r -> r.text.contains("reč")).count();
    assertEquals(docsWithRare, s.documentsHit());
  }
}
