package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.ingest.OcrMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans degraded the way leaked procurement scans are, each of which Tesseract alone reads
 * badly: a page fed into the scanner upside down (no {@code /Rotate} says so), a page with a red
 * and a blue rubber stamp over the contract number and the amount, and a fax in standard mode
 * (204 x 98 dpi, non-square pixels). After the OCR stage their contract numbers, amounts, dates
 * and names are in the text. See docs/ocr.md, "Quality on degraded scans".
 */
class DegradedScanOcrTest {

  @TempDir Path tmp;

  static final String[] LINES = {
    "UGOVOR O JAVNOJ NABAVCI",
    "broj 404-02-117/2019-06",
    "Zaključen dana 15.03.2019. godine u Beogradu.",
    "Dobavljač: Šumarstvo Đurđević d.o.o., Čačak,",
    "koje zastupa direktor Željko Ćirić.",
    "Ukupna vrednost ugovora iznosi 1.234.567,89 RSD",
    "bez PDV-a, rok isporuke je trideset dana.",
    "The total eligible cost is US$ 71,371 and",
    "the payment is due within forty-five days.",
  };

  static final String[] KEYS = {"404-02-117/2019-06", "15.03.2019.", "1.234.567,89", "Đurđević", "Željko",
    "Ćirić", "71,371"};

