package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.TextPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries typed as journalists type them, against realistic evidence ingested like a real case
 * (a 40-page Serbian Latin PDF, a Cyrillic PDF with a keyboard-switched letter, an English DOCX
 * annex inside a ZIP, a price list XLSX, a Word note, an e-mail with a PDF attachment): inflected
 * Serbian forms, amounts typed without separators, abbreviations without dots, dates and
 * percentages in other notations, look-alike letters of the other script, an e-mail sender's
 * local part. Each query's documents are compared with what the test wrote into the files, and
 * its snippets with the pages it wrote them on.
 */
class TypedQueriesRecallTest {

  private static final String CONTRACT = "Ugovor-40-strana.pdf";
  private static final String REPORT = "Izvestaj-cirilica.pdf";
  private static final String ANNEX = "Annex-2.docx";
  private static final String PRICES = "Specifikacija.xlsx";
  private static final String NOTE = "Beleska.docx";
  private static final String MAIL = "poruka.eml";
  private static final String ATTACHMENT = "Dopuna.pdf";

  @TempDir static Path tmp;
  static Path caseDir;

  @BeforeAll
  static void ingest() throws IOException {
    Path leak = tmp.resolve("leak");
    List<String> pages = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      StringBuilder p = new StringBuilder("Strana " + i + " od 40\nOpšti deo teksta bez posebnog značaja.\n");
      switch (i) {
        case 5 -> p.append("Predmet javne nabavke je isporuka opreme.\n");
        case 8 -> p.append("Sa nabavkom opreme počinje se odmah.\n");
        case 12 -> p.append("Dopis je upućen ministarstvu finansija.\n");
        case 15 -> p.append("Vrednost iznosi 1\u00A0200\u00A0000 dinara, odnosno 71.371USD po aneksu.\n");
        case 16 -> p.append("Popust iznosi 57 odsto od cene.\n");
        case 18 -> p.append("Kontakt: +381 11 555 0147, kabinet ministra.\n");
        case 20 -> p.append("Ugovor je zaključen sa firmom Telekom Nova D.O.O. iz Beograda.\n");
        case 25 -> p.append("Potpisano dana 14.08.2019. godine u Beogradu.\n");
        case 37 -> p.append("Komisija je utvrdila da je ponuda\nprihvatljiva i da ugovor o javnoj nabavci "
            + "br. 404-02-117/2019-06\nmože biti zaključen.\n");
        default -> { }
      }
      pages.add(p.toString());
    }
    Evidence.write(leak.resolve("ugovori/" + CONTRACT), TextPdfs.of(pages));
    Evidence.write(leak.resolve("izvestaji/" + REPORT), TextPdfs.of(List.of(
        "РЕПУБЛИКА СРБИЈА\nИзвештај о спроведеном поступку",
        "Извршилац: Телеком Нова д.о.о. Београд\nПопуст од 57% одобрен је 14. августа 2019.",
        "Cpпска верзија уговора.\nЈавна набавка број ЈН 12/2019 окончана је.")));
    byte[] annex = Evidence.docx("Vendor", "Vendor",
        "The contracts were signed on 14 August 2019.",
        "Payments of USD 71,371 are due on delivery; the discount is 57 percent.",
        "Signing authority: Mr. O’Brien. Local partner: Telekom Nova doo.");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("aneksi/" + ANNEX, annex);
    Evidence.write(leak.resolve("arhiva/paket.zip"), Evidence.zip(entries));
    Evidence.write(leak.resolve("tabele/" + PRICES), prices());
    Evidence.write(leak.resolve("word/" + NOTE), Evidence.docx("Ana", "Ana",
        "Naknada iznosi 3.250.000,00 dinara.", "Dobavljač je Zelenilo doo iz Šapca.",
        "Odluka o izboru najpovoljnijeg ponuđača."));
    Evidence.write(leak.resolve("posta/" + MAIL), Evidence.eml("ana.petrovic@mup.gov.rs",
        "djordje.radenkovic@telekomnova.rs", "Odluke komisije", "U prilogu je dopuna ugovora o nabavci kamera.",
        ATTACHMENT, TextPdfs.of(List.of("Dopuna ugovora", "Rok je 30 dana od 14/08/2019.")), "application/pdf"));
    caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }

  private static byte[] prices() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet s = wb.createSheet("Specifikacija");
      XSSFCellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      Object[][] rows = {{"Stavka", "Cena", "Dobavljač"}, {"Bazna stanica", 2800000.0, "Telekom Nova d.o.o."},
          {"GIS softver", 71371.0, "Huawei"}};
      for (int i = 0; i < rows.length; i++) {
        XSSFRow row = wb.getSheetAt(0).createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          if (rows[i][j] instanceof String v) {
            row.createCell(j).setCellValue(v);
          } else {
            row.createCell(j).setCellValue((Double) rows[i][j]);
            row.getCell(j).setCellStyle(money);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** File names of every hit, and the pages of their snippets by name. */
  private record Found(Set<String> names, Map<String, List<Integer>> pages) {}

  private static Found search(String query) throws IOException {
    Cli.Result r = Cli.run("search", "--case", caseDir.toString(), "--json", "--limit", "100", "--", query);
    assertEquals(ExitCode.OK, r.code(), r::toString);
    JsonNode json = r.json();
    Set<String> names = new TreeSet<>();
    Map<String, List<Integer>> pages = new LinkedHashMap<>();
    for (JsonNode hit : json.get("hits")) {
      String path = hit.get("paths").get(0).asText();
      String name = path.substring(path.lastIndexOf('/') + 1);
      names.add(name);
      List<Integer> p = new ArrayList<>();
      for (JsonNode s : hit.path("snippets")) {
        if (s.has("page")) {
          p.add(s.get("page").asInt());
        }
      }
      pages.put(name, p);
    }
    assertEquals(names.size(), json.get("total").asInt(), query);
    return new Found(names, pages);
  }

  private static void expect(String query, String... names) throws IOException {
    assertEquals(new TreeSet<>(List.of(names)), search(query).names(), query);
  }

  @Test
  void aNounInAnyCaseFindsItsOtherCasesInBothScripts() throws IOException {
    // nabavci and набавци: the k of nabavka became c before the case ending
    for (String q : List.of("nabavka", "nabavke", "nabavku", "nabavci", "набавка", "NABAVKOM")) {
      expect(q, CONTRACT, REPORT, MAIL);
    }
    Found f = search("nabavka");
    assertEquals(List.of(5, 8, 37), f.pages().get(CONTRACT), "every page with a form of the word, in order");
    expect("ministarstvo", CONTRACT);
    // another case typed without diacritics, đ as a bare d
    expect("ponudac", NOTE);
    expect("ponudjac", NOTE);
    // an e-mail's subject is stemmed like its body: odluka finds "Odluke komisije"
    expect("odluka", NOTE, MAIL);
  }

  @Test
  void aQuotedSerbianPhraseFindsItsWordsInAnyCase() throws IOException {
    // the contract never writes "javna nabavka": javne nabavke (p. 5), javnoj nabavci (p. 37)
    expect("\"javna nabavka\"", CONTRACT, REPORT);
    assertEquals(List.of(5, 37), search("\"javna nabavka\"").pages().get(CONTRACT));
    expect("\"ugovor o javnim nabavkama\"", CONTRACT);
    expect("\"ministarstvo finansija\"", CONTRACT);
    assertEquals(List.of(12), search("\"ministarstvo finansija\"").pages().get(CONTRACT));
    // the words must still stand together and in order; text: keeps the phrase as written
    expect("\"nabavka javna\"");
    expect("\"javna opreme\"");
    expect("text:\"javna nabavka\"", REPORT);
    expect("text:\"javne nabavke\"", CONTRACT);
  }

  @Test
  void anAmountTypedWithoutSeparatorsFindsItWrittenWithThem() throws IOException {
    expect("3250000", NOTE);
    expect("1200000", CONTRACT);
    assertEquals(List.of(15), search("1200000").pages().get(CONTRACT));
    expect("71371", CONTRACT, ANNEX, PRICES);
    expect("2800000", PRICES);
    // and typed with separators, it finds the groups set apart by no-break spaces
    expect("1.200.000", CONTRACT);
    expect("\"1 200 000\"", CONTRACT);
  }

  @Test
  void abbreviationsAndApostrophesWithOrWithout() throws IOException {
    for (String q : List.of("doo", "d.o.o.", "D.O.O.", "д.о.о.")) {
      expect(q, CONTRACT, REPORT, ANNEX, PRICES, NOTE);
    }
    expect("\"Telekom Nova doo\"", CONTRACT, REPORT, ANNEX, PRICES);
    expect("\"Телеком Нова д.о.о.\"", CONTRACT, REPORT, ANNEX, PRICES);
    expect("OBrien", ANNEX);
    expect("O'Brien", ANNEX);
  }

  @Test
  void datesAndPercentagesInOtherNotations() throws IOException {
    for (String q : List.of("14.8.2019", "14.08.2019.", "2019-08-14", "14/08/2019")) {
      expect(q, CONTRACT, REPORT, ANNEX, ATTACHMENT);
    }
    assertEquals(List.of(25), search("2019-08-14").pages().get(CONTRACT));
    assertEquals(List.of(2), search("14.8.2019").pages().get(ATTACHMENT));
    for (String q : List.of("57%", "57 posto", "57 odsto", "57 процената", "57 percent")) {
      expect(q, CONTRACT, REPORT, ANNEX);
    }
  }

  @Test
  void lookAlikeLettersOfTheOtherScriptAndSenderAddresses() throws IOException {
    // page 3 of the report wrote Српска with a Latin C and p
    expect("srpska", REPORT);
    expect("Српска", REPORT);
    assertEquals(List.of(3), search("srpska").pages().get(REPORT));
    expect("from:ana.petrovic", MAIL);
    expect("from:petrovic", MAIL);
    expect("to:Đorđe", MAIL);
  }

  @Test
  void aPhoneNumberTypedTheNationalWayFindsItWrittenInternationally() throws IOException {
    for (String q : List.of("011 555 0147", "011/555-0147", "0115550147", "+381 11 555 0147", "phone:011/555-0147")) {
      expect(q, CONTRACT);
    }
    assertEquals(List.of(18), search("011 555 0147").pages().get(CONTRACT));
  }

  @Test
  void aPastedIdentifierMatchesAsAPhraseNotWordByWord() throws IOException {
    // every Serbian text with a 12 and a 2019 somewhere matched 12/2019 through the stems
    expect("12/2019", REPORT);
    expect("404-02-117/2019-06", CONTRACT);
    assertEquals(List.of(37), search("404-02-117/2019-06").pages().get(CONTRACT));
    assertTrue(search("\"ponuda prihvatljiva\"").pages().get(CONTRACT).equals(List.of(37)), "a phrase across a line break");
  }
}
