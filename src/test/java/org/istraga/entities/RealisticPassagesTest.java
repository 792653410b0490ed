package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Passages written in the styles of real procurement documents (award decisions, contracts,
 * bank statements, invoices, e-mails, court rulings, OCR'd scans) that were not used to develop
 * the recognizers; each test pins the mentions found (type, value and raw text) for the kinds of
 * entity it is about. Identifiers were generated to pass (or, on purpose, to fail) their check
 * digits.
 */
class RealisticPassagesTest {

  /** "type|value|raw" of every mention of the given types, in text order. */
  private static List<String> found(String text, EntityType... types) {
    Set<EntityType> wanted = Set.copyOf(Arrays.asList(types));
    return Extract.STANDARD.extract(text).stream()
        .filter(m -> wanted.contains(m.type()))
        .map(m -> m.type().label() + "|" + m.value() + "|" + m.raw())
        .collect(Collectors.toList());
  }

  @Test
  void procurementNumberAfterZaAndInAwardDecisionHeadings() {
    String t = "ODLUKA O DODELI UGOVORA ZA JAVNU NABAVKU BR. 5/2021\n"
        + "u prilogu Vam šaljem ponudu za JN 45/2019. Rešenje Uprave za javne nabavke broj"
        + " 119-01-67/2014, Odluka o pokretanju postupka javne nabavke broj 404-1-48/15-1 i"
        + " Rešenje o obrazovanju komisije za javnu nabavku broj 404-1-48/15-2.";
    assertEquals(List.of("procurement-number|5/2021|5/2021",
            "procurement-number|45/2019|45/2019"),
        found(t, EntityType.PROCUREMENT_NUMBER, EntityType.CONTRACT_NUMBER));
  }

  @Test
  void procurementNumberAfterSpacedAndHyphenatedAbbreviationsAndKindWords() {
    String t = "ЈН МВ 3/2020 и JN MV 4/2020; Javna nabavka: JN-15/2020; javna nabavka dobara"
        + " br. 7/2020; ЈАВНА НАБАВКА УСЛУГА МАЛЕ ВРЕДНОСТИ БР. 1.1.5/2019";
    assertEquals(List.of("procurement-number|3/2020|3/2020",
            "procurement-number|4/2020|4/2020", "procurement-number|15/2020|15/2020",
            "procurement-number|7/2020|7/2020", "procurement-number|1.1.5/2019|1.1.5/2019"),
        found(t, EntityType.PROCUREMENT_NUMBER, EntityType.CONTRACT_NUMBER));
  }

  @Test
  void theNumberOfAContractOnAProcurementIsAContractNumber() {
    String t = "Ugovor o javnoj nabavci br. 404-02-117/2019-06 zaključen je dana 12.04.2019.\n"
        + "Уговор о јавној набавци број 12-34/2020 закључен је.";
    assertEquals(List.of("contract-number|404-02-117/2019-06|404-02-117/2019-06",
            "contract-number|12-34/2020|12-34/2020"),
        found(t, EntityType.PROCUREMENT_NUMBER, EntityType.CONTRACT_NUMBER));
  }
}
