package org.istraga.entities;

/**
 * Mends the characters OCR (and hurried typing) puts in place of others that look the same, by
 * returning a copy of the text of the same length, char for char, so offsets are unchanged: the
 * recognizers run on the copy and every mention's raw text is then taken from the original.
 *
 * <p><b>Digits inside numbers</b> — {@code l} or {@code I} for 1 ({@code l9.01.2026}, {@code
 * 11.2l4.000,00}, {@code 4l%}), Latin or Cyrillic {@code O}/{@code o} for 0 ({@code 14.О4.2026},
 * {@code 1О,26%}), Cyrillic {@code З} for 3 ({@code 10З020037}, {@code З0%}). A letter is read as
 * a digit only inside a number-shaped token: a run of digits, these letters and the separators
 * {@code . , / %} with no other letter or digit touching it; the token has at least two real
 * digits (or one before a per cent sign), no more of these letters than real digits, and the
 * letter stands next to a digit or separator inside it, never at its end unless a per cent sign
 * follows. So {@code 5l} (litres), {@code O2}, {@code I5}, {@code 1O} ending a token, Roman
 * numerals and words are left alone.
 *
 * <p><b>Letters of the other script inside a word</b> — a word mixing Latin and Cyrillic letters
 * whose minority letters all have a look-alike in the majority script ({@code ЕUR} with a
 * Cyrillic Е, {@code Intеsa}, {@code Бeоград} with a Latin e) is written in the majority script.
 * Serbian words are written in one script; a tie is left alone, and so is a word of a web or
 * e-mail address (a homoglyph there is evidence, not noise).
 *
 * <p>Stateless and thread-safe. Cost: one pass over the text; a copy is made only when something
 * is mended.
 */
final class OcrLookalikes {

  private OcrLookalikes() {}

  /** The digit an OCR look-alike letter stands for, or 0 when {@code c} is none. */
  private static char digitFor(char c) {
    return switch (c) {
      case 'l', 'I' -> '1';
      case 'O', 'o', '\u041E', '\u043E' -> '0'; // Latin O/o, Cyrillic О/о
      case '\u0417' -> '3'; // Cyrillic З
      default -> 0;
    };
  }

  private static boolean separator(char c) {
    return c == '.' || c == ',' || c == '/' || c == '%';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Latin look-alikes of Cyrillic letters, index-aligned with {@link #CYRILLIC}. */
  private static final String LATIN = "ABEKMHOPCTXJaeopcxyj";
  private static final String CYRILLIC = "АВЕКМНОРСТХЈаеорсху\u0458";

  private static boolean cyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }

  /** {@code text} with OCR look-alikes mended; the same instance if none is. */
  static String fold(String text) {
    String t = lookalikeBesideNumber(text) ? numbers(text) : text;
    return scriptsMeet(t) ? mixedScripts(t) : t;
  }

  /** A cheap first pass: a look-alike letter next to a digit or a number's separator. */
  private static boolean lookalikeBesideNumber(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (digitFor(text.charAt(i)) != 0
          && ((i > 0 && numberChar(text.charAt(i - 1)))
              || (i + 1 < n && numberChar(text.charAt(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  private static boolean numberChar(char c) {
    return digit(c) || separator(c);
  }

  /** A cheap first pass: a Cyrillic letter right next to a Latin one. */
  private static boolean scriptsMeet(String text) {
    for (int i = 1, n = text.length(); i < n; i++) {
      char a = text.charAt(i - 1);
      char b = text.charAt(i);
      if ((cyrillic(a) && latinLetter(b)) || (latinLetter(a) && cyrillic(b))) {
        return true;
      }
    }
    return false;
  }

  private static boolean latinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
        || (c >= '\u00C0' && c < '\u0250' && Character.isLetter(c));
  }

  /** Words mixing the scripts, written in their majority script (see the class comment). */
  private static String mixedScripts(String text) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      int latin = 0;
      int cyr = 0;
      while (i < n && Character.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        if (cyrillic(c)) {
          cyr++;
        } else if (c < '\u0250') {
          latin++;
        }
        i++;
      }
      if (latin == 0 || cyr == 0 || latin == cyr || inAddress(text, s, i)) {
        continue;
      }
      boolean toLatin = cyr < latin;
      String from = toLatin ? CYRILLIC : LATIN;
      String to = toLatin ? LATIN : CYRILLIC;
      boolean all = true;
      for (int k = s; k < i && all; k++) {
        char c = text.charAt(k);
        boolean minority = toLatin ? cyrillic(c) : c < '\u0250';
        all = !minority || from.indexOf(c) >= 0;
      }
      if (!all) {
        continue;
      }
      if (out == null) {
        out = text.toCharArray();
      }
      for (int k = s; k < i; k++) {
        int x = from.indexOf(text.charAt(k));
        if (x >= 0) {
          out[k] = to.charAt(x);
        }
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * True if the word {@code [s, e)} is part of a web or e-mail address (its run of non-space
   * chars holds "@", "://" or "www."): a homoglyph there is what the address says, and may be
   * what an investigator looks for, so it is kept.
   */
  private static boolean inAddress(String text, int s, int e) {
    int a = s;
    while (a > 0 && s - a < 200 && !Character.isWhitespace(text.charAt(a - 1))) {
      a--;
    }
    int b = e;
    while (b < text.length() && b - e < 200 && !Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    String run = text.substring(a, b);
    return run.indexOf('@') >= 0 || run.contains("://") || run.contains("www.");
  }

  /** Digits inside numbers (see the class comment). */
  private static String numbers(String text) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!digit(c) && digitFor(c) == 0) {
        i++;
        continue;
      }
      // a candidate token: digits, look-alikes and separators
      int s = i;
      int e = i;
      while (e < n && (digit(text.charAt(e)) || digitFor(text.charAt(e)) != 0
          || separator(text.charAt(e)))) {
        e++;
      }
      i = e;
      if ((s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))
          || (e < n && Character.isLetterOrDigit(text.charAt(e)))) {
        continue; // part of a word or code
      }
      // trailing separators (a full stop, a comma) do not belong to the number
      int end = e;
      while (end > s && separator(text.charAt(end - 1)) && text.charAt(end - 1) != '%') {
        end--;
      }
      out = mend(text, s, end, out);
    }
    return out == null ? text : new String(out);
  }

  private static char[] mend(String text, int s, int e, char[] out) {
    int digits = 0;
    int letters = 0;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (digit(c)) {
        digits++;
      } else if (digitFor(c) != 0) {
        letters++;
      }
    }
    boolean percent = e > s && text.charAt(e - 1) == '%';
    if (letters == 0 || letters > digits || (digits < 2 && !(percent && digits == 1))) {
      return out;
    }
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      char d = digitFor(c);
      if (d == 0) {
        continue;
      }
      boolean first = k == s;
      char next = k + 1 < e ? text.charAt(k + 1) : 0;
      boolean nextOk = digit(next) || (next != 0 && separator(next) && next != '%'
          && k + 2 < e && digit(text.charAt(k + 2))) || (next == '%' && !first);
      boolean prevOk = !first && (digit(text.charAt(k - 1)) || separator(text.charAt(k - 1)));
      if (!nextOk || !(prevOk || digit(next))) {
        return out; // a letter at the token's edge: not a number
      }
    }
    if (out == null) {
      out = text.toCharArray();
    }
    for (int k = s; k < e; k++) {
      char d = digitFor(text.charAt(k));
      if (d != 0) {
        out[k] = d;
      }
    }
    return out;
  }
}
