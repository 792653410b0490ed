package org.istraga.ingest.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the PDFs whose text layers the text-layer tests judge: Cyrillic in a simple TrueType
 * font with WinAnsi encoding and no {@code /ToUnicode} (the codes are Windows-1251), text whose
 * {@code /ToUnicode} gives private-use characters, a scan with an invisible OCR text layer, and a
 * scan with only a Bates number typed on it.
 */
final class TextLayerPdfs {

  /** The Serbian Cyrillic lines of the misread-font page (every Serbian letter appears). */
  static final String[] CYRILLIC = {
    "Министарство унутрашњих послова Републике Србије",
    "Уговор о јавној набавци број 404-02-117/2019-06",
    "Вредност уговора износи 1.234.567,89 динара без ПДВ-а.",
    "Добављач испоручује опрему за проширење мреже и камере.",
    "За наручиоца: Ђорђе Шушњар, Љубица Ћирић и Џевад Жижић.",
  };

  /**
   * The lines of the scans: what OCR must read. As an earlier OCR's invisible layer they are
   * more than {@link OcrPages#SCAN_TEXT_CHARS} characters, as on a page of a letter or contract.
   */
  static final String[] SCAN = {
    "UGOVOR O JAVNOJ NABAVCI",
    "Predmet ugovora je isporuka opreme",
    "za prosirenje mreze eLTE, ukupno 35 jedinica,",
    "sa kapacitetom za najvise 3.500 kamera.",
    "The supplier grants a one-time discount",
    "of fifty-seven percent on the list price.",
    "Dobavljac isporucuje opremu u roku",
    "od trideset dana od potpisivanja ugovora.",
    "Payment is due within forty-five days",
    "after the acceptance of the delivery.",
    "Ugovor je sacinjen u cetiri istovetna primerka,",
    "od kojih svaka strana zadrzava po dva.",
  };

  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private TextLayerPdfs() {}

  /**
   * One page of {@link #CYRILLIC} drawn with DejaVu Sans loaded as a simple TrueType font with
   * WinAnsi encoding and no {@code /ToUnicode}; the shown strings are the lines' Windows-1251
   * bytes, as a Cyrillic font laid out at the 1252 code points gives them.
   */
  static byte[] misreadCyrillic() throws IOException {
    assumeTrue(Files.isRegularFile(DEJAVU), "SKIPPED: " + DEJAVU + " not installed (apt-get install fonts-dejavu-core)");
    try (PDDocument doc = new PDDocument()) {
      PDTrueTypeFont font = PDTrueTypeFont.load(doc, DEJAVU.toFile(), WinAnsiEncoding.INSTANCE);
      font.getCOSObject().removeItem(COSName.TO_UNICODE);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      page.setResources(new PDResources());
      COSName f = page.getResources().add(font);
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      content.write(("BT /" + f.getName() + " 12 Tf 14 TL 60 780 Td\n").getBytes(StandardCharsets.US_ASCII));
      Charset cp1251 = Charset.forName("windows-1251");
      for (String line : CYRILLIC) {
        content.write(hexString(line.getBytes(cp1251)));
        content.write(" Tj T*\n".getBytes(StandardCharsets.US_ASCII));
      }
      content.write("ET\n".getBytes(StandardCharsets.US_ASCII));
      page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content.toByteArray())));
      return save(doc);
    }
  }

  /**
   * One page of visible Helvetica text (the {@link #SCAN} lines, readable by OCR) whose font has a
   * {@code /ToUnicode} map sending every code to the private-use area (U+E000 + code).
   */
  static byte[] privateUseText() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDStream cmap = new PDStream(doc);
      try (OutputStream out = cmap.createOutputStream()) {
        out.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "/CMapName /Istraga-PUA def /CMapType 2 def\n"
            + "1 begincodespacerange <00> <FF> endcodespacerange\n"
            + "1 beginbfrange <20> <7E> <E020> endbfrange\n"
            + "endcmap CMapName currentdict /CMap defineresource pop end end\n").getBytes(StandardCharsets.US_ASCII));
      }
      font.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 16);
        cs.setLeading(24);
        cs.newLineAtOffset(60, 760);
        for (String line : SCAN) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      return save(doc);
    }
  }

  /**
   * A scan of the {@link #SCAN} lines (a full-page 200 dpi JPEG) under an invisible text layer
   * (render mode 3) holding the same lines, as an earlier OCR leaves it.
   */
  static byte[] scanWithInvisibleText() throws IOException {
    return scan(true, null);
  }

  /** A scan of the {@link #SCAN} lines with only {@code stamp} typed on it in visible text. */
  static byte[] scanWithStamp(String stamp) throws IOException {
    return scan(false, stamp);
  }

  private static byte[] scan(boolean invisibleLayer, String stamp) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject jpeg = JPEGFactory.createFromImage(doc, scanImage(), 0.85f);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        if (invisibleLayer) {
          cs.beginText();
          cs.setRenderingMode(RenderingMode.NEITHER);
          cs.setFont(font, 12);
          cs.setLeading(26.4f);
          cs.newLineAtOffset(72, PDRectangle.A4.getHeight() - 144);
          for (String line : SCAN) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
        if (stamp != null) {
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(PDRectangle.A4.getWidth() - 160, 24);
          cs.showText(stamp);
          cs.endText();
        }
      }
      return save(doc);
    }
  }

  /**
   * A page with a letterhead logo (600 x 200 pixels, drawn 3 x 1 inches) and one short line of
   * text: a page of text, not a scan, however little text it has.
   */
  static byte[] logoWithShortText(String line) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage logo = new BufferedImage(600, 200, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = logo.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 600, 200);
      g.setColor(Color.BLACK);
      g.fillOval(20, 20, 160, 160);
      g.dispose();
      PDImageXObject image = JPEGFactory.createFromImage(doc, logo, 0.85f);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 60, 740, 216, 72);
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(60, 700);
        cs.showText(line);
        cs.endText();
      }
      return save(doc);
    }
  }

  /** The {@link #SCAN} lines on a 200 dpi gray A4 page. */
  static BufferedImage scanImage() {
    BufferedImage img = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 36));
    int y = 400;
    for (String line : SCAN) {
      g.drawString(line, 200, y);
      y += 74;
    }
    g.dispose();
    return img;
  }

  /** One page of ordinary text in DejaVu Sans (a Type 0 font with its Unicode map). */
  static byte[] ordinaryText(String... lines) throws IOException {
    assumeTrue(Files.isRegularFile(DEJAVU), "SKIPPED: " + DEJAVU + " not installed (apt-get install fonts-dejavu-core)");
    try (PDDocument doc = new PDDocument()) {
      PDFont font = PDType0Font.load(doc, DEJAVU.toFile());
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 11);
        cs.setLeading(14);
        cs.newLineAtOffset(60, 760);
        for (String line : lines) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      return save(doc);
    }
  }

  private static byte[] hexString(byte[] bytes) {
    StringBuilder sb = new StringBuilder("<");
    for (byte b : bytes) {
      sb.append(String.format("%02X", b & 0xFF));
    }
    return sb.append('>').toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
