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
 * A word inside a word that Unicode segmentation keeps whole (a domain, an e-mail address's local
 * part, a file name, an abbreviation typed without its space) is found as a word, with its page and
 * its own highlight, and the whole token, its dotted endings and phrases through it still match.
 */
class WordPartsSearchTest {

  @TempDir static Path dir;
  static Case kase;
  static DocumentRecord paged;
  static DocumentRecord mail;
  static DocumentRecord other;

  @BeforeAll
  static void build() throws IOException {
    String p1 = "Odluka je objavljena u Sl.glasniku RS br. 12/2019.\n";
    String p2 = "Pitanja slati na ana.petrovic@uprava.mup.gov.rs do petka.Prilog: Ugovor_Telekom_potpisan.pdf\n";
    paged = SearchFixtures.record("/evidence/odluka.pdf", p1 + p2);
    paged.pageStarts = new int[] {0, p1.length()};
    paged.pageCount = 2;
    paged.language = "sr";
    mail = SearchFixtures.record("/evidence/poruka.txt", "Pogledaj https://lucene.apache.org/core i javi.");
    mail.language = "sr";
    other = SearchFixtures.record("/evidence/drugo.txt", "Glasnik i ugovor bez tačaka; Apache helikopter; gov. Parcela od 32,18m2 za 1.500,00din.");
    other.language = "sr";
    kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(paged, mail, other));
  }

  private static List<String> ids(String query) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> SearchFixtures.ids(s, query)).stream().sorted().toList();
  }

  private static List<String> sorted(String... ids) {
    return List.of(ids).stream().sorted().toList();
  }

  @Test
  void wordsInsideJoinedTokensAreFound() throws IOException {
    assertEquals(sorted(paged.id, other.id), ids("glasniku"));
    assertEquals(sorted(paged.id), ids("petrovic"));
    assertEquals(sorted(paged.id), ids("петровић"), "in the other script too");
    assertEquals(sorted(paged.id), ids("petka"));
    assertEquals(sorted(paged.id), ids("prilog"));
    assertEquals(sorted(paged.id), ids("telekom"));
    assertEquals(sorted(paged.id, other.id), ids("ugovor"));
    assertEquals(sorted(mail.id, other.id), ids("apache"));
    assertEquals(sorted(other.id), ids("32,18"), "a number with its unit written on");
    assertEquals(sorted(other.id), ids("\"za 1.500,00\""));
    assertEquals(sorted(other.id), ids("32,18m2"));
  }

  @Test
  void wholeTokensDomainsAndPhrasesStillMatch() throws IOException {
    assertEquals(sorted(paged.id), ids("Sl.glasniku"));
    assertEquals(sorted(paged.id), ids("mup.gov.rs"), "a domain finds its subdomains");
    assertEquals(sorted(paged.id), ids("ana.petrovic@uprava.mup.gov.rs"));
    assertEquals(sorted(mail.id), ids("apache.org"));
    assertEquals(sorted(mail.id), ids("https://lucene.apache.org/core"));
    assertEquals(sorted(paged.id), ids("\"objavljena u Sl.glasniku RS\""));
    assertEquals(sorted(paged.id), ids("\"glasniku RS\""));
    assertEquals(sorted(paged.id), ids("\"u sl\""));
    assertEquals(sorted(), ids("\"glasniku apache\""));
  }

  @Test
  void theSnippetMarksThePartOnItsPage() throws IOException {
    SearchHit hit = SearchFixtures.withSearcher(kase, TagLookup.NONE,
        (s, h) -> s.search(new SearchRequest("petrovic", List.of(new SearchRequest.Filter("id", paged.id)), List.of(), 10,
            SortOrder.RELEVANCE, 10, null, true)).hits().get(0));
    Snippet snippet = hit.snippets().get(0);
    assertEquals(2, snippet.page());
    assertTrue(snippet.text().contains("ana.**petrovic**@"), snippet.text());
  }
}
