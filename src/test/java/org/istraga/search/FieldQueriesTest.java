package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each friendly field selects what it says, with the value forms docs/search.md documents. */
class FieldQueriesTest {

  @TempDir static Path dir;
  static Case kase;
  static DocumentRecord contract;
  static DocumentRecord memo;
  static DocumentRecord mail;
  static DocumentRecord scan;
  static DocumentRecord locked;
  static DocumentRecord zip;

  @BeforeAll
  static void build() throws IOException {
    contract = SearchFixtures.record("/evidence/ugovori/Ugovor-117.pdf", "Ugovor sa firmom Telekom Nova. Kamera i oprema.");
    contract.typeGroup = "pdf";
    contract.mediaType = "application/pdf";
    contract.size = 2048;
    contract.pageCount = 3;
    contract.date = "2019-08-14T09:20:00Z";
    contract.language = "sr";
    contract.script = "latin";
    contract.title = "Ugovor br. 404-02-117";
    contract.authors.add("Đorđe Petrović");
    contract.entities.add(new EntityMention("org", "telekom nova d.o.o.", "Telekom Nova d.o.o.", "Telekom Nova", 17, 29, 1, null, null, false));
    contract.entities.add(new EntityMention("pib", "109437183", null, "109437183", 0, 9, 1, null, null, false));
    contract.entities.add(new EntityMention("iban", "RS35160000000041872551", null, "RS35 1600 0000 0041 8725 51", 0, 1, 1, null, null, false));
    contract.entities.add(new EntityMention("percent", "57", null, "57%", 0, 3, 2, new BigDecimal("57"), null, false));
    contract.entities.add(new EntityMention("date", "2019-12-12", null, "12.12.2019.", 0, 3, 2, null, null, false));

    zip = SearchFixtures.record("/evidence/arhiva/prepiska.zip", "");
    zip.typeGroup = "archive";
    zip.size = 9000;
    memo = SearchFixtures.child(zip, "Beleška.docx", "Beleška o pregovorima: Safe City.");
    memo.typeGroup = "word";
    memo.ext = "docx";
    memo.date = "2019-08-12T12:00:00Z";
    memo.size = 1024;
    memo.language = "en";
    memo.entities.add(new EntityMention("email", "ana@telekomnova.example", null, "ana@telekomnova.example", 0, 5, 0, null, null, false));

    mail = SearchFixtures.record("/evidence/posta/poruka.eml", "Poslat potpisan primerak.");
    mail.typeGroup = "email";
    mail.emailFrom = "Vesna Mirković <vesna.mirkovic@telekomnova.example>";
    mail.emailTo.add("Nenad Obradović <nenad.obradovic@mup.example>");
    mail.subject = "Ugovor – potpisan primerak";
    mail.date = "2019-08-15T07:42:17Z";
    mail.size = 10_240;
    mail.flags.add("dkim-failed");

    scan = SearchFixtures.record("/evidence/skenovi/sken.pdf", "Скенирана страна уговора.");
    scan.typeGroup = "pdf";
    scan.ocrPages = new int[] {1};
    scan.ocrState = "done";
    scan.script = "cyrillic";
    scan.pageCount = 1;
    scan.size = 500_000;
    scan.date = "2020-01-02T00:00:00Z";

    locked = SearchFixtures.record("/evidence/tajno.pdf", "");
    locked.typeGroup = "pdf";
    locked.status = "encrypted";
    locked.size = 3_000_000;
    kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(contract, zip, memo, mail, scan, locked));
  }

  private static Set<String> hits(String query) throws IOException {
    return new HashSet<>(SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> SearchFixtures.ids(s, query)));
  }


  @Test
  void keywordFields() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract, scan, locked), hits("type:pdf"));
    assertEquals(SearchFixtures.idsOf(contract, scan, locked), hits("type:PDF"));
    assertEquals(SearchFixtures.idsOf(memo), hits("ext:docx"));
    assertEquals(SearchFixtures.idsOf(memo), hits("lang:en"));
    assertEquals(SearchFixtures.idsOf(contract, memo), hits("language:(sr OR en)"));
    assertEquals(SearchFixtures.idsOf(scan), hits("script:cyrillic"));
    assertEquals(SearchFixtures.idsOf(locked), hits("status:encrypted"));
    assertEquals(SearchFixtures.idsOf(mail), hits("flag:dkim-failed"));
    assertEquals(SearchFixtures.idsOf(memo), hits("kind:embedded"));
    assertEquals(SearchFixtures.idsOf(scan), hits("ocr:yes"));
    assertEquals(SearchFixtures.idsOf(contract), hits("mime:\"application/pdf\""));
    assertEquals(SearchFixtures.idsOf(contract), hits("mime:application*"));
  }

  @Test
  void numbersSizesAndDates() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract, memo), hits("size:[1KB TO 2KB]"));
    assertEquals(SearchFixtures.idsOf(contract), hits("size:{1KB TO 2KB]"));
    assertEquals(SearchFixtures.idsOf(contract), hits("size:2048"));
    assertEquals(SearchFixtures.idsOf(scan, locked), hits("size:[0.4MB TO *]"));
    assertEquals(SearchFixtures.idsOf(contract, scan), hits("pages:[1 TO 3]"));
    assertEquals(SearchFixtures.idsOf(contract), hits("pages:{1 TO 4}"));
    assertEquals(SearchFixtures.idsOf(contract, memo, mail), hits("date:2019"));
    assertEquals(SearchFixtures.idsOf(contract, memo, mail), hits("date:2019-08"));
    assertEquals(SearchFixtures.idsOf(contract, mail), hits("date:[2019-08-14 TO 2019-08-15]"), "an upper day bound includes the whole day");
    assertEquals(SearchFixtures.idsOf(mail, scan), hits("date:{2019-08-14 TO *}"), "an exclusive day bound excludes the whole day");
    assertEquals(SearchFixtures.idsOf(contract), hits("date:2019-08-14"));
    assertEquals(SearchFixtures.idsOf(scan), hits("year:[2020 TO 2030]"));
    assertEquals(SearchFixtures.idsOf(memo), hits("depth:1"));
  }

  @Test
  void comparisonsAreRangesWithOneOpenEnd() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract), hits("pages:>1"));
    assertEquals(SearchFixtures.idsOf(contract, scan), hits("pages:>=1"));
    assertEquals(SearchFixtures.idsOf(scan), hits("pages:<3"));
    assertEquals(SearchFixtures.idsOf(contract, scan), hits("pages:<=3"));
    assertEquals(hits("size:{1KB TO *]"), hits("size:>1KB"));
    assertEquals(SearchFixtures.idsOf(zip, mail, scan, locked), hits("size:>2KB"));
    assertEquals(SearchFixtures.idsOf(memo), hits("size:<2048"));
    assertEquals(SearchFixtures.idsOf(scan), hits("date:>2019"), "an exclusive year bound excludes the whole year");
    assertEquals(SearchFixtures.idsOf(contract, memo, mail), hits("date:<=2019-08"));
    assertEquals(SearchFixtures.idsOf(memo), hits("date:<2019-08-14"));
    assertEquals(SearchFixtures.idsOf(scan), hits("year:>=2020"));
    assertEquals(SearchFixtures.idsOf(contract), hits("percent:>50"));
    assertEquals(Set.of(), hits("percent:>57"));
  }

  @Test
  void peopleAndMail() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract), hits("author:\"djordje petrovic\""));
    assertEquals(SearchFixtures.idsOf(contract), hits("author:Петровић"));
    assertEquals(SearchFixtures.idsOf(mail), hits("from:vesna.mirkovic@telekomnova.example"));
    assertEquals(SearchFixtures.idsOf(mail), hits("from:telekomnova.example"));
    assertEquals(SearchFixtures.idsOf(mail), hits("from:mirkovic"));
    assertEquals(SearchFixtures.idsOf(mail), hits("to:\"nenad.obradovic@mup.example\""));
    assertEquals(SearchFixtures.idsOf(), hits("from:nenad.obradovic@mup.example"));
    assertEquals(SearchFixtures.idsOf(mail), hits("subject:potpisan"));
  }

  @Test
  void placesAndIds() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract), hits("path:ugovori"));
    assertEquals(SearchFixtures.idsOf(zip, memo), hits("path:arhiva"));
    assertEquals(SearchFixtures.idsOf(zip, memo), hits("path:\"/evidence/arhiva\""));
    assertEquals(SearchFixtures.idsOf(memo), hits("path:\"Beleška.docx\""));
    assertEquals(SearchFixtures.idsOf(memo), hits("name:beleska.docx"));
    assertEquals(SearchFixtures.idsOf(memo), hits("name:*.docx"));
    assertEquals(SearchFixtures.idsOf(contract, scan, locked), hits("path:*.pdf"));
    assertEquals(SearchFixtures.idsOf(memo), hits("path:\"prepiska.zip!/Beleška.docx\""));
    assertEquals(SearchFixtures.idsOf(contract), hits("path:evidence/ugovori"), "a slash inside a word is a character, not a regex");
    assertEquals(SearchFixtures.idsOf(memo), hits("path:prepiska.zip!/Beleška.docx"));
    assertEquals(SearchFixtures.idsOf(memo), hits("parent:" + zip.id.substring(0, 8)));
    assertEquals(SearchFixtures.idsOf(contract), hits("id:" + contract.id.substring(0, 12)));
    assertEquals(SearchFixtures.idsOf(contract), hits("id:" + contract.id));
  }

  @Test
  void entities() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract), hits("org:telekom"));
    assertEquals(SearchFixtures.idsOf(contract), hits("org:\"Телеком Нова\""));
    assertEquals(SearchFixtures.idsOf(contract), hits("pib:109437183"));
    assertEquals(SearchFixtures.idsOf(contract), hits("pib:\"109 437 183\""));
    assertEquals(SearchFixtures.idsOf(contract), hits("iban:\"RS35 1600 0000 0041 8725 51\""));
    assertEquals(SearchFixtures.idsOf(contract), hits("iban:rs35*"));
    assertEquals(SearchFixtures.idsOf(memo), hits("email:ana@telekomnova.example"));
    assertEquals(SearchFixtures.idsOf(memo), hits("email-domain:telekomnova.example"));
    assertEquals(SearchFixtures.idsOf(contract), hits("percent:[50 TO *]"));
    assertEquals(SearchFixtures.idsOf(), hits("percent:[60 TO *]"));
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:[2019-12-01 TO 2019-12-31]"));
  }

  /**
   * A date mentioned in the text is searched like the document date: a year or a month is the whole
   * interval, comparisons and ranges take intervals, and the dotted Serbian form is accepted.
   */
  @Test
  void dateMentionsAreIntervalsLikeDates() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:2019"));
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:2019-12"));
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:12.12.2019."));
    assertEquals(SearchFixtures.idsOf(), hits("date-mention:2020"));
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:>2019-11"));
    assertEquals(SearchFixtures.idsOf(), hits("date-mention:>2019-12"), "an exclusive month bound excludes the whole month");
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:<=2019"));
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:[2019 TO 2019]"));
    assertEquals(SearchFixtures.idsOf(), hits("date-mention:{2019-12-12 TO *]"));
    assertEquals(SearchFixtures.idsOf(contract), hits("date-mention:[01.12.2019. TO 31.12.2019.]"));
  }

  @Test
  void datesMayBeWrittenTheSerbianWay() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract), hits("date:14.08.2019."));
    assertEquals(SearchFixtures.idsOf(contract), hits("date:14.8.2019"));
    assertEquals(SearchFixtures.idsOf(contract, memo, mail), hits("date:08.2019"));
    assertEquals(SearchFixtures.idsOf(contract, mail), hits("date:[14.08.2019. TO 15.08.2019.]"));
  }

  @Test
  void defaultFieldsAndBooleans() throws IOException {
    assertEquals(SearchFixtures.idsOf(contract), hits("404-02-117"), "title words");
    assertEquals(SearchFixtures.idsOf(mail), hits("poruka"), "file name words");
    assertEquals(SearchFixtures.idsOf(mail), hits("mirkovic"), "e-mail header names");
    assertEquals(SearchFixtures.idsOf(contract, memo), hits("kamera OR \"safe city\""));
    assertEquals(SearchFixtures.idsOf(contract), hits("kamera AND (NOT safe)"));
    assertEquals(SearchFixtures.idsOf(contract, zip, mail, scan, locked), hits("NOT ext:docx"));
    assertEquals(SearchFixtures.idsOf(contract, memo, zip, mail, scan, locked), hits("*:*"));
  }
}
