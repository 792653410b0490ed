package org.istraga.findings;

/**
 * Where words begin and end in extracted text, so that a quote is cited only as whole words: a
 * quote {@code 264.833,90 EUR} is not inside {@code 1.264.833,90 EUR}, nor {@code legalan} inside
 * {@code nelegalan}, nor {@code vora je} inside {@code ugo-⏎vora je}.
 *
 * <p>A position (between two code points) is inside a word when
 *
 * <ul>
 *   <li>the code points on both sides are letters, digits or marks (soft hyphens and joiners
 *       count as part of a word), or
 *   <li>it is next to a {@code .}, {@code ,}, no-break or thin space between two digits (a
 *       grouped or decimal number: {@code 1.264.833,90} and {@code 1 264 833,90} typeset with
 *       no-break spaces are one word; a plain space separates), or
 *   <li>it is at a word broken by a hyphen at a line end ({@code ugo-⏎vora}, {@code ugo¬⏎vora}):
 *       the two halves are one word. A hyphen between words on one line ({@code Beograd-Niš},
 *       {@code e-mail}) separates words.
 * </ul>
 *
 * <p>Pure functions; offsets are in UTF-16 code units of the original (unfolded) text.
 */
final class WordBounds {

  private WordBounds() {}

  /** True when a quote may begin at {@code start} and end at {@code end} of {@code s}. */
  static boolean whole(String s, int start, int end, boolean endsAtLineEndHyphen) {
    return !inside(s, start) && hyphenatedBefore(s, start) < 0 && !inside(s, end)
        && (endsAtLineEndHyphen || hyphenatedAfter(s, end) < 0);
  }

  /** The start of the word that position {@code p} is inside of ({@code p} itself when at a boundary). */
  static int wordStart(String s, int p) {
    while (p > 0 && p <= s.length()) {
      if (inside(s, p)) {
        p -= Character.charCount(s.codePointBefore(p));
        continue;
      }
      int h = hyphenatedBefore(s, p);
      if (h > 0) {
        p = h - Character.charCount(s.codePointBefore(h));
        continue;
      }
      break;
    }
    return p;
  }

  /** The end of the word that position {@code p} is inside of ({@code p} itself when at a boundary). */
  static int wordEnd(String s, int p) {
    while (p >= 0 && p < s.length()) {
      if (inside(s, p)) {
        p += Character.charCount(s.codePointAt(p));
        continue;
      }
      int n = hyphenatedAfter(s, p);
      if (n >= 0) {
        p = n + Character.charCount(s.codePointAt(n));
        continue;
      }
      break;
    }
    return p;
  }

  /** True when {@code p} lies between two characters of one word or number (see the class comment). */
  static boolean inside(String s, int p) {
    if (p <= 0 || p >= s.length()) {
      return false;
    }
    int before = s.codePointBefore(p);
    int at = s.codePointAt(p);
    if (wordChar(before) && wordChar(at)) {
      return true;
    }
    // 1.264.833,90: a separator between digits binds them
    if (isDigit(before) && isSeparator(at) && p + 1 < s.length() && isDigit(s.codePointAt(p + 1))) {
      return true;
    }
    return isSeparator(before) && isDigit(at) && p >= 2 && isDigit(s.codePointBefore(p - 1));
  }

  /**
   * When {@code p} is at the first letter of the second half of a word hyphenated at a line end
   * ({@code ugo-⏎|vora}), the offset of that hyphen; else -1.
   */
  static int hyphenatedBefore(String s, int p) {
    if (p <= 0 || p >= s.length() || !wordChar(s.codePointAt(p))) {
      return -1;
    }
    int q = p;
    boolean lineBreak = false;
    while (q > 0 && FoldedText.isSpace(s.codePointBefore(q))) {
      lineBreak |= FoldedText.isLineBreak(s.codePointBefore(q));
      q -= Character.charCount(s.codePointBefore(q));
    }
    if (!lineBreak || q < 2 || !isLineEndHyphen(s.charAt(q - 1)) || !wordChar(s.codePointBefore(q - 1))) {
      return -1;
    }
    return q - 1;
  }

  /**
   * When {@code p} is right after the first half of a word hyphenated at a line end ({@code
   * ugo|-⏎vora}), the offset of the second half's first letter; else -1.
   */
  static int hyphenatedAfter(String s, int p) {
    if (p <= 0 || p >= s.length() || !wordChar(s.codePointBefore(p)) || !isLineEndHyphen(s.charAt(p))) {
      return -1;
    }
    int q = p + 1;
    boolean lineBreak = false;
    while (q < s.length() && FoldedText.isSpace(s.codePointAt(q))) {
      lineBreak |= FoldedText.isLineBreak(s.codePointAt(q));
      q += Character.charCount(s.codePointAt(q));
    }
    return lineBreak && q < s.length() && wordChar(s.codePointAt(q)) ? q : -1;
  }

  private static boolean wordChar(int cp) {
    if (Character.isLetterOrDigit(cp) || cp == 0x00AD || cp == 0x200C || cp == 0x200D) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isDigit(int cp) {
    return Character.isDigit(cp);
  }

  /** Characters that group or split the digits of one number: 1.264.833,90 and 1 264 833,90 with no-break or thin spaces. */
  private static boolean isSeparator(int cp) {
    return cp == '.' || cp == ',' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009;
  }

  private static boolean isLineEndHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AC';
  }
}
