package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class ScanImagePagesTest {

  @Test
  void pagesWithAnImageOfScanResolutionAreFoundAlsoInsideFormsAndTurned() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      // 1: A4 with a 150 dpi page image; 2: a small logo; 3: no image; 4: a scan inside a form;
      // 5: a landscape scan on a portrait page; 6: an image too coarse (50 dpi)
      page(doc, image(doc, 1240, 1754), false);
      page(doc, image(doc, 600, 200), false);
      doc.addPage(new PDPage(PDRectangle.A4));
      page(doc, image(doc, 1240, 1754), true);
      page(doc, image(doc, 1754, 1240), false);
      page(doc, image(doc, 413, 585), false);
      assertEquals("1,4-5", ScanImagePages.of(doc));
    }
  }

  @Test
  void aFormThatHoldsItselfIsWalkedOnce() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDFormXObject form = new PDFormXObject(doc);
      form.setBBox(PDRectangle.A4);
      PDResources res = new PDResources();
      form.setResources(res);
      res.add(form); // a cycle
      PDPage page = new PDPage(PDRectangle.A4);
      page.setResources(new PDResources());
      page.getResources().add(form);
      doc.addPage(page);
      assertEquals("", ScanImagePages.of(doc));
    }
  }

  private static PDImageXObject image(PDDocument doc, int w, int h) throws Exception {
    return LosslessFactory.createFromImage(doc, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY));
  }

  private static void page(PDDocument doc, PDImageXObject image, boolean inForm) throws Exception {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    if (!inForm) {
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      return;
    }
    PDFormXObject form = new PDFormXObject(doc);
    form.setBBox(PDRectangle.A4);
    form.setResources(new PDResources());
    try (PDFormContentStream cs = new PDFormContentStream(form)) {
      cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    }
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawForm(form);
    }
  }
}
