package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Passages in the styles of the documents whose misses the third held-out tranche revealed (a
 * budget's table of guaranteed loans, a US court filing and a licence's patent schedule, an OCDS
 * release flattened to a spreadsheet, state agency slides, an Italian supplier's signature),
 * written for these tests; each pins one general rule, and its limits.
 */
class ThirdHeldOutFindingsTest {

  /** "value|raw" of every mention of {@code type}, in text order. */
  private static List<String> found(EntityType type, String text) {
    return Extract.valuesAndRaws(type, text);
  }

  @Test
  void aRowOfGroupedNumbersTakesTheCurrenciesOfItsColumnHeaders() {
    String t = "Ред. \nброј Назив дуга Услови Стање дуга   \n\nу EUR  \nСтање дуга  \n\nу RSD  \n"
        + "1.1 Обавезе према Banci Nova a.d. – ЈП „Гасовод” \n\n 12.500.000 1.459.595.000 \n\n"
        + " Рата главнице за 2014. год. 2.500.000 EUR   \n Каматна стопа 3М EURIBOR + 4,19%\n";
    assertEquals(List.of("12500000 EUR|12.500.000", "1459595000 RSD|1.459.595.000",
        "2500000 EUR|2.500.000 EUR"), found(EntityType.MONEY, t));
  }

  @Test
  void aColumnCurrencyNeedsAMatchingHeaderAndARowOfNumbersAlone() {
    // one currency column: a lone number under it may be in another column (original currency)
    String single = "Опис Износ у динарима\nЗајам за пројекат\n\n 200.000.000 \n";
    assertEquals(List.of(), found(EntityType.MONEY, single));
    // three numbers under a two-currency header, and a figure at the end of a line of text
    String mismatch = "Износ у EUR\nИзнос у RSD\n 1.000.000 117.000.000 3.000 \n"
        + "Укупно расходи 1.000.000 117.000.000\n";
    assertEquals(List.of(), found(EntityType.MONEY, mismatch));
    // no header at all: a table of counts stays numbers
    assertEquals(List.of(), found(EntityType.MONEY, "Stanovnika\n 1.234.567 2.345.678 \n"));
  }

  @Test
  void aNameTheTextStatesToBeAFirmIsAnOrganizationEverywhereInIt() {
    String t = "He is going to work for Northwind, which is a California corporation.\n"
        + "Northwind designs routers. His role at Northwind starts in May.\n"
        + "Acme Widgets, a Delaware limited liability company, signed the lease.";
    assertEquals(List.of("northwind|Northwind", "northwind|Northwind", "northwind|Northwind",
        "acme widgets|Acme Widgets"), found(EntityType.ORG, t));
  }

  @Test
  void aPartyRoleOrANameWithItsFormIsNotReadFromTheStatement() {
    String t = "Defendant, a New York corporation, denies the allegations. "
        + "Ray Wheeler, an individual, is the plaintiff. Lanier, a company of the group.";
    assertEquals(List.of(), found(EntityType.ORG, t));
    // the firm rules read a name with a legal form; the statement adds nothing to it
    assertEquals(List.of("gamma ventures llc|Gamma Ventures, LLC"),
        found(EntityType.ORG, "by Gamma Ventures, LLC, a Delaware corporation."));
  }

  @Test
  void ambiguousSlashedDatesFollowTheConventionTheTextsOtherDatesProve() {
    String us = "Patent   Issue       File\n5,862,353  01/19/1999 03/25/1997\n"
        + "6,032,238  02/29/2000 02/06/1998\n";
    assertEquals(List.of("1999-01-19|01/19/1999", "1997-03-25|03/25/1997",
        "2000-02-29|02/29/2000", "1998-02-06|02/06/1998"), found(EntityType.DATE, us));
    String european = "Rok: 25/03/2019. Isporuka 02/06/2019.";
    assertEquals(List.of("2019-03-25|25/03/2019", "2019-06-02|02/06/2019"),
        found(EntityType.DATE, european));
    // no proof, or proofs that disagree: the ambiguous date is not read
    assertEquals(List.of(), found(EntityType.DATE, "Issued 02/06/1998."));
    assertEquals(List.of("1997-03-25|03/25/1997", "1997-03-25|25/03/1997"),
        found(EntityType.DATE, "03/25/1997 and 25/03/1997 and 02/06/1998"));
  }

  @Test
  void englishDatesBrokenOverLinesAndTwoDaysOfOneMonth() {
    String t = "admits that on October 20, \n\n2008, IBM offered him a package; on October \n\n"
        + "20 and 21, 2008, he reconfirmed. PLDI’09, June 15–20, 2009, Dublin.";
    assertEquals(List.of("2008-10-20|October 20, \n\n2008", "2008-10-20|October \n\n20",
        "2008-10-21|21, 2008", "2009-06-15|June 15", "2009-06-20|20, 2009"),
        found(EntityType.DATE, t));
    // a month at a paragraph's end and a number two paragraphs down are not joined
    assertEquals(List.of(), found(EntityType.DATE, "until October\n\n\n\n20 units, 2008 prices"));
  }

  @Test
  void theItalianSrlAndAnAdWithOneLetterInTheOtherScriptAreLegalForms() {
    assertEquals(List.of("mm lampadari s.r.l.|MM Lampadari Srl", "mm lampadari s.r.l.|MM Lampadari"),
        found(EntityType.ORG, "MM Lampadari Srl\nVia Feltrina 37\nla MM Lampadari chiede"));
    assertEquals(List.of("hypo alpe-adria-bank a.d.|Hypo Alpe-Adria-Bank \nа.d."),
        found(EntityType.ORG, "1. 9 Обавезе према Hypo Alpe-Adria-Bank \nа.d. Beograd – "));
  }

  @Test
  void englishDivisionsGroupsBoroughsAndDeptAreBodies() {
    String t = "The State of Rhode Island\nDepartment of Transportation\n"
        + "Administrative Services Division\nRegister with the Division of Purchases. "
        + "Sureties must be listed with the Dept. of Treasury. He worked in the Systems and "
        + "Technology Group. Buyer: London Borough of Barnet.";
    assertEquals(List.of("department of transportation", "administrative services division",
        "division of purchases", "dept. of treasury", "systems and technology group",
        "borough of barnet"),
        Extract.of(EntityType.ORG, t).stream().map(Mention::value).collect(Collectors.toList()));
  }

  @Test
  void aKindOfGroupOrAOneWordDivisionIsNotABody() {
    String t = "The Working Group met. The Procurement Division reserves the right. "
        + "A Focus Group was held.";
    assertEquals(List.of(), found(EntityType.ORG, t));
  }

  @Test
  void contractInsideAnIdentifierOrAcrossACellIsNoKeyword() {
    String t = "\tocds-213czf-000-00001\t\tocds-213czf-000-00001-05-contract\t\tGB-LAC-E09000003\t\n"
        + "Contract GS-35F-0119Y was awarded.";
    assertEquals(List.of("GS-35F-0119Y|GS-35F-0119Y"), found(EntityType.CONTRACT_NUMBER, t));
  }

  @Test
  void linksRunTogetherAreSeparateUrlsButALinkInsideALinkIsNot() {
    String t = "https://example.org/data/release.jsonhttp://data.example.gov.uk/doc/company/0950"
        + " https://web.archive.org/web/2019/http://example.com/page";
    List<String> urls = found(EntityType.URL, t);
    assertEquals(List.of("https://example.org/data/release.json|https://example.org/data/release.json",
        "http://data.example.gov.uk/doc/company/0950|http://data.example.gov.uk/doc/company/0950",
        "https://web.archive.org/web/2019/http://example.com/page"
            + "|https://web.archive.org/web/2019/http://example.com/page"), urls);
    assertTrue(urls.stream().noneMatch(u -> u.startsWith("http://example.com")));
  }
}
