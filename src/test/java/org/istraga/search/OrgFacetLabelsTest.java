package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.ingest.EntityAnnotator;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One firm written in capitals, in normal case, in Cyrillic and in Latin without diacritics in
 * different documents is one {@code org} facet value with the exact number of documents; drill-down
 * on the value shown finds every one of them, and {@code istraga entities} lists the same value
 * with the same count. The records are annotated by the real extractor, as the ingest does.
 */
class OrgFacetLabelsTest {

  /** Text of each document and the firm it names. */
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("Ugovor o savetovanju zaključen je sa LATHAM & WATKINS LLP, London, 12. marta.", "latham");
    TEXTS.put("Pravni savetnik u postupku je Latham & Watkins LLP iz Londona.", "latham");
    TEXTS.put("Уговор је закључен са фирмом Телеком Нова ДОО из Београда.", "telekom");
    TEXTS.put("Ugovor je zaključen sa firmom TELEKOM NOVA D.O.O. iz Beograda.", "telekom");
    TEXTS.put("Robu isporučuje Žitoprodukt d.o.o. iz Novog Sada.", "zito");
    TEXTS.put("Robu isporucuje Zitoprodukt d.o.o. iz Novog Sada.", "zito");
    TEXTS.put("Робу испоручује Житопродукт д.о.о. из Новог Сада.", "zito");
    TEXTS.put("Ovaj dopis ne pominje nijednu firmu.", "none");
  }

  @TempDir static Path dir;
  static Case kase;
  static final List<DocumentRecord> RECORDS = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    EntityAnnotator annotator = EntityAnnotator.standard();
    int i = 0;
    for (String text : TEXTS.keySet()) {
      DocumentRecord r = SearchFixtures.record("/evidence/dopisi/dopis" + i++ + ".txt", text);
      annotator.annotate(r);
      RECORDS.add(r);
    }
    // two segments, so labels of one value are grouped across segments
    kase = SearchFixtures.caseWith(dir.resolve("case"), RECORDS, 4);
  }

  /** The org values (folded keys) of each firm, and their displays, as extracted. */
  private static Map<String, Set<String>> displaysOf(String firm) {
    Map<String, Set<String>> byValue = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String> e : TEXTS.entrySet()) {
      DocumentRecord r = RECORDS.get(i++);
      if (!e.getValue().equals(firm)) {
        continue;
      }
      for (EntityMention m : r.entities) {
        if (m.type().equals("org")) {
          byValue.computeIfAbsent(m.value(), k -> new TreeSet<>()).add(m.display() == null ? m.value() : m.display());
        }
      }
    }
    return byValue;
  }

  private static List<String> idsOf(String firm) {
    List<String> ids = new ArrayList<>();
    int i = 0;
    for (String f : TEXTS.values()) {
      if (f.equals(firm)) {
        ids.add(RECORDS.get(i).id);
      }
      i++;
    }
    return ids;
  }

  @Test
  void theDocumentsDisagreeOnTheDisplayButNotOnTheValue() {
    // the premise of the test: one value per firm, written differently in each document
    for (String firm : List.of("latham", "telekom", "zito")) {
      Map<String, Set<String>> byValue = displaysOf(firm);
      assertEquals(1, byValue.size(), firm + ": " + byValue);
      assertTrue(byValue.values().iterator().next().size() >= 2, firm + ": " + byValue);
    }
  }

  @Test
  void oneFacetValuePerFirmWithExactCounts() throws IOException {
    FacetListing l = SearchFixtures.withSearcher(kase, TagLookup.NONE,
        (s, h) -> s.facet("*:*", List.of(), "org", 50, null));
    Map<String, Long> counts = l.values().stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a + b, LinkedHashMap::new));
    assertEquals(Map.of("Žitoprodukt d.o.o.", 3L, "Latham & Watkins LLP", 2L, "Telekom Nova d.o.o.", 2L), counts,
        l.values().toString());
    assertEquals("Žitoprodukt d.o.o.", l.values().get(0).value(), "most frequent first");
  }

  @Test
  void drillDownOnTheShownValueFindsEveryDocument() throws IOException {
    Map<String, String> shown = Map.of("latham", "Latham & Watkins LLP", "telekom", "Telekom Nova d.o.o.",
        "zito", "Žitoprodukt d.o.o.");
    for (Map.Entry<String, String> e : shown.entrySet()) {
      List<SearchRequest.Filter> filter = List.of(new SearchRequest.Filter("org", e.getValue()));
      SearchResult r = SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> s.search(
          new SearchRequest("*:*", filter, List.of("org"), 10, SortOrder.PATH, 50, null, false)));
      Set<String> found = r.hits().stream().map(SearchHit::sha256).collect(Collectors.toSet());
      assertEquals(Set.copyOf(idsOf(e.getKey())), found, e.getValue());
      // the facet of the filtered search shows the value once, with the same count
      List<FacetValue> values = r.facets().get("org");
      assertEquals(1, values.stream().filter(v -> v.value().equals(e.getValue())).count(), values.toString());
      assertEquals(found.size(), values.stream().filter(v -> v.value().equals(e.getValue()))
          .findFirst().orElseThrow().count());
    }
  }

  @Test
  void entitiesListsOneValuePerFirmWithTheFacetCount() throws IOException {
    Cli.Result r = Cli.run("entities", "--case", kase.root().toString(), "--type", "org", "--json");
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode orgs = Json.mapper().readTree(r.out()).path("types").path("org");
    Map<String, Long> listed = new LinkedHashMap<>();
    for (JsonNode v : orgs) {
      listed.merge(v.path("value").asText(), v.path("count").asLong(), Long::sum);
    }
    assertEquals(Map.of("Žitoprodukt d.o.o.", 3L, "Latham & Watkins LLP", 2L, "Telekom Nova d.o.o.", 2L), listed);
  }
}
