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

  @Test
  void amountsWrittenWithoutCentsAsCommaDash() {
    assertEquals(List.of("money|15000 RSD|15.000,- dinara", "money|1500000 RSD|1.500.000,-- din.",
            "money|3000 RSD|3.000,-RSD"),
        found("Cena iznosi 15.000,- dinara, a kazna 1.500.000,-- din. Troškovi 3.000,-RSD.",
            EntityType.MONEY));
  }

  @Test
  void ocrSpacesAfterSeparatorsInsideAGroupedAmount() {
    String t = "ukupna vrednost ugovora iznosi 3.500.000,00\ndinara\nCena: 1.234.567, 00 RSD\n"
        + "Iznos: 2.345. 678,90 dinara\nvrednost od 12.345.678,90din. bez PDV\n"
        + "Total: USD 1,234, 567.50";
    assertEquals(List.of("money|3500000 RSD|3.500.000,00\ndinara",
            "money|1234567 RSD|1.234.567, 00 RSD", "money|2345678.9 RSD|2.345. 678,90 dinara",
            "money|12345678.9 RSD|12.345.678,90din.", "money|1234567.5 USD|USD 1,234, 567.50"),
        found(t, EntityType.MONEY));
    // a list of plain numbers is not read as one grouped amount, and the cents of a split
    // amount never become an amount of their own
    assertEquals(List.of("money|700 RSD|700 RSD"), found("cene 500, 700 RSD", EntityType.MONEY));
    assertEquals(List.of(), found("Ukupno 1.234.567,  00 RSD", EntityType.MONEY));
  }

  @Test
  void tableCellsKeepTheirOwnCurrency() {
    String t = "Description                      Qty     Unit price      Amount\n"
        + "Geotechnical survey               1      EUR 18,500.00   EUR 18,500.00\n"
        + "Travel expenses                   2      EUR 1,250.50    EUR 2,501.00\n"
        + "Laptop              2   USD 1,200    USD 2,400\n"
        + "Total due: EUR 21,001.00";
    assertEquals(List.of("money|18500 EUR|EUR 18,500.00", "money|18500 EUR|EUR 18,500.00",
            "money|1250.5 EUR|EUR 1,250.50", "money|2501 EUR|EUR 2,501.00",
            "money|1200 USD|USD 1,200", "money|2400 USD|USD 2,400",
            "money|21001 EUR|EUR 21,001.00"),
        found(t, EntityType.MONEY));
    // a currency word after the number is not a table cell: an exchange rate in dinars
    assertEquals(List.of("money|117.5 RSD|117,5 dinara"),
        found("srednji kurs EUR 117,5 dinara", EntityType.MONEY));
  }

  @Test
  void unbrokenNationalNumbersArePhonesOnlyAfterAPhoneWord() {
    String t = "Poziv na broj: 97 0112345678. Broj predmeta: 0123456789.\n"
        + "tel. 0112345678, mob. 0641234567, fax 011-3456-789, Контакт телефон: 0213456789";
    assertEquals(List.of("phone|+381112345678|0112345678", "phone|+381641234567|0641234567",
            "phone|+381113456789|011-3456-789", "phone|+381213456789|0213456789"),
        found(t, EntityType.PHONE));
  }

  @Test
  void serbianPhoneLayouts() {
    String t = "tel: 011/3456-789, faks: 011 345 67 89, mob: 064/123-45-67, +381 (0)21 456 789,"
        + " Контакт: 021/456-789, 063 12 34 567, (011) 345-6789, +381-11-3456-789";
    assertEquals(List.of("phone|+381113456789|011/3456-789", "phone|+381113456789|011 345 67 89",
            "phone|+381641234567|064/123-45-67", "phone|+38121456789|+381 (0)21 456 789",
            "phone|+38121456789|021/456-789", "phone|+381631234567|063 12 34 567",
            "phone|+381113456789|(011) 345-6789", "phone|+381113456789|+381-11-3456-789"),
        found(t, EntityType.PHONE));
  }

  @Test
  void aBracketedCountryAfterAFirmIsNotItsAcronym() {
    String t = "Ugovor je zaključen sa Medtech Solutions Ltd (UK). Prema propisima UK i EU,"
        + " Republički fond za zdravstveno osiguranje (RFZO) i RFZO filijala Niš.";
    assertEquals(List.of("org|medtech solutions ltd|Medtech Solutions Ltd",
            "org|republicki fond za zdravstveno osiguranje|Republički fond za zdravstveno"
                + " osiguranje",
            "org|republicki fond za zdravstveno osiguranje|RFZO",
            "org|republicki fond za zdravstveno osiguranje|RFZO"),
        found(t, EntityType.ORG));
  }

  @Test
  void banksAndInsurersWithTheirKindOfBusinessInTheName() {
    String t = "Plaćanje se vrši preko ALTA BANKA A.D. BEOGRAD, Komercijalna banka a.d. Beograd,"
        + " OTP banka Srbija a.d. Novi Sad i Erste Bank a.d. Novi Sad; polisa Generali"
        + " osiguranje Srbija a.d.o. i Dunav osiguranje a.d.o.";
    assertEquals(List.of("org|alta banka a.d.|ALTA BANKA A.D.",
            "org|komercijalna banka a.d.|Komercijalna banka a.d.",
            "org|otp banka srbija a.d.|OTP banka Srbija a.d.",
            "org|erste bank a.d.|Erste Bank a.d.",
            "org|generali osiguranje srbija a.d.o.|Generali osiguranje Srbija a.d.o.",
            "org|dunav osiguranje a.d.o.|Dunav osiguranje a.d.o."),
        found(t, EntityType.ORG));
  }

  @Test
  void firmNamesEndingInANumberAndFormsBeforeAQuotedName() {
    String t = "Ugovor sa Mikro 2000 d.o.o. i Beotel Net 2 d.o.o., kao i d.o.o. „Energosoft“"
        + " Beograd, DOO „PUT-INŽENJERING“ Niš. U 2019 Energosoft d.o.o. je poslovao;"
        + " Serbia Railways Infrastructure JSC.";
    assertEquals(List.of("org|mikro 2000 d.o.o.|Mikro 2000 d.o.o.",
            "org|beotel net 2 d.o.o.|Beotel Net 2 d.o.o.",
            "org|energosoft d.o.o.|d.o.o. „Energosoft“",
            "org|put-inzenjering d.o.o.|DOO „PUT-INŽENJERING“",
            "org|energosoft d.o.o.|Energosoft d.o.o.",
            "org|serbia railways infrastructure jsc|Serbia Railways Infrastructure JSC"),
        found(t, EntityType.ORG));
    // English forms are never written before the name: a quoted role after them is no firm
    assertEquals(List.of("org|acme holdings ltd|Acme Holdings Ltd"),
        found("signed by Acme Holdings Ltd “the Supplier” today", EntityType.ORG));
  }

  @Test
  void datesWithOcrSpacesAndEnglishDashedMonths() {
    String t = "Datum: 15 .03.2019. Rok: 15. 03 .2019. Zaključeno 2. 4. 2019; Deadline:"
        + " 30-Jun-2020, 1/Sep/2021; stavka 12 .5 kom.";
    assertEquals(List.of("date|2019-03-15|15 .03.2019", "date|2019-03-15|15. 03 .2019",
            "date|2019-04-02|2. 4. 2019", "date|2020-06-30|30-Jun-2020",
            "date|2021-09-01|1/Sep/2021"),
        found(t, EntityType.DATE));
  }

  @Test
  void accountsInEveryWrittenFormAndOnlyWithValidControlDigits() {
    String t = "Sredstva uplatiti na tekući račun br. 160-4512378-68 ili na žiro-račun broj"
        + " 205-1234567890123-24, račun: 325 0000950050012 17. Uplata na račun"
        + " 170003001234560089. Pogrešno: račun 160-0000004512378-69, 325 0000950050012 18.\n\n"
        + "Šifra 325 0000950050012 17 bez reči za račun.";
    assertEquals(List.of("bank-account|160-0000004512378-68|160-4512378-68",
            "bank-account|205-1234567890123-24|205-1234567890123-24",
            "bank-account|325-0000950050012-17|325 0000950050012 17",
            "bank-account|170-0030012345600-89|170003001234560089"),
        found(t, EntityType.BANK_ACCOUNT, EntityType.IBAN));
  }

  @Test
  void healthCentresAndSchoolsWithTheirQuotedNames() {
    String t = "Dom zdravlja Novi Sad, Domu zdravlja „Dr Simo Milošević“, Osnovna škola „Vuk"
        + " Karadžić“ Beograd i Opšta bolnica „Studenica“ Kraljevo. Dom je prazan; škola je"
        + " zatvorena.";
    assertEquals(List.of("org|dom zdravlja novi sad|Dom zdravlja Novi Sad",
            "org|dom zdravlja dr simo milosevic|Domu zdravlja „Dr Simo Milošević“",
            "org|osnovna skola vuk karadzic|Osnovna škola „Vuk Karadžić“",
            "org|opsta bolnica studenica|Opšta bolnica „Studenica“"),
        found(t, EntityType.ORG));
  }

  @Test
  void theWordSaInALineOfCapitalsIsNoLegalForm() {
    String t = "PRILOG 1 – SPECIFIKACIJA SA STRUKTUROM CENE\n"
        + "PDV (20%): 53.000,00 dinara\n"
        + "UKUPNO SA PDV-om: 318.000,00 dinara\n"
        + "Ugovor sa Alstom SA i Allianz SE, kao i Nestlé S.A. (Švajcarska).";
    assertEquals(List.of("percent|20%|20%", "money|53000 RSD|53.000,00 dinara",
            "money|318000 RSD|318.000,00 dinara", "org|alstom s.a.|Alstom SA",
            "org|allianz se|Allianz SE", "org|nestle s.a.|Nestlé S.A."),
        found(t, EntityType.ORG, EntityType.MONEY, EntityType.PERCENT));
  }

  @Test
  void courtsAndProsecutorsWithSoftAdjectivesInTheNominative() {
    String t = "Više javno tužilaštvo u Beogradu; Višem sudu u Nišu; Višem javnom tužilaštvu u"
        + " Beogradu; Vrhovni kasacioni sud; Apelacioni sud u Novom Sadu.";
    assertEquals(List.of("org|vise javno tuzilastvo u beogradu|Više javno tužilaštvo u Beogradu",
            "org|visi sud u nisu|Višem sudu u Nišu",
            "org|vise javno tuzilastvo u beogradu|Višem javnom tužilaštvu u Beogradu",
            "org|vrhovni kasacioni sud|Vrhovni kasacioni sud",
            "org|apelacioni sud u novom sadu|Apelacioni sud u Novom Sadu"),
        found(t, EntityType.ORG));
  }

  @Test
  void cyrillicLetterheadInCapitals() {
    String t = "РЕПУБЛИКА СРБИЈА\nОПШТИНА ВРАЧАР\nОПШТИНСКА УПРАВА\nБрој: 404-2/2021-IV\n"
        + "ОДЛУКА О ДОДЕЛИ УГОВОРА\nЗА ЈАВНУ НАБАВКУ БРОЈ 2/2021 – УСЛУГЕ ОДРЖАВАЊА\n"
        + "ДОДЕЉУЈЕ СЕ УГОВОР ПОНУЂАЧУ „ЧИСТОЋА ПЛУС“ ДОО, СА ПОНУДОМ БРОЈ 17 ОД 12.02.2021."
        + " ГОДИНЕ, УКУПНЕ ВРЕДНОСТИ 2.400.000,00 ДИНАРА БЕЗ ПДВ-А.";
    assertEquals(List.of("org|opstina vracar|ОПШТИНА ВРАЧАР",
            "procurement-number|2/2021|2/2021", "org|cistoca plus d.o.o.|„ЧИСТОЋА ПЛУС“ ДОО",
            "date|2021-02-12|12.02.2021", "money|2400000 RSD|2.400.000,00 ДИНАРА"),
        found(t, EntityType.values()));
  }

  @Test
  void aPartyRoleBeforeAFirmIsNotPartOfItsName() {
    String t = "Counsel for Plaintiff Northwind Traders Corporation and Defendant Contoso Inc.;"
        + " Respondent Fabrikam LLC. Tužilac Mlekara Zlatibor d.o.o. protiv tuženog Gradnja"
        + " Promet d.o.o.; Закупац Дунав Трејд ДОО.";
    assertEquals(List.of("org|northwind traders corp.|Northwind Traders Corporation",
            "org|contoso inc.|Contoso Inc.", "org|fabrikam llc|Fabrikam LLC",
            "org|mlekara zlatibor d.o.o.|Mlekara Zlatibor d.o.o.",
            "org|gradnja promet d.o.o.|Gradnja Promet d.o.o.",
            "org|dunav trejd d.o.o.|Дунав Трејд ДОО"),
        found(t, EntityType.ORG));
  }

  @Test
  void formsEditionsAndSerbianEmphasisAreNoSocietasEuropaea() {
    String t = "27 One-half of self-employment tax. Attach Schedule SE . . . 27\n"
        + "Form 1040\nSE (2010)\nRequires Windows 98 SE or later.\n"
        + "OBAVEZUJE SE optuženi da plati troškove postupka. Dividend paid by Allianz SE.";
    assertEquals(List.of("org|allianz se|Allianz SE"), found(t, EntityType.ORG));
  }

  @Test
  void aRunOfFirmsAndAKindOfFirmAreNotOneName() {
    String t = "Village corporations: Kuskan Native Corporation Tanvik Inupiat Corporation.\n"
        + "An example of an Alaska Native Corporation owning subsidiaries; each Alaska Native"
        + " may join one.";
    assertEquals(List.of("org|kuskan native corp.|Kuskan Native Corporation",
            "org|tanvik inupiat corp.|Tanvik Inupiat Corporation"),
        found(t, EntityType.ORG));
  }

  @Test
  void courtCaseNumbersInitialsAndStreetsDoNotExtendAPublicBody() {
    String t = "osuđivan presudom Osnovnog suda u Nikšiću K. br. 412/16 od 3. 5. 2017. godine;"
        + " ovlašćeni predstavnik Opštine Tivat M. R. je izjavio; izvještaj JZU Opšta bolnica"
        + " B. na ime S. T.; Više državno tužilaštvo u Beogradu Kt.br. 88/19.\n"
        + "OSNOVNI SUD U KOTORU\nDana 12.03.2019. godine\n"
        + "Adresa: Vlade Petrovića 14, Kraljevo. Opština Bogatić; Opština Kosovska\n"
        + "Mitrovica\n";
    assertEquals(List.of("org|osnovni sud u niksicu|Osnovnog suda u Nikšiću",
            "org|opstina tivat|Opštine Tivat", "org|opsta bolnica|Opšta bolnica",
            "org|vise drzavno tuzilastvo u beogradu|Više državno tužilaštvo u Beogradu",
            "org|osnovni sud u kotoru|OSNOVNI SUD U KOTORU",
            "org|opstina bogatic|Opština Bogatić",
            "org|opstina kosovska mitrovica|Opština Kosovska\nMitrovica"),
        found(t, EntityType.ORG));
  }

  @Test
  void aValueOnTheNextLineIsNotPartOfAPublicBodyName() {
    // metadata values (title, author) are given one per line
    String t = "Народна скупштина Републике Србије\nMilica\nVlada propisuje bliže uslove;"
        + " Vlada donosi uredbu.";
    assertEquals(List.of("org|narodna skupstina republike srbije|Народна скупштина Републике"
            + " Србије", "org|vlada|Vlada", "org|vlada|Vlada"),
        found(t, EntityType.ORG));
  }

  @Test
  void aBoardOfAnOrganizationIsNotANameButAFullNameMayWrapAfterI() {
    String t = "Cenovnik utvrđuje Upravni odbor Agencije uz saglasnost ministra. Nadzornik je"
        + " organizacija CRTA - Centar za istraživanje, transparentnost i \n\nodgovornost iz"
        + " Beograda.";
    assertEquals(List.of("org|centar za istrazivanje, transparentnost i odgovornost"
            + "|Centar za istraživanje, transparentnost i \n\nodgovornost"),
        found(t, EntityType.ORG));
  }

  @Test
  void aNameInCapitalsIsShownAsInRunningText() {
    String t = "OSNOVNI SUD U NIKŠIĆU\nPresuda\nOsnovni sud u Nikšiću je odlučio.\n"
        + "REPUBLIČKA KOMISIJA ZA ZAŠTITU PRAVA U POSTUPCIMA JAVNIH NABAVKI\n"
        + "FOND ZA VODE REPUBLIKE SRBIJE\nOPŠTINA ZVEZDARA\nMINISTARSTVO REGIONALNOG RAZVOJA\n"
        + "DIREKCIJA ZA IZGRADNJU OPŠTINE INĐIJA\n"
        + "13\t\tSTAMBENO PREDUZEĆE OPŠTINE ŠID ŠID, CARA DUŠANA 2\n";
    List<String> shown = Extract.STANDARD.extract(t).stream()
        .filter(m -> m.type() == EntityType.ORG)
        .map(m -> m.value() + "|" + m.display())
        .collect(Collectors.toList());
    assertEquals(List.of("osnovni sud u niksicu|Osnovni sud u Nikšiću",
            "osnovni sud u niksicu|Osnovni sud u Nikšiću",
            "republicka komisija za zastitu prava u postupcima javnih nabavki|Republička komisija"
                + " za zaštitu prava u postupcima javnih nabavki",
            "fond za vode republike srbije|Fond za vode Republike Srbije",
            "opstina zvezdara|Opština Zvezdara",
            "ministarstvo regionalnog razvoja|Ministarstvo regionalnog razvoja",
            "direkcija za izgradnju opstine indjija|Direkcija za izgradnju opštine Inđija",
            "opstina sid|Opština Šid"),
        shown);
  }

  @Test
  void definedTermsAndKindsOfBodiesAreNotNamedBodies() {
    String t = "The Contractor shall invoice the Participating Agency or the State Agency named"
        + " in the order. A Related Company is any entity controlled by the Discloser. Records"
        + " are kept in a Personal Information Bank. The tender was published by the Public"
        + " Procurement Agency and funded by the World Bank and the Gates Foundation.\n"
        + "Comments from the Native American\n\nContractors Association\n";
    assertEquals(List.of("org|public procurement agency|Public Procurement Agency",
            "org|world bank|World Bank", "org|gates foundation|Gates Foundation"),
        found(t, EntityType.ORG));
  }

  @Test
  void timestampsAmountRowsFileNumbersAndDottedClausesAreNotPhones() {
    String t = "\"datePublished\": \"2016-06-15T16:17:01.486931+03:00\",\n"
        + "421 24.000 24.000\n01 48.000 48.000\n06 1.000 1.000\n"
        + "izvještaj policije br 02-231/17-5412 od 28.04.2019.\n"
        + "PROTECTIVE ORDER - 2\n[02144-0071/SL060911.017.DOC]\n"
        + "Revise DFARS 252.247.7023, Transportation of Supplies by Sea. Population 273.879.7501\n"
        + "Kontakt: 011/323-4567, mob. 064 123 45 67; Phone: 202.482.1866; (212) 555-0147.";
    assertEquals(List.of("phone|+381113234567|011/323-4567", "phone|+381641234567|064 123 45 67",
            "phone|+12024821866|202.482.1866", "phone|+12125550147|(212) 555-0147"),
        found(t, EntityType.PHONE));
  }

  @Test
  void aProcurementNumberWhoseSeparatorsWereLostIsNotReadInPart() {
    String t = "ИЗВЕШТАЈ О СПРОВЕДЕНОМ ПОСТУПКУ\n(набавка бр.214 15 0)\nу отвореном поступку"
        + " (набавка бр. 88/15/ДИКТ) и JN 12 2019. godine.";
    assertEquals(List.of("procurement-number|88/15/DIKT|88/15/ДИКТ",
            "procurement-number|12|12"),
        found(t, EntityType.PROCUREMENT_NUMBER, EntityType.CONTRACT_NUMBER));
  }

  @Test
  void aCurrencyCodeBetweenTwoAmountsHeadsTheSecondCell() {
    // a guarantees table: amount in dinars, original currency, amount in that currency
    String t = "5. „Koridor” - IRBUS 14.300.000.000 EUR 130.000.000\n"
        + "Ukupno: 24.640.000.000 EUR 224.000.000\n"
        + "Rata glavnice za 2014. god. 12.500.000 EUR\n"
        + "Cena 10.000 EUR 20.000 EUR";
    assertEquals(List.of("money|130000000 EUR|EUR 130.000.000",
            "money|224000000 EUR|EUR 224.000.000", "money|12500000 EUR|12.500.000 EUR",
            "money|10000 EUR|10.000 EUR", "money|20000 EUR|20.000 EUR"),
        found(t, EntityType.MONEY));
  }

  @Test
  void aJsonUnicodeEscapeDoesNotStartADomain() {
    // "www.nеrc.gov.ua" with a Cyrillic е written as a JSON escape
    String t = "\"title\": \"\\u0420\\u0435\\u0433\\u0443\\u043b\\u044f\\u0442\\u043e\\u0440"
        + " (www.n\\u0435rc.gov.ua)\", \"site\": \"nerc.gov.ua\"";
    assertEquals(List.of("domain|nerc.gov.ua|nerc.gov.ua"), found(t, EntityType.DOMAIN));
  }

  @Test
  void aFormWordInsideALongerNameOrAPhraseIsNoLegalForm() {
    String t = "USC entered into an agreement with the Internet Corporation for Assigned Names"
        + " and Numbers (ICANN). Internet protocols are listed.\n"
        + "\"title\": \"ADQUISICIÓN DE MATERIALES PARA MANTENIMIENTO DE LA RED AD REFERENDUM\"\n"
        + "COMPANY TYPE: PUBLIC LIMITED / PRIVATE LIMITED\n"
        + "Energoprojekt AD Beograd i Hemofarm AD Vršac.";
    assertEquals(List.of("org|energoprojekt a.d.|Energoprojekt AD",
            "org|hemofarm a.d.|Hemofarm AD"),
        found(t, EntityType.ORG));
  }

  @Test
  void nameEndsBeforeADocumentWordAVerbOrAWordBrokenAtTheLineEnd() {
    String t = "Send the University of Oregon Purchase Order to the Department of Justice, Wash-\n"
        + "ington, D.C. Republička direkcija za robne rezerve može da proda robu; Uprava za"
        + " katastar, odnosno njena služba.";
    assertEquals(List.of("org|university of oregon|University of Oregon",
            "org|department of justice|Department of Justice",
            "org|republicka direkcija za robne rezerve|Republička direkcija za robne rezerve",
            "org|uprava za katastar|Uprava za katastar"),
        found(t, EntityType.ORG));
  }

  @Test
  void negativePercentagesRangesAndAPdfTrailer() {
    String t = "Promena prihoda: -2,5% (prošle godine −12%), rast 10-15%, osa -50% 0% 50%\n"
        + "startxref\n5312\n%%EOF";
    assertEquals(List.of("percent|-2.5%|-2,5%", "percent|-12%|−12%", "percent|15%|15%",
            "percent|-50%|-50%", "percent|0%|0%", "percent|50%|50%"),
        found(t, EntityType.PERCENT));
  }

  @Test
  void aBankNamedInAnObliqueCaseHasTheNominativeValue() {
    String t = "Obaveze prema Komercijalnoj banci a.d. Beograd i Vojvođanskoj banci a.d. Novi Sad,"
        + " garancija Poštanske štedionice a.d.; Обавезе према Комерцијалној банци а.д.;"
        + " dug Komercijalnoj banci iznosi";
    assertEquals(List.of("org|komercijalna banka a.d.|Komercijalnoj banci a.d.",
            "org|vojvodjanska banka a.d.|Vojvođanskoj banci a.d.",
            "org|postanska stedionica a.d.|Poštanske štedionice a.d.",
            "org|komercijalna banka a.d.|Комерцијалној банци а.д.",
            "org|komercijalna banka a.d.|Komercijalnoj banci"),
        found(t, EntityType.ORG));
  }

  @Test
  void aVerbOrParticipleAfterAHeadIsNotItsGenitive() {
    String t = "Ministarstvo dostavlja izveštaj, a Ministarstvo zdravlja ga prima. Uprava utvrđuje"
        + " rokove; Ministarstvo falsifikovana dokumenta nije primilo; Uprava carina.";
    assertEquals(List.of("org|ministarstvo zdravlja|Ministarstvo zdravlja",
            "org|uprava carina|Uprava carina"),
        found(t, EntityType.ORG));
  }

  @Test
  void anUndefinedAcronymMadeOfANamesInitialsIsThatOrganization() {
    String t = "This Memorandum is entered into by Northern Plains University and the vendor."
        + " Invoices to NPU are paid within 30 days; the vendor may not use the NPU seal."
        + " Rešenje izdaje Agencija za energetsku efikasnost, a AEE prati ugovor. TAX and"
        + " NET amounts, NP totals and the npu.edu site are not names.";
    assertEquals(List.of("org|northern plains university|Northern Plains University",
            "org|northern plains university|NPU", "org|northern plains university|NPU",
            "org|agencija za energetsku efikasnost|Agencija za energetsku efikasnost",
            "org|agencija za energetsku efikasnost|AEE"),
        found(t, EntityType.ORG));
  }

  @Test
  void aQuotedNameFoundOnceAsAFirmIsThatFirmWhereverItIsQuoted() {
    String t = "Понуде су поднели: „Гео-план“, „Хидросистем“ и „Мерни уређаји“ д.о.о. Захтев за"
        + " заштиту права поднео је „Гео-план“, а примедбе које је изнела фирма „Гео-план“"
        + " комисија је одбила. Ponuđač \"Mikrotehna\" d.o.o. je kasnio; \"Mikrotehna\" je"
        + " dostavila dokaze. Rok „Хидросистем“ није испоштовао.";
    assertEquals(List.of("org|geo-plan|„Гео-план“", "org|merni uredjaji d.o.o.|„Мерни уређаји“ д.о.о.",
            "org|geo-plan|„Гео-план“", "org|geo-plan|„Гео-план“",
            "org|mikrotehna d.o.o.|\"Mikrotehna\" d.o.o.", "org|mikrotehna d.o.o.|\"Mikrotehna\""),
        found(t, EntityType.ORG));
  }

  @Test
  void aBankInTheGenitiveBeforeItsLegalFormIsFoundInTheNominative() {
    String t = "Plaćanje se vrši na račun kod Banke Intesa a.d. Beograd. Garancija"
        + " Komercijalne banke a.d. Beograd važi do 31.12.2024; уз гаранцију Комерцијалне банке"
        + " а.д. Нови Сад. Žiro račun banke Intesa a.d. pri kojoj su sredstva.";
    assertEquals(List.of("org|banka intesa a.d.|Banke Intesa a.d.",
            "org|komercijalna banka a.d.|Komercijalne banke a.d.",
            "org|komercijalna banka a.d.|Комерцијалне банке а.д.",
            "org|intesa a.d.|Intesa a.d."),
        found(t, EntityType.ORG));
  }

  @Test
  void aFirmNamedInAnotherCaseInTheSameTextHasTheNominativeValue() {
    String t = "Naručilac je zaključio ugovor sa firmom Infosistem Plus d.o.o. Niš. Obaveze prema"
        + " Infosistemu Plus d.o.o. izmiruju se u roku od 45 dana, a podizvođaču Nove Energije"
        + " d.o.o. plaća Nova Energija d.o.o. Kragujevac. Alfa Trade d.o.o. i Beta Trade d.o.o."
        + " nisu ista firma, kao ni Mikro d.o.o. i Mikra d.o.o.";
    assertEquals(List.of("org|infosistem plus d.o.o.|Infosistem Plus d.o.o.",
            "org|infosistem plus d.o.o.|Infosistemu Plus d.o.o.",
            "org|nova energija d.o.o.|Nove Energije d.o.o.",
            "org|nova energija d.o.o.|Nova Energija d.o.o.",
            "org|alfa trade d.o.o.|Alfa Trade d.o.o.", "org|beta trade d.o.o.|Beta Trade d.o.o.",
            "org|mikro d.o.o.|Mikro d.o.o.", "org|mikra d.o.o.|Mikra d.o.o."),
        found(t, EntityType.ORG));
  }

  @Test
  void russianAndAbbreviatedMultipliersScaleTheAmount() {
    String t = "Согласно отчету, госдолг США превысил $19,4 трлн, расходы на проект составили"
        + " $2,1 млн, кредит на 3 млрд. USD и аванс 450 тыс. EUR. U izveštaju: zajam od 2,5 mln"
        + " EUR, garancija od 1,2 mlrd dinara i 450 hilj. dinara; ukupno 5 bilion dolara.";
    assertEquals(List.of("money|19400000000000 USD|$19,4 трлн", "money|2100000 USD|$2,1 млн",
            "money|3000000000 USD|3 млрд. USD", "money|450000 EUR|450 тыс. EUR",
            "money|2500000 EUR|2,5 mln EUR", "money|1200000000 RSD|1,2 mlrd dinara",
            "money|450000 RSD|450 hilj. dinara"),
        found(t, EntityType.MONEY));
  }

  @Test
  void aSpacedDashAfterAnInstitutionsNameEndsIt() {
    String t = "Predmet: Sporazum Vlada Ruske Federacije - Finansiranje izgradnje, dopis"
        + " Ministarstvo finansija - Uprava za trezor, i Skupština grada - Izveštaj.\n"
        + "Poslovni partner: Coca-Cola HBC d.o.o.";
    assertEquals(List.of("org|vlada ruske federacije|Vlada Ruske Federacije",
            "org|ministarstvo finansija|Ministarstvo finansija",
            "org|uprava za trezor|Uprava za trezor", "org|skupstina grada|Skupština grada",
            "org|coca-cola hbc d.o.o.|Coca-Cola HBC d.o.o."),
        found(t, EntityType.ORG));
  }

  @Test
  void aSpacedDashBetweenTwoWordsOfAnEnglishNameIsItsHyphen() {
    String t = "The loan agreement with the Export – Import Bank was signed in Beijing; the"
        + " Export-Import Bank disbursed the first tranche. Section 4 – Foundation works start"
        + " in May.";
    assertEquals(List.of("org|export-import bank|Export – Import Bank",
            "org|export-import bank|Export-Import Bank"),
        found(t, EntityType.ORG));
  }

  @Test
  void aNationalNumberInAForeignPartysProcurementRecordIsReadForThatCountry() {
    String t = "{\"parties\": [{\"name\": \"Ministerio de Salud Publica\", \"address\":"
        + " {\"locality\": \"Asuncion\", \"countryName\": \"Paraguay\"}, \"contactPoint\":"
        + " {\"telephone\": \"021 201670\"}}, {\"name\": \"Dom zdravlja Zemun\","
        + " \"contactPoint\": {\"telephone\": \"011 3061234\"}, \"address\":"
        + " {\"countryName\": \"Serbia\"}}]}\n"
        + "Kontakt u Beogradu: tel. 011/306-1234.";
    assertEquals(List.of("phone|+59521201670|021 201670", "phone|+381113061234|011 3061234",
            "phone|+381113061234|011/306-1234"),
        found(t, EntityType.PHONE));
  }

  @Test
  void aNameSplitByATablesBlankLineAfterAnAdjectiveIsJoined() {
    String t = "Red. br.\tKorisnik sredstava\tIznos\n"
        + "1.\tKancelarija za evropske\n\n\tintegracije\t12.000.000\n"
        + "2.\tMinistarstvo spoljne\n\n\ttrgovine\t4.500.000\n"
        + "3.\tUprava za javne nabavke\n\n\tkoja je objavila poziv\n";
    assertEquals(List.of(
            "org|kancelarija za evropske integracije|Kancelarija za evropske\n\n\tintegracije",
            "org|ministarstvo spoljne trgovine|Ministarstvo spoljne\n\n\ttrgovine",
            "org|uprava za javne nabavke|Uprava za javne nabavke"),
        found(t, EntityType.ORG));
  }

  @Test
  void initialsThatAreAnotherBodysOrACommonNounsAcronymAreNotTaken() {
    String t = "Зајам Export-Import Bank of China за мост; EIB кредит за МСП. Министарство"
        + " спољних послова је потписало споразум. The Nordic Power Authority and the National"
        + " Parks Agency signed; NPA will pay.";
    assertEquals(List.of("org|export-import bank of china|Export-Import Bank of China",
            "org|ministarstvo spoljnih poslova|Министарство спољних послова",
            "org|nordic power authority|Nordic Power Authority",
            "org|national parks agency|National Parks Agency"),
        found(t, EntityType.ORG));
  }

  @Test
  void anAmpersandInsideAWordOfAnEnglishNameKeepsTheName() {
    String t = "This agreement between Texas A&M University and the AT&T Foundation covers the"
        + " grant; the R&D Agency of each party reviews it.";
    assertEquals(List.of("org|texas a&m university|Texas A&M University",
            "org|at&t foundation|AT&T Foundation"),
        found(t, EntityType.ORG));
  }
}
