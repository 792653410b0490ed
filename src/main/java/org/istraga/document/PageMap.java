package org.istraga.document;

import java.util.Arrays;

/**
 * Maps character offsets in a document's text to 1-based page numbers using the sorted array of
 * page start offsets. All methods are static, allocation-free and O(log pages).
 */
public final class PageMap {

  private PageMap() {}

  /** 1-based page holding {@code offset}, or 0 when {@code pageStarts} is empty. */
  public static int pageAt(int[] pageStarts, int offset) {
    if (pageStarts == null || pageStarts.length == 0) {
      return 0;
    }
    int i = Arrays.binarySearch(pageStarts, offset);
    if (i >= 0) {
      // several empty pages may start at the same offset: take the last of them
      while (i + 1 < pageStarts.length && pageStarts[i + 1] == offset) {
        i++;
      }
      return i + 1;
    }
    int insertion = -i - 1;
    return Math.max(1, insertion);
  }

  /** Start offset (inclusive) of 1-based page {@code page}. */
  public static int pageStart(int[] pageStarts, int page) {
    return pageStarts[page - 1];
  }

  /** End offset (exclusive) of 1-based page {@code page} in a text of length {@code textLength}. */
  public static int pageEnd(int[] pageStarts, int page, int textLength) {
    return page < pageStarts.length ? pageStarts[page] : textLength;
  }

  /** The text of one 1-based page. */
  public static String pageText(String text, int[] pageStarts, int page) {
    if (pageStarts.length == 0) {
      return page == 1 ? text : "";
    }
    int start = Math.min(pageStart(pageStarts, page), text.length());
    int end = Math.min(pageEnd(pageStarts, page, text.length()), text.length());
    return text.substring(start, Math.max(start, end));
  }
}
