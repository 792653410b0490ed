package org.istraga.ingest.ocr;

import java.text.Normalizer;

/**
 * Tells whether the text layer of a PDF page is usable text or must be read by OCR. A page can
 * have plenty of characters and still say nothing: a font without a Unicode map hands out glyph
 * ids, private-use code points or control characters; a broken earlier OCR or a font with a
 * scrambled encoding gives strings of symbols or words without a single vowel. Such a page is
 * treated like a page without text (the OCR stage reads it), and the reason is named.
 *
 * <p>The rule, on the page's non-blank characters (a run of one repeated symbol, such as leader
 * dots, underscores and dashes, counts as one character; box-drawing rules count as blanks):
 *
 * <ol>
 *   <li>fewer than {@value #MIN_CHARS}: {@link Reason#NO_TEXT};
 *   <li>at least {@value #BAD_PERCENT}% are private-use code points (U+E000–U+F8FF and the
 *       supplementary private-use planes), U+FFFD, control or unassigned characters, or part of
 *       a "(cid:N)" placeholder: {@link Reason#UNMAPPED_GLYPHS};
 *   <li>at least {@value #MIN_SYMBOL_CHARS} characters of which fewer than
 *       {@value #ALNUM_PERCENT}% are letters or digits: {@link Reason#SYMBOLS};
 *   <li>at least {@value #MIN_JUDGED_WORDS} judged words of which at least
 *       {@value #NO_VOWEL_PERCENT}% have no vowel ({@code a e i o u y r}, their accented forms and
 *       the Cyrillic ones; {@code r} counts because Serbian "prst", "vrh" use it as one):
 *       {@link Reason#NO_VOWELS}. A judged word is four or more Latin or Cyrillic letters, in
 *       small letters or capitalized, standing as a word of prose (between blanks or punctuation;
 *       not "PDF", "ve_vl_vsvl", "llvm::omp" or "xmlCtxtPtr").
 * </ol>
 *
 * <p>{@link #unmappedGlyphs} judges a page from the parser's own glyph counts instead: most
 * glyphs without a Unicode value means the text of the page was dropped.
 *
 * <p>Measured on real text (docs/ocr.md, "Text layers that are not text"): no page or block of
 * the corpus's and samples' extracted text, in Serbian Cyrillic and Latin, English and
 * Montenegrin, tables of figures, code and lists, is judged unusable by its text. Pure function;
 * thread-safe; linear in the page's length.
 */
public final class TextLayerQuality {

  /** A page with fewer non-blank characters than this has no usable text layer. */
  public static final int MIN_CHARS = 10;
  /** Share of unmapped glyphs (private-use, U+FFFD, control, "(cid:N)") that makes a page unusable. */
  static final int BAD_PERCENT = 30;
  /** Share of a page's glyphs without a Unicode value that makes the page unusable. */
  static final int UNMAPPED_PERCENT = 30;
  /** Fewest characters on which the share of letters and digits is judged. */
  static final int MIN_SYMBOL_CHARS = 40;
  /** Share of letters and digits under which a page is runs of symbols. */
  static final int ALNUM_PERCENT = 30;
  /** Fewest judged words on which the share of words without a vowel is judged. */
  static final int MIN_JUDGED_WORDS = 8;
  /** Share of judged words without a vowel that makes a page unusable. */
  static final int NO_VOWEL_PERCENT = 50;

  /** Why a page's text layer is not usable. */
  public enum Reason {
    NO_TEXT("no text layer"),
    UNMAPPED_GLYPHS("text layer is unmapped glyphs (private-use, U+FFFD, control characters or cid codes)"),
    SYMBOLS("text layer is runs of symbols"),
    NO_VOWELS("text layer is words without vowels (a broken font encoding or a bad earlier OCR)"),
    /** Judged by {@link OcrPages} from the page's images, not by this class. */
    SCAN_WITH_LITTLE_TEXT("a scan-sized image with only a few words of text, such as a header or Bates number");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** A short English phrase for status reasons and the documentation. */
    public String description() {
      return description;
    }
  }

  /** Counts taken from one page (for measurements and tests). */
  public record Counts(int chars, int bad, int alnum, int judgedWords, int noVowelWords) {}

  private TextLayerQuality() {}

