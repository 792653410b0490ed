package org.istraga.ingest;

import java.nio.charset.Charset;

/**
 * Repairs Cyrillic text that a PDF's text layer hands out as Western letters: a font without a
 * {@code /ToUnicode} map whose Cyrillic glyphs sit at the Windows-1251 code points, declared (or
 * read) as WinAnsi, so that extraction gives "Ìèíèñòàðñòâî óíóòðàøœèõ ïîñëîâà" for
 * "Министарство унутрашњих послова". Such text cannot be searched, and OCR is not needed: the
 * codes are intact, only their reading is wrong, so reading them again as Windows-1251 restores
 * the text exactly.
 *
 * <p>A <em>word</em> is a maximal run of letters and of the characters that Windows-1252 (or
 * Latin-1, for the codes 0x80 to 0x9F) shows for a Windows-1251 letter ({@code × ÷ € £ ¼ ²}...).
 * A <em>misread word</em> has only such characters, at least half of them in À–ÿ, and reads, in
 * Windows-1251, as a Cyrillic word in one case or capitalized ("Ìèíèñòàðñòâî", "ÌÓÏ"). An
 * <em>accented word</em> has a letter in À–ÿ but is not misread ("Müller", "été", "čaša").
 *
 * <p>{@link #repair} changes a text only when the evidence is strong: at least
 * {@value #MIN_WORDS} misread words of three or more letters, misread words (of two or more) at
 * least {@value #ACCENT_RATIO} times as many as the accented words (text in French, German or Icelandic has many of those), and at
 * least {@value #VOWEL_SHARE_PERCENT}% of those of three or more letters hold a Cyrillic vowel once
 * read again (Serbian, Russian or Macedonian words do; Latin-1 junk does not). Then every misread
 * word is read again (single letters too: "è" is "и"), and so is a lone "¹" (the sign "№").
 * Windows-1252 has no character at 0x90 and 0x8F (Serbian "ђ" and "Џ"); PDF readers show those
 * codes as a bullet, which is read as "ђ" when it touches a misread word, and as "Џ" in a word of
 * capitals or at the start of a word followed by a capitalized one ("Џевад Жижић", a name; "ђак
 * Марко" would come out wrong, the one guess this repair makes).
 * Every other character stays as it was.
 *
 * <p>Each character is replaced by one character, so offsets into the text (page starts) stay
 * valid. Linear in the text's length; stateless and thread-safe.
 */
public final class CyrillicMojibake {

  /** Misread words of three or more letters needed before anything is changed. */
  static final int MIN_WORDS = 4;
  /** Misread words needed per accented word. */
  static final int ACCENT_RATIO = 4;
  /** Share of misread words (three or more letters) that must hold a vowel once read again. */
  static final int VOWEL_SHARE_PERCENT = 80;

  private static final char BULLET = '\u2022';
  /** The Windows-1251 letter for each character as shown by Windows-1252 or Latin-1; 0 if none. */
  private static final char[] TO_CYRILLIC = new char[0x2200];

