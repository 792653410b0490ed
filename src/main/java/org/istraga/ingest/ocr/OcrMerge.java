package org.istraga.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.document.PageMap;
import org.istraga.ingest.EntityAnnotator;
import org.istraga.ingest.Enrichment;
import org.istraga.ingest.lang.LanguageDetector;

/**
 * Puts OCR text into a document record. For a PDF, each OCR'd page's text replaces that page's
 * (empty) text layer, or follows it when the page had one (OCR of every page); the text and page
 * offsets are rebuilt, every other page keeps its text byte for byte. For an image, the text of
 * its frames becomes the document's text (with page offsets when there are several frames).
 *
 * <p>Then: {@code ocrPages} lists the pages whose text came from OCR, {@code ocrState} becomes
 * {@code done} (or {@code failed} when no page could be read), status {@code empty} becomes
 * {@code ok} once there is text, and script, language and entity mentions are computed again from
 * the new text. Everything else in the record is kept.
 *
 * <p>Stateless apart from its configuration; thread-safe (the detector and the annotator are).
 */
public final class OcrMerge {

  private final LanguageDetector languages;
  private final EntityAnnotator entities;
  private final int maxTextChars;

  /**
   * @param languages detects the language of the new text
   * @param entities finds entity mentions in the new text (the case's watchlist included)
   * @param maxTextChars text kept per document; the rest is cut and marked truncated
   */
  public OcrMerge(LanguageDetector languages, EntityAnnotator entities, int maxTextChars) {
    this.languages = languages;
    this.entities = entities;
    this.maxTextChars = maxTextChars;
  }

  /** Applies page results (in any order) to the record, in place. */
  public void apply(DocumentRecord r, List<PageResult> results) {
    Map<Integer, PageResult> byPage = new TreeMap<>();
    for (PageResult p : results) {
      byPage.put(p.page(), p);
    }
    TreeSet<Integer> ocrPages = new TreeSet<>();
    for (int p : r.ocrPages) {
      ocrPages.add(p);
    }
    if ("pdf".equals(r.typeGroup)) {
      mergePages(r, byPage, ocrPages);
    } else {
      mergeFrames(r, byPage, ocrPages);
    }
    r.ocrPages = ocrPages.stream().mapToInt(Integer::intValue).toArray();
    List<PageResult> failed = new ArrayList<>();
    for (PageResult p : byPage.values()) {
      if (!p.ok()) {
        failed.add(p);
      }
    }
    r.ocrState = ocrPages.isEmpty() && !failed.isEmpty() ? "failed" : "done";
    updateStatus(r, failed);
    if (r.text.length() > maxTextChars) {
      truncate(r);
    }
    Enrichment.apply(r, languages, entities);
  }

  private static void mergePages(DocumentRecord r, Map<Integer, PageResult> byPage, TreeSet<Integer> ocrPages) {
    int n = r.pageStarts.length;
    int last = n;
    for (int p : byPage.keySet()) {
      last = Math.max(last, p);
    }
    StringBuilder sb = new StringBuilder(r.text.length() + 4096);
    if (n > 0) {
      sb.append(r.text, 0, Math.min(r.pageStarts[0], r.text.length()));
    } else if (!r.text.isBlank()) {
      sb.append(r.text);
    }
    int[] starts = new int[last];
    for (int p = 1; p <= last; p++) {
      String layer = p <= n ? PageMap.pageText(r.text, r.pageStarts, p) : "";
      PageResult res = byPage.get(p);
      String pageText = layer;
      if (res != null && res.ok()) {
        String ocr = res.text().strip();
        pageText = layer.isBlank() ? ocr : layer.stripTrailing() + "\n" + ocr;
        if (!pageText.isEmpty()) {
          pageText += "\n";
        }
        ocrPages.add(p);
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && !pageText.isEmpty()) {
        sb.append('\n');
      }
      starts[p - 1] = sb.length();
      sb.append(pageText);
    }
    r.text = sb.toString();
    r.pageStarts = starts;
    if (r.pageCount == null || r.pageCount < last) {
      r.pageCount = last;
    }
  }

  private static void mergeFrames(DocumentRecord r, Map<Integer, PageResult> byPage, TreeSet<Integer> ocrPages) {
    StringBuilder sb = new StringBuilder();
    if (!r.text.isBlank()) {
      sb.append(r.text.stripTrailing()).append('\n');
    }
    int frames = 0;
    for (int p : byPage.keySet()) {
      frames = Math.max(frames, p);
    }
    int[] starts = new int[frames];
    for (int p = 1; p <= frames; p++) {
      PageResult res = byPage.get(p);
      starts[p - 1] = sb.length();
      if (res != null && res.ok()) {
        ocrPages.add(p);
        String t = res.text().strip();
        if (!t.isEmpty()) {
          sb.append(t).append('\n');
        }
      }
    }
    r.text = sb.toString();
    if (frames > 1) {
      r.pageStarts = starts;
      r.pageCount = frames;
    }
  }

  private void truncate(DocumentRecord r) {
    int end = maxTextChars;
    if (end > 0 && Character.isHighSurrogate(r.text.charAt(end - 1))) {
      end--;
    }
    r.text = r.text.substring(0, end);
    int keep = 0;
    while (keep < r.pageStarts.length && r.pageStarts[keep] <= end) {
      keep++;
    }
    if (keep < r.pageStarts.length) {
      r.pageStarts = java.util.Arrays.copyOf(r.pageStarts, keep);
    }
    if (!r.textTruncated) {
      r.textTruncated = true;
      r.statusReason = (r.statusReason == null ? "" : r.statusReason + "; ")
          + "text cut at the limit of characters per file (raise it with --max-text)";
    }
  }

  private static void updateStatus(DocumentRecord r, List<PageResult> failed) {
    boolean hasText = !r.text.isBlank();
    ExtractionStatus s = statusOf(r);
    String failure = failed.isEmpty() ? null : failureNote(failed);
    if (s == ExtractionStatus.EMPTY) {
      if (hasText) {
        r.status = ExtractionStatus.OK.label();
        r.statusReason = failure;
      } else if ("failed".equals(r.ocrState)) {
        r.statusReason = failure;
      } else {
        r.statusReason = failure == null ? "no text found by OCR" : "no text found by OCR; " + failure;
      }
      return;
    }
    if (s == ExtractionStatus.CORRUPT && hasText) {
      r.status = ExtractionStatus.CORRUPT_PARTIAL.label();
      r.statusReason = "damaged; text recovered by OCR" + (r.statusReason == null ? "" : " (" + r.statusReason + ")");
    }
    if (failure != null) {
      r.statusReason = r.statusReason == null ? failure : r.statusReason + "; " + failure;
    }
  }

  private static ExtractionStatus statusOf(DocumentRecord r) {
    try {
      return ExtractionStatus.fromLabel(r.status);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "OCR failed on page 3: reason" or "OCR failed on pages 3, 7 (and 2 more): reason". */
  static String failureNote(List<PageResult> failed) {
    StringBuilder pages = new StringBuilder();
    int shown = Math.min(failed.size(), 10);
    for (int i = 0; i < shown; i++) {
      pages.append(i == 0 ? "" : ", ").append(failed.get(i).page());
    }
    if (failed.size() > shown) {
      pages.append(" (and ").append(failed.size() - shown).append(" more)");
    }
    return "OCR failed on page" + (failed.size() > 1 ? "s " : " ") + pages + ": " + failed.get(0).error();
  }
}
