package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The scanned page is an image-only PDF: one 300-dpi bilevel image, no fonts, no text. */
class ScanPdfTest {

  private final JsonNode scan = CommittedSamples.facts().get("scan");

  @Test
  void hasNoTextLayerAndOneBilevelImageAtThreeHundredDpi() throws IOException {
    try (PDDocument doc = Loader.loadPDF(CommittedSamples.bytes(scan.get("path").asText()))) {
      assertEquals(scan.get("pages").asInt(), doc.getNumberOfPages());
      assertFalse(scan.get("hasTextLayer").asBoolean());
      assertEquals("", new PDFTextStripper().getText(doc).strip(), "no extractable text");
      PDPage page = doc.getPage(0);
      PDResources res = page.getResources();
      assertFalse(res.getFontNames().iterator().hasNext(), "no fonts on the scanned page");
      List<PDImageXObject> images = new ArrayList<>();
      for (COSName name : res.getXObjectNames()) {
        images.add((PDImageXObject) res.getXObject(name));
      }
      assertEquals(1, images.size());
      PDImageXObject image = images.get(0);
      assertEquals(scan.get("widthPx").asInt(), image.getWidth());
      assertEquals(scan.get("heightPx").asInt(), image.getHeight());
      assertEquals(1, image.getBitsPerComponent());
      assertTrue(image.getCOSObject().getFilters().toString().contains("CCITTFaxDecode"));
      float dpi = image.getWidth() / (page.getMediaBox().getWidth() / 72f);
      assertEquals(scan.get("dpi").asInt(), Math.round(dpi));
      assertTrue(scan.get("rotationDegrees").asDouble() <= 1.0);
    }
  }
}
