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
    assertEquals("((3,5 miliona) OR 3500000) dinara", WordedValues.rewrite("3,5 miliona dinara"));
    assertEquals("iznos od 12 milionima", WordedValues.rewrite("iznos od 12 milionima"), "not a magnitude word");
    assertEquals("((PIB 101670560) OR pib:101670560)", WordedValues.rewrite("PIB 101670560"));
    assertEquals("Merkator ((ПИБ 101670560) OR pib:101670560)", WordedValues.rewrite("Merkator ПИБ 101670560"));
    assertEquals("((MB 20984317) OR mb:20984317)", WordedValues.rewrite("MB 20984317"));
    assertEquals("PIB 1016", WordedValues.rewrite("PIB 1016"), "too short for a PIB");
    assertEquals("pib:101670560", WordedValues.rewrite("pib:101670560"), "a field is left alone");
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
