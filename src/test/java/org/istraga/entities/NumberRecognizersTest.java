package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifiers, accounts, money and percentages, in both scripts and English. */
class NumberRecognizersTest {

  @Test
  void ibanWithAndWithoutSpaces() {
    assertEquals(List.of("RS35105008123123123173", "RS35105008123123123173"),
        Extract.values(EntityType.IBAN,
            "IBAN: RS35 1050 0812 3123 1231 73, или RS35105008123123123173."));
    assertEquals(List.of(), Extract.values(EntityType.IBAN, "RS35 1050 0812 3123 1231 74"));
  }

  @Test
  void serbianAccountsDashedAndCompactWithContext() {
    assertEquals(List.of("265-1660310005042-68", "840-0000000893666-16"),
        Extract.values(EntityType.BANK_ACCOUNT,
            "Tekući račun 265-1660310005042-68; жиро рачун: 840-893666-16."));
    assertEquals(List.of("265-1660310005042-68"),
        Extract.values(EntityType.BANK_ACCOUNT, "broj računa 265166031000504268"));
    // compact form without an account word is not reported; wrong control digits never are
    assertEquals(List.of(), Extract.values(EntityType.BANK_ACCOUNT, "kod 265166031000504268"));
    assertEquals(List.of(), Extract.values(EntityType.BANK_ACCOUNT, "račun 265-1660310005042-69"));
  }

  @Test
  void pibAndMbAfterLabelsInBothScripts() {
    String lat = "Telekom Nova d.o.o., PIB: 101799285, matični broj 08646465";
    String cyr = "Телеком Нова ДОО, ПИБ 101799285, МБ: 08646465";
    for (String t : List.of(lat, cyr)) {
      assertEquals(List.of("101799285"), Extract.values(EntityType.PIB, t), t);
      assertEquals(List.of("08646465"), Extract.values(EntityType.MB, t), t);
    }
    assertEquals(List.of("101799285"), Extract.values(EntityType.PIB, "VAT no. RS101799285"));
  }

  @Test
  void bareValidNumbersWithoutContextAreNotIdentifiers() {
    // 101799285 passes the PIB check and 08646465 the MB check, but nothing says they are ids
    String t = "Isplaćeno je 101799285 puta, a šifra artikla je 08646465.";
    assertEquals(List.of(), Extract.values(EntityType.PIB, t));
    assertEquals(List.of(), Extract.values(EntityType.MB, t));
    // a label but a failing check digit
    assertEquals(List.of(), Extract.values(EntityType.PIB, "PIB: 101799286"));
  }

  @Test
  void tableColumnsUnderAHeader() {
    String t = "Matični broj\tNaziv\tPIB\n08646465\tDirekcija\t101799285\n";
    assertEquals(List.of("08646465"), Extract.values(EntityType.MB, t));
    assertEquals(List.of("101799285"), Extract.values(EntityType.PIB, t));
  }

  @Test
  void jmbgIsSensitiveAndValidated() {
    List<Mention> m = Extract.of(EntityType.JMBG, "JMBG: 0101990710008, drugi 0101990710006");
    assertEquals(1, m.size());
    assertEquals("0101990710008", m.get(0).value());
    assertTrue(m.get(0).sensitive());
  }

  @Test
  void moneyInSerbianAndEnglishForms() {
    assertEquals(
        List.of("1234567.89 RSD", "1234567.89 RSD", "1234567.89 RSD", "100 RSD",
            "2600000 EUR", "2600000 EUR", "71371 USD", "1200000 USD", "1000000 EUR",
            "3050000 USD", "3500000 EUR", "1234 RSD", "1500000000 RSD"),
        Extract.values(EntityType.MONEY,
            "1.234.567,89 RSD; 1.234.567,89 din.; 1.234.567,89 динара; 100 дин.; € 2,6 miliona;"
                + " 2,6 miliona evra; US$71,371; $1.2 million; EUR 1,000,000.00;"
                + " USD 3,050,000; 3.500.000,00 евра; 1.234 RSD; 1,5 milijardi dinara"));
  }

  @Test
  void cyrillicCurrencyCodesBeforeAndAfterTheAmount() {
    // Serbian Cyrillic documents transliterate the ISO codes: УСД, ЕУР, РСД
    assertEquals(List.of("71371 USD", "1100000 USD", "2000000 EUR", "300 EUR", "5000 RSD"),
        Extract.values(EntityType.MONEY,
            "Вредност анекса износи 71.371,00 УСД; листна цена 1.100.000 УСД;"
                + " ЕУР 2.000.000,00; такса 300 ЕУР; РСД 5.000"));
  }

