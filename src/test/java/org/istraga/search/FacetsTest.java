package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts equal counts made independently from the generated records, over the whole
 * result set; filters drill down; a filtered facet keeps the counts of its other values
 * (drill-sideways); folders drill from the root; tags come from outside the index and count at
 * once.
 */
class FacetsTest {

  private static final String[] TYPES = {"pdf", "pdf", "pdf", "word", "word", "email", "spreadsheet", "text"};
  private static final String[] AUTHORS = {"Đorđe Petrović", "Ana Jovanović", "Marko Marković", "Chen Liang"};
  private static final String[] FOLDERS = {"ugovori/2019", "ugovori/2020", "posta", "arhiva/stari"};
  private static final String[] ORGS = {"Telekom Nova d.o.o.", "Infosistem Plus d.o.o.", "Huaxing Networks Co., Ltd"};
  private static final String[] FLAGS = {"dates-inconsistent", "signed-after-edit"};

  @TempDir static Path dir;
  static Case kase;
  static final List<DocumentRecord> RECORDS = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 400; i++) {
      String folder = FOLDERS[random.nextInt(FOLDERS.length)];
      String type = TYPES[random.nextInt(TYPES.length)];
      String text = "dokument broj " + i + (random.nextInt(3) == 0 ? " pominje kamera sistem" : " bez pominjanja");
      DocumentRecord r = SearchFixtures.record("/evidence/" + folder + "/doc" + i + "." + type, text);
      r.typeGroup = type;
      if (random.nextInt(5) > 0) {
        r.date = String.format("%d-%02d-15T10:00:00Z", 2015 + random.nextInt(6), 1 + random.nextInt(12));
      }
      int authors = random.nextInt(3);
      for (int a = 0; a < authors; a++) {
        String name = AUTHORS[random.nextInt(AUTHORS.length)];
        if (!r.authors.contains(name)) {
          r.authors.add(name);
        }
      }
      r.language = random.nextBoolean() ? "sr" : random.nextBoolean() ? "en" : null;
      for (String flag : FLAGS) {
        if (random.nextInt(4) == 0) {
          r.flags.add(flag);
        }
      }
      if (random.nextInt(2) == 0) {
        String org = ORGS[random.nextInt(ORGS.length)];
        r.entities.add(new EntityMention("org", org.toLowerCase(), org, org, 0, 5, 1, null, null, false));
      }
      if (random.nextInt(3) == 0) {
        String cur = random.nextBoolean() ? "EUR" : "RSD";
        r.entities.add(new EntityMention("money", "1000 " + cur, null, "1.000 " + cur, 6, 10, 1,
            new BigDecimal(1000 + random.nextInt(100_000)), cur, false));
      }
      RECORDS.add(r);
    }
    kase = SearchFixtures.caseWith(dir.resolve("case"), RECORDS, 60);
  }

  /** Independent count: facet value → documents among those matching {@code filter}. */
  private static Map<String, Long> expected(Predicate<DocumentRecord> filter, Function<DocumentRecord, Set<String>> values) {
    Map<String, Long> out = new TreeMap<>();
    for (DocumentRecord r : RECORDS) {
      if (filter.test(r)) {
        for (String v : values.apply(r)) {
          out.merge(v, 1L, Long::sum);
        }
      }
    }
    return out;
  }

  private static Set<String> one(String v) {
    return v == null ? Set.of() : Set.of(v);
  }

  private static Set<String> orgs(DocumentRecord r) {
    Set<String> s = new LinkedHashSet<>();
    r.entities.stream().filter(m -> m.type().equals("org")).forEach(m -> s.add(m.display()));
    return s;
  }

  private static Set<String> currencies(DocumentRecord r) {
    Set<String> s = new LinkedHashSet<>();
    r.entities.stream().filter(m -> m.type().equals("money")).forEach(m -> s.add(m.currency()));
    return s;
  }

  private static String folderOf(DocumentRecord r) {
    String p = r.firstPath();
    return p.substring(0, p.lastIndexOf('/'));
  }

  private static Map<String, Long> asMap(List<FacetValue> values) {
    Map<String, Long> m = new TreeMap<>();
    for (FacetValue v : values) {
      m.put(v.value(), v.count());
    }
    return m;
  }

  private static SearchResult search(String query, List<SearchRequest.Filter> filters, String... facets) throws IOException {
    return search(TagLookup.NONE, query, filters, facets);
  }

  private static SearchResult search(TagLookup tags, String query, List<SearchRequest.Filter> filters, String... facets)
      throws IOException {
    return SearchFixtures.withSearcher(kase, tags, (s, h) -> s.search(new SearchRequest(query, filters,
        List.of(facets), 100, SortOrder.RELEVANCE, 5, null, false)));
  }

  private static final Predicate<DocumentRecord> ALL = r -> true;
  private static final Predicate<DocumentRecord> KAMERA = r -> r.text.contains("kamera");

  @Test
  void countsEqualIndependentCountsOverTheWholeResultSet() throws IOException {
    for (Map.Entry<String, Predicate<DocumentRecord>> q : Map.of("*:*", ALL, "kamera", KAMERA).entrySet()) {
      SearchResult r = search(q.getKey(), List.of(), "type", "year", "month", "author", "lang", "flag", "org",
          "money.currency", "entity");
      assertEquals(RECORDS.stream().filter(q.getValue()).count(), r.total());
      Predicate<DocumentRecord> f = q.getValue();
      assertEquals(expected(f, d -> one(d.typeGroup)), asMap(r.facets().get("type")));
      assertEquals(expected(f, d -> one(d.date == null ? null : d.date.substring(0, 4))), asMap(r.facets().get("year")));
      assertEquals(expected(f, d -> one(d.date == null ? null : d.date.substring(0, 7))), asMap(r.facets().get("month")));
      assertEquals(expected(f, d -> new LinkedHashSet<>(d.authors)), asMap(r.facets().get("author")));
      assertEquals(expected(f, d -> one(d.language)), asMap(r.facets().get("lang")));
      assertEquals(expected(f, d -> new LinkedHashSet<>(d.flags)), asMap(r.facets().get("flag")));
      assertEquals(expected(f, FacetsTest::orgs), asMap(r.facets().get("org")));
      assertEquals(expected(f, FacetsTest::currencies), asMap(r.facets().get("money.currency")));
      Map<String, Long> entity = expected(f, d -> {
        Set<String> types = new LinkedHashSet<>();
        d.entities.forEach(m -> types.add(m.type()));
        return types;
      });
      assertEquals(entity, asMap(r.facets().get("entity")));
    }
  }

  @Test
  void drillDownFiltersAndSidewaysCountsKeepTheOtherValues() throws IOException {
    SearchResult unfiltered = search("kamera", List.of(), "type");
    SearchResult r = search("kamera", List.of(new SearchRequest.Filter("type", "pdf")), "type", "year");
    Predicate<DocumentRecord> pdf = KAMERA.and(d -> d.typeGroup.equals("pdf"));
    assertEquals(RECORDS.stream().filter(pdf).count(), r.total());
    assertEquals(asMap(unfiltered.facets().get("type")), asMap(r.facets().get("type")),
        "the type facet ignores its own filter so another type can be chosen");
    assertEquals(expected(pdf, d -> one(d.date == null ? null : d.date.substring(0, 4))), asMap(r.facets().get("year")));
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAreAnded() throws IOException {
    SearchResult either = search("*:*", List.of(new SearchRequest.Filter("type", "pdf"), new SearchRequest.Filter("type", "word")));
    assertEquals(RECORDS.stream().filter(d -> d.typeGroup.equals("pdf") || d.typeGroup.equals("word")).count(), either.total());

    Predicate<DocumentRecord> in2019 = d -> d.date != null && d.date.startsWith("2019");
    Predicate<DocumentRecord> isPdf = d -> d.typeGroup.equals("pdf");
    SearchResult both = search("*:*", List.of(new SearchRequest.Filter("type", "pdf"), new SearchRequest.Filter("year", "2019")),
        "type", "year", "author");
    assertEquals(RECORDS.stream().filter(isPdf.and(in2019)).count(), both.total());
    assertEquals(expected(in2019, d -> one(d.typeGroup)), asMap(both.facets().get("type")), "type counts ignore the type filter");
    assertEquals(expected(isPdf, d -> one(d.date == null ? null : d.date.substring(0, 4))), asMap(both.facets().get("year")));
    assertEquals(expected(isPdf.and(in2019), d -> new LinkedHashSet<>(d.authors)), asMap(both.facets().get("author")));
  }

  @Test
  void filterValuesMatchLabelsFolded() throws IOException {
    long exact = search("*:*", List.of(new SearchRequest.Filter("author", "Đorđe Petrović"))).total();
    assertEquals(RECORDS.stream().filter(d -> d.authors.contains("Đorđe Petrović")).count(), exact);
    assertEquals(exact, search("*:*", List.of(new SearchRequest.Filter("author", "djordje petrovic"))).total());
    assertEquals(exact, search("*:*", List.of(new SearchRequest.Filter("author", "ЂОРЂЕ ПЕТРОВИЋ"))).total());
    assertEquals(RECORDS.stream().filter(d -> d.typeGroup.equals("pdf")).count(),
        search("*:*", List.of(new SearchRequest.Filter("type", "PDF"))).total());
  }

  @Test
  void foldersDrillFromWhereTheyBranch() throws IOException {
    FacetListing top = SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> s.facet("*:*", List.of(), "folder", 50, null));
    Map<String, Long> expectedTop = expected(ALL, d -> {
      String f = folderOf(d);
      return one(f.substring(0, f.indexOf('/', "/evidence/".length()) < 0 ? f.length() : f.indexOf('/', "/evidence/".length())));
    });
    assertEquals(expectedTop, asMap(top.values()));
    FacetListing under = SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> s.facet("*:*", List.of(), "folder", 50, "/evidence/ugovori"));
    assertEquals(expected(d -> folderOf(d).startsWith("/evidence/ugovori/"), d -> one(folderOf(d))), asMap(under.values()));
    SearchResult inUgovori = search("*:*", List.of(new SearchRequest.Filter("folder", "/evidence/ugovori")));
    assertEquals(RECORDS.stream().filter(d -> folderOf(d).startsWith("/evidence/ugovori/")).count(), inUgovori.total());
  }

  @Test
  void tagsFromOutsideTheIndexWorkInQueriesFacetsAndFiltersAtOnce() throws IOException {
    Map<String, Set<String>> journal = new LinkedHashMap<>();
    Set<String> hitno = new LinkedHashSet<>();
    Set<String> proveriti = new LinkedHashSet<>();
    for (int i = 0; i < RECORDS.size(); i++) {
      if (i % 13 == 0) {
        hitno.add(RECORDS.get(i).id);
      }
      if (i % 29 == 0) {
        proveriti.add(RECORDS.get(i).id);
      }
    }
    journal.put("Hitno", hitno);
    journal.put("proveriti", proveriti);
    TagLookup tags = () -> journal;

    assertEquals(hitno.size(), search(tags, "tag:hitno", List.of()).total());
    assertEquals(hitno.size(), search(tags, "tag:ХИТНО", List.of()).total(), "tags match folded");
    assertEquals(0, search(TagLookup.NONE, "tag:hitno", List.of()).total());
    long kameraHitno = RECORDS.stream().filter(KAMERA).filter(d -> hitno.contains(d.id)).count();
    assertEquals(kameraHitno, search(tags, "kamera AND tag:hitno", List.of()).total());
    assertEquals(RECORDS.size() - hitno.size(), search(tags, "NOT tag:hitno", List.of()).total());
    assertEquals(hitno.size(), search(tags, "tag:hit*", List.of()).total());

    SearchResult facet = search(tags, "kamera", List.of(), "tag");
    Map<String, Long> expectedTags = new TreeMap<>();
    long p = RECORDS.stream().filter(KAMERA).filter(d -> proveriti.contains(d.id)).count();
    if (kameraHitno > 0) {
      expectedTags.put("Hitno", kameraHitno);
    }
    if (p > 0) {
      expectedTags.put("proveriti", p);
    }
    assertEquals(expectedTags, asMap(facet.facets().get("tag")));

    SearchResult filtered = search(tags, "*:*", List.of(new SearchRequest.Filter("tag", "hitno")), "tag", "type");
    assertEquals(hitno.size(), filtered.total());
    assertEquals(Map.of("Hitno", (long) hitno.size(), "proveriti", (long) proveriti.size()), asMap(filtered.facets().get("tag")),
        "the tag facet ignores its own filter");
    assertEquals(expected(d -> hitno.contains(d.id), d -> one(d.typeGroup)), asMap(filtered.facets().get("type")));

    journal.put("novo", Set.of(RECORDS.get(1).id));
    assertEquals(1, search(tags, "tag:novo", List.of()).total(), "a new tag works without re-indexing");
  }

  @Test
  void parallelSearchGivesTheSameResultsAsSequential() throws IOException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try (org.istraga.index.CaseIndex index = org.istraga.index.CaseIndex.openReader(kase);
        org.istraga.index.CaseIndex.Handle h = index.searcher()) {
      assertTrue(h.reader().leaves().size() > 1, "several segments: " + h.reader().leaves().size());
      CaseSearcher sequential = new CaseSearcher(h.searcher(), TagLookup.NONE);
      CaseSearcher parallel = new CaseSearcher(new org.apache.lucene.search.IndexSearcher(h.reader(), pool), TagLookup.NONE, pool);
      for (String q : List.of("*:*", "kamera", "dokument AND NOT kamera")) {
        for (SortOrder order : List.of(SortOrder.RELEVANCE, SortOrder.DATE, SortOrder.PATH)) {
          SearchRequest req = new SearchRequest(q, List.of(new SearchRequest.Filter("type", "pdf")),
              List.of("type", "year", "author", "folder", "org"), 50, order, 7, null, false);
          while (true) {
            SearchResult a = sequential.search(req);
            SearchResult b = parallel.search(req);
            assertEquals(a.total(), b.total());
            assertEquals(a.facets(), b.facets(), q + " " + order);
            assertEquals(a.hits().stream().map(SearchHit::sha256).toList(), b.hits().stream().map(SearchHit::sha256).toList(),
                q + " " + order + " page at " + a.offset());
            assertEquals(a.next(), b.next());
            if (a.next() == null) {
              break;
            }
            req = req.withAfter(a.next());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void facetsCommandPrintsOneFacetAsJsonAndRefusesUnknownNames() throws IOException {
    Cli.Result r = Cli.run("facets", "--case", kase.root().toString(), "--facet", "type", "--json", "kamera");
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode json = r.json();
    assertEquals("type", json.get("facet").asText());
    assertEquals(RECORDS.stream().filter(KAMERA).count(), json.get("total").asLong());
    Map<String, Long> values = new TreeMap<>();
    json.get("values").forEach(v -> values.put(v.get("value").asText(), v.get("count").asLong()));
    assertEquals(expected(KAMERA, d -> one(d.typeGroup)), values);
    long previous = Long.MAX_VALUE;
    for (JsonNode v : json.get("values")) {
      assertTrue(v.get("count").asLong() <= previous, "most frequent first");
      previous = v.get("count").asLong();
    }
    Cli.Result bad = Cli.run("facets", "--case", kase.root().toString(), "--facet", "colour");
    assertEquals(ExitCode.USAGE, bad.code(), bad::toString);
    assertTrue(bad.err().contains("unknown facet 'colour'"), bad.err());
    Cli.Result notHierarchical = Cli.run("facets", "--case", kase.root().toString(), "--facet", "type", "--under", "/evidence");
    assertEquals(ExitCode.USAGE, notHierarchical.code(), notHierarchical::toString);
    Cli.Result search = Cli.run("search", "--case", kase.root().toString(), "--json", "--facet", "year", "--filter", "type=pdf", "*:*");
    assertEquals(ExitCode.OK, search.code(), search::toString);
    assertEquals(RECORDS.stream().filter(d -> d.typeGroup.equals("pdf")).count(), search.json().get("total").asLong());
    assertTrue(search.json().get("facets").get("year").isArray());
  }
}
