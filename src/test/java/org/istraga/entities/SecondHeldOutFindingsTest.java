package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passages in the styles of the documents whose misses the second held-out tranche revealed (a
 * spreadsheet of contracts, an OCDS release, an Italian e-mail signature, a US government
 * contract, a company letter), written for these tests; each pins one general rule.
 */
class SecondHeldOutFindingsTest {

  /** "value|raw" of every mention of {@code type}, in text order. */
  private static List<String> found(EntityType type, String text) {
    return Extract.valuesAndRaws(type, text);
  }

  @Test
  void aCurrencySignPaddedInItsCellStillHeadsTheAmount() {
    String t = "\tORC\t\tCartes de voeux\t\tBon 2005/0022\t\t$   1,835.00\t\n"
        + "\tBernard\t\tVerres\t\tBon 2005/0023\t\t$   222.90\t\n";
    assertEquals(List.of("1835 USD|$   1,835.00", "222.9 USD|$   222.90"),
        found(EntityType.MONEY, t));
    // an ISO code is not padded that way: a currency column next to a count stays apart
    assertEquals(List.of(), found(EntityType.MONEY, "Valuta: RSD    5 komada"));
  }

  @Test
  void theWordEuroBeforeAGroupedAmountIsMoneyButNotBeforeAYear() {
    assertEquals(List.of("120000.5 EUR|euro 120.000,50"),
        found(EntityType.MONEY, "Sede legale: Milano. Cap. Soc. euro 120.000,50 i.v."));
    assertEquals(List.of(), found(EntityType.MONEY, "Tickets for Euro 2016 are sold out."));
  }

  @Test
  void aJsonValueObjectMayWriteItsIsoCodeInLowerCase() {
    String t = "{\"value\": {\"amount\": 144708, \"currency\": \"mdl\"}},"
        + " {\"value\": {\"amount\": 12, \"currency\": \"abc\"}}";
    assertEquals(List.of("144708 MDL|144708"), found(EntityType.MONEY, t));
  }

  @Test
  void aCodeShapedReferenceRightAfterContractIsItsNumber() {
    String t = "Lanier\t\tCopiers\t\tContract based on Framework Contract DI/02711\t\n"
        + "PC Ware\t\tLicences\t\tContract based on Framework Contract on DI/04310\t\n"
        + "The contract 2005 was renewed; the contract ID/IQ type is used.";
    assertEquals(List.of("DI/02711|DI/02711", "DI/04310|DI/04310"),
        found(EntityType.CONTRACT_NUMBER, t));
  }

  @Test
  void aFractionBeforeThePercentSignIsOneRate() {
    assertEquals(List.of("0.75%|3/4 %"),
        found(EntityType.PERCENT, "The fee is currently 3/4 % or .0075 of sales."));
  }

  @Test
  void theFirstNumberOfAPercentageRangeIsAPercentageToo() {
    String t = "Sales grew by 6 to 8 percent, margins od 10 do 15%, costs 2-3% (a dash is not"
        + " read as a range), a fall of"
        + " -2,5% and a band of 9 to 4 percent.";
    assertEquals(List.of("6%|6", "8%|8 percent", "10%|10", "15%|15%", "3%|3%",
            "-2.5%|-2,5%", "4%|4 percent"),
        found(EntityType.PERCENT, t));
  }

  @Test
  void anAcronymThatStartsAReferenceCodeIsNotTheOrganization() {
    String t = "Contracts awarded in 2005 by the European Railway Agency\n"
        + "Exact Software France\t\tContrat ERA/2005/007\n"
        + "Burotec\t\tERA-SI2.399054-01/2005\n"
        + "The contracts were signed by ERA in Valenciennes.";
    assertEquals(List.of("european railway agency|European Railway Agency",
            "european railway agency|ERA"),
        found(EntityType.ORG, t));
  }

  @Test
  void theBrandAcronymHeadingAFirmNameIsTheGroupWhenItStandsAlone() {
    String t = "KRX United Kingdom Ltd\n10 Harbour Road\n\nDear Sir,\nKRX has learned that"
        + " you published material confidential to KRX.\nNAICS codes Corporation is listed;"
        + " NAICS alone is a classification, not a firm.";
    assertEquals(List.of("krx united kingdom ltd|KRX United Kingdom Ltd", "krx|KRX", "krx|KRX",
            "naics codes corp.|NAICS codes Corporation"),
        found(EntityType.ORG, t));
  }

  @Test
  void aDepartmentNamedBeforeItsHeadIsABodyButNotAKindOfProcurement() {
    String t = "The U.S. State Department sets per diem rates; the Zenith Legal Department"
        + " replied. Mark it as a Single Department Procurement. The U.S. Department of"
        + " Commerce (DOC) and DOC staff agree.";
    assertEquals(List.of("u.s. state department|U.S. State Department",
            "zenith legal department|Zenith Legal Department",
            "department of commerce|Department of Commerce", "department of commerce|DOC",
            "department of commerce|DOC"),
        found(EntityType.ORG, t));
  }

  @Test
  void goodsAndRegulationsNamedAfterABodyAreNotMentionsOfIt() {
    String t = "Reprox\t\tSmall Office Material\t\tPurchaseOrder 01\n"
        + "Allowances follow the Department of State Standardized Regulations (DSSR).";
    assertEquals(List.of(), found(EntityType.ORG, t));
  }

  @Test
  void aRomanianLimitedCompanyIsAFirmInCapitalsToo() {
    String t = "\"suppliers\": [{\"name\": \"MOLDAN-SERVICE S.R.L.\"}, {\"name\": \"Vitafarm SRL\"}]";
    assertEquals(List.of("moldan-service s.r.l.|MOLDAN-SERVICE S.R.L.",
            "vitafarm s.r.l.|Vitafarm SRL"),
        found(EntityType.ORG, t));
  }
}
