package org.istraga.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out pages and writes them as a text PDF (real text layer, embedded DejaVu subsets,
 * fixed metadata and /ID). Used for the contracts and the English summary.
 *
 * <p>Not thread-safe (shares {@link SampleFonts}).
 */
final class TextPdfWriter {

  private final SampleFonts fonts;
  private final TextLayout layout;

  TextPdfWriter(SampleFonts fonts) {
    this.fonts = fonts;
    this.layout = new TextLayout(fonts);
  }

  /** Lays out every page (page numbers from 1). */
  List<LaidOutPage> layout(List<PageSpec> pages) throws IOException {
    List<LaidOutPage> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(layout.layout(pages.get(i), i + 1));
    }
    return out;
  }

  /** Writes laid-out pages as a PDF and returns its bytes. */
  byte[] write(List<LaidOutPage> pages, PdfInfo info, String idSeed) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfPageWriter writer = new PdfPageWriter(doc, fonts);
      for (LaidOutPage page : pages) {
        writer.add(page);
      }
      DeterministicPdf.stamp(doc, info, idSeed);
      return DeterministicPdf.save(doc);
    }
  }

  /** The 1-based numbers of the pages whose printed lines contain {@code phrase}. */
  static List<Integer> pagesContaining(List<LaidOutPage> pages, String phrase) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      for (Line line : pages.get(i).lines()) {
        if (line.text().contains(phrase)) {
          out.add(i + 1);
          break;
        }
      }
    }
    return out;
  }
}