  static {
    Charset cp1251 = Charset.forName("windows-1251");
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0xFF; b++) {
      byte[] one = {(byte) b};
      char cyr = new String(one, cp1251).charAt(0);
      if (!Character.isLetter(cyr)) {
        continue;
      }
      char shown = new String(one, cp1252).charAt(0);
      if (shown != '\uFFFD' && shown < TO_CYRILLIC.length) {
        TO_CYRILLIC[shown] = cyr;
      }
      if (b < 0xA0) {
        TO_CYRILLIC[b] = cyr; // read as Latin-1: a C1 control character
      }
    }
  }

  /** What {@link #repair} found and did. */
  public record Result(String text, int misreadWords, int accentedWords, boolean repaired) {}

  private CyrillicMojibake() {}

  /** The text with misread Cyrillic read again, or the text itself when the evidence is weak. */
  public static Result repair(String text) {
    if (text == null || text.isEmpty()) {
      return new Result(text, 0, 0, false);
    }
    int misread = 0;
    int accented = 0;
    int longMisread = 0;
    int withVowel = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text, i)) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      int kind = classify(text, i, end);
      if (kind == MISREAD && end - i >= 2) {
        misread++;
        if (end - i >= 3) {
          longMisread++;
          if (hasVowel(text, i, end)) {
            withVowel++;
          }
        }
      } else if (kind == ACCENTED) {
        accented++;
      }
      i = end;
    }
    boolean strong = longMisread >= MIN_WORDS && misread >= ACCENT_RATIO * accented
        && withVowel * 100 >= VOWEL_SHARE_PERCENT * longMisread;
    if (!strong) {
      return new Result(text, misread, accented, false);
    }
    char[] out = text.toCharArray();
    i = 0;
    while (i < n) {
      if (!isWordChar(text, i)) {
        if (text.charAt(i) == '\u00B9' && lone(text, i)) {
          out[i] = '\u2116';
        }
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      if (classify(text, i, end) == MISREAD) {
        boolean upper = isUpperWord(text, i, end) || text.charAt(i) == BULLET && nextWordCapitalized(text, end);
        for (int k = i; k < end; k++) {
          char c = text.charAt(k);
          out[k] = c == BULLET ? (upper && (k == i || isUpperWord(text, i, end)) ? '\u040F' : '\u0452')
              : TO_CYRILLIC[c];
        }
      }
      i = end;
    }
    return new Result(new String(out), misread, accented, true);
  }

  private static final int OTHER = 0;
  private static final int MISREAD = 1;
  private static final int ACCENTED = 2;

  private static int classify(String s, int start, int end) {
    int high = 0;
    boolean allMappable = true;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= 0xC0 && c <= 0xFF) {
        high++;
      }
      if (c != BULLET && (c >= TO_CYRILLIC.length || TO_CYRILLIC[c] == 0)) {
        allMappable = false;
      }
    }
    if (allMappable && high * 2 >= end - start && casePlausible(s, start, end)) {
      return MISREAD;
    }
    return high > 0 ? ACCENTED : OTHER;
  }

  /** One case throughout, or a capital then small letters, as read in Windows-1251. */
  private static boolean casePlausible(String s, int start, int end) {
    int uppers = 0;
    int firstLower = -1;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == BULLET) {
        continue;
      }
      if (Character.isUpperCase(TO_CYRILLIC[c])) {
        uppers++;
        if (firstLower >= 0) {
          return false; // a capital after a small letter
        }
      } else if (firstLower < 0) {
        firstLower = k;
      }
    }
    return uppers <= 1 || firstLower < 0;
  }

  private static boolean isUpperWord(String s, int start, int end) {
    int lower = 0;
    int upper = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c != BULLET) {
        if (Character.isUpperCase(TO_CYRILLIC[c])) {
          upper++;
        } else {
          lower++;
        }
      }
    }
    return upper > 0 && lower == 0;
  }

  /** Whether the word after {@code end} (past blanks and a comma) starts with a capital. */
  private static boolean nextWordCapitalized(String s, int end) {
    int k = end;
    while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == ',')) {
      k++;
    }
    if (k >= s.length() || k == end) {
      return false;
    }
    char c = s.charAt(k);
    char cyr = c < TO_CYRILLIC.length ? TO_CYRILLIC[c] : 0;
    return cyr != 0 ? Character.isUpperCase(cyr) : Character.isUpperCase(c);
  }

  private static boolean hasVowel(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c != BULLET && "аеиоуяюёэыієїАЕИОУЯЮЁЭЫІЄЇ".indexOf(TO_CYRILLIC[c]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(String s, int k) {
    char c = s.charAt(k);
    if (Character.isLetter(c) || c < TO_CYRILLIC.length && TO_CYRILLIC[c] != 0) {
      return true;
    }
    // a bullet inside or at the edge of a word stands for code 0x90 or 0x8F ("ђ", "Џ")
    return c == BULLET && (k > 0 && isHigh(s.charAt(k - 1)) || k + 1 < s.length() && isHigh(s.charAt(k + 1)));
  }

  private static boolean isHigh(char c) {
    return c >= 0xC0 && c <= 0xFF;
  }

  private static int wordEnd(String s, int start) {
    int k = start + 1;
    while (k < s.length() && isWordChar(s, k)) {
      k++;
    }
    return k;
  }

  private static boolean lone(String s, int k) {
    return (k == 0 || Character.isWhitespace(s.charAt(k - 1)))
        && (k + 1 == s.length() || Character.isWhitespace(s.charAt(k + 1)) || Character.isDigit(s.charAt(k + 1)));
  }
}
