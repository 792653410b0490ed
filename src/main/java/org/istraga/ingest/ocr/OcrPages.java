package org.istraga.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.istraga.document.DocumentRecord;

/**
 * Which pages of a document OCR reads: the rule that marks a document as waiting for OCR at
 * ingest and the rule the OCR stage follows are this one class.
 *
 * <p>A PDF page whose text layer holds fewer than {@value #MIN_PAGE_CHARS} non-blank characters
 * has no usable text. A PDF without any text and without page offsets (its text extraction
 * failed early) is read whole, as many pages as its metadata declares. An image is one page (a
 * multi-page TIFF is read whole).
 *
 * <p>Pure functions of a record; thread-safe. Cost: one pass over the text.
 */
public final class OcrPages {

  /** A page with fewer non-blank characters than this has no usable text layer. */
  public static final int MIN_PAGE_CHARS = 10;

  private OcrPages() {}

  /** 1-based pages of a PDF record without a usable text layer (empty for other records). */
  public static List<Integer> candidates(DocumentRecord r) {
    List<Integer> pages = new ArrayList<>();
    if (!"pdf".equals(r.typeGroup)) {
      return pages;
    }
    int n = r.pageStarts.length;
    for (int p = 1; p <= n; p++) {
      int start = Math.min(r.pageStarts[p - 1], r.text.length());
      int end = Math.min(p < n ? r.pageStarts[p] : r.text.length(), r.text.length());
      int nonBlank = 0;
      for (int i = start; i < end && nonBlank < MIN_PAGE_CHARS; i++) {
        if (!Character.isWhitespace(r.text.charAt(i))) {
          nonBlank++;
        }
      }
      if (nonBlank < MIN_PAGE_CHARS) {
        pages.add(p);
      }
    }
    if (n == 0 && r.text.isBlank()) {
      int declared = r.pageCount == null ? 1 : Math.max(1, r.pageCount);
      for (int p = 1; p <= declared; p++) {
        pages.add(p);
      }
    }
    return pages;
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
