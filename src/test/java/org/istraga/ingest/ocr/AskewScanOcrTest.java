package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.OcrMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages photographed or scanned askew, and screenshots with a transparent background: Tesseract
 * alone reads little or nothing of them; after the OCR stage the words are in the text.
 */
class AskewScanOcrTest {

  @TempDir Path tmp;

  static final String[] LINES = {
    "UGOVOR O JAVNOJ NABAVCI",
    "Predmet ugovora je isporuka opreme",
    "za prosirenje mreze eLTE, ukupno 35 jedinica,",
    "sa kapacitetom za najvise 3.500 kamera.",
    "Dobavljac isporucuje opremu u roku",
    "od trideset dana od potpisivanja.",
    "The supplier grants a one-time discount",
    "of fifty-seven percent on the list price.",
    "Payment is due within forty-five days",
    "after the acceptance of the delivery.",
  };

  /** A 300 dpi page of the lines above, turned counter-clockwise by {@code degrees}. */
  static BufferedImage scan(double degrees, int type) {
    BufferedImage img = new BufferedImage(2480, 3508, type);
    Graphics2D g = img.createGraphics();
    if (type != BufferedImage.TYPE_INT_ARGB) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
    }
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.rotate(-Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
    int y = 500;
    for (String line : LINES) {
      g.drawString(line, 250, y);
      y += 110;
    }
    g.dispose();
    return img;
  }

  @Test
  void askewAndTransparentImagesAreReadAfterStraighteningAndFlattening() throws Exception {
    TesseractTesting.require();
    Path evidence = Files.createDirectories(tmp.resolve("evidence"));
    ImageIO.write(scan(9, BufferedImage.TYPE_BYTE_GRAY), "png", evidence.resolve("photo-askew.png").toFile());
    ImageIO.write(scan(0, BufferedImage.TYPE_INT_ARGB), "png", evidence.resolve("screenshot.png").toFile());
    try (PDDocument doc = new PDDocument()) {
      for (double degrees : new double[] {-6, 0}) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject jpeg = JPEGFactory.createFromImage(doc, scan(degrees, BufferedImage.TYPE_BYTE_GRAY), 0.85f);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      doc.save(evidence.resolve("scan.pdf").toFile());
    }
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.AUTO, evidence);

    for (String name : new String[] {"photo-askew.png", "screenshot.png"}) {
      DocumentRecord r = OcrCases.record(kase, name);
      assertEquals("done", r.ocrState, name);
      assertEquals("ok", r.status, name);
      assertWords(name, r.text);
    }
    DocumentRecord pdf = OcrCases.record(kase, "scan.pdf");
    assertEquals("done", pdf.ocrState);
    String page1 = org.istraga.document.PageMap.pageText(pdf.text, pdf.pageStarts, 1);
    String page2 = org.istraga.document.PageMap.pageText(pdf.text, pdf.pageStarts, 2);
    assertWords("scan.pdf page 1 (askew)", page1);
    assertWords("scan.pdf page 2", page2);

    java.util.Map<String, JsonNode> methods = new java.util.HashMap<>();
    for (JsonNode n : OcrCases.ledger(kase, "ocr")) {
      methods.put(n.path("path").asText().replaceAll(".*/", ""), n.path("methods"));
    }
    assertEquals(1, methods.get("photo-askew.png").path(ImageFileImage.DESKEWED).asInt(), methods.toString());
    assertEquals(1, methods.get("screenshot.png").path(ImageFileImage.FLATTENED).asInt(), methods.toString());
    assertEquals(1, methods.get("scan.pdf").path("gray" + PdfPageImages.DESKEWED).asInt(),
        "the askew JPEG page is decoded and straightened: " + methods);
    assertEquals(1, methods.get("scan.pdf").path("jpeg").asInt(), "the straight JPEG page goes as it is: " + methods);
  }

  private static void assertWords(String what, String text) {
    String flat = text.replaceAll("\\s+", " ");
    // ("O" alone may come back as the Cyrillic letter: srp is one of the languages, and search
    // folds both scripts alike)
    for (String expected : new String[] {"JAVNOJ NABAVCI", "35 jedinica", "3.500 kamera",
        "one-time discount", "forty-five days"}) {
      assertTrue(flat.contains(expected), what + " lacks \"" + expected + "\": " + flat);
    }
  }
}