  /** Why the page text {@code s[start, end)} is unusable, or null when it is usable text. */
  public static Reason unusable(CharSequence s, int start, int end) {
    Counts c = count(s, start, end);
    if (c.chars() < MIN_CHARS) {
      return Reason.NO_TEXT;
    }
    if (c.bad() * 100 >= BAD_PERCENT * c.chars()) {
      return Reason.UNMAPPED_GLYPHS;
    }
    if (c.chars() >= MIN_SYMBOL_CHARS && c.alnum() * 100 < ALNUM_PERCENT * c.chars()) {
      return Reason.SYMBOLS;
    }
    if (c.judgedWords() >= MIN_JUDGED_WORDS && c.noVowelWords() * 100 >= NO_VOWEL_PERCENT * c.judgedWords()) {
      return Reason.NO_VOWELS;
    }
    return null;
  }

  /**
   * Whether a page whose fonts drew {@code glyphs} glyphs, {@code unmapped} of them without a
   * Unicode value (a font without a {@code /ToUnicode} map that the PDF reader cannot decode
   * otherwise: such text is dropped or comes out as ids), has an unusable text layer: at least
   * {@value #MIN_CHARS} glyphs and at least {@value #UNMAPPED_PERCENT}% of them unmapped.
   */
  public static boolean unmappedGlyphs(long glyphs, long unmapped) {
    return glyphs >= MIN_CHARS && unmapped * 100 >= UNMAPPED_PERCENT * glyphs;
  }

  /** {@link #unusable(CharSequence, int, int)} of a whole string. */
  public static Reason unusable(CharSequence s) {
    return unusable(s, 0, s.length());
  }

  /** The counts the rule is applied to, for {@code s[start, end)}. */
  public static Counts count(CharSequence s, int start, int end) {
    int chars = 0;
    int bad = 0;
    int alnum = 0;
    int prev = -1;
    int i = start;
    while (i < end) {
      int cp = Character.codePointAt(s, i);
      if (cp == '(' && startsCid(s, i, end)) {
        int close = indexOf(s, ')', i, end);
        chars += close - i + 1;
        bad += close - i + 1;
        prev = -1;
        i = close + 1;
        continue;
      }
      boolean alphaNum = Character.isLetterOrDigit(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isRule(cp)) {
        prev = -1;
      } else {
        if (cp != prev || alphaNum || isBad(cp)) {
          chars++;
          if (alphaNum) {
            alnum++;
          } else if (isBad(cp)) {
            bad++;
          }
        }
        prev = cp;
      }
      i += Character.charCount(cp);
    }
    int[] words = judgeWords(s, start, end);
    return new Counts(chars, bad, alnum, words[0], words[1]);
  }

