package org.istraga.ingest.ocr;

import java.util.List;
import java.util.TreeSet;

/**
 * Sets of 1-based page numbers written compactly as ranges, "1-3,7,9-10": the form in which page
 * verdicts made at extraction travel in a record's metadata (one value, whatever the number of
 * pages; metadata keeps at most 200 values per key). Stateless; thread-safe.
 */
public final class PageRanges {

  private PageRanges() {}

  /** "1-3,7,9-10" for ascending, distinct pages; "" for none. */
  public static String format(List<Integer> pages) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < pages.size()) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      sb.append(sb.length() == 0 ? "" : ",").append(pages.get(i));
      if (j > i) {
        sb.append('-').append(pages.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  /**
   * The pages of {@code ranges} from 1 to {@code maxPage}; empty when {@code ranges} is null.
   * Parts not in the form {@link #format} writes are skipped (a verdict that cannot be read is no
   * verdict).
   */
  public static TreeSet<Integer> parse(String ranges, int maxPage) {
    TreeSet<Integer> pages = new TreeSet<>();
    if (ranges == null || ranges.isBlank()) {
      return pages;
    }
    for (String part : ranges.split(",")) {
      try {
        int dash = part.indexOf('-');
        int from = Integer.parseInt(part.substring(0, dash < 0 ? part.length() : dash).trim());
        int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1).trim());
        for (int p = Math.max(1, from); p <= Math.min(to, maxPage); p++) {
          pages.add(p);
        }
      } catch (NumberFormatException e) {
        // a part cut short (a value at the metadata length limit ends in "…"): skipped
      }
    }
    return pages;
  }
}
