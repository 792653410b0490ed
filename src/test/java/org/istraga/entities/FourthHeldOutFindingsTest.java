package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passages in the styles of the documents whose misses the fourth held-out tranche revealed
 * (invoices, price annexes and contract registers laid out as delimited tables, OCR'd decisions
 * and reports, award decisions, letterheads, e-mail signatures, English due-diligence notes),
 * written for these tests; each pins one general rule, and its limits.
 */
class FourthHeldOutFindingsTest {

  /** "value|raw" of every mention of {@code type}, in text order. */
  private static List<String> found(EntityType type, String text) {
    return Extract.valuesAndRaws(type, text);
  }

  @Test
  void aDelimitedColumnWhoseHeaderStatesACurrencyOrPerCentMakesItsBareNumbersSo() {
    String invoice = "Rb\tNaziv\tKol.\tCena (RSD)\tRabat %\tIznos u dinarima\n"
        + "1\tKabl NYM 3x1,5\t100\t85,40\t10\t7.686,00\n"
        + "2\tUtičnica\t2.000\t1.250,00\t57,5\t1.062.500,00\n";
    assertEquals(List.of("85.4 RSD|85,40", "7686 RSD|7.686,00", "1250 RSD|1.250,00",
        "1062500 RSD|1.062.500,00"), found(EntityType.MONEY, invoice));
    assertEquals(List.of("10%|10", "57.5%|57,5"), found(EntityType.PERCENT, invoice));
    // a Serbian CSV export: semicolons, decimal comma, an ISO code ending the header cell
    String csv = "Dobavljač;Datum;Iznos EUR;Popust\nAlfa doo;15.01.2026;12.400,50;3%\n"
        + "Beta ad;20.01.2026;980;0%\n";
    assertEquals(List.of("12400.5 EUR|12.400,50", "980 EUR|980"), found(EntityType.MONEY, csv));
  }

  @Test
  void aColumnUnitNeedsARowOfTheHeadersWidthAndACellHoldingOnlyANumber() {
    // a row with a cell fewer (a merged total), text in the cell, a quantity column without
    // a unit, a rate over 100 under a per cent header, and rows after the blank line
    String t = "Naziv\tKoličina\tCena (RSD)\tPopust %\n"
        + "Ukupno\t1.500,00\n"
        + "Toner\t12\tpo dogovoru\t250\n"
        + "\n"
        + "Papir\t200\t520,00\t35\n";
    assertEquals(List.of(), found(EntityType.MONEY, t));
    assertEquals(List.of(), found(EntityType.PERCENT, t));
    // a header with a unit but no letters is no header; a prose line with semicolons neither
    assertEquals(List.of(), found(EntityType.MONEY, "1\t(RSD)\n2\t500\n"));
    assertEquals(List.of(), found(EntityType.MONEY,
        "Rok je 30 dana; cena u RSD\nIsporuka; 45\n"));
  }

  @Test
  void aTableLaidOutWithBlankLinesBetweenItsRowsIsReadAcrossThem() {
    // Istraga's text of a spreadsheet: a tab before and after each filled cell, one before an
    // empty one, a blank line after every row (the header's included)
    String sheet = "Isplate 2019\n\n\tDatum\t\tDobavljač\t\tIznos (RSD)\t\tOsnov\t\n\n"
        + "\t29.03.2019\t\tAlfa doo\t\t1,200,000.00\t\tavans\t\n\n"
        + "\t13.05.2019\t\tBeta ad\t\t3,500,000.00\t\tugovor\t\n\n"
        // an empty cell adds one tab: no supplier here, and no date nor basis in the next row
        + "\t03.06.2019\t\t\t120,000.00\t\tmaterijal\t\n\n"
        + "\t\tGama doo\t\t45,000.00\t\t\n\n\n"
        + "Napomena: iznosi sa PDV-om\n\n\tX\t\tY\t\t4,000.00\t\tZ\t\n";
    assertEquals(List.of("1200000 RSD|1,200,000.00", "3500000 RSD|3,500,000.00", "120000 RSD|120,000.00",
        "45000 RSD|45,000.00"),
        found(EntityType.MONEY, sheet));
    // two blank lines, or a table whose header is not set apart by one, still end it
    String packed = "Naziv\tCena (RSD)\nPapir\t520,00\n\nToner\t1.250,00\n";
    assertEquals(List.of("520 RSD|520,00"), found(EntityType.MONEY, packed));
  }

  @Test
  void ocrLettersInsideNumbersAreReadAsTheirDigits() {
    assertEquals(List.of("2026-01-19|l9.01.2026", "2026-04-14|14.О4.2026"),
        found(EntityType.DATE, "Objavljen l9.01.2026. godine; измењен 14.О4.2026."));
    assertEquals(List.of("11214000 RSD|11.2l4.000,00 dinara", "120000 RSD|l20.000,00 dinara"),
        found(EntityType.MONEY, "cena od 11.2l4.000,00 dinara i taksa od l20.000,00 dinara"));
    assertEquals(List.of("10.26%|1О,26%", "30%|З0%", "41%|4l%"),
        found(EntityType.PERCENT, "нижа за 1О,26%, аванс З0%, popust 4l%"));
    // a PIB whose 3 was read as the Cyrillic З; the raw text stays as written
    assertEquals(List.of("103020037|10З020037"), found(EntityType.PIB, "ПИБ 10З020037"));
  }

