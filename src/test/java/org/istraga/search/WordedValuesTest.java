package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amounts typed with a magnitude word find the number printed in full, and an identifier typed
 * after its label finds it printed without one.
 */
class WordedValuesTest {

  @TempDir Path dir;

  @Test
  void magnitudeWordsGiveThePlainNumber() {
    assertEquals("3500000", WordedValues.plain("3,5", "miliona"));
    assertEquals("2800000", WordedValues.plain("2.8", "million"));
    assertEquals("120000", WordedValues.plain("120", "hiljada"));
    assertEquals("1200000000", WordedValues.plain("1,2", "milijarde"));
    assertEquals("1200000000", WordedValues.plain("1.200", "miliona"), "a separator before three digits groups thousands");
    assertEquals("3500000", WordedValues.plain("3,5", "МИЛИОНА"));
    assertNull(WordedValues.plain("1,2345", "hiljada"), "not a whole number");
    assertEquals("((\"3,5 miliona\") OR 3500000) dinara", WordedValues.rewrite("3,5 miliona dinara"),
        "the words as a phrase: 3 and million apart are no amount");
    assertEquals("iznos od 12 milionima", WordedValues.rewrite("iznos od 12 milionima"), "not a magnitude word");
    assertEquals("((PIB 101670560) OR pib:101670560)", WordedValues.rewrite("PIB 101670560"));
    assertEquals("Merkator ((ПИБ 101670560) OR pib:101670560)", WordedValues.rewrite("Merkator ПИБ 101670560"));
    assertEquals("((MB 20984317) OR mb:20984317)", WordedValues.rewrite("MB 20984317"));
    assertEquals("PIB 1016", WordedValues.rewrite("PIB 1016"), "too short for a PIB");
    assertEquals("pib:101670560", WordedValues.rewrite("pib:101670560"), "a field is left alone");
  }

  @Test
  void shortPressAmountsGiveThePlainNumber() {
    assertEquals("((US$3m) OR 3000000)", WordedValues.rewrite("US$3m"));
    assertEquals("((€1.2bn) OR 1200000000) deal", WordedValues.rewrite("€1.2bn deal"));
    assertEquals("((EUR 40k) OR 40000)", WordedValues.rewrite("EUR 40k"));
    assertEquals("((3bn) OR 3000000000)", WordedValues.rewrite("3bn"), "bn is no unit");
    assertEquals("kabl 3m", WordedValues.rewrite("kabl 3m"), "3m without a currency may be metres");
    assertEquals("model 40k", WordedValues.rewrite("model 40k"));
  }

  @Test
  void aDayWithItsMonthInWordsIsAlsoADateMention() {
    assertEquals("((\"3 March 2021\") OR date-mention:2021-03-03)", WordedValues.rewrite("3 March 2021"));
    assertEquals("((\"3. mart 2021.\") OR date-mention:2021-03-03)", WordedValues.rewrite("3. mart 2021."));
    assertEquals("((\"15. марта 2021\") OR date-mention:2021-03-15)", WordedValues.rewrite("15. марта 2021"));
    assertEquals("((\"March 3, 2021\") OR date-mention:2021-03-03)", WordedValues.rewrite("March 3, 2021"));
    assertEquals("31 februar 2021", WordedValues.rewrite("31 februar 2021"), "no such day");
    assertEquals("3 kamere 2021", WordedValues.rewrite("3 kamere 2021"), "no month");
  }

  @Test
  void aRoundNumberIsAlsoSpelledWithItsMagnitudeWord() {
    assertEquals(List.of("1.2 million", "1.2 millions", "1.2 miliona", "1.2 milion", "1.2 milioni", "1.2 mln",
        "1,2 million", "1,2 millions", "1,2 miliona", "1,2 milion", "1,2 milioni", "1,2 mln"),
        WordedValues.magnitudeSpellings("1200000"));
    assertEquals(List.of("3 billion", "3 billions", "3 milijardi", "3 milijarde", "3 milijarda", "3 mlrd", "3 bn"),
        WordedValues.magnitudeSpellings("3000000000"));
    assertEquals(List.of("120 thousand", "120 hiljada", "120 hiljade", "120 tisuća"),
        WordedValues.magnitudeSpellings("120000"));
    assertEquals(List.of(), WordedValues.magnitudeSpellings("1234567"), "not round: nobody writes 1.234567 million");
    assertEquals(List.of(), WordedValues.magnitudeSpellings("829"), "under a thousand");
    assertEquals("EUR 1200000 deal", WordedValues.plainInPhrase("EUR 1.2 million deal"));
    assertEquals(List.of("EUR 1.2 million", "EUR 1.2 millions", "EUR 1.2 miliona", "EUR 1.2 milion", "EUR 1.2 milioni",
        "EUR 1.2 mln", "EUR 1,2 million", "EUR 1,2 millions", "EUR 1,2 miliona", "EUR 1,2 milion", "EUR 1,2 milioni",
        "EUR 1,2 mln"), WordedValues.magnitudesInPhrase("EUR 1,200,000"), "the other direction inside a phrase");
    assertEquals(List.of(), WordedValues.magnitudesInPhrase("EUR 1,234,567"), "not round");
    assertEquals(List.of(), WordedValues.magnitudesInPhrase("1200000 and 3000000"), "two numbers: left as typed");
    assertEquals(List.of(), WordedValues.magnitudesInPhrase("1200000"), "one word is no phrase");
    assertNull(WordedValues.plainInPhrase("price annex"));
  }

  @Test
  void wordedAmountsAndLabelledIdentifiersFindWhatDocumentsPrint() throws IOException {
    DocumentRecord report = SearchFixtures.serbianLatin("izvestaji/procena.txt", "Procenjena vrednost nabavke iznosi 3.500.000,00 dinara bez PDV-a.");
    DocumentRecord english = SearchFixtures.serbianLatin("izvestaji/summary.txt", "The base stations list at US$2,800,000.00 before the discount.");
    DocumentRecord receipt = SearchFixtures.serbianLatin("racuni/racun.txt", "FISKALNI RAČUN\n101670560\nMERCATOR-S\nUkupan iznos: 829,12");
    receipt.entities.add(new EntityMention("pib", "101670560", null, "101670560", 15, 24, 1, null, null, false));
    DocumentRecord other = SearchFixtures.serbianLatin("racuni/drugi.txt", "FISKALNI RAČUN\n106118577\nKasir 3500 i 2800 komada, PIB kupca nije naveden.");
    Case kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(report, english, receipt, other));
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      assertEquals(Set.of(report.id), SearchFixtures.idSet(s, "3,5 miliona"));
      assertEquals(Set.of(report.id), SearchFixtures.idSet(s, "3.5 million"));
      assertEquals(Set.of(english.id), SearchFixtures.idSet(s, "2,8 miliona"));
      assertEquals(Set.of(receipt.id), SearchFixtures.idSet(s, "PIB 101670560"));
      assertEquals(Set.of(receipt.id), SearchFixtures.idSet(s, "ПИБ 101670560"));
      return null;
    });
  }
}