  /**
   * {judged words, judged words without a vowel}. A judged word is a run of four or more Latin or
   * Cyrillic letters in one case or capitalized ("vrh", "Beograd", not "PDF", "qXHmSw"), standing
   * as a word of prose: after a space or an opening quote or bracket, before a space or closing
   * punctuation. Identifiers ("ve_vl_vsvl", "llvm.ve.vl"), paths, addresses and words joined to
   * digits are not judged.
   */
  private static int[] judgeWords(CharSequence s, int start, int end) {
    int judged = 0;
    int noVowel = 0;
    int i = start;
    while (i < end) {
      int cp = Character.codePointAt(s, i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int w = i;
      int letters = 0;
      int uppers = 0;
      boolean lowerSeen = false;
      boolean natural = true;
      boolean scriptOk = true;
      boolean vowel = false;
      while (i < end) {
        cp = Character.codePointAt(s, i);
        if (!Character.isLetter(cp)) {
          break;
        }
        letters++;
        if (Character.isUpperCase(cp)) {
          uppers++;
          if (lowerSeen) {
            natural = false;
          }
        } else {
          lowerSeen = true;
        }
        scriptOk &= isLatinOrCyrillic(cp);
        vowel |= isVowel(cp);
        i += Character.charCount(cp);
      }
      natural &= lowerSeen && uppers <= 1;
      if (letters >= 4 && natural && scriptOk && opensWord(s, start, w) && closesWord(s, i, end)
          && !isUrlScheme(s, w, i)) {
        judged++;
        if (!vowel) {
          noVowel++;
        }
      }
    }
    return new int[] {judged, noVowel};
  }

  private static final String OPENING = "\"'([{\u201E\u201C\u201D\u00AB\u2039\u2018\u2019-\u2013\u2014";
  private static final String CLOSING = "\"')]},;:!?\u201E\u201C\u201D\u00BB\u203A\u2018\u2019-\u2013\u2014";

  private static boolean opensWord(CharSequence s, int start, int w) {
    if (w == start) {
      return true;
    }
    char c = s.charAt(w - 1);
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || OPENING.indexOf(c) >= 0;
  }

  private static boolean closesWord(CharSequence s, int i, int end) {
    if (i >= end) {
      return true;
    }
    char c = s.charAt(i);
    if (c == ':' && i + 1 < end && !Character.isWhitespace(s.charAt(i + 1))) {
      return false; // "llvm::omp", "mailto:x"
    }
    if (c == '.') {
      // the end of a sentence or an ellipsis, not "llvm.ve" or "example.com"
      if (i + 1 >= end) {
        return true;
      }
      c = s.charAt(i + 1);
      return c == '.' || isClosing(c);
    }
    return isClosing(c);
  }

  private static boolean isClosing(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || CLOSING.indexOf(c) >= 0;
  }

  /** Box-drawing and block characters: the rules of a text-mode table, like blanks. */
  private static boolean isRule(int cp) {
    return cp >= 0x2500 && cp <= 0x259F;
  }

  private static boolean isBad(int cp) {
    int type = Character.getType(cp);
    return type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.CONTROL
        || type == Character.SURROGATE || cp == 0xFFFD;
  }

  /** For a letter: whether it is Latin or Cyrillic (the common ranges without a table look-up). */
  private static boolean isLatinOrCyrillic(int cp) {
    if (cp < 0x80 || cp >= 0xC0 && cp <= 0x24F || cp >= 0x400 && cp <= 0x52F) {
      return true;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.CYRILLIC;
  }

  /** Vowels (and r) among U+0000–U+04FF: Latin with their accented forms, Cyrillic. */
  private static final boolean[] VOWEL = new boolean[0x500];

  static {
    for (int c = 0; c < VOWEL.length; c++) {
      int lower = Character.toLowerCase(c);
      if (lower < 0x80) {
        VOWEL[c] = "aeiouyr".indexOf(lower) >= 0;
      } else if (lower >= 0xE0 && lower <= 0x24F) {
        // accented Latin: judged by the base letter (à, é, ő, ů, ŕ...); æ, ø, œ are vowels
        String base = Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFD);
        char first = base.charAt(0);
        VOWEL[c] = first < 0x80 && "aeiouyr".indexOf(first) >= 0 || lower == 0xE6 || lower == 0xF8 || lower == 0x153;
      } else {
        VOWEL[c] = "аеиоуяюёэыієїр".indexOf(lower) >= 0;
      }
    }
  }

  private static boolean isVowel(int cp) {
    return cp < VOWEL.length && VOWEL[cp];
  }

  /** "http" or "https" (of a web address), which have no vowel. */
  private static boolean isUrlScheme(CharSequence s, int start, int end) {
    int n = end - start;
    return (n == 4 || n == 5) && Character.toLowerCase(s.charAt(start)) == 'h'
        && "http".contentEquals(s.subSequence(start, start + 4).toString().toLowerCase(java.util.Locale.ROOT))
        && (n == 4 || Character.toLowerCase(s.charAt(start + 4)) == 's');
  }

  private static boolean startsCid(CharSequence s, int i, int end) {
    if (i + 6 > end || s.charAt(i + 1) != 'c' || s.charAt(i + 2) != 'i' || s.charAt(i + 3) != 'd'
        || s.charAt(i + 4) != ':') {
      return false;
    }
    int k = i + 5;
    int digits = 0;
    while (k < end && digits < 6 && Character.isDigit(s.charAt(k))) {
      k++;
      digits++;
    }
    return digits > 0 && k < end && s.charAt(k) == ')';
  }

  private static int indexOf(CharSequence s, char c, int from, int end) {
    for (int k = from; k < end; k++) {
      if (s.charAt(k) == c) {
        return k;
      }
    }
    return end - 1;
  }
}