  @Test
  void manyLinesWithoutSeparatorsAndLookAlikesStayLinear() {
    // a line scan that looked for the next tab or semicolon anywhere in the text was quadratic
    String t = "Opis stavke lO broj l2\n".repeat(40_000) + "Naziv\tCena (RSD)\nX\t1.250,00\n";
    List<String> money = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> found(EntityType.MONEY, t));
    assertEquals(List.of("1250 RSD|1.250,00"), money);
  }

  @Test
  void lettersAtTheEdgeOfANumberOrInWordsAreNotDigits() {
    String t = "Ulje 5l i 10l, mreža O2 i I5, tip B52, 1O kom, ISO 9001, Roman IV, l0O1x";
    assertSame(t, OcrLookalikes.fold(t));
    assertEquals(List.of(), found(EntityType.PERCENT, "uz O% kamate"));
  }

  @Test
  void aWordMixingTheScriptsIsReadInItsMajorityScript() {
    assertEquals(List.of("1812000 EUR|1 .812.000,00 ЕUR"),
        found(EntityType.MONEY, "понуђена цена 1 .812.000,00 ЕUR без ПДВ-а"));
    // a tie, or a minority letter without a look-alike, is left as written
    String t = "Šifra ЕU i ЖX";
    assertSame(t, OcrLookalikes.fold(t));
    // in a web or e-mail address a homoglyph is what the address says
    assertEquals(List.of("http://www.nеrc.gov.ua|www.nеrc.gov.ua"),
        found(EntityType.URL, "see www.nеrc.gov.ua today"));
  }

  @Test
  void anAmountOrRateSpelledOutInBracketsBeforeItsUnitIsOneMention() {
    assertEquals(List.of("10%|10 (десет) процената", "0.5%|0,5 (pola) procenta"),
        found(EntityType.PERCENT, "највише 10 (десет) процената; dnevno 0,5 (pola) procenta"));
    assertEquals(List.of("1500000 RSD|1.500.000,00 (slovima: milion petsto hiljada) dinara",
        "5000 USD|5,000 (five thousand) dollars"),
        found(EntityType.MONEY, "iznos od 1.500.000,00 (slovima: milion petsto hiljada) dinara "
            + "and 5,000 (five thousand) dollars"));
    // words in brackets followed by no unit: no amount, no rate; a bracket right after the
    // figure names something else ("8(a)" is a US small-business programme)
    assertEquals(List.of(), found(EntityType.MONEY, "u roku od 8 (osam) dana"));
    assertEquals(List.of(), found(EntityType.MONEY, "awarded under the 8(a) dollars cap"));
    assertEquals(List.of(), found(EntityType.PERCENT, "u 4 (četiri) primerka"));
  }

  @Test
  void theNumberOfAnAwardDecisionIsNotAContractNumber() {
    String t = "Odluka o dodeli ugovora broj 404-55/2026-IV-06 od 28.04.2026. "
        + "Broj ugovora kod Naručioca: 404-55/2026-IV-09. Уговор бр. 12/2026 и "
        + "Obaveštenje o dodeli ugovora br. 7/26.";
    assertEquals(List.of("404-55/2026-IV-09|404-55/2026-IV-09", "12/2026|12/2026"),
        found(EntityType.CONTRACT_NUMBER, t));
  }

  @Test
  void aLetterheadInTheGenitivePluralIsNoProcurementButJnAlwaysIs() {
    String t = "KOMISIJA ZA ZAŠTITU PRAVA U POSTUPCIMA JAVNIH NABAVKI\nBroj: 4-00-212/2026\n"
        + "ИЗВЕШТАЈ О ПОСТУПКУ ЈАВНЕ НАБАВКЕ\nЈН бр. 3000/0118/2026\n"
        + "Odluka o pokretanju postupka javne nabavke broj 404-1-12/2026";
    assertEquals(List.of("3000/0118/2026|3000/0118/2026"),
        found(EntityType.PROCUREMENT_NUMBER, t));
  }

  @Test
  void aListedAcronymMatchesLetterForLetter() {
    assertEquals(List.of("naftna industrija srbije|NIS"),
        found(EntityType.ORG, "Gorivo isporučuje NIS, a sedište je u mestu NIŠ i НИШ."));
  }

  @Test
  void serbianUnitsChambersAndAMunicipalAdministrationNamedByItsMunicipality() {
    String t = "OPŠTINA VELIKA PLANA\nOpštinska uprava opštine Velika Plana\n"
        + "Odeljenje za budžet i finansije\n\n"
        + "Лиценца Инжењерске коморе Србије. Од: Служба јавних набавки <a@b.rs>\n"
        + "Komisija za javnu nabavku JKP „Čistoća“ Čačak je odlučila.";
    assertEquals(List.of("OPŠTINA VELIKA PLANA", "Opštinska uprava opštine Velika Plana",
        "Odeljenje za budžet i finansije", "Инжењерске коморе Србије", "Служба јавних набавки",
        "Komisija za javnu nabavku", "JKP „Čistoća“"), raws(t));
    // a bare head and a body of the organization named after it stay out
    assertEquals(List.of(), raws("Odeljenje je zatvoreno. Upravni odbor Agencije je odlučio."));
  }

  @Test
  void aFirmsFirstWordDefinedInBracketsIsItsShortName() {
    String t = "Srbotrans Logistika d.o.o. Beograd (\"Srbotrans\" or the \"Company\") was founded "
        + "in 2011. Srbotrans won 37 tenders; the Company grew. The City Secretariat for Transport "
        + "paid.";
    assertEquals(List.of("Srbotrans Logistika d.o.o.", "Srbotrans", "Srbotrans",
        "Secretariat for Transport"), raws(t));
    // a one-word short name that is not the firm's first word is a role, not a name
    assertEquals(List.of("Alfa Trade d.o.o."),
        raws("Alfa Trade d.o.o. (\"Supplier\") delivers. The Supplier pays."));
  }

  private static List<String> raws(String text) {
    return Extract.of(EntityType.ORG, text).stream().map(Mention::raw).toList();
  }
}
