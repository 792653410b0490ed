package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values journalists paste from one document to find others: an IBAN, account or phone number is
 * found whatever spacing either side used, a URL is a URL (not a field and a regular expression),
 * and a bare {@code *} is every document.
 */
class PastedValuesSearchTest {

  @TempDir static Path dir;
  static Case kase;
  static DocumentRecord spaced;
  static DocumentRecord compact;
  static DocumentRecord account;
  static DocumentRecord links;
  static DocumentRecord empty;

  @BeforeAll
  static void build() throws IOException {
    spaced = withMention("/evidence/ugovor.txt",
        "Uplata se vrši na račun IBAN RS35 1600 0000 0041 8725 51, tel. +381 11 555 0147.",
        "iban", "RS35160000000041872551", "RS35 1600 0000 0041 8725 51");
    spaced.entities.add(mention(spaced.text, "phone", "+381115550147", "+381 11 555 0147"));
    compact = withMention("/evidence/beleska.txt", "Рачун: RS35160000000041872551. Телефон 011/555-0147.",
        "iban", "RS35160000000041872551", "RS35160000000041872551");
    account = withMention("/evidence/firma.txt", "Alfa Sistem d.o.o., tekući račun 160-0000123456-78.",
        "bank-account", "160000012345678", "160-0000123456-78");
    links = SearchFixtures.record("/evidence/linkovi.html",
        "Detalji na https://www.mup.gov.rs/ugovori/2019 i na http://example.com stranici; izveštaj "
            + "www.gao.gov/cgi-bin/getrpt?GAO-06-399 (www.nabavke.rs).");
    empty = SearchFixtures.record("/evidence/slika.png", "");
    kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(spaced, compact, account, links, empty));
  }

  private static DocumentRecord withMention(String path, String text, String type, String value, String raw) {
    DocumentRecord r = SearchFixtures.record(path, text);
    r.language = "sr";
    r.entities.add(mention(text, type, value, raw));
    return r;
  }

  private static EntityMention mention(String text, String type, String value, String raw) {
    int at = text.indexOf(raw);
    return new EntityMention(type, value, null, raw, at, at + raw.length(), 1, null, null, false);
  }

  private static Set<String> hits(String query) throws IOException {
    List<String> found = SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> SearchFixtures.ids(s, query));
    return new TreeSet<>(found);
  }


  @Test
  void anIbanFindsItWithOrWithoutSpaces() throws IOException {
    Set<String> both = SearchFixtures.idsOf(spaced, compact);
    assertEquals(both, hits("RS35 1600 0000 0041 8725 51"), "typed in groups, without quotes");
    assertEquals(both, hits("rs35 1600 0000 0041 8725 51"));
    assertEquals(both, hits("RS35160000000041872551"), "typed compact");
    assertEquals(both, hits("\"RS35 1600 0000 0041 8725 51\""));
    assertEquals(SearchFixtures.idsOf(spaced), hits("\"IBAN RS35 1600 0000 0041 8725 51\""), "inside a phrase it stays the phrase's words");
    assertEquals(both, hits("iban:RS35 1600 0000 0041 8725 51"), "after a field, the whole IBAN is its value");
    assertEquals(SearchFixtures.idsOf(spaced), hits("RS35 1600 0000 0041 8725 51 AND tel"), "the rest of the query still applies");
  }

  @Test
  void accountAndPhoneNumbersAreFoundCompacted() throws IOException {
    assertEquals(SearchFixtures.idsOf(account), hits("160000012345678"));
    assertEquals(SearchFixtures.idsOf(account), hits("160-0000123456-78"));
    assertEquals(SearchFixtures.idsOf(spaced), hits("+381115550147"), "a phone written in groups, found compact");
    assertEquals(SearchFixtures.idsOf(spaced), hits("\"+381 11 555 0147\""));
    // a + starting a field's value is the phone's, not a misplaced "required" operator
    assertEquals(SearchFixtures.idsOf(spaced), hits("phone:+381115550147"));
    assertEquals(SearchFixtures.idsOf(spaced), hits("phone:+381115550147 AND tel"));
    assertEquals(SearchFixtures.idsOf(spaced), hits("+381115550147 AND phone:+381115550147"));
  }

  @Test
  void shortNumbersAreNotIdentifiers() throws IOException {
    assertEquals(Set.of(), hits("2019 AND Рачун"), "a year is a word, not an account");
  }

  @Test
  void aPastedUrlIsAUrl() throws IOException {
    assertEquals(SearchFixtures.idsOf(links), hits("https://www.mup.gov.rs/ugovori/2019"));
    assertEquals(SearchFixtures.idsOf(links), hits("http://example.com"));
    assertEquals(SearchFixtures.idsOf(links), hits("text:http://example.com"));
    assertEquals(SearchFixtures.idsOf(links), hits("(http://example.com OR ftp://nowhere.rs)"));
    // printed without a scheme: its ? is no wildcard
    assertEquals(SearchFixtures.idsOf(links), hits("www.gao.gov/cgi-bin/getrpt?GAO-06-399"));
    assertEquals(SearchFixtures.idsOf(links), hits("WWW.GAO.GOV/CGI-BIN/GETRPT?GAO-06-399"));
    assertEquals(SearchFixtures.idsOf(links), hits("(www.nabavke.rs)"));
    assertEquals(Set.of(), hits("www.gao.gov/cgi-bin/getrpt?GAO-06-398"), "one character off is another report");
    assertEquals(SearchFixtures.idsOf(links), hits("getrp?"), "a wildcard outside a URL is still one");
  }

  @Test
  void aBareStarIsEveryDocument() throws IOException {
    assertEquals(SearchFixtures.idsOf(spaced, compact, account, links, empty), hits("*"));
    assertEquals(hits("*:*"), hits("*"));
  }

  @Test
  void aSerbianAccountTypedShortIsPaddedAsTheExtractorStoresIt() {
    assertEquals("160-0000000123456-54", PastedValues.paddedAccount("160-123456-54"));
    assertEquals("205-0000000012345-10", PastedValues.paddedAccount("205 12345 10"));
    assertEquals(null, PastedValues.paddedAccount("404-02-117"), "a file number: two digits, not a bank's three");
    assertEquals(null, PastedValues.paddedAccount("160-0000000123456-54"), "already whole: looked up as it is");
  }
}
