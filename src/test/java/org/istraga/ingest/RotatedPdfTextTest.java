package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text drawn rotated by the text matrix (a landscape price table on a portrait page) is read
 * whole: the ingest parses such a PDF again with Tika's angle detection when its text came out
 * broken into letters ({@link BrokenLetters}); an ordinary PDF is parsed once as before.
 */
class RotatedPdfTextTest {

  @TempDir Path tmp;

  @Test
  void rotatedWordsAreExtractedWhole() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("cenovnik.pdf"), rotatedPdf());
    Evidence.write(leak.resolve("plain.pdf"), Evidence.pdf("An ordinary page about the tender."));
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord r = recs.byPathSuffix("cenovnik.pdf");
    assertEquals("ok", r.status, r.statusReason);
    assertTrue(r.text.contains("Price table of the Safe City contract"), r.text);
    assertTrue(r.text.contains("Quarterly"), r.text);
    assertTrue(r.text.contains("Camera installation and maintenance"), r.text);
    assertEquals(0, BrokenLetters.runs(r.text), r.text);
    assertEquals(1, r.pageCount);
    assertTrue(recs.byPathSuffix("plain.pdf").text.contains("An ordinary page about the tender."));
  }

  /** One portrait page: a normal heading, a word turned 90° and a line of a turned table. */
  private static byte[] rotatedPdf() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(72, 720);
        cs.showText("Price table of the Safe City contract");
        cs.endText();
        cs.beginText();
        cs.setFont(font, 12);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 60, 300));
        cs.showText("Quarterly");
        cs.endText();
        cs.beginText();
        cs.setFont(font, 11);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 200));
        cs.showText("Camera installation and maintenance 4.200.000 RSD");
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
