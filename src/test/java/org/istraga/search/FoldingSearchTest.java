package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serbian Cyrillic and Latin are one language in two scripts, and case and diacritics never matter
 * by default: every spelling of a word finds every document written with any other spelling, in
 * both directions, and nothing else. The exact field keeps spelling; wildcards, fuzzy terms and
 * regular expressions fold like indexed terms; stems widen bare words.
 */
class FoldingSearchTest {

  /** Groups of spellings that must find each other (each spelling is one document). */
  private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("nis", List.of("Ниш", "Niš", "Nis", "NIŠ", "ниш"));
    GROUPS.put("djordje", List.of("Ђорђе", "Đorđe", "Djordje", "ĐORĐE", "DJORDJE"));
    GROUPS.put("ugovor", List.of("ugovor", "УГОВОР", "Ugovor", "уговор"));
    GROUPS.put("cacak", List.of("Čačak", "Чачак", "cacak", "ČAČAK"));
    GROUPS.put("ljubljana", List.of("Љубљана", "Ljubljana", "ǈubljana", "LJUBLJANA"));
    GROUPS.put("njegos", List.of("Његош", "Njegoš", "Njegos", "ǋegoš"));
    GROUPS.put("dzep", List.of("Џеп", "Džep", "Dzep", "ǅep"));
    GROUPS.put("cuprija", List.of("Ћуприја", "Ćuprija", "Cuprija"));
    GROUPS.put("zabalj", List.of("Жабаљ", "Žabalj", "Zabalj"));
    GROUPS.put("cafe", List.of("Café", "cafe", "CAFÉ", "Cafè"));
    // Cyrillic letters with marks that Serbian does not use (Russian, Ukrainian, Macedonian): the
    // mark never matters, like a Latin accent
    GROUPS.put("nastroikah", List.of("настройках", "настроиках", "НАСТРОЙКАХ"));
    GROUPS.put("elka", List.of("ёлка", "елка", "Ёлка", "ЕЛКА"));
    GROUPS.put("kjerka", List.of("ќерка", "керка", "ЌЕРКА"));
  }

  @TempDir static Path dir;
  static Case kase;
  static final Map<String, String> ID_OF_SPELLING = new LinkedHashMap<>();
  static final Map<String, DocumentRecord> EXTRA = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws IOException {
    List<DocumentRecord> records = new ArrayList<>();
    int n = 0;
    for (List<String> spellings : GROUPS.values()) {
      for (String s : spellings) {
        DocumentRecord r = SearchFixtures.record("/evidence/doc" + (n++) + ".txt", "Pismo iz mesta " + s + " stiglo je juče.");
        r.language = "sr";
        records.add(r);
        ID_OF_SPELLING.put(s, r.id);
      }
    }
    extra(records, "phrase", "en", "The Safe City project buys cameras.");
    extra(records, "phraseCyr", "sr", "Одлука о покретању поступка јавне набавке број 12.");
    extra(records, "english", "en", "All contracts were signed by the minister.");
    extra(records, "serbian", "sr", "Komisija je otvorila ponude za nabavke opreme.");
    extra(records, "serbianCyr", "sr", "Комисија је отворила понуде за набавке опреме.");
    extra(records, "ni", "sr", "Nije bilo ni jedne ponude.");
    extra(records, "bareD", "sr", "Potpisao Dorde, bez kvacica.");
    extra(records, "mixedDj", "sr", "Potpisao Dordje, napola bez kvacica.");
    extra(records, "names", "sr", "Međunarodni tender vodio je Mlađan Đurić iz Beograda.");
    extra(records, "plainDj", "en", "The court may adjust the schedule.");
    kase = SearchFixtures.caseWith(dir.resolve("case"), records);
  }

  private static void extra(List<DocumentRecord> records, String key, String lang, String text) {
    DocumentRecord r = SearchFixtures.record("/evidence/" + key + ".txt", text);
    r.language = lang;
    records.add(r);
    EXTRA.put(key, r);
  }

  private static Set<String> hits(String query) throws IOException {
    return new HashSet<>(SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> SearchFixtures.ids(s, query)));
  }

  private static Set<String> idsOf(List<String> spellings) {
    Set<String> ids = new HashSet<>();
    for (String s : spellings) {
      ids.add(ID_OF_SPELLING.get(s));
    }
    return ids;
  }

  /** The djordje documents and those that spelt đ as a bare d ({@code Dorde}) or mixed both ({@code Dordje}). */
  private static Set<String> everyDjordje() {
    Set<String> every = idsOf(GROUPS.get("djordje"));
    every.add(EXTRA.get("bareD").id);
    every.add(EXTRA.get("mixedDj").id);
    return every;
  }

  @Test
  void everySpellingFindsEveryOtherSpellingInBothDirections() throws IOException {
    for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
      Set<String> expected = idsOf(group.getValue());
      if (group.getKey().equals("djordje")) { // dj also stands for a bare d in a query
        expected.add(EXTRA.get("bareD").id);
        expected.add(EXTRA.get("mixedDj").id);
      }
      for (String query : group.getValue()) {
        assertEquals(expected, hits(query), "query '" + query + "' must find exactly the " + group.getKey()
            + " documents " + group.getValue());
      }
    }
  }

  @Test
  void exactFieldKeepsSpellingCaseAndScript() throws IOException {
    assertEquals(Set.of(ID_OF_SPELLING.get("Niš")), hits("exact:Niš"));
    assertEquals(Set.of(ID_OF_SPELLING.get("Ниш")), hits("exact:Ниш"));
    assertEquals(Set.of(ID_OF_SPELLING.get("Nis")), hits("exact:Nis"));
    assertEquals(Set.of(ID_OF_SPELLING.get("Đorđe")), hits("exact:Đorđe"));
    assertEquals(Set.of(ID_OF_SPELLING.get("ugovor")), hits("exact:ugovor"));
    assertEquals(idsOf(List.of("Đorđe", "ĐORĐE")), hits("exact:/[ĐđD][oO][rR][đĐ].*/"));
  }

  @Test
  void wildcardsFuzzyAndRegexFoldLikeIndexedTerms() throws IOException {
    Set<String> djordje = everyDjordje();
    assertEquals(djordje, hits("Ђорђ*"));
    assertEquals(djordje, hits("ĐORĐ*"));
    assertEquals(djordje, hits("Đ?rđe"), "patterns match the bare-d spelling: ? stands for one of its letters");
    assertEquals(djordje, hits("Đorđa~1"));
    assertEquals(djordje, hits("/ђорђ[еe]/"));
    assertEquals(idsOf(GROUPS.get("nis")), hits("text:NIŠ*"));
    assertEquals(idsOf(GROUPS.get("cacak")), hits("*ČAK"), "leading wildcards are allowed");
  }

  @Test
  void phrasesAreOrderedAndCrossScripts() throws IOException {
    String phrase = EXTRA.get("phrase").id;
    assertEquals(Set.of(phrase), hits("\"safe city\""));
    assertEquals(Set.of(phrase), hits("\"SAFE CITY project\""));
    assertTrue(hits("\"city safe\"").isEmpty(), "word order matters in a phrase");
    assertEquals(Set.of(phrase), hits("\"safe cameras\"~3"), "proximity allows words in between");
    assertTrue(hits("\"safe cameras\"").isEmpty());
    assertEquals(Set.of(EXTRA.get("phraseCyr").id), hits("\"javne nabavke broj\""));
    assertEquals(Set.of(EXTRA.get("phraseCyr").id), hits("\"ЈАВНЕ НАБАВКЕ\""));
  }

  @Test
  void bareWordsAlsoMatchTheirStemsButPhrasesDoNot() throws IOException {
    assertEquals(Set.of(EXTRA.get("english").id), hits("contract"));
    assertEquals(Set.of(EXTRA.get("english").id), hits("CONTRACT"));
    assertTrue(hits("\"sign by\"").isEmpty(), "phrases match the text as written (folded), not stems (signed)");
    assertEquals(Set.of(EXTRA.get("english").id), hits("\"contract were\""),
        "but a phrase's English noun is also searched in its other number (contracts), not through its stem");
    // "nabavke" (Latin), "набавке" (two Cyrillic documents): all share the stem of "nabavka"
    Set<String> nabavke = Set.of(EXTRA.get("serbian").id, EXTRA.get("serbianCyr").id, EXTRA.get("phraseCyr").id);
    assertEquals(nabavke, hits("nabavka"));
    assertEquals(nabavke, hits("набавка"));
    assertTrue(hits("text:nabavka").isEmpty(), "the text field alone has no stems");
  }

  @Test
  void stemsDoNotMakeNamesMatchUnrelatedWords() throws IOException {
    Set<String> nis = hits("Niš");
    assertFalse(nis.contains(EXTRA.get("ni").id), "Niš must not find a document that only has 'ni'");
    assertEquals(idsOf(GROUPS.get("nis")), nis);
  }

  /**
   * Serbian typed without diacritics writes {@code đ} as {@code dj} or as a bare {@code d}, and
   * mixes the two in one word: words indexed with {@code đ} are found by every such spelling, in
   * words and phrases; a {@code dj} in a query also finds texts that wrote a bare {@code d} or mixed
   * the two; a plain {@code dj} in a text gets no bare-d twin.
   */
  @Test
  void aBareDFindsWordsWrittenWithDj() throws IOException {
    String names = EXTRA.get("names").id;
    Set<String> every = everyDjordje();
    for (String q : List.of("Djordje", "Đorđe", "Dordje", "Djorde", "DORDJE")) {
      assertEquals(every, hits(q), q + ": dj and đ find every spelling, the bare-d and mixed texts too");
    }
    assertEquals(Set.of(EXTRA.get("mixedDj").id), hits("\"Dordje napola\""), "phrases with mixed spellings");
    assertEquals(Set.of(EXTRA.get("mixedDj").id), hits("\"Đorđe napola\""));
    assertEquals(Set.of(names), hits("medunarodni"));
    assertEquals(Set.of(names), hits("medjunarodni"));
    assertEquals(Set.of(names), hits("\"Mladan Duric\""), "phrases of bare-d words");
    assertEquals(Set.of(names), hits("\"Mladjan Djuric\""));
    assertEquals(Set.of(names), hits("\"Млађан Ђурић\""));
    assertEquals(Set.of(names), hits("\"tender vodio je Mladan\""));
    assertEquals(Set.of(EXTRA.get("plainDj").id), hits("adjust"));
    assertEquals(Set.of(EXTRA.get("plainDj").id), hits("adust"), "a plain dj is spelt with a bare d too");
    assertEquals(Set.of(ID_OF_SPELLING.get("Đorđe")), hits("exact:Đorđe"), "the exact field has no variants");
  }
}
