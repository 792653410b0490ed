package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text extracted from a typeset PDF breaks lines inside phrases and hyphenates words at line ends
 * ({@code ugo-}&#47;{@code vora}): the word, its stem and phrases through it are found, and the
 * snippet is labelled with the page of the match.
 */
class LineBreakSearchTest {

  @TempDir static Path dir;
  static Case kase;
  static DocumentRecord contract;
  static DocumentRecord plain;

  @BeforeAll
  static void build() throws IOException {
    List<String> pages = List.of(
        "REPUBLIKA SRBIJA\nBroj: 404-02-117/2019\nPrva strana ugovora, bez napomena.\n",
        "Član 2.\nPredmet ovog ugo-\nvora je isporuka opreme za video nadzor u okviru\nprojekta Sigurni grad. "
            + "Vrednost javne\nnabavke iznosi 1.250.000,00 dinara bez PDV-a.\n",
        "Члан 3.\nУговор потписују наручи-\nлац и добављач у Нишу.\nThe contrac-\ntors agree.\n");
    StringBuilder text = new StringBuilder();
    int[] starts = new int[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      starts[i] = text.length();
      text.append(pages.get(i)).append('\f');
    }
    contract = SearchFixtures.record("/evidence/ugovor.pdf", text.toString());
    contract.pageStarts = starts;
    contract.pageCount = pages.size();
    contract.language = "sr";
    plain = SearchFixtures.record("/evidence/beleska.txt", "Predmet ovog ugovora nije sporan. PDV-a nema. Za dvo- i trogodišnje rokove.");
    plain.language = "sr";
    kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(contract, plain));
  }

  private static List<String> ids(String query) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> SearchFixtures.ids(s, query));
  }

  private static SearchHit only(String query) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      List<SearchHit> hits = s.search(SearchRequest.of(query, 10)).hits();
      assertEquals(1, hits.size(), query);
      return hits.get(0);
    });
  }

  @Test
  void aWordHyphenatedAtALineEndIsFoundWholeInWordsAndPhrases() throws IOException {
    assertEquals(List.of(contract.id, plain.id).stream().sorted().toList(), ids("\"ovog ugovora\"").stream().sorted().toList());
    assertEquals(List.of(contract.id), ids("\"ovog ugovora je isporuka\""));
    assertEquals(List.of(contract.id), ids("\"ugovora je\""));
    assertEquals(List.of(contract.id), ids("naručilac"), "Cyrillic, found from Latin");
    assertEquals(List.of(contract.id), ids("\"наручилац и добављач\""));
    assertEquals(List.of(contract.id), ids("exact:\"ovog ugovora je\""));
    assertEquals(List.of(contract.id), ids("contractors"));
    assertTrue(ids("stem_sr:narucilac").contains(contract.id), "the Serbian stem of the whole word");
  }

  @Test
  void aPhrasePastedWithItsLineEndHyphenationIsFound() throws IOException {
    assertEquals(List.of(contract.id), ids("\"ovog ugo- vora je\""));
    assertEquals(List.of(contract.id), ids("\"ovog ugo-\nvora je isporuka\""));
    assertEquals(List.of(contract.id), ids("\"уговор потписују наручи- лац и\""));
    assertEquals(List.of(contract.id), ids("text:\"ovog ugo- vora je\""));
    assertEquals(List.of(contract.id), ids("\"ovog ugo- vora je\"~1"));
    assertEquals(List.of(), ids("\"ovog ugo- vora jeste\""), "the other words still count");
    Snippet s = only("\"ovog ugo- vora je\"").snippets().get(0);
    assertEquals(2, s.page());
    assertTrue(s.text().contains("**ovog ugo- vora je**"), s.text());
    // a hyphen before a blank that is a real one (a suspended compound) still matches as written
    assertEquals(List.of(plain.id), ids("\"za dvo- i trogodišnje\""));
  }

  @Test
  void phrasesRunAcrossLineBreaks() throws IOException {
    assertEquals(List.of(contract.id), ids("\"javne nabavke iznosi\""));
    assertEquals(List.of(contract.id), ids("\"u okviru projekta\""));
  }

  @Test
  void theSnippetShowsTheBrokenWordOnItsPage() throws IOException {
    Snippet s = only("\"ovog ugovora je\"").snippets().stream()
        .filter(x -> x.page() != null && x.page() == 2).findFirst().orElseThrow();
    assertTrue(s.text().contains("**ovog ugo- vora je**"), s.text());
    Snippet cyr = only("narucilac").snippets().get(0);
    assertEquals(3, cyr.page());
    assertTrue(cyr.text().contains("**наручи- лац**"), cyr.text());
  }

  @Test
  void ordinaryHyphensStayApart() throws IOException {
    assertEquals(List.of(), ids("pdva"), "PDV-a is not one word");
    assertEquals(2, ids("\"PDV a\"").size());
  }
}