  @Test
  void amountsWrittenAsJsonDataWithTheirCurrency() {
    // OCDS releases: {"amount": N, "currency": "XXX"} in either order, numbers or strings
    String ocds = "{\n  \"tender\": {\n    \"value\": {\n      \"amount\": 149597,\n"
        + "      \"currency\": \"CAD\"\n    }\n  },\n  \"awards\": [{\"value\": {\"currency\": \"UAH\","
        + " \"amount\": \"84543.83\"}}],\n  \"contracts\": [{\"value\": {\"amount\": \"\","
        + " \"currency\": \"\"}}]\n}";
    List<Mention> ms = Extract.of(EntityType.MONEY, ocds);
    assertEquals(List.of("149597 CAD", "84543.83 UAH"), ms.stream().map(Mention::value).toList());
    assertEquals("149597", ms.get(0).raw(), "the mention covers the figure");
    assertEquals(new BigDecimal("84543.83"), ms.get(1).number().orElseThrow());
    // an amount and a currency of two different objects are not one amount
    assertEquals(List.of(), Extract.values(EntityType.MONEY,
        "{\"quantity\": {\"amount\": 12}, \"price\": {\"currency\": \"EUR\"}}"));
  }

  @Test
  void moneyExposesAmountAndCurrency() {
    Mention m = Extract.of(EntityType.MONEY, "iznos od 3.500.000,00 евра").get(0);
    assertEquals(new BigDecimal("3500000"), m.number().orElseThrow());
    assertEquals("EUR", m.currency().orElseThrow());
    assertEquals("3.500.000,00 евра", m.raw());
  }

  @Test
  void numbersWithoutCurrencyAndRangesAreHandled() {
    assertEquals(List.of(), Extract.values(EntityType.MONEY, "Ukupno: 829,12 i 1.000,00"));
    assertEquals(List.of("200000 RSD", "1000000 RSD"),
        Extract.values(EntityType.MONEY, "kaznom od 200.000 do 1.000.000 dinara"));
    assertEquals(List.of("12000 RSD", "1234567.89 RSD"),
        Extract.values(EntityType.MONEY, "taksa 12 000 dinara, ukupno 1 234 567,89 RSD"));
    assertEquals(List.of("240 USD"), Extract.values(EntityType.MONEY, "Qty 1 240.00 USD"));
  }

  @Test
  void percentages() {
    assertEquals(List.of("57%", "57%", "57%", "57%", "57%", "57%", "57.5%"),
        Extract.values(EntityType.PERCENT,
            "57%, 57 %, 57 odsto, 57 посто, 57 procenata, 57 percent, 57,5%"));
    Mention m = Extract.of(EntityType.PERCENT, "popust 12,5%").get(0);
    assertEquals(new BigDecimal("12.5"), m.number().orElseThrow());
  }

  @Test
  void phonesNormalizedToE164() {
    assertEquals(
        List.of("+381111234567", "+381111234567", "+381641234567", "+381631234567",
            "+12125550147", "+442079460958"),
        Extract.values(EntityType.PHONE,
            "tel. 011/123-4567, +381 11 123 4567, mob. 064 123 45 67, (+381) 63 123 4567,"
                + " NY (212) 555-0147, London +44 20 7946 0958"));
    // amounts, dates and file numbers are not phones
    assertEquals(List.of(), Extract.values(EntityType.PHONE,
        "2.126.327.500,00 динара, 20.11.2014, број 119-01-67/2014"));
  }

  @Test
  void identifiersDatesAndPercentsInTheCellsOfACsvFileAreFound() {
    String csv = "naziv,pib,mb,racun,datum,popust\n"
        + "Telekom Nova d.o.o.,109437183,21539058,160-0000000418725-51,15.03.2019,57%\n"
        + "Infosistem Plus d.o.o.,110873521,20984317,160-0000000418725-51,2019-08-14,92.5%\n";
    assertEquals(List.of("109437183", "110873521"), Extract.values(EntityType.PIB, csv));
    assertEquals(List.of("21539058", "20984317"), Extract.values(EntityType.MB, csv));
    assertEquals(List.of("2019-03-15", "2019-08-14"), Extract.values(EntityType.DATE, csv));
    assertEquals(List.of("57%", "92.5%"), Extract.values(EntityType.PERCENT, csv));
    // a decimal comma still joins: "12,5%" is one percentage, "3,25 %" too
    assertEquals(List.of("12.5%", "3.25%"), Extract.values(EntityType.PERCENT,
        "popust 12,5% i 3,25 % PDV; rast 1.234,5% godišnje"));
  }

  @Test
  void phonesInTheCellsOfACsvFileAreFound() {
    String csv = "ime,firma,telefon,jmbg\n"
        + "Vesna Mirković,Telekom Nova d.o.o.,+381 11 555 0147,1511973715036\n"
        + "Chen Liang,\"Huaxing Networks Co., Ltd.\",+86 755 5550 1234,\n"
        + "Dragana Pešić,Infosistem Plus d.o.o.,011/123-4567,\n";
    assertEquals(List.of("+381115550147", "+8675555501234", "+381111234567"),
        Extract.values(EntityType.PHONE, csv));
    // after a digit a comma is a decimal comma: "3,0112345678" is no phone
    assertEquals(List.of(), Extract.values(EntityType.PHONE, "iznos 3,011 234 5678 dinara"));
  }
}
