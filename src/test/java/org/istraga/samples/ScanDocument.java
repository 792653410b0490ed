package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the scanned signature page of the contract: an image-only PDF (no fonts, no text
 * operators) holding one 300-dpi bilevel CCITT Group 4 image, as an office scanner would. The
 * page is exactly the image size at 300 dpi, so a renderer at 300 dpi reproduces the pixels.
 *
 * <p>Not thread-safe.
 */
final class ScanDocument {

  static final String PATH = "leak/skenovi/sken-ugovor-404-02-117-strana-4.pdf";

  /** What Tesseract must read from the scan (digits only, script-independent). */
  static final String OCR_CONTRACT_NUMBER = Story.CONTRACT_NUMBER;

  static final String OCR_AMOUNT = SerbianFormat.amount(Story.RSD_TOTAL);

  private final ScanRenderer renderer;

  ScanDocument(SampleFonts fonts) {
    this.renderer = new ScanRenderer(fonts);
  }

  void write(LaidOutPage signaturePage, int pageNumber, LeakFiles files, FactSheet facts)
      throws IOException {
    for (String needed : new String[] {OCR_CONTRACT_NUMBER, OCR_AMOUNT}) {
      if (TextPdfWriter.pagesContaining(List.of(signaturePage), needed).isEmpty()) {
        throw new IllegalStateException("the scanned page must show " + needed);
      }
    }
    BufferedImage image = renderer.render(signaturePage,
        "РЕПУБЛИКА СРБИЈА • МИНИСТАРСТВО УНУТРАШЊИХ ПОСЛОВА • БЕОГРАД • ",
        "ТЕЛЕКОМ НОВА Д.О.О. • БЕОГРАД • ", "ТН");
    OffsetDateTime scanned = OffsetDateTime.of(2019, 8, 16, 8, 5, 12, 0, Story.CEST);
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      float w = image.getWidth() * 72f / ScanRenderer.DPI;
      float h = image.getHeight() * 72f / ScanRenderer.DPI;
      PDPage page = new PDPage(new PDRectangle(w, h));
      doc.addPage(page);
      PDImageXObject xobject = CCITTFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(xobject, 0, 0, w, h);
      }
      DeterministicPdf.stamp(doc, new PdfInfo("SKEN_20190816_080512", "",
          "", "Skener MFC – Sektor za materijalno-finansijske poslove", scanned, scanned),
          "istraga-samples:scan");
      pdf = DeterministicPdf.save(doc);
    }
    files.write(PATH, pdf);

    ObjectNode s = facts.section("scan");
    s.put("path", PATH);
    s.put("ofDocument", ContractDocuments.CYRILLIC_PATH);
    s.put("ofPage", pageNumber);
    s.put("pages", 1);
    s.put("dpi", ScanRenderer.DPI);
    s.put("widthPx", image.getWidth());
    s.put("heightPx", image.getHeight());
    s.put("bitsPerPixel", 1);
    s.put("compression", "CCITTFaxDecode (Group 4)");
    s.put("rotationDegrees", ScanRenderer.ROTATION_DEGREES);
    s.put("hasTextLayer", false);
    s.put("ocrLanguages", "srp+srp_latn+eng");
    ArrayNode ocr = s.putArray("ocrMustRead");
    ocr.add(OCR_CONTRACT_NUMBER);
    ocr.add(OCR_AMOUNT);
    s.put("stampLeft", "РЕПУБЛИКА СРБИЈА • МИНИСТАРСТВО УНУТРАШЊИХ ПОСЛОВА • БЕОГРАД •");
    s.put("stampRight", "ТЕЛЕКОМ НОВА Д.О.О. • БЕОГРАД •");
  }
}
