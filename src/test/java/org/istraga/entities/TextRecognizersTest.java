package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates, contact details and procurement references. */
class TextRecognizersTest {

  @Test
  void datesInAllScriptsAndFormats() {
    assertEquals(
        List.of("2025-08-14", "2025-08-14", "2025-08-14", "2025-08-14", "2025-08-14",
            "2025-08-14", "2025-08-14", "2025-08-14", "2025-08-14", "2025-08-14"),
        Extract.values(EntityType.DATE,
            "14. avgust 2025.; 14. avgusta 2025.; 14. августа 2025. године; 14.08.2025.;"
                + " 14. 8. 2025; 2025-08-14; August 14, 2025; 14 August 2025; 14/08/2025;"
                + " 14. VIII 2025"));
  }

  @Test
  void impossibleAndAmbiguousDatesAreNotReported() {
    assertEquals(List.of(), Extract.values(EntityType.DATE,
        "31.06.2025, 29. februara 2023, 05/06/2025, 2025-13-01"));
    // a date-shaped part of an identifier is not a date
    assertEquals(List.of(), Extract.values(EntityType.DATE, "UA-2016-06-02-000468-c"));
    // equal day and month are unambiguous
    assertEquals(List.of("2025-05-05"), Extract.values(EntityType.DATE, "05/05/2025"));
  }

  @Test
  void emailsUrlsAndDomains() {
    String t = "Pišite na Petar.Petrovic@Telekom-Nova.rs ili posetite https://www.eps.rs/cir/"
        + " (vidi www.rfzo.rs). Sajt eps.rs i Amazon.com;\nMessage-ID: <abc.123@mail.example.com>";
    assertEquals(List.of("petar.petrovic@telekom-nova.rs"), Extract.values(EntityType.EMAIL, t));
    assertEquals(List.of("https://www.eps.rs/cir/", "http://www.rfzo.rs"),
        Extract.values(EntityType.URL, t));
    assertEquals(List.of("eps.rs", "amazon.com"), Extract.values(EntityType.DOMAIN, t));
    Mention email = Extract.of(EntityType.EMAIL, t).get(0);
    assertEquals(Optional.of("telekom-nova.rs"), email.emailDomain());
  }

  @Test
  void aMessageIdQuotedOutsideItsHeaderIsNotAnAddress() {
    String t = "- Message-ID: `<20190815074217.4F1A2B7C@telekomnova.example>`, \"messageId\" :"
        + " \"<1565847737.220.1@mail.example>\"; pišite na marko.petrovic1985@mup.gov.rs ili"
        + " 381641234567@sms.example.";
    assertEquals(List.of("marko.petrovic1985@mup.gov.rs", "381641234567@sms.example"),
        Extract.values(EntityType.EMAIL, t));
  }

  @Test
  void abbreviationsAreNotDomains() {
    assertEquals(List.of(), Extract.values(EntityType.DOMAIN, "Kt.br. 12 i čl.st. 2, d.o.o."));
    // file names whose extension is also a country's domain: sites there are one level down
    assertEquals(List.of("ana.gov.md", "dncp.gov.py", "telekom.rs"), Extract.values(EntityType.DOMAIN,
        "Vidi README.md i setup.py; izvor: ana.gov.md, dncp.gov.py i telekom.rs."));
  }

  @Test
  void procurementAndContractNumbers() {
    String t = "JN br. 7614; JN 7614/2019; ЈН бр. 12/2019; javna nabavka broj 14/2019;"
        + " ЈНМВ бр. 3/2020; (набавка бр. 76/14/ДИКТ); broj ugovora 404-02-117/2019-06;"
        + " Ugovor br. 12-3; Уговор бр. 55/2020; contract no. AB-123.";
    assertEquals(List.of("7614", "7614/2019", "12/2019", "14/2019", "3/2020", "76/14/DIKT"),
        Extract.values(EntityType.PROCUREMENT_NUMBER, t));
    assertEquals(List.of("404-02-117/2019-06", "12-3", "55/2020", "AB-123"),
        Extract.values(EntityType.CONTRACT_NUMBER, t));
  }

  @Test
  void actNumbersAreNotProcurementNumbers() {
    assertEquals(List.of(), Extract.values(EntityType.PROCUREMENT_NUMBER,
        "Odluka o pokretanju postupka javne nabavke broj 404-1-48/15-1 i rešenje Uprave za"
            + " javne nabavke broj 119-01-67/2014"));
  }

  @Test
  void cpvCodes() {
    assertEquals(List.of("32000000", "09310000", "72000000"),
        Extract.values(EntityType.CPV,
            "CPV 32000000-3; ОРН: 09310000 – електрична енергија; \"scheme\": \"CPV\","
                + " \"id\": \"72000000\"; 12000000-1"));
  }
}
