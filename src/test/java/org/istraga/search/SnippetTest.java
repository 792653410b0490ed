package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets: labelled with the page of their match (mapped through the page starts), found anywhere
 * in a multi-megabyte text, highlighted through stems, with whitespace collapsed.
 */
class SnippetTest {

  private static final String[] FILLER = {
    "ugovor", "nabavka", "ponuda", "komisija", "odluka", "ministarstvo", "rok", "isporuka", "cena",
    "član", "stav", "dinara", "oprema", "lokacija", "investitor", "the", "report", "budget", "of"
  };
  private static final int PAGE_CHARS = 3000;

  @TempDir static Path dir;
  static Case kase;
  static DocumentRecord paged;
  static DocumentRecord huge;
  static int hugeMatch;
  static DocumentRecord english;
  static DocumentRecord noPages;
  static DocumentRecord withIban;
  static DocumentRecord spellings;

  @BeforeAll
  static void build() throws IOException {
    List<String> pages = List.of("Prva strana: uvod i stranke.", "Druga strana: predmet ugovora.",
        "Treća strana: projekat Safe City obuhvata kamere.\nKraj treće strane.", "Četvrta strana: potpisi.");
    StringBuilder text = new StringBuilder();
    int[] starts = new int[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      starts[i] = text.length();
      text.append(pages.get(i)).append("\n\n");
    }
    paged = SearchFixtures.record("/evidence/paged.pdf", text.toString());
    paged.pageStarts = starts;
    paged.pageCount = pages.size();

    Random random = new Random(42);
    StringBuilder big = new StringBuilder(5_200_000);
    while (big.length() < 5_000_000) {
      big.append(FILLER[random.nextInt(FILLER.length)]).append(random.nextInt(9) == 0 ? ".\n" : " ");
    }
    hugeMatch = big.length();
    big.append("Ovde se pominje Huawei kamera za nadzor. ");
    for (int i = 0; i < 2000; i++) {
      big.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
    }
    huge = SearchFixtures.record("/evidence/huge.txt", big.toString());
    int n = (big.length() + PAGE_CHARS - 1) / PAGE_CHARS;
    huge.pageStarts = new int[n];
    for (int i = 0; i < n; i++) {
      huge.pageStarts[i] = i * PAGE_CHARS;
    }
    huge.pageCount = n;

    english = SearchFixtures.record("/evidence/english.txt", "The ministry\n\n   signed   several\tcontracts in 2019.");
    english.language = "en";
    noPages = SearchFixtures.record("/evidence/note.txt", "Bez strana: samo beleška o kameri Huawei.");
    String ibanText = "Prva strana.\nDruga strana: račun dobavljača, IBAN: RS35 1600 0000 0041 8725 51, otvoren kod banke.";
    withIban = SearchFixtures.record("/evidence/iban.pdf", ibanText);
    withIban.pageStarts = new int[] {0, ibanText.indexOf("Druga")};
    int at = ibanText.indexOf("RS35");
    String raw = "RS35 1600 0000 0041 8725 51";
    withIban.entities.add(new org.istraga.document.EntityMention("iban", "RS35160000000041872551", null, raw, at,
        at + raw.length(), 2, null, null, false));
    spellings = SearchFixtures.record("/evidence/spellings.txt", "Grad Nis, pa NIŠ, pa Niš i Ниш.");
    kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(paged, huge, english, noPages, withIban, spellings));
  }

  private static SearchHit hit(String query, String id) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      for (SearchHit hit : s.search(SearchRequest.of(query, 10)).hits()) {
        if (hit.sha256().equals(id)) {
          return hit;
        }
      }
      throw new AssertionError(query + " did not find " + id);
    });
  }

  @Test
  void snippetIsLabelledWithThePageOfItsMatch() throws IOException {
    SearchHit h = hit("\"safe city\"", paged.id);
    assertEquals(1, h.snippets().size());
    Snippet s = h.snippets().get(0);
    assertEquals(PageMap.pageAt(paged.pageStarts, paged.text.indexOf("Safe City")), s.page());
    assertEquals(3, s.page());
    assertTrue(s.text().contains("**Safe City**"), s.text());
    assertEquals("Safe City", s.plain().substring(s.marks().get(0)[0], s.marks().get(0)[1]));
  }

  @Test
  void matchNearTheEndOfAMultiMegabyteTextIsFoundAndPaged() throws IOException {
    SearchHit h = hit("\"huawei kamera\"", huge.id);
    assertFalse(h.snippets().isEmpty(), "a match after 5 MB of text has a snippet");
    Snippet s = h.snippets().get(0);
    int expectedPage = hugeMatch / PAGE_CHARS + 1;
    assertEquals(expectedPage, s.page());
    assertTrue(s.text().contains("**Huawei kamera**"), s.text());
    assertTrue(s.offset() >= hugeMatch - SnippetHighlighter.MAX_SNIPPET && s.offset() <= hugeMatch, "offset " + s.offset());
    assertTrue(s.text().length() <= SnippetHighlighter.MAX_SNIPPET + 10, "long passages are cut: " + s.text().length());
  }

  @Test
  void wordsFoundThroughTheirStemAreHighlighted() throws IOException {
    SearchHit h = hit("contract", english.id);
    assertEquals(1, h.snippets().size());
    Snippet s = h.snippets().get(0);
    assertTrue(s.text().contains("**contracts**"), s.text());
    assertNull(s.page(), "a text without pages has no page label");
    assertEquals("The ministry signed several contracts in 2019.", s.plain(), "whitespace runs collapse to one space");
  }

  @Test
  void atMostThreeSnippetsInTextOrder() throws IOException {
    List<Snippet> snippets = new ArrayList<>(hit("ugovor", huge.id).snippets());
    assertEquals(SearchRequest.SNIPPETS_PER_HIT, snippets.size());
    for (int i = 1; i < snippets.size(); i++) {
      assertTrue(snippets.get(i - 1).offset() < snippets.get(i).offset());
    }
    for (Snippet s : snippets) {
      assertEquals(PageMap.pageAt(huge.pageStarts, s.offset() + s.plain().indexOf(s.plain().substring(s.marks().get(0)[0]))),
          s.page().intValue(), "page of " + s);
    }
  }

  @Test
  void exactFieldMatchesAreHighlightedAsWritten() throws IOException {
    SearchHit h = hit("exact:Niš", spellings.id);
    assertEquals(1, h.snippets().size());
    Snippet s = h.snippets().get(0);
    assertEquals(1, s.marks().size(), "only the exact spelling is marked: " + s.text());
    assertEquals("Niš", s.plain().substring(s.marks().get(0)[0], s.marks().get(0)[1]));
    assertEquals(4, hit("Niš", spellings.id).snippets().get(0).marks().size(), "a folded query marks every spelling");
  }

  @Test
  void entityMatchesShowTheMentionWithItsPage() throws IOException {
    SearchHit h = hit("iban:RS35160000000041872551", withIban.id);
    assertEquals(1, h.snippets().size());
    Snippet s = h.snippets().get(0);
    assertEquals(2, s.page());
    assertEquals("RS35 1600 0000 0041 8725 51", s.plain().substring(s.marks().get(0)[0], s.marks().get(0)[1]));
  }

  @Test
  void metadataOnlyMatchHasNoSnippet() throws IOException {
    SearchHit h = hit("name:note.txt", noPages.id);
    assertTrue(h.snippets().isEmpty());
  }
}
