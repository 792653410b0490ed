package org.istraga.ingest.tika;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Scores how plausible the text is that some bytes give in a candidate single-byte charset, for
 * the documents a Serbian leak holds: Serbian, Croatian and Bosnian in Latin (č ć đ š ž) and
 * Cyrillic, Russian, and Western European languages. Only characters decoded from bytes of 0x80
 * and above count (ASCII reads the same in every candidate):
 *
 * <ul>
 *   <li>a letter of those alphabets: +3; any other letter: +1;
 *   <li>document punctuation („ “ ” – — … € § ° « » and the like): +1;
 *   <li>any other symbol (box drawing, ¹ ¾ ¤ ¦ ˇ ˘ …): −3; a control or undefined byte: −10;
 *   <li>a word that mixes Latin and Cyrillic letters: −5; a word with a capital after a small
 *       letter (the "PonuÐaŸ" of a misread name): −2; a Latin word of four or more letters most of
 *       which are accented (the "Çàïèñíèê" of Cyrillic read as Western): −2 per accented letter.
 * </ul>
 *
 * <p>Mojibake turns a letter into another letter often enough that letter counts alone cannot
 * tell windows-1250 from windows-1252; the alphabet bonus and the word checks do. Pure functions;
 * thread-safe; cost linear in the sample.
 */
final class CharsetPlausibility {

  /** Latin letters of Serbian, Croatian, Bosnian and the common Western European languages. */
  private static final String LATIN_ALPHABET = "čćđšžČĆĐŠŽ"
      + "áàâäãåçéèêëíìîïñóòôöõøúùûüýÿßœ"
      + "ÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝŒ";
  /** Document punctuation found in the upper half of the Windows and ISO code pages. */
  private static final String PUNCTUATION = "„“”‘’‚«»–—…•€§°©®±·\u00a0¿¡×№";

  private CharsetPlausibility() {}

  /** The score of {@code bytes} read as {@code charset}; higher is more plausible. */
  static int score(byte[] bytes, int length, Charset charset) {
    String text = new String(bytes, 0, length, charset);
    // positions of characters that came from high bytes: single-byte charsets map byte i to char i
    int score = 0;
    boolean latin = false;
    boolean cyrillic = false;
    boolean lower = false;
    boolean caseBreak = false;
    boolean high = false;
    int letters = 0;
    int accented = 0;
    int n = Math.min(text.length(), length);
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (i < n && Character.isLetter(c)) {
        boolean isCyrillic = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
        latin |= !isCyrillic;
        cyrillic |= isCyrillic;
        if (Character.isUpperCase(c) && lower) {
          caseBreak = true;
        }
        lower = Character.isLowerCase(c);
        letters++;
        if ((bytes[i] & 0x80) != 0) {
          high = true;
          accented += isCyrillic ? 0 : 1;
          score += isCyrillic && isCommonCyrillic(c) || LATIN_ALPHABET.indexOf(c) >= 0 ? 3 : 1;
        }
        continue;
      }
      if (high) {
        score -= (latin && cyrillic ? 5 : 0) + (caseBreak ? 2 : 0)
            + (letters >= 4 && accented * 2 > letters ? 2 * accented : 0);
      }
      latin = cyrillic = lower = caseBreak = high = false;
      letters = accented = 0;
      if (i < n && (bytes[i] & 0x80) != 0) {
        if (c == '\ufffd' || Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED) {
          score -= 10;
        } else if (PUNCTUATION.indexOf(c) >= 0 || Character.isDigit(c)) {
          score += 1;
        } else {
          score -= 3;
        }
      }
    }
    return score;
  }

  private static boolean isCommonCyrillic(char c) {
    return c >= 'А' && c <= 'я' || "ЂЈЉЊЋЏђјљњћџЁё".indexOf(c) >= 0;
  }

  /**
   * The candidate with the highest score, or {@code preferred} when none scores higher than it
   * (ties keep the preferred answer). Candidates not supported by this JVM are skipped.
   */
  static Charset best(byte[] bytes, int length, Charset preferred, List<String> candidates) {
    Charset best = preferred;
    int bestScore = preferred == null ? Integer.MIN_VALUE : score(bytes, length, preferred);
    for (String name : candidates) {
      if (!Charset.isSupported(name)) {
        continue;
      }
      Charset cs = Charset.forName(name);
      int s = score(bytes, length, cs);
      if (s > bestScore) {
        best = cs;
        bestScore = s;
      }
    }
    return best;
  }

  /** True when the bytes are well-formed UTF-8 (an incomplete sequence cut at the end allowed). */
  static boolean isUtf8(byte[] bytes, int length) {
    int end = length;
    // a sample may cut a multi-byte sequence: drop up to 3 trailing bytes of an unfinished one
    for (int k = 1; k <= 3 && end - k >= 0; k++) {
      int b = bytes[end - k] & 0xff;
      if (b >= 0xc0) {
        int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        if (need > k) {
          end -= k;
        }
        break;
      }
      if (b < 0x80) {
        break;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** True when some byte is 0x80 or above. */
  static boolean hasHighBytes(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if ((bytes[i] & 0x80) != 0) {
        return true;
      }
    }
    return false;
  }
}
