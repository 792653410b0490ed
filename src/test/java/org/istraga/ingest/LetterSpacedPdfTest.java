package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings set with wide character spacing (Word's expanded spacing, as in Serbian decisions and
 * laws) are one word in the text, and so is a heading line typed with a space between its letters;
 * letters typed with spaces inside a sentence stay as typed, and one-letter table cells far apart
 * are not joined ({@code org.istraga.ingest.tika.LetterSpacedWords}).
 */
class LetterSpacedPdfTest {

  @TempDir Path tmp;

  @Test
  void letterSpacedHeadingsAreOneWord() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("resenje.pdf"), pdf());
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    DocumentRecord d = CaseRecords.read(caseDir).byPathSuffix("resenje.pdf");
    assertEquals("ok", d.status, d.statusReason);
    String page1 = PageMap.pageText(d.text, d.pageStarts, 1);
    String page2 = PageMap.pageText(d.text, d.pageStarts, 2);
    assertTrue(page1.contains("REŠENJE"), page1);
    assertTrue(page1.contains("Sud usvaja zahtev podnosioca."), page1);
    assertTrue(page1.contains("SADRŽAJ"), "a line of letters typed with spaces: " + page1);
    assertTrue(page1.contains("Ocene po razredima A B C D E su date u prilogu."),
        "letters typed with spaces inside a sentence stay as written: " + page1);
    assertFalse(page1.contains("ABCD"), "cells far apart stay apart: " + page1);
    assertTrue(page1.contains("A B C D"), page1);
    assertTrue(page2.contains("OBRAZLOŽENJE"), page2);
    assertFalse(page1.contains("OBRAZLOŽENJE"), page1);
  }

  private static byte[] pdf() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        spaced(cs, bold, "REŠENJE", 250, 720);
        line(cs, font, "Sud usvaja zahtev podnosioca.", 72, 690);
        line(cs, bold, "S A D R Ž A J", 72, 650);
        line(cs, font, "Ocene po razredima A B C D E su date u prilogu.", 72, 630);
        for (int i = 0; i < 4; i++) {
          line(cs, font, String.valueOf((char) ('A' + i)), 72 + 130 * i, 600);
        }
      }
      PDPage second = new PDPage();
      doc.addPage(second);
      try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
        spaced(cs, bold, "OBRAZLOŽENJE", 230, 720);
        line(cs, font, "Zahtev je osnovan.", 72, 690);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A word drawn with 5 points of character spacing and no space glyph. */
  private static void spaced(PDPageContentStream cs, PDType1Font font, String word, float x, float y)
      throws Exception {
    cs.beginText();
    cs.setFont(font, 14);
    cs.setCharacterSpacing(5);
    cs.newLineAtOffset(x, y);
    cs.showText(word);
    cs.endText();
    cs.setCharacterSpacing(0);
  }

  private static void line(PDPageContentStream cs, PDType1Font font, String text, float x, float y)
      throws Exception {
    cs.beginText();
    cs.setFont(font, 12);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }
}
