package org.istraga.samples;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws {@link LaidOutPage}s into a PDFBox document as real text: each line is one text-showing
 * operation in an embedded, subsetted DejaVu font with a ToUnicode map, so text extraction gives
 * back exactly the printed line.
 *
 * <p>One instance per document; not thread-safe. Fonts are embedded on first use.
 */
final class PdfPageWriter {

  private final PDDocument doc;
  private final SampleFonts fonts;
  private final Map<Face, PDType0Font> embedded = new EnumMap<>(Face.class);

  PdfPageWriter(PDDocument doc, SampleFonts fonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  /** Appends a new page showing {@code page}. */
  PDPage add(LaidOutPage page) throws IOException {
    PDPage pdPage = new PDPage(new PDRectangle(page.width(), page.height()));
    doc.addPage(pdPage);
    draw(pdPage, page, PDPageContentStream.AppendMode.OVERWRITE);
    return pdPage;
  }

  /** Draws {@code page} on an existing page, replacing ({@code OVERWRITE}) its content. */
  void draw(PDPage pdPage, LaidOutPage page, PDPageContentStream.AppendMode mode)
      throws IOException {
    try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage, mode, true)) {
      for (Line line : page.lines()) {
        cs.beginText();
        cs.setFont(font(line.face()), line.size());
        cs.newLineAtOffset(line.x(), line.baseline());
        cs.showText(line.text());
        cs.endText();
      }
    }
  }

  /** The embedded font for {@code face}, embedding (as a subset) on first use. */
  PDType0Font font(Face face) throws IOException {
    PDType0Font font = embedded.get(face);
    if (font == null) {
      font = PDType0Font.load(doc, fonts.file(face).toFile());
      embedded.put(face, font);
    }
    return font;
  }
}
