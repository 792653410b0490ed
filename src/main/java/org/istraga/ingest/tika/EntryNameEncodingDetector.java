package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * The charset of a ZIP entry name stored without the UTF-8 flag. Such names are in whatever code
 * page the zipping tool used: Windows' own "compressed folder" and old PKZIP/WinZip/WinRAR write
 * the DOS (OEM) code page of the machine (IBM852 on a Serbian Latin, Croatian or Bosnian Windows,
 * IBM855 on a Serbian Cyrillic one, IBM866 on a Russian one, IBM437/IBM850 on Western ones); other
 * tools write the Windows (ANSI) code page (windows-1250, windows-1251). Tika's general detectors
 * are trained on running text and read a short IBM852 name as windows-1252 ("PonuÐaŸ" for
 * "Ponuđač").
 *
 * <p>Names that are valid UTF-8 are UTF-8. Otherwise each candidate code page decodes the name
 * and the most plausible reading wins ({@link CharsetPlausibility}: letters of the alphabets
 * expected in a Serbian leak, no box-drawing or control characters, no words mixing scripts or
 * with a capital after a small letter); ties keep the earlier candidate, IBM437 first as the ZIP
 * specification's default. Pure ASCII names return null (nothing to decide).
 *
 * <p>Tika's {@code PackageParser} calls this with the raw name repeated to at least 100 bytes; the
 * repetition is undone before scoring (its seams would join words). A name whose best European
 * reading changes case in mid-word in most of its words ("ЙујЖС№Лх" for a Chinese name) or has
 * symbols right after letters ("Њ_–сЏ‘‚М") is read as East Asian (GB18030, Big5, Shift_JIS,
 * EUC-JP, EUC-KR) when it decodes in one of them to ideographs, kana or hangul only (see {@link
 * #eastAsian} for how readings that fit several are ranked). Reads the whole (short) stream.
 * Stateless and thread-safe.
 */
public final class EntryNameEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  /** Longest name considered. */
  private static final int MAX = 4096;
  private static final List<String> CODE_PAGES = List.of(
      "IBM437", "IBM852", "IBM855", "IBM866", "IBM850", "windows-1250", "windows-1251", "windows-1252");

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    input.mark(MAX);
    byte[] name;
    try {
      name = input.readNBytes(MAX);
    } finally {
      input.reset();
    }
    return detect(onePeriod(name));
  }

  /** The name once, when the bytes are a name repeated (as Tika passes short names). */
  static byte[] onePeriod(byte[] b) {
    for (int p = 1; p <= b.length / 2; p++) {
      if (b.length % p != 0) {
        continue;
      }
      boolean repeats = true;
      for (int i = p; i < b.length && repeats; i++) {
        repeats = b[i] == b[i - p];
      }
      if (repeats) {
        return java.util.Arrays.copyOf(b, p);
      }
    }
    return b;
  }

  /** The charset of a raw entry name, or null for a pure ASCII name. */
  static Charset detect(byte[] name) {
    if (!CharsetPlausibility.hasHighBytes(name, name.length)) {
      return null;
    }
    if (CharsetPlausibility.isUtf8(name, name.length)) {
      return StandardCharsets.UTF_8;
    }
    Charset european = CharsetPlausibility.best(name, name.length, null, CODE_PAGES);
    if (european == null || jumbled(new String(name, european)) || symbolsAmongLetters(name, european)) {
      Charset cjk = eastAsian(name);
      if (cjk != null) {
        return cjk;
      }
    }
    return european;
  }

  /** East Asian multi-byte charsets a name may be in (Chinese, Japanese, Korean tools). */
  private static final List<String> EAST_ASIAN = List.of("GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR");

  /**
   * True when most words with letters outside ASCII change case in mid-word ("ЙујЖС№Лх"), as a
   * Chinese name read in a European code page does; real names in these code pages do not.
   */
  static boolean jumbled(String text) {
    int words = 0;
    int broken = 0;
    boolean nonAscii = false;
    boolean lower = false;
    boolean caseBreak = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        nonAscii |= c > 0x7f;
        caseBreak |= Character.isUpperCase(c) && lower;
        lower = Character.isLowerCase(c);
        continue;
      }
      if (nonAscii) {
        words++;
        broken += caseBreak ? 1 : 0;
      }
      nonAscii = lower = caseBreak = false;
    }
    return words > 0 && broken * 2 >= words;
  }

  /**
   * True when a byte above 0x7F reads, in {@code cs}, as a symbol (not a letter or digit) right
   * after a letter ("Њ_–сЏ‘‚М", "╝fşp│"): East Asian double bytes read one byte at a time.
   * A dash or quote between words ("nabavci – član") is not counted.
   */
  static boolean symbolsAmongLetters(byte[] name, Charset cs) {
    String text = new String(name, cs);
    int n = Math.min(text.length(), name.length);
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if ((name[i] & 0x80) != 0 && !Character.isLetterOrDigit(c) && Character.isLetter(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The East Asian charset in which the name decodes without error into ideographs, kana or
   * hangul only (besides ASCII), or null when none does. Short names often fit several; the
   * readings are ranked by what each script is never without: Japanese names have kana, Korean
   * ones hangul, and simplified Chinese ones stay within the GB2312 set of common characters
   * (random double bytes seldom do); otherwise Big5. Ties keep the order GB18030, Big5, Shift_JIS,
   * EUC-JP, EUC-KR.
   */
  static Charset eastAsian(byte[] name) {
    Charset best = null;
    int bestScore = 0;
    for (String cs : EAST_ASIAN) {
      if (!Charset.isSupported(cs) || !onlyEastAsianLetters(name, Charset.forName(cs))) {
        continue;
      }
      String text = new String(name, Charset.forName(cs));
      int score;
      switch (cs) {
        case "GB18030":
          score = Charset.isSupported("GB2312") && Charset.forName("GB2312").newEncoder().canEncode(text) ? 4 : 1;
          break;
        case "Big5":
          score = 2;
          break;
        case "EUC-KR":
          score = share(text, c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) >= 0.7 ? 6 : 0;
          break;
        default: // Shift_JIS, EUC-JP: full-width kana (half-width katakana is what stray bytes become)
          score = share(text, c -> c >= 0x3040 && c <= 0x30FF) > 0 ? 6 : 0;
      }
      if (score > bestScore) {
        best = Charset.forName(cs);
        bestScore = score;
      }
    }
    return best;
  }

  /** Share of the non-ASCII characters of {@code text} that {@code test} accepts. */
  private static double share(String text, java.util.function.IntPredicate test) {
    long all = text.codePoints().filter(c -> c > 0x7f).count();
    return all == 0 ? 0 : text.codePoints().filter(c -> c > 0x7f).filter(test).count() / (double) all;
  }

  private static boolean onlyEastAsianLetters(byte[] name, Charset cs) {
    String text;
    try {
      text = cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(name)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
    int eastAsian = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
          || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL
          || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
          || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
        eastAsian++;
      } else {
        return false;
      }
    }
    return eastAsian >= 2;
  }
}
