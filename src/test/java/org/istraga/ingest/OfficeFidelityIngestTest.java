package org.istraga.ingest;

import static org.istraga.ingest.OfficeFiles.del;
import static org.istraga.ingest.OfficeFiles.ins;
import static org.istraga.ingest.OfficeFiles.p;
import static org.istraga.ingest.OfficeFiles.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader does not see at first glance reaches the record, through the whole ingest (forked
 * Tika with Istraga's configuration): tracked deletions (marked as such), comments, notes,
 * headers, footers, footnotes, hidden text, sheets, rows, columns and slides, in Office Open XML,
 * legacy Excel and OpenDocument files; the document properties; and page counts (sheets, slides).
 * One ingest of all the files for every test.
 */
class OfficeFidelityIngestTest {

  @TempDir static Path tmp;
  static CaseRecords recs;

  @BeforeAll
  static void ingest() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("ugovor-izmene.docx"), OfficeFiles.docx(
        p(r("Уговор о набавци број 404-12/2023 између Наручиоца и Понуђача."))
            + p(r("Cena iznosi "), del(1, "Marko Marković", "1.500.000,00 "), del(2, "Marko Marković", "dinara"),
                ins(3, "Marko Marković", "2.300.000,00 dinara"), r(" bez PDV-a."))
            + p(r("Rok je "), del(4, "Ana Ilić", "trideset"), ins(5, "Ana Ilić", "šezdeset"), r(" dana."))
            + p("<w:moveFrom w:id=\"6\" w:author=\"Ana Ilić\" w:date=\"2023-03-01T10:00:00Z\">"
                + r("Isporuka se vrši u Nišu.") + "</w:moveFrom>")
            + "<w:p><w:pPr><w:rPr><w:del w:id=\"7\" w:author=\"Ana Ilić\" w:date=\"2023-03-01T10:00:00Z\"/>"
            + "</w:rPr></w:pPr>" + r("Pasus čiji je kraj obrisan.") + "</w:p>"
            + p(r("Vidljivi tekst. "), "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Skriveni tekst o proviziji.</w:t></w:r>")
            + p("<w:commentRangeStart w:id=\"0\"/>", r("Plaćanje u roku od 15 dana."),
                "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>")
            + p(r("Tekst sa fusnotom"), "<w:r><w:footnoteReference w:id=\"2\"/></w:r>")));
    Evidence.write(leak.resolve("ponude.xlsx"), OfficeFiles.workbook(true));
    Evidence.write(leak.resolve("ponude.xls"), OfficeFiles.workbook(false));
    Evidence.write(leak.resolve("prezentacija.pptx"), OfficeFiles.withModernComment(OfficeFiles.pptx(), 2,
        "Ukloniti cenu pre slanja", "Слажем се, уклоњено"));
    Evidence.write(leak.resolve("aneks.odt"), OfficeFiles.odf("text",
        "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info>"
            + "<dc:creator>Marko Marković</dc:creator><dc:date>2023-03-01T10:00:00</dc:date></office:change-info>"
            + "<text:p>1.500.000,00</text:p></text:deletion></text:changed-region>"
            + "<text:changed-region text:id=\"ct2\"><text:insertion><office:change-info><dc:creator>Marko Marković"
            + "</dc:creator><dc:date>2023-03-01T10:00:00</dc:date></office:change-info></text:insertion>"
            + "</text:changed-region></text:tracked-changes>"
            + "<text:p>Анекс уговора о набавци. Цена је <text:change text:change-id=\"ct1\"/>"
            + "<text:change-start text:change-id=\"ct2\"/>2.300.000,00<text:change-end text:change-id=\"ct2\"/> динара."
            + "</text:p><text:p>Komentarisan tekst<office:annotation><dc:creator>Jelena Jovanović</dc:creator>"
            + "<text:p>Proveriti iznos</text:p></office:annotation>.</text:p>"
            + "<text:section text:name=\"S\" text:display=\"none\"><text:p>Skrivena sekcija o proviziji</text:p>"
            + "</text:section>"));
    Evidence.write(leak.resolve("ponude.ods"), OfficeFiles.odf("spreadsheet",
        "<table:table table:name=\"Понуде\"><table:table-row><table:table-cell office:value-type=\"string\">"
            + "<text:p>Šećer Đurđevak</text:p><office:annotation><dc:creator>Jelena</dc:creator>"
            + "<text:p>Белешка уз понуду</text:p></office:annotation></table:table-cell>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"1234567.89\"><text:p>1.234.567,89</text:p>"
            + "</table:table-cell></table:table-row><table:table-row table:visibility=\"collapse\">"
            + "<table:table-cell office:value-type=\"string\"><text:p>Red koji je sakriven</text:p></table:table-cell>"
            + "</table:table-row></table:table><table:table table:name=\"Skriveno\"><table:table-row>"
            + "<table:table-cell office:value-type=\"string\"><text:p>Tajni spisak isplata</text:p></table:table-cell>"
            + "</table:table-row></table:table>"));
    String frame = "<draw:frame svg:x=\"1cm\" svg:y=\"1cm\" svg:width=\"10cm\" svg:height=\"3cm\"><draw:text-box>";
    Evidence.write(leak.resolve("prezentacija.odp"), OfficeFiles.odf("presentation",
        "<draw:page draw:name=\"s1\">" + frame + "<text:p>Plan nabavke 2023</text:p></draw:text-box></draw:frame>"
            + "<presentation:notes><draw:frame presentation:class=\"notes\"><draw:text-box>"
            + "<text:p>Белешка говорника: не помињати провизију</text:p></draw:text-box></draw:frame>"
            + "</presentation:notes></draw:page>"
            + "<draw:page draw:name=\"s2\">" + frame + "<text:p>Скривени слајд са ценама</text:p></draw:text-box>"
            + "</draw:frame></draw:page>"
            + "<draw:page draw:name=\"s3\">" + frame + "<text:p>Rokovi isporuke</text:p></draw:text-box></draw:frame>"
            + "</draw:page>"));
    Path caseDir = tmp.resolve("case");
    Cli.Result run = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(ExitCode.OK, run.code(), run::toString);
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void wordTrackedDeletionsAreMarkedAndSecondaryTextKept() {
    DocumentRecord d = recs.byPathSuffix("/ugovor-izmene.docx");
    assertEquals("ok", d.status);
    // adjacent deletions of one author share one marker; the inserted text follows, separated
    assertTrue(d.text.contains("Cena iznosi [deleted by Marko Marković: 1.500.000,00 dinara] 2.300.000,00 dinara bez PDV-a."),
        d.text);
    assertTrue(d.text.contains("Rok je [deleted by Ana Ilić: trideset] šezdeset dana."), d.text);
    assertTrue(d.text.contains("[moved from here by Ana Ilić: Isporuka se vrši u Nišu.]"), d.text);
    // a deleted paragraph mark has no text: no empty marker
    assertTrue(d.text.contains("Pasus čiji je kraj obrisan."), d.text);
    assertFalse(d.text.contains("[deleted by Ana Ilić: ]"), d.text);
    assertEquals(3, count(d.text, "[deleted") + count(d.text, "[moved from here"), d.text);
    for (String secondary : List.of("Skriveni tekst o proviziji.", "Proveriti iznos sa direktorom pre potpisivanja.",
        "Jelena Jovanović", "Према одлуци број 17/2023.", "Poverljivo – samo za internu upotrebu",
        "Putevi Srbije, Bulevar kralja Aleksandra 282")) {
      assertTrue(d.text.contains(secondary), secondary + " in " + d.text);
    }
    assertEquals("Уговор о набавци 404-12", d.title);
    assertEquals(List.of("Petar Petrović"), d.authors);
    assertEquals("Đorđe Šćekić", d.lastModifiedBy);
    assertEquals("Putevi Srbije d.o.o.", d.company);
    assertEquals("Microsoft Office Word", d.creatorTool);
    assertEquals("2023-02-01T08:30:00Z", d.created);
    assertEquals("2023-03-05T16:45:00Z", d.modified);
    assertEquals(List.of("17"), d.metadata.get("cp:revision"));
    assertEquals(3, d.pageCount);
  }

  @Test
  void workbooksKeepHiddenSheetsRowsColumnsCommentsLinksAndCountSheetsAsPages() {
    for (String name : List.of("ponude.xlsx", "ponude.xls")) {
      DocumentRecord d = recs.byPathSuffix("/" + name);
      assertEquals("ok", d.status, name);
      for (String text : List.of("Путеви Србије д.о.о.", "Šećer Đurđevak", "Žuta firma u skrivenom redu",
          "Provizija u skrivenoj koloni", "Проверити износ са директором", "Skriveno", "Tajni spisak isplata",
          "VeryHidden", "Druga knjiga računa", "5,434,667.39")) {
        assertTrue(d.text.contains(text), name + ": " + text + " in " + d.text);
      }
      assertEquals(3, d.pageCount, name);
      assertEquals(3, d.pageStarts.length, name);
      assertTrue(d.text.substring(d.pageStarts[1]).strip().startsWith("Skriveno"), name + ": " + d.text);
      assertEquals(List.of("Petar Petrović"), d.authors, name);
      assertEquals("Đorđe Šćekić", d.lastModifiedBy, name);
      assertEquals("Putevi Srbije d.o.o.", d.company, name);
      assertEquals("Microsoft Excel", d.creatorTool, name);
      assertEquals("2023-02-01T08:30:00Z", d.created, name);
      assertEquals("2023-03-05T16:45:00Z", d.modified, name);
      assertEquals(List.of("5"), d.metadata.get("cp:revision"), name);
    }
    assertEquals("Понуде 2023", recs.byPathSuffix("/ponude.xlsx").title);
    assertEquals(List.of("crni_fond_2023.xlsx"), recs.byPathSuffix("/ponude.xlsx").metadata.get("istraga:external_link"));
    assertEquals("Ponude 2023", recs.byPathSuffix("/ponude.xls").title);
  }

  @Test
  void presentationKeepsNotesHiddenSlidesAndModernCommentsAndCountsSlides() {
    DocumentRecord d = recs.byPathSuffix("/prezentacija.pptx");
    assertEquals(3, d.pageCount);
    assertEquals(3, d.pageStarts.length);
    assertTrue(d.text.contains("Скривени слајд са ценама"), d.text);
    for (int i = 1; i <= 3; i++) {
      assertTrue(d.text.contains("Белешка говорника " + i + ": не помињати провизију"), d.text);
    }
    assertEquals(2, d.pageAt(d.text.indexOf("Белешка говорника 2")), d.text);
    // PowerPoint 365 comments and replies, which Tika does not read, on their slide's page
    int comment = d.text.indexOf("Comment by Jelena Jovanović: Ukloniti cenu pre slanja");
    int reply = d.text.indexOf("Comment by Марко Марковић: Слажем се, уклоњено");
    assertTrue(comment >= 0 && reply > comment, d.text);
    assertEquals(2, d.pageAt(comment), d.text);
    assertEquals(2, d.pageAt(reply), d.text);
  }

  @Test
  void openDocumentTextNamesAuthorAndEditorAndMarksDeletionsInPlace() {
    DocumentRecord d = recs.byPathSuffix("/aneks.odt");
    assertEquals("ok", d.status);
    assertTrue(d.text.contains("Цена је [deleted by Marko Marković: 1.500.000,00] 2.300.000,00 динара."), d.text);
    assertEquals(1, count(d.text, "1.500.000,00"), d.text);
    assertTrue(d.text.contains("Proveriti iznos"), d.text);
    assertTrue(d.text.contains("Skrivena sekcija o proviziji"), d.text);
    assertEquals(List.of("Petar Petrović"), d.authors);
    assertEquals("Đorđe Šćekić", d.lastModifiedBy);
    assertEquals("Анекс уговора", d.title);
    assertEquals("2023-02-01T08:30:00Z", d.created);
    assertEquals("2023-03-05T16:45:00Z", d.modified);
    assertEquals(List.of("9"), d.metadata.get("editing-cycles"));
    assertEquals(List.of("9"), d.metadata.get("cp:revision"));
  }

  @Test
  void openDocumentSheetsAndSlidesArePages() {
    DocumentRecord ods = recs.byPathSuffix("/ponude.ods");
    assertEquals(2, ods.pageCount);
    assertEquals(2, ods.pageStarts.length);
    assertTrue(ods.text.substring(0, ods.pageStarts[1]).strip().startsWith("Понуде"), ods.text);
    assertTrue(ods.text.substring(ods.pageStarts[1]).strip().startsWith("Skriveno"), ods.text);
    for (String text : List.of("Šećer Đurđevak", "Белешка уз понуду", "1.234.567,89", "Red koji je sakriven",
        "Tajni spisak isplata")) {
      assertTrue(ods.text.contains(text), text + " in " + ods.text);
    }
    assertEquals("Đorđe Šćekić", ods.lastModifiedBy);

    DocumentRecord odp = recs.byPathSuffix("/prezentacija.odp");
    assertEquals(3, odp.pageCount);
    assertEquals(1, odp.pageAt(odp.text.indexOf("Белешка говорника")), odp.text);
    assertEquals(2, odp.pageAt(odp.text.indexOf("Скривени слајд")), odp.text);
    assertEquals(3, odp.pageAt(odp.text.indexOf("Rokovi isporuke")), odp.text);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
