package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value typed into a PDF form field is on the page that shows the field, once, so a citation
 * of that page finds it; a field shown on no page stays at the end, as Tika lists it
 * ({@code org.istraga.ingest.tika.FormFieldPages}).
 */
class FormFieldPagesIngestTest {

  @TempDir Path tmp;

  @Test
  void fieldValuesAreOnTheirPages() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("prijava.pdf"), form());
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    DocumentRecord d = CaseRecords.read(caseDir).byPathSuffix("prijava.pdf");
    assertEquals("ok", d.status, d.statusReason);
    assertEquals(3, d.pageCount);
    String page1 = PageMap.pageText(d.text, d.pageStarts, 1);
    String page3 = PageMap.pageText(d.text, d.pageStarts, 3);
    assertTrue(page1.contains("Prijava za tender, strana prva"), page1);
    assertTrue(page1.contains("ime: Marko Petrovic"), page1);
    assertTrue(page3.contains("iznos: 1.500.000,00 RSD"), page3);
    assertFalse(page3.contains("Marko Petrovic"), page3);
    assertEquals(1, count(d.text, "Marko Petrovic"), d.text);
    assertEquals(1, count(d.text, "1.500.000,00 RSD"), d.text);
    assertTrue(page3.contains("skriveno: bez strane"), "a field on no page stays at the end: " + page3);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  /** Three pages of text; a filled field on page 1, one on page 3, one whose widget is on no page. */
  private static byte[] form() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage[] pages = new PDPage[3];
      String[] texts = {"Prijava za tender, strana prva", "Uslovi ugovora, strana druga", "Ponuda, strana treca"};
      for (int i = 0; i < 3; i++) {
        pages[i] = new PDPage();
        doc.addPage(pages[i]);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pages[i])) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(72, 720);
          cs.showText(texts[i]);
          cs.endText();
        }
      }
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDResources dr = new PDResources();
      dr.put(COSName.getPDFName("Helv"), font);
      form.setDefaultResources(dr);
      form.setDefaultAppearance("/Helv 10 Tf 0 g");
      field(form, "ime", "Marko Petrovic", pages[0]);
      field(form, "iznos", "1.500.000,00 RSD", pages[2]);
      field(form, "skriveno", "bez strane", null);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void field(PDAcroForm form, String name, String value, PDPage page) throws Exception {
    PDTextField field = new PDTextField(form);
    field.setPartialName(name);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(72, 600, 300, 20));
    if (page != null) {
      widget.setPage(page);
      page.getAnnotations().add(widget);
    }
    form.getFields().add(field);
    field.setValue(value);
  }
}
