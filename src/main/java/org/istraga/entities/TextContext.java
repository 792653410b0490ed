package org.istraga.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text being processed: the text itself, a same-length lower-case copy for keyword look-ups,
 * and lazily built word tokens. Created per {@link EntityExtractor#extract} call and confined to
 * that call's thread.
 */
final class TextContext {

  final String text;
  private String lower;
  private Tokens tokens;

  TextContext(CharSequence text) {
    this.text = text.toString();
  }

  private int[] digitStarts;

  /** Offsets where a run of digits starts (the char before, if any, is not a digit). */
  int[] digitStarts() {
    if (digitStarts == null) {
      int n = 0;
      int[] d = new int[16];
      boolean prev = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean digit = c >= '0' && c <= '9';
        if (digit && !prev) {
          if (n == d.length) {
            d = java.util.Arrays.copyOf(d, n * 2);
          }
          d[n++] = i;
        }
        prev = digit;
      }
      digitStarts = java.util.Arrays.copyOf(d, n);
    }
    return digitStarts;
  }

  /**
   * Runs {@code m} anchored at {@code from} (looking at most {@code span} chars ahead), with
   * look-behind and look-ahead seeing the whole text. This is how recognizers avoid scanning the
   * whole text with every pattern: they try patterns only where a cheap trigger (a digit run, a
   * keyword token, a symbol) says a match can start.
   */
  boolean lookingAt(Matcher m, int from, int span) {
    m.region(from, Math.min(text.length(), from + span));
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt();
  }

  /** Lower-cased copy of the text with exactly the same offsets (char by char). */
  String lower() {
    if (lower == null) {
      char[] c = text.toCharArray();
      for (int i = 0; i < c.length; i++) {
        char x = c[i];
        if (x < 0x80) {
          if (x >= 'A' && x <= 'Z') {
            c[i] = (char) (x + 32);
          }
        } else {
          c[i] = Character.toLowerCase(x);
        }
      }
      lower = new String(c);
    }
    return lower;
  }

  Tokens tokens() {
    if (tokens == null) {
      tokens = new Tokens(text);
    }
    return tokens;
  }

  /**
   * True if {@code label} matches in the lower-cased text somewhere in the {@code window} chars
   * before {@code pos}, not crossing a blank line.
   */
  boolean labelBefore(int pos, int window, Pattern label) {
    int from = Math.max(0, pos - window);
    int blank = text.lastIndexOf("\n\n", pos);
    if (blank >= from) {
      from = blank + 1;
    }
    Matcher m = label.matcher(lower());
    m.region(from, pos);
    return m.find();
  }

  /** The raw substring. */
  String raw(int start, int end) {
    return text.substring(start, end);
  }

  /** True if the char at {@code i} exists and is a letter or digit. */
  boolean isWordChar(int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  /**
   * True if the token [start, end) stands alone in a line or table cell: only whitespace, tabs,
   * pipes, semicolons or a label ending in a colon around it on its line.
   */
  boolean standsAlone(int start, int end) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i--;
    }
    boolean leftOk = i < 0 || "\n\r\t|;:,".indexOf(text.charAt(i)) >= 0 || spaces(i, 2);
    int j = end;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
      j++;
    }
    boolean rightOk = j >= text.length() || "\n\r\t|;,".indexOf(text.charAt(j)) >= 0
        || j - end >= 2;
    return leftOk && rightOk;
  }

  private boolean spaces(int lastNonSpace, int atLeast) {
    // the gap between lastNonSpace and the token was at least atLeast spaces (a layout column)
    int k = lastNonSpace + 1;
    int n = 0;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
      k++;
      n++;
    }
    return n >= atLeast;
  }

  /** Word tokens: maximal runs of letters and digits, with their folded forms. */
  static final class Tokens {
    final int[] start;
    final int[] end;
    final int count;
    private final String text;
    private String[] folded;
    private String[] stemmed;

    Tokens(String text) {
      this.text = text;
      int cap = Math.max(16, text.length() / 5);
      int[] s = new int[cap];
      int[] e = new int[cap];
      int n = 0;
      int len = text.length();
      int i = 0;
      while (i < len) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          int b = i;
          i++;
          while (i < len && (Character.isLetterOrDigit(text.charAt(i))
              || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
            i++;
          }
          if (n == s.length) {
            s = java.util.Arrays.copyOf(s, n * 2);
            e = java.util.Arrays.copyOf(e, n * 2);
          }
          s[n] = b;
          e[n] = i;
          n++;
        } else {
          i++;
        }
      }
      this.start = s;
      this.end = e;
      this.count = n;
    }

    String folded(int k) {
      if (folded == null) {
        folded = new String[count];
      }
      String f = folded[k];
      if (f == null) {
        f = ScriptFolding.fold(text, start[k], end[k]);
        folded[k] = f;
      }
      return f;
    }

    String stemmed(int k) {
      if (stemmed == null) {
        stemmed = new String[count];
      }
      String s = stemmed[k];
      if (s == null) {
        s = SerbianStemmer.stem(folded(k));
        stemmed[k] = s;
      }
      return s;
    }

    /** Index of the first token starting at or after {@code pos}, or {@code count}. */
    int firstAtOrAfter(int pos) {
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (start[mid] < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
