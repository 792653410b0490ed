package org.istraga.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.ocr.OcrPages;
import org.istraga.ingest.ocr.TextLayerQuality;

/**
 * What the ingest does to a PDF's extracted text layer before the record is enriched and its OCR
 * decision is made: Cyrillic misread as Windows-1252 is read again ({@link CyrillicMojibake}), and
 * pages whose layer is not usable text ({@link TextLayerQuality}) are named in the status reason,
 * so that a user sees why a PDF with a text layer waits for OCR.
 *
 * <p>Both change only PDF records. Stateless and thread-safe; linear in the text's length.
 */
final class PdfTextLayer {

  /** Pages named per reason in a status note; the rest are counted. */
  private static final int PAGES_SHOWN = 10;

  private PdfTextLayer() {}

  /**
   * Keeps, from the parser's per-page glyph counts, the pages whose glyphs mostly have no Unicode
   * value ({@link OcrPages#recordGlyphCounts}).
   */
  static void recordGlyphCounts(DocumentRecord r, Metadata m) {
    OcrPages.recordGlyphCounts(r, m.getValues("pdf:charsPerPage"), m.getValues("pdf:unmappedUnicodeCharsPerPage"));
  }

  /**
   * Reads misread Cyrillic again, in place, and notes it in the status reason. Page starts stay
   * valid (one character for one). Returns whether the text was changed.
   */
  static boolean repair(DocumentRecord r) {
    if (!"pdf".equals(r.typeGroup) || r.text == null || r.text.isEmpty()) {
      return false;
    }
    CyrillicMojibake.Result fixed = CyrillicMojibake.repair(r.text);
    if (!fixed.repaired()) {
      return false;
    }
    r.text = fixed.text();
    addReason(r, "text layer read again as Windows-1251: Cyrillic in a font without a Unicode map came out as"
        + " Western letters (" + fixed.misreadWords() + " words)");
    return true;
  }

  /**
   * Names the pages whose text layer is there but unusable (unmapped glyphs, symbols, words
   * without vowels, a scan with only a Bates number) in the status reason, grouped by reason:
   * "no usable text layer on pages 2, 5: text layer is runs of symbols"; the note stays true
   * once OCR has read them. Pages without any text are not named (the ordinary case of a scan).
   */
  static void noteUnusablePages(DocumentRecord r) {
    Map<TextLayerQuality.Reason, List<Integer>> byReason = new LinkedHashMap<>();
    for (Map.Entry<Integer, TextLayerQuality.Reason> e : OcrPages.unusablePages(r).entrySet()) {
      if (e.getValue() != TextLayerQuality.Reason.NO_TEXT) {
        byReason.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
      }
    }
    for (Map.Entry<TextLayerQuality.Reason, List<Integer>> e : byReason.entrySet()) {
      addReason(r, "no usable text layer on " + pages(e.getValue()) + ": " + e.getKey().description());
    }
  }

  private static String pages(List<Integer> pages) {
    StringBuilder sb = new StringBuilder(pages.size() == 1 ? "page " : "pages ");
    int shown = Math.min(pages.size(), PAGES_SHOWN);
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(pages.get(i));
    }
    if (pages.size() > shown) {
      sb.append(" (and ").append(pages.size() - shown).append(" more)");
    }
    return sb.toString();
  }

  private static void addReason(DocumentRecord r, String note) {
    r.statusReason = r.statusReason == null ? note : r.statusReason + "; " + note;
  }
}
