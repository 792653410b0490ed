package org.istraga.export;

import java.util.ArrayList;
import java.util.List;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;

/**
 * The extracted text of a document with a marker line before each page ({@code === page 3 of 4
 * ===}), and where each page's text lies in it. Deterministic.
 */
final class PagedText {

  final String text;
  final List<BundleManifest.PageRange> pages;

  private PagedText(String text, List<BundleManifest.PageRange> pages) {
    this.text = text;
    this.pages = pages;
  }

  static PagedText of(DocumentRecord r) {
    String t = r.text == null ? "" : r.text;
    StringBuilder sb = new StringBuilder();
    List<BundleManifest.PageRange> ranges = new ArrayList<>();
    int n = r.pageStarts.length;
    if (n == 0) {
      sb.append("=== text (no pages) ===\n");
      ranges.add(new BundleManifest.PageRange(1, sb.length(), sb.length() + t.length()));
      sb.append(t);
      if (!t.endsWith("\n")) {
        sb.append('\n');
      }
    } else {
      for (int p = 1; p <= n; p++) {
        String page = PageMap.pageText(t, r.pageStarts, p);
        sb.append("=== page ").append(p).append(" of ").append(n).append(" ===\n");
        ranges.add(new BundleManifest.PageRange(p, sb.length(), sb.length() + page.length()));
        sb.append(page);
        if (!page.endsWith("\n")) {
          sb.append('\n');
        }
      }
    }
    return new PagedText(sb.toString(), ranges);
  }
}
