package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.pagenavigation.PDThread;
import org.apache.pdfbox.pdmodel.interactive.pagenavigation.PDThreadBead;
import org.apache.pdfbox.text.PDFTextStripper;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF whose article thread has a bead a little narrower than its column (Acrobat's articles,
 * Word's PDFMaker) is read with every line whole and on its page: PDFBox alone cuts the first
 * letter off each line of the column and reads those letters as a separate block
 * ({@code org.istraga.ingest.tika.ArticleBeads}).
 */
class ArticleBeadsIngestTest {

  private static final String[] LINES = {
    "While representing a small amount of federal spending,",
    "obligations to firms owned by the corporations increased",
    "fiscal year obligations represented thirteen percent",
    "agencies that accounted for the vast majority of awards",
    "information technology services in the capital city",
  };

  @TempDir Path tmp;

  @Test
  void linesCutByANarrowBeadAreReadWhole() throws Exception {
    byte[] pdf = beadedPdf();
    // the premise: PDFBox on its own separates the initials the bead leaves out
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String plain = new PDFTextStripper().getText(doc);
      assertFalse(plain.contains(LINES[0]), plain);
    }
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("report.pdf"), pdf);
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);

    DocumentRecord r = CaseRecords.read(caseDir).byPathSuffix("report.pdf");
    assertEquals("ok", r.status, r.statusReason);
    assertEquals(2, r.pageCount);
    String page1 = PageMap.pageText(r.text, r.pageStarts, 1);
    String page2 = PageMap.pageText(r.text, r.pageStarts, 2);
    for (String line : LINES) {
      assertTrue(page1.contains(line), () -> "missing on page 1: " + line + "\n" + page1);
    }
    assertTrue(page2.contains("Second page: the contract annex"), page2);
    assertFalse(page2.contains("While"), page2);
    assertEquals(0, BrokenLetters.runs(r.text), r.text);
  }

  /** Page 1: a column of text under a bead that starts 4 points right of the lines; page 2: text. */
  private static byte[] beadedPdf() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      PDPage page = new PDPage();
      doc.addPage(page);
      float x = 72;
      float top = 700;
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 11);
        cs.setLeading(13);
        cs.newLineAtOffset(x, top);
        for (String line : LINES) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      PDThread thread = new PDThread();
      PDThreadBead bead = new PDThreadBead();
      bead.setRectangle(new PDRectangle(x + 4, top - 13 * LINES.length, 400, 13 * LINES.length + 12));
      bead.setPage(page);
      bead.setThread(thread);
      thread.setFirstBead(bead);
      page.setThreadBeads(List.of(bead));
      doc.getDocumentCatalog().setThreads(List.of(thread));

      PDPage second = new PDPage();
      doc.addPage(second);
      try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
        cs.beginText();
        cs.setFont(font, 11);
        cs.newLineAtOffset(72, 700);
        cs.showText("Second page: the contract annex");
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
