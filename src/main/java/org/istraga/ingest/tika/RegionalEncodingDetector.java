package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * The charset of text that declares none (plain text, CSV, HTML without a meta charset, mail parts
 * without a charset), tuned for the legacy encodings of Serbian, Croatian and Bosnian files. Tika's
 * universal detector (juniversalchardet) knows the Cyrillic code pages (windows-1251, ISO-8859-5,
 * KOI8-R, IBM866) and UTF-8/16 with a byte-order mark well, but has no model for Central European
 * Latin: windows-1250 and ISO-8859-2 text comes back as ISO-8859-1, so "Ponuđač" reads
 * "Ponuðaè" and "šećer" "¹eæer". This detector:
 *
 * <ol>
 *   <li>recognises UTF-16 without a byte-order mark (Windows tools write it): every code unit of
 *       the sample decodes in one byte order to letters, digits, punctuation or white space of the
 *       Latin, Cyrillic or punctuation blocks, and not in the other;
 *   <li>asks the universal detector;
 *   <li>when that answers a Western single-byte charset for text with high bytes that is not
 *       UTF-8, compares it with windows-1252, windows-1250, ISO-8859-2 and windows-1251 by {@link
 *       CharsetPlausibility} and answers the most plausible; a candidate must score higher to
 *       replace the answer (ties keep it, and windows-1252 before the others). A text with š or ž
 *       (bytes that windows-1250 and windows-1252 read alike) starts from windows-1250 instead, as
 *       Western languages barely use those letters.
 * </ol>
 *
 * <p>UTF-8 text, text with a byte-order mark, every non-Western answer of the universal detector
 * and its silence (null: ICU's detector, next in the chain, decides, as for EBCDIC) are returned
 * unchanged. Declared charsets (HTML meta, MIME headers) are not this detector's
 * business: it sits after Tika's HTML detector in the chain. Reads at most {@link #SAMPLE} bytes,
 * then resets the stream. Stateless and thread-safe.
 */
public final class RegionalEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  /** Bytes read to decide. */
  static final int SAMPLE = 16 * 1024;
  private static final List<String> LATIN = List.of("windows-1252", "windows-1250", "ISO-8859-2", "windows-1251");

  private final EncodingDetector universal = new UniversalEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    input.mark(SAMPLE);
    byte[] sample = new byte[SAMPLE];
    int length;
    try {
      length = input.readNBytes(sample, 0, SAMPLE);
    } finally {
      input.reset();
    }
    Charset utf16 = bomlessUtf16(sample, length);
    if (utf16 != null) {
      return utf16;
    }
    Charset answer = universal.detect(input, metadata);
    return refine(sample, length, answer);
  }

  /** The universal detector's answer, corrected for Central European Latin text. */
  static Charset refine(byte[] sample, int length, Charset answer) {
    if (answer == null || !isWestern(answer)) {
      return answer; // no answer (EBCDIC, binary-looking text) goes on to ICU's detector
    }
    if (!CharsetPlausibility.hasHighBytes(sample, length) || CharsetPlausibility.isUtf8(sample, length)) {
      return answer;
    }
    Charset start = hasSlavicSh(sample, length) ? Charset.forName("windows-1250") : answer;
    return CharsetPlausibility.best(sample, length, start, LATIN);
  }

  private static boolean isWestern(Charset cs) {
    String n = cs.name();
    return n.equals("ISO-8859-1") || n.equals("windows-1252") || n.equals("US-ASCII");
  }

  /** Bytes 0x8A 0x8E 0x9A 0x9E: Š Ž š ž in both windows-1250 and windows-1252. */
  private static boolean hasSlavicSh(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      int v = b[i] & 0xff;
      if (v == 0x8a || v == 0x8e || v == 0x9a || v == 0x9e) {
        return true;
      }
    }
    return false;
  }

  /**
   * UTF-16LE or UTF-16BE when the sample has no byte-order mark, is long enough (at least 8 code
   * units), and reads as text in exactly one byte order; otherwise null.
   */
  static Charset bomlessUtf16(byte[] sample, int length) {
    if (length < 16) {
      return null;
    }
    int b0 = sample[0] & 0xff;
    int b1 = sample[1] & 0xff;
    if (b0 == 0xff && b1 == 0xfe || b0 == 0xfe && b1 == 0xff || b0 == 0xef && b1 == 0xbb) {
      return null; // a byte-order mark: the universal detector reads it
    }
    int even = length & ~1;
    boolean le = readsAsText(sample, even, StandardCharsets.UTF_16LE);
    boolean be = readsAsText(sample, even, StandardCharsets.UTF_16BE);
    if (le == be) {
      return null;
    }
    return le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  private static boolean readsAsText(byte[] sample, int length, Charset cs) {
    CharBuffer chars;
    try {
      chars = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(sample, 0, length));
    } catch (CharacterCodingException e) {
      // a surrogate pair cut at the end of the sample: judge without its last unit
      if (length <= 16) {
        return false;
      }
      return readsAsText(sample, length - 2, cs);
    }
    int spaces = 0;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
        spaces++;
        continue;
      }
      if (c < 0x20 || c >= 0x7f && c < 0xa0) {
        return false; // controls (NUL included): not text in this byte order
      }
      if (c >= 0x80) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        boolean ok = block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
            || block == Character.UnicodeBlock.LATIN_EXTENDED_A
            || block == Character.UnicodeBlock.LATIN_EXTENDED_B
            || block == Character.UnicodeBlock.CYRILLIC
            || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
            || block == Character.UnicodeBlock.CURRENCY_SYMBOLS
            || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS;
        if (!ok) {
          return false;
        }
      }
    }
    // ASCII-only text in the wrong byte order decodes to CJK and fails above; require spaces too
    return spaces > 0 && chars.length() >= 8;
  }
}
