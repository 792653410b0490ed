package org.istraga.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text PDFs written by tests: one page per string, one text line per line of it, in PDFBox's
 * Liberation Sans (embedded, so Cyrillic and Serbian Latin letters extract as written).
 */
public final class TextPdfs {

  private TextPdfs() {}

  /** A PDF whose page {@code i + 1} shows {@code pages.get(i)}, line by line, from the top left. */
  public static byte[] of(List<String> pages) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      PDType0Font font = PDType0Font.load(doc, ttf);
      for (String text : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 10);
          cs.newLineAtOffset(40, 750);
          for (String line : text.split("\n")) {
            cs.showText(line);
            cs.newLineAtOffset(0, -14);
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
