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
    // one pass: only a look-alike beside a number, or a place where the scripts meet, starts
    // the (rarer) work on the token or word around it
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean meet;
      if (c < 0x80) {
        meet = i > 0 && asciiLetter(c) && cyrillic(text.charAt(i - 1));
      } else if (cyrillic(c)) {
        meet = i > 0 && asciiLetter(text.charAt(i - 1));
      } else {
        i++;
        continue;
      }
      if (digitFor(c) != 0 && besideNumber(text, i)) {
        int[] token = numberToken(text, i);
        out = mend(text, token[0], token[1], out);
        i = token[2];
      } else if (meet) {
        int s = i - 1;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
          s--;
        }
        int e = i + 1;
        while (e < n && Character.isLetter(text.charAt(e))) {
          e++;
        }
        out = mixedWord(text, s, e, out);
        i = e;
      } else {
        i++;
      }
    }
    return out == null ? text : new String(out);
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Writes the mixed-script word {@code [s, e)} in its majority script, if it qualifies. */
  private static char[] mixedWord(String text, int s, int e, char[] out) {
    int latin = 0;
    int cyr = 0;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (cyrillic(c)) {
        cyr++;
      } else if (c < '\u0250') {
        latin++;
      }
    }
    if (latin == 0 || cyr == 0 || latin == cyr || inAddress(text, s, e)) {
      return out;
    }
    boolean toLatin = cyr < latin;
    String from = toLatin ? CYRILLIC : LATIN;
    String to = toLatin ? LATIN : CYRILLIC;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      boolean minority = toLatin ? cyrillic(c) : c < '\u0250';
      if (minority && from.indexOf(c) < 0) {
        return out;
      }
    }
    if (out == null) {
      out = text.toCharArray();
    }
    for (int k = s; k < e; k++) {
      int x = from.indexOf(text.charAt(k));
      if (x >= 0) {
        out[k] = to.charAt(x);
      }
    }
    return out;
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

  /**
   * The number-shaped token around the look-alike at {@code i}: {start, end without trailing
   * separators, end}; start = end when it is part of a word or code.
   */
  private static int[] numberToken(String text, int i) {
    int n = text.length();
    int s = i;
    while (s > 0 && tokenChar(text.charAt(s - 1))) {
      s--;
    }
    while (s < i && separator(text.charAt(s))) {
      s++;
    }
    int e = i + 1;
    while (e < n && tokenChar(text.charAt(e))) {
      e++;
    }
    if ((s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)))
        || (e < n && Character.isLetterOrDigit(text.charAt(e)))) {
      return new int[] {s, s, e}; // part of a word or code
    }
    // trailing separators (a full stop, a comma) do not belong to the number
    int end = e;
    while (end > s && separator(text.charAt(end - 1)) && text.charAt(end - 1) != '%') {
      end--;
    }
    return new int[] {s, end, e};
  }

  private static boolean tokenChar(char c) {
    return digit(c) || separator(c) || digitFor(c) != 0;
  }

  /** True if a digit stands next to {@code i}, or one separator away. */
  private static boolean besideNumber(String t, int i) {
    int n = t.length();
    return (i > 0 && digit(t.charAt(i - 1))) || (i + 1 < n && digit(t.charAt(i + 1)))
        || (i + 2 < n && separator(t.charAt(i + 1)) && digit(t.charAt(i + 2)))
        || (i > 1 && separator(t.charAt(i - 1)) && digit(t.charAt(i - 2)));
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
