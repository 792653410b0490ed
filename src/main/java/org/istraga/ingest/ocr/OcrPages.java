package org.istraga.ingest.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.istraga.document.DocumentRecord;

/**
 * Which pages of a document OCR reads: the rule that marks a document as waiting for OCR at
 * ingest and the rule the OCR stage follows are this one class.
 *
 * <p>A PDF page has no usable text when its text layer holds fewer than {@value #MIN_PAGE_CHARS}
 * non-blank characters, or when that layer is not text at all: unmapped glyphs, runs of symbols,
 * words without vowels ({@link TextLayerQuality} has the rule), or glyphs most of which have no
 * Unicode value (counted by the parser, {@link #UNMAPPED_GLYPH_PAGES}); and a page that holds a
 * scan-sized image ({@link #SCAN_IMAGE_PAGES}) with fewer than {@value #SCAN_TEXT_CHARS}
 * non-blank characters of text is a scan with a typed header, footer or Bates number. A page
 * whose text layer is long and real, such as the invisible text an earlier OCR laid over a scan,
 * is usable and is not read again. A PDF without any text and without page offsets (its text extraction
 * failed early) is read whole, as many pages as its metadata declares. An image is one page (a
 * multi-page TIFF is read whole).
 *
 * <p>Pure functions of a record; thread-safe. Cost: one pass over the text.
 */
public final class OcrPages {

  /** A page with fewer non-blank characters than this has no usable text layer. */
  public static final int MIN_PAGE_CHARS = TextLayerQuality.MIN_CHARS;

  /**
   * Record metadata key: the pages ("1-3,7") whose glyphs mostly have no Unicode value, as the PDF
   * parser counted them at extraction; such pages have no usable text, whatever their text holds.
   */
  public static final String UNMAPPED_GLYPH_PAGES = "istraga:unmapped_glyph_pages";

  /**
   * Record metadata key: the pages ("1-3,7") holding an image large enough to be a scan of the
   * page, as the PDF parser found them at extraction.
   */
  public static final String SCAN_IMAGE_PAGES = "istraga:scan_image_pages";

  /**
   * A page holding a scan-sized image and fewer non-blank characters of text than this is a scan
   * with a header, footer or Bates number typed on it: its text layer is not the page's text.
   */
  public static final int SCAN_TEXT_CHARS = 300;

  private OcrPages() {}

  /** 1-based pages of a PDF record without a usable text layer (empty for other records). */
  public static List<Integer> candidates(DocumentRecord r) {
    return new ArrayList<>(unusablePages(r).keySet());
  }

  /**
   * The 1-based pages of a PDF record without a usable text layer, in page order, each with the
   * reason ({@link TextLayerQuality}); empty for other records.
   */
  public static Map<Integer, TextLayerQuality.Reason> unusablePages(DocumentRecord r) {
    Map<Integer, TextLayerQuality.Reason> pages = new LinkedHashMap<>();
    if (!"pdf".equals(r.typeGroup)) {
      return pages;
    }
    int n = r.pageStarts.length;
    Set<Integer> unmapped = pagesIn(r, UNMAPPED_GLYPH_PAGES);
    Set<Integer> scans = pagesIn(r, SCAN_IMAGE_PAGES);
    for (int p = 1; p <= n; p++) {
      int start = Math.min(r.pageStarts[p - 1], r.text.length());
      int end = Math.min(p < n ? r.pageStarts[p] : r.text.length(), r.text.length());
      end = Math.max(start, end);
      TextLayerQuality.Reason why = unmapped.contains(p)
          ? TextLayerQuality.Reason.UNMAPPED_GLYPHS
          : TextLayerQuality.unusable(r.text, start, end);
      if (why == null && scans.contains(p) && nonBlank(r.text, start, end, SCAN_TEXT_CHARS) < SCAN_TEXT_CHARS) {
        why = TextLayerQuality.Reason.SCAN_WITH_LITTLE_TEXT;
      }
      if (why != null) {
        pages.put(p, why);
      }
    }
    if (n == 0 && r.text.isBlank()) {
      int declared = r.pageCount == null ? 1 : Math.max(1, r.pageCount);
      for (int p = 1; p <= declared; p++) {
        pages.put(p, TextLayerQuality.Reason.NO_TEXT);
      }
    }
    return pages;
  }

  /**
   * Records, in the record's metadata under {@link #UNMAPPED_GLYPH_PAGES}, the pages most of whose
   * glyphs have no Unicode value ({@link TextLayerQuality#unmappedGlyphs}), from the per-page
   * counts the PDF parser reported ({@code pdf:charsPerPage} and
   * {@code pdf:unmappedUnicodeCharsPerPage}, page order). Does nothing when the counts are missing
   * or do not cover every page read. The metadata keeps at most 200 values per key; this one
   * value covers any number of pages.
   */
  public static void recordGlyphCounts(DocumentRecord r, String[] glyphsPerPage, String[] unmappedPerPage) {
    r.metadata.remove(UNMAPPED_GLYPH_PAGES);
    int n = r.pageStarts.length;
    if (!"pdf".equals(r.typeGroup) || glyphsPerPage == null || unmappedPerPage == null
        || glyphsPerPage.length != n || unmappedPerPage.length != n) {
      return;
    }
    List<Integer> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      try {
        long glyphs = Long.parseLong(glyphsPerPage[i].trim());
        long unmapped = Long.parseLong(unmappedPerPage[i].trim());
        if (TextLayerQuality.unmappedGlyphs(glyphs, unmapped)) {
          pages.add(i + 1);
        }
      } catch (NumberFormatException | NullPointerException e) {
        return; // counts not as Tika writes them: no verdict from them
      }
    }
    if (!pages.isEmpty()) {
      r.metadata.put(UNMAPPED_GLYPH_PAGES, List.of(PageRanges.format(pages)));
    }
  }

  private static int nonBlank(String s, int start, int end, int enough) {
    int n = 0;
    for (int i = start; i < end && n < enough; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The pages named under {@code key} in the record's metadata; empty when none or unreadable. */
  private static Set<Integer> pagesIn(DocumentRecord r, String key) {
    List<String> v = r.metadata == null ? null : r.metadata.get(key);
    return v == null || v.isEmpty() ? Set.of() : PageRanges.parse(v.get(0), r.pageStarts.length);
  }

  /** Every page of a PDF record (at least page 1); {@code [1]} for an image. */
  public static List<Integer> all(DocumentRecord r) {
    List<Integer> pages = new ArrayList<>();
    int n = "pdf".equals(r.typeGroup)
        ? Math.max(1, Math.max(r.pageStarts.length, r.pageCount == null ? 0 : r.pageCount))
        : 1;
    for (int p = 1; p <= n; p++) {
      pages.add(p);
    }
    return pages;
  }

  /**
   * The pages the OCR stage reads for a document waiting for OCR: the candidates, or every page
   * when there are none (the document was queued by {@code --ocr always}) or when
   * {@code allPages} is set; pages already read by OCR are left out.
   */
  public static List<Integer> toRead(DocumentRecord r, boolean allPages) {
    List<Integer> pages;
    if (!"pdf".equals(r.typeGroup)) {
      pages = all(r);
    } else {
      pages = allPages ? all(r) : candidates(r);
      if (pages.isEmpty()) {
        pages = all(r);
      }
    }
    if (r.ocrPages.length > 0) {
      List<Integer> done = new ArrayList<>();
      for (int p : r.ocrPages) {
        done.add(p);
      }
      pages.removeAll(done);
    }
    return pages;
  }
}