  /** A page of the lines above at {@code dpi}, black on white, RGB. */
  static BufferedImage page(int dpi) {
    int w = (int) Math.round(8.27 * dpi);
    int h = (int) Math.round(11.69 * dpi);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, dpi / 6));
    int y = dpi;
    for (String line : LINES) {
      g.drawString(line, dpi, y);
      y += dpi / 4;
    }
    g.dispose();
    return img;
  }

  /** Multiplies a coloured ring with letters (a rubber stamp) over the page, centred at (cx, cy). */
  static void stamp(BufferedImage img, int cx, int cy, int d, Color ink) {
    BufferedImage st = new BufferedImage(d, d, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = st.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(ink);
    g.setStroke(new BasicStroke(d / 60f));
    g.drawOval(d / 30, d / 30, d - d / 15, d - d / 15);
    g.drawOval(d / 6, d / 6, d - d / 3, d - d / 3);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, d / 9));
    g.drawString("REPUBLIKA SRBIJA", d / 8, d / 2);
    g.drawString("BEOGRAD", d / 4, d / 2 + d / 8);
    g.dispose();
    for (int y = 0; y < d; y++) {
      for (int x = 0; x < d; x++) {
        int o = st.getRGB(x, y);
        int a = o >>> 24;
        int tx = cx - d / 2 + x;
        int ty = cy - d / 2 + y;
        if (a == 0 || tx < 0 || ty < 0 || tx >= img.getWidth() || ty >= img.getHeight()) {
          continue;
        }
        int p = img.getRGB(tx, ty);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
          int base = (p >> shift) & 0xff;
          int c = (o >> shift) & 0xff;
          rgb |= ((base * (255 - a) + base * c / 255 * a) / 255) << shift;
        }
        img.setRGB(tx, ty, rgb);
      }
    }
  }

  static BufferedImage turned180(BufferedImage src) {
    BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(src, AffineTransform.getRotateInstance(Math.PI, src.getWidth() / 2.0, src.getHeight() / 2.0), null);
    g.dispose();
    return out;
  }

  /** A fax in standard mode: 204 dpi across, 98 dpi down, two-tone. */
  static BufferedImage fax() {
    BufferedImage fine = page(204);
    int h = (int) Math.round(11.69 * 98);
    BufferedImage out = new BufferedImage(fine.getWidth(), h, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(fine, 0, 0, fine.getWidth(), h, null);
    g.dispose();
    return out;
  }

  static BufferedImage stamped() {
    BufferedImage img = page(300);
    stamp(img, 700, 380, 520, new Color(215, 35, 40)); // over the contract number
    stamp(img, 1500, 1620, 520, new Color(40, 60, 200)); // over the amount
    return img;
  }

  /** A 3-page image-only PDF: upside-down JPEG, stamped colour JPEG, fax CCITT page. */
  Path degradedPdf() throws Exception {
    Path pdf = tmp.resolve("evidence").resolve("degraded.pdf");
    Files.createDirectories(pdf.getParent());
    try (PDDocument doc = new PDDocument()) {
      List<PDImageXObject> images = new ArrayList<>();
      images.add(JPEGFactory.createFromImage(doc, turned180(page(300)), 0.85f));
      images.add(JPEGFactory.createFromImage(doc, stamped(), 0.85f));
      images.add(CCITTFactory.createFromImage(doc, fax()));
      for (PDImageXObject x : images) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  @Test
  void stampedPagesLoseTheColouredInkAndFaxesGetSquarePixels() throws Exception {
    Path pdf = degradedPdf();
    Path work = Files.createDirectories(tmp.resolve("work"));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PdfPageImages maker = new PdfPageImages(doc, work, 300);
      PageImage upsideDown = maker.image(1);
      assertEquals("jpeg", upsideDown.method(), "a clean JPEG page goes to Tesseract as it is");

      PageImage stampedPage = maker.image(2);
      assertEquals("gray" + PdfPageImages.DROPOUT, stampedPage.method());
      GrayImage g = readPgm(stampedPage.file());
      BufferedImage colour = stamped();
      int ink = 0;
      int faded = 0;
      int kept = 0;
      int black = 0;
      for (int y = 0; y < colour.getHeight(); y += 2) {
        for (int x = 0; x < colour.getWidth(); x += 2) {
          int p = colour.getRGB(x, y);
          int r = (p >> 16) & 0xff;
          int gr = (p >> 8) & 0xff;
          int b = p & 0xff;
          int v = g.pixels[y * g.width + x] & 0xff;
          if (Math.max(r, Math.max(gr, b)) - Math.min(r, Math.min(gr, b)) > 120) {
            ink++;
            faded += v > 200 ? 1 : 0;
          } else if (r < 60 && gr < 60 && b < 60) {
            black++;
            kept += v < 100 ? 1 : 0;
          }
        }
      }
      assertTrue(ink > 1000 && faded > ink * 0.9, "stamp ink faded: " + faded + " of " + ink);
      assertTrue(black > 1000 && kept > black * 0.95, "black print kept: " + kept + " of " + black);

      PageImage faxPage = maker.image(3);
      assertEquals("bilevel" + PdfPageImages.STRETCHED, faxPage.method());
      assertEquals(204, faxPage.dpi());
      GrayImage f = readPnm(faxPage.file());
      assertEquals(Math.round(8.27 * 204), f.width, 1);
      assertEquals(Math.round(11.69 * 204), f.height, 2);
    }
  }

  @Test
  void colouredInkIsOnlyDroppedBesideBlackPrint() {
    BufferedImage stampedPage = stamped();
    assertTrue(ScanCleanup.hasColouredInk(stampedPage));
    assertFalse(ScanCleanup.hasColouredInk(page(150)), "a colour scan of a black-and-white page");
    BufferedImage blueText = page(150);
    for (int y = 0; y < blueText.getHeight(); y++) {
      for (int x = 0; x < blueText.getWidth(); x++) {
        if ((blueText.getRGB(x, y) & 0xff) < 128) {
          blueText.setRGB(x, y, 0x1030c0);
        }
      }
    }
    assertFalse(ScanCleanup.hasColouredInk(blueText), "a page printed in blue keeps its text");
    BufferedImage banner = new BufferedImage(400, 140, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = banner.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 140);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    g.setColor(Color.BLACK);
    g.drawString("Apache Tika", 10, 50);
    g.setColor(new Color(220, 20, 20));
    g.drawString("OCR Testing", 10, 110);
    g.dispose();
    assertFalse(ScanCleanup.hasColouredInk(banner), "a small image with coloured words is no stamped page");
  }

  @Test
  void blueHyperlinkKeepsItsLettersWhileTheStampFades() {
    BufferedImage img = stamped();
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(20, 40, 200));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 50));
    g.drawString("http://www.ems.rs/ nabavke@ems.rs", 300, 2900);
    g.fillRect(300, 2910, 900, 4); // underlined
    g.dispose();
    assertTrue(ScanCleanup.hasColouredInk(img));
    GrayImage gray = ScanCleanup.dropColour(img);
    int link = 0;
    int linkKept = 0;
    int ring = 0;
    int ringFaded = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        boolean blue = (p & 0xff) > 150 && ((p >> 16) & 0xff) < 60;
        if (!blue) {
          continue;
        }
        int v = gray.pixels[y * gray.width + x] & 0xff;
        if (y > 2800) {
          link++;
          linkKept += v < 128 ? 1 : 0;
        } else {
          ring++;
          ringFaded += v > 200 ? 1 : 0;
        }
      }
    }
    assertTrue(link > 1000 && linkKept == link, "hyperlink pixels kept dark: " + linkKept + " of " + link);
    assertTrue(ring > 1000 && ringFaded > ring * 0.9, "stamp pixels faded: " + ringFaded + " of " + ring);
  }

  @Test
  void saltAndPepperIsRemovedWithoutThinningPrint() {
    GrayImage clean = GrayImage.of(page(200)); // print with strokes two to three pixels wide
    for (int i = 0; i < clean.pixels.length; i++) {
      clean.pixels[i] = (byte) ((clean.pixels[i] & 0xff) < 128 ? 0 : 255); // two-tone, like a fax
    }
    assertTrue(ScanCleanup.speckles(clean) < ScanCleanup.SPECKLED,
        "print alone is not speckled: " + ScanCleanup.speckles(clean));
    GrayImage noisy = new GrayImage(clean.width, clean.height, clean.pixels.clone());
    java.util.Random rnd = new java.util.Random(7);
    for (int i = 0; i < clean.pixels.length / 50; i++) { // 2% of the pixels flipped
      int k = rnd.nextInt(clean.pixels.length);
      noisy.pixels[k] = (byte) (rnd.nextBoolean() ? 0 : 255);
    }
    assertTrue(ScanCleanup.speckles(noisy) >= ScanCleanup.SPECKLED,
        "noise is speckled: " + ScanCleanup.speckles(noisy));
    GrayImage cleaned = ScanCleanup.despeckle(noisy);
    int wrongBefore = 0;
    int wrongAfter = 0;
    int printLost = 0;
    int print = 0;
    for (int i = 0; i < clean.pixels.length; i++) {
      boolean truth = (clean.pixels[i] & 0xff) < 128;
      wrongBefore += truth != (noisy.pixels[i] & 0xff) < 128 ? 1 : 0;
      wrongAfter += truth != (cleaned.pixels[i] & 0xff) < 128 ? 1 : 0;
      boolean noiseHere = clean.pixels[i] != noisy.pixels[i];
      print += truth ? 1 : 0;
      printLost += truth && !noiseHere && (cleaned.pixels[i] & 0xff) >= 128 ? 1 : 0;
    }
    assertTrue(wrongAfter < wrongBefore / 4, "noise left: " + wrongAfter + " of " + wrongBefore);
    assertTrue(printLost < print / 200, "print pixels removed: " + printLost + " of " + print);
  }

  @Test
  void meanWordConfidenceIsReadPerPageFromTesseractsWordTable() throws Exception {
    Path tsv = tmp.resolve("out.tsv");
    String head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";
    Files.writeString(tsv, head
        + "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\tUGOVOR\n"
        + "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t30\tbr\n"
        + "1\t2\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
        + "1\t3\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
        + "5\t3\t1\t1\t1\t1\t0\t0\t10\t10\t40\tзтешбмо\n"
        + "5\t3\t1\t1\t1\t2\t0\t0\t10\t10\t-1\t \n", StandardCharsets.UTF_8);
    assertArrayEquals(new double[] {(90 * 6 + 30 * 2) / 8.0, -1, 40}, TesseractRunner.confidences(tsv, 3), 1e-9);
    assertArrayEquals(new double[] {-1, -1}, TesseractRunner.confidences(tmp.resolve("missing.tsv"), 2));
    assertEquals(180, TesseractRunner.rotation("Page number: 0\nOrientation in degrees: 180\nRotate: 180\n"
        + "Orientation confidence: 29.17\nScript: Latin\n"));
    assertEquals(0, TesseractRunner.rotation("Page number: 0\nRotate: 0\n"));
    assertEquals(0, TesseractRunner.rotation("Too few characters. Skipping this page\n"));
  }

  @Test
  void upsideDownStampedAndFaxedPagesAreReadWithTheirKeyTokens() throws Exception {
    TesseractTesting.require();
    Path pdf = degradedPdf();
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.AUTO, pdf.getParent());
    DocumentRecord r = OcrCases.record(kase, "degraded.pdf");
    assertEquals("done", r.ocrState);
    String[] what = {"upside-down page", "stamped page", "fax page"};
    for (int p = 1; p <= 3; p++) {
      String text = PageMap.pageText(r.text, r.pageStarts, p).replaceAll("\\s+", " ");
      for (String key : KEYS) {
        assertTrue(text.contains(key), what[p - 1] + " lacks \"" + key + "\": " + text);
      }
    }
    Map<String, Integer> methods = new HashMap<>();
    for (JsonNode n : OcrCases.ledger(kase, "ocr")) {
      n.path("methods").fields().forEachRemaining(e -> methods.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
    }
    assertEquals(Map.of("jpeg" + OcrParser.TURNED, 1, "gray" + PdfPageImages.DROPOUT, 1,
        "bilevel" + PdfPageImages.STRETCHED, 1), methods);
  }

  static GrayImage readPgm(Path f) throws Exception {
    return readPnm(f);
  }

  /** Reads the binary PGM or PBM files GrayImage writes. */
  static GrayImage readPnm(Path f) throws Exception {
    byte[] b = Files.readAllBytes(f);
    int[] pos = {0};
    String magic = token(b, pos);
    int w = Integer.parseInt(token(b, pos));
    int h = Integer.parseInt(token(b, pos));
    if ("P5".equals(magic)) {
      token(b, pos); // maxval
    }
    pos[0]++; // the single whitespace after the header
    byte[] px = new byte[w * h];
    if ("P5".equals(magic)) {
      System.arraycopy(b, pos[0], px, 0, w * h);
    } else {
      int rowBytes = (w + 7) / 8;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          boolean blackPx = (b[pos[0] + y * rowBytes + (x >> 3)] & (0x80 >>> (x & 7))) != 0;
          px[y * w + x] = (byte) (blackPx ? 0 : 255);
        }
      }
    }
    return new GrayImage(w, h, px);
  }

  private static String token(byte[] b, int[] pos) {
    while (Character.isWhitespace(b[pos[0]])) {
      pos[0]++;
    }
    int start = pos[0];
    while (!Character.isWhitespace(b[pos[0]])) {
      pos[0]++;
    }
    return new String(b, start, pos[0] - start, StandardCharsets.US_ASCII);
  }
}
