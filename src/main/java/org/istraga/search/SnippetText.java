package org.istraga.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a passage for people: whitespace runs (line breaks of PDF text, tabs) become one space,
 * control characters disappear, matched spans are wrapped in {@code **} (neighbouring matches
 * separated only by whitespace form one span), and a cut passage gets
 * {@code …} at the cut. Marks are also given as offsets into the unmarked text. Pure function.
 */
final class SnippetText {

  static final String MARK = "**";
  static final String ELLIPSIS = "…";

  private SnippetText() {}

  static Snippet of(SnippetHighlighter.Raw raw, Integer page) {
    String text = raw.text();
    int base = raw.start();
    // match spans relative to the window, merged when they overlap, clipped to the window
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < raw.matchStarts().length; i++) {
      int s = Math.max(0, raw.matchStarts()[i] - base);
      int e = Math.min(text.length(), raw.matchEnds()[i] - base);
      if (e <= s) {
        continue;
      }
      if (!spans.isEmpty() && (s <= spans.get(spans.size() - 1)[1]
          || text.substring(spans.get(spans.size() - 1)[1], s).isBlank())) {
        int[] last = spans.get(spans.size() - 1);
        last[1] = Math.max(last[1], e);
      } else {
        spans.add(new int[] {s, e});
      }
    }
    StringBuilder plain = new StringBuilder();
    StringBuilder marked = new StringBuilder();
    List<int[]> marks = new ArrayList<>();
    if (raw.cutStart()) {
      plain.append(ELLIPSIS);
      marked.append(ELLIPSIS);
    }
    int span = 0;
    int markStart = -1;
    boolean lastSpace = true;
    for (int i = 0; i < text.length(); i++) {
      if (span < spans.size() && i == spans.get(span)[0]) {
        marked.append(MARK);
        markStart = plain.length();
      }
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!lastSpace) {
          plain.append(' ');
          marked.append(' ');
          lastSpace = true;
        }
      } else if (!Character.isISOControl(c)) {
        plain.append(c);
        marked.append(c);
        lastSpace = false;
      }
      if (span < spans.size() && i == spans.get(span)[1] - 1) {
        marked.append(MARK);
        marks.add(new int[] {markStart, plain.length()});
        span++;
      }
    }
    String p = plain.toString().strip();
    int lead = plain.length() - plain.toString().stripLeading().length();
    if (lead > 0) {
      for (int[] m : marks) {
        m[0] -= lead;
        m[1] -= lead;
      }
    }
    String m = marked.toString().strip();
    if (raw.cutEnd()) {
      p += ELLIPSIS;
      m += ELLIPSIS;
    }
    return new Snippet(page, m, p, marks, raw.start());
  }
}
