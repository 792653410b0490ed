package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
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
 * The query-side rules of the numbers audit on documents built here, with the mentions the
 * extractors give such texts: an amount typed with its currency finds the amount in that currency
 * however it is printed; a phrase with a number finds the number in its other spellings; a
 * percentage in quotes is a percentage; {@code matični broj} is the MB's label; {@code godine}
 * after a date is part of it; a Serbian IBAN is its account; a match through a percentage or an
 * amount shows the mention in its snippet, with its page.
 */
class NumberQueriesSearchTest {

  @TempDir static Path dir;
  static Case kase;
  static DocumentRecord dinarsBefore;
  static DocumentRecord dinarsWords;
  static DocumentRecord euros;
  static DocumentRecord dollars;
  static DocumentRecord ocr;
  static DocumentRecord percent;
  static DocumentRecord registry;
  static DocumentRecord dated;
  static DocumentRecord account;
  static DocumentRecord iban;
  static DocumentRecord contract;

  @BeforeAll
  static void build() throws IOException {
    dinarsBefore = record("/evidence/audit.txt", "en", "The contract was worth RSD 1.2 million before VAT.",
        money("RSD 1.2 million", 1_200_000, "RSD"));
    dinarsWords = record("/evidence/odluka.txt", "sr", "Procenjena vrednost iznosi 1.200.000,00 dinara bez PDV-a.",
        money("1.200.000,00 dinara", 1_200_000, "RSD"));
    euros = record("/evidence/clanak.txt", "sr", "Posao vredan 1.200.000 evra, a za 2020. još 3.000.000 evra.",
        money("1.200.000 evra", 1_200_000, "EUR"), money("3.000.000 evra", 3_000_000, "EUR"));
    dollars = record("/evidence/beleska.txt", "sr", "Уплата од 71.371 америчких долара стигла је са Кипра.",
        money("71.371 америчких долара", 71_371, "USD"));
    ocr = record("/evidence/zapisnik.txt", "sr",
        "ukupna cena 1 145 500,00 dinara bez PDV-a\nProcenjena vrednost: 1.200.000, 00 dinara",
        money("1 145 500,00 dinara", 1_145_500, "RSD"), money("1.200.000, 00 dinara", 1_200_000, "RSD"));
    percent = record("/evidence/memo.txt", "en", "Payments reached 92% of the contract value by December.",
        new EntityMention("percent", "92%", null, "92%", -1, -1, 0, new BigDecimal(92), null, false));
    registry = record("/evidence/revizija.txt", "sr", "Добављач ТЕХНОСИСТЕМИ д.о.о. (МБ: 20845678).",
        new EntityMention("mb", "20845678", null, "20845678", -1, -1, 0, null, null, false));
    dated = record("/evidence/memo2.txt", "en", "On March 15, 2019 the Ministry awarded the contract.",
        new EntityMention("date", "2019-03-15", null, "March 15, 2019", -1, -1, 0, null, null, false));
    account = record("/evidence/tabela.txt", "sr", "TEHNOSISTEMI DOO 160-0000000123456-54",
        new EntityMention("bank-account", "160-0000000123456-54", null, "160-0000000123456-54", -1, -1, 0, null, null,
            false));
    iban = record("/evidence/mejl.txt", "sr", "Za uplate iz inostranstva: IBAN RS35160000000012345654.",
        new EntityMention("iban", "RS35160000000012345654", null, "RS35160000000012345654", -1, -1, 0, null, null,
            false));
    contract = record("/evidence/ugovor.txt", "sr",
        "Ugovor br. 404-02-117/2019-06 o nabavci JN 12/2019 potpisan je 15. 3. 2019. godine.");
    kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(dinarsBefore, dinarsWords, euros, dollars, ocr,
        percent, registry, dated, account, iban, contract));
  }

  /** A record whose mentions are placed where their raw text is (offsets of {@code -1} are looked up). */
  private static DocumentRecord record(String path, String language, String text, EntityMention... mentions) {
    DocumentRecord r = SearchFixtures.record(path, text);
    r.language = language;
    for (EntityMention m : mentions) {
      int at = text.indexOf(m.raw());
      assertTrue(at >= 0, m.raw() + " is in " + text);
      r.entities.add(new EntityMention(m.type(), m.value(), m.display(), m.raw(), at, at + m.raw().length(), 0,
          m.amount(), m.currency(), false));
    }
    return r;
  }

  private static EntityMention money(String raw, long amount, String currency) {
    return new EntityMention("money", amount + " " + currency, null, raw, -1, -1, 0, BigDecimal.valueOf(amount),
        currency, false);
  }

  private static Set<String> hits(String query) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> SearchFixtures.idSet(s, query));
  }


  @Test
  void anAmountWithItsCurrencyFindsThatAmountInThatCurrencyHoweverPrinted() throws IOException {
    Set<String> dinars = SearchFixtures.idsOf(dinarsBefore, dinarsWords, ocr);
    assertEquals(dinars, hits("1.200.000 din"), "din typed; dinara and RSD before the number printed");
    assertEquals(dinars, hits("1.200.000,00 динара"));
    assertEquals(dinars, hits("RSD 1,200,000"));
    assertEquals(dinars, hits("1,2 miliona dinara"));
    assertEquals(SearchFixtures.idsOf(euros), hits("EUR 1.200.000"), "the same number in euros is another amount");
    assertEquals(SearchFixtures.idsOf(dollars), hits("US$ 71,371"), "US$ typed, америчких долара printed");
    assertEquals(SearchFixtures.idsOf(dollars), hits("71.371 USD"));
    assertEquals(SearchFixtures.idsOf(euros), hits("EUR 3 miliona"));
    assertEquals(SearchFixtures.idsOf(euros), hits("3 million euros"));
    assertEquals(Set.of(), hits("EUR 3,5 miliona"), "no 3.5 million anywhere");
  }

  @Test
  void aFieldValueOrRangeWithACurrencyIsLeftAsTyped() throws IOException {
    assertEquals(SearchFixtures.idsOf(euros), hits("currency:EUR"));
    assertEquals(SearchFixtures.idsOf(dinarsBefore, dinarsWords, ocr), hits("amount:[1000000 TO 1500000] AND currency:RSD"));
  }

  @Test
  void aPhraseWithANumberFindsItsOtherSpellings() throws IOException {
    assertEquals(SearchFixtures.idsOf(dinarsWords, ocr), hits("\"1.200.000 dinara\""),
        "1.200.000,00 dinara, and OCR's 1.200.000, 00 dinara");
    assertEquals(SearchFixtures.idsOf(dinarsWords, ocr), hits("\"1200000 dinara\""));
    assertEquals(SearchFixtures.idsOf(ocr), hits("\"1.145.500,00 dinara bez PDV-a\""), "the groups set apart by spaces");
    assertEquals(SearchFixtures.idsOf(ocr), hits("\"1.145.500 dinara\""));
    assertEquals(Set.of(), hits("\"1,200,000 dinara\""), "a phrase keeps the notation it was typed in");
    assertEquals(Set.of(), hits("\"1.200.001 dinara\""));
    assertEquals(Set.of(), hits("\"1.200.000 evra bez PDV-a\""), "the words around the number still count");
  }

  @Test
  void aQuotedPercentageIsAPercentage() throws IOException {
    assertEquals(SearchFixtures.idsOf(percent), hits("\"92 odsto\""));
    assertEquals(SearchFixtures.idsOf(percent), hits("\"92 %\""));
    assertEquals(Set.of(), hits("\"93 odsto\""));
  }

  @Test
  void maticniBrojIsTheLabelOfTheMb() throws IOException {
    assertEquals(SearchFixtures.idsOf(registry), hits("matični broj 20845678"));
    assertEquals(SearchFixtures.idsOf(registry), hits("maticni broj 20845678"));
    assertEquals(SearchFixtures.idsOf(registry), hits("матични број 20845678"));
    assertEquals(Set.of(), hits("matični broj 20845679"));
  }

  @Test
  void theYearWordAfterADateIsPartOfIt() throws IOException {
    assertEquals(SearchFixtures.idsOf(dated), hits("15. марта 2019. године"));
    assertEquals(SearchFixtures.idsOf(dated), hits("15. mart 2019. god."));
    assertEquals(SearchFixtures.idsOf(dated), hits("15.03.2019. godine"));
    assertEquals(Set.of(), hits("16.03.2019. godine"));
  }

  @Test
  void aLabelPastedWithItsValueIsOptionalNotAnUnknownField() throws IOException {
    assertEquals(SearchFixtures.idsOf(dated), hits("Datum: 15.03.2019."), "the English memo has no 'Datum'");
    assertEquals(SearchFixtures.idsOf(dinarsBefore, dinarsWords, euros, ocr), hits("Iznos: 1.200.000,00"));
    assertEquals(SearchFixtures.idsOf(account, iban), hits("Račun: 160-123456-54"));
    assertEquals("(Broj OR *:*) 404-02-117/2019-06", RawQueryText.pastedLabels("Broj: 404-02-117/2019-06"));
    for (String kept : List.of("date: 2019", "pib: 104567899", "ПИБ: 104567899", "Broj:404", "napomena: hitno",
        "amount.eur: 1000")) {
      assertEquals(kept, RawQueryText.pastedLabels(kept), "a field, no blank, or no digit after the label: " + kept);
    }
    org.istraga.IstragaException e = org.junit.jupiter.api.Assertions.assertThrows(org.istraga.IstragaException.class,
        () -> hits("Broj:404"));
    assertTrue(e.getMessage().contains("unknown field 'Broj:'"), e.getMessage());
  }

  @Test
  void numbersTypedTheSerbianWayAreRead() throws IOException {
    assertEquals(SearchFixtures.idsOf(dinarsBefore, dinarsWords, euros, ocr), hits("1 200 000"), "groups set apart by blanks");
    assertEquals(SearchFixtures.idsOf(dinarsBefore, dinarsWords, ocr), hits("1 200 000 dinara"));
    assertEquals(SearchFixtures.idsOf(ocr), hits("1.145.500,-"), "the no cents");
    assertEquals(SearchFixtures.idsOf(dated, contract), hits("15. 3. 2019."), "a day with blanks after its dots");
    assertEquals(SearchFixtures.idsOf(contract), hits("404-02-117/19"), "the year typed short");
    assertEquals(SearchFixtures.idsOf(contract), hits("JN 12/19"));
    assertEquals(Set.of(), hits("404-02-117/18"));
  }

  @Test
  void aSerbianIbanIsItsAccountAndTheOtherWayRound() throws IOException {
    Set<String> both = SearchFixtures.idsOf(account, iban);
    assertEquals(both, hits("RS35 1600 0000 0012 3456 54"));
    assertEquals(both, hits("RS35160000000012345654"));
    assertEquals(both, hits("160-0000000123456-54"));
    assertEquals(both, hits("160-123456-54"));
    assertEquals(Set.of(), hits("RS35 1600 0000 0012 3456 55"), "a wrong IBAN is nobody's account");
  }

  @Test
  void aMatchThroughAPercentageOrAnAmountShowsItsMention() throws IOException {
    List<Snippet> percentSnippets = snippets("92%", percent);
    assertEquals(1, percentSnippets.size(), percentSnippets.toString());
    assertTrue(percentSnippets.get(0).text().contains("**92%**"), percentSnippets.toString());
    for (String q : List.of("amount.usd:71371", "amount:[70000 TO 80000]")) {
      List<Snippet> amountSnippets = snippets(q, dollars);
      assertEquals(1, amountSnippets.size(), q + ": " + amountSnippets);
      assertTrue(amountSnippets.get(0).text().contains("**71.371 америчких долара**"), q + ": " + amountSnippets);
    }
    assertTrue(snippets("71.371 USD", dollars).get(0).text().contains("**71.371**"),
        "typed with its currency, the number as printed is marked in the text");
  }

  private static List<Snippet> snippets(String query, DocumentRecord of) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      SearchResult r = s.search(new SearchRequest(query, List.of(), List.of(), 10, SortOrder.RELEVANCE, 20, null, true));
      for (SearchHit hit : r.hits()) {
        if (hit.sha256().equals(of.id)) {
          return hit.snippets();
        }
      }
      throw new AssertionError(query + " did not find " + of.firstPath());
    });
  }
}
