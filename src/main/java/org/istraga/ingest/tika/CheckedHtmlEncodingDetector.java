package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * The charset an HTML file declares in its {@code <meta>} tag, unless its bytes prove the
 * declaration wrong.
 *
 * <p>Pages saved from old Serbian sites and exported by office tools often declare a charset they
 * are not written in: a template's {@code iso-8859-1} or {@code utf-8} over windows-1251 or
 * windows-1250 text, or {@code windows-1251} over a file later re-saved as UTF-8. Read in the
 * declared charset, "Уговор" comes out "Óãîâîð" or "РЈРіРѕРІРѕСЂ", and no search finds it. This
 * detector asks Tika's {@link HtmlEncodingDetector} for the declaration and then:
 *
 * <ul>
 *   <li>no declaration: null, so the next detector in the chain ({@link RegionalEncodingDetector})
 *       decides;
 *   <li>no byte of 0x80 or above in the sample: the declaration (every ASCII-compatible charset
 *       reads it alike);
 *   <li>the bytes are well-formed UTF-8 with multi-byte sequences: UTF-8, whatever the declaration
 *       (8-bit text in a legacy code page is practically never well-formed UTF-8);
 *   <li>UTF-8 declared over bytes that are not UTF-8: the charset {@link RegionalEncodingDetector}
 *       finds;
 *   <li>a single-byte charset declared: the charset {@link RegionalEncodingDetector} finds if its
 *       reading scores higher than the declared one's by {@link CharsetPlausibility} (ties keep
 *       the declaration).
 * </ul>
 *
 * <p>Other declared multi-byte charsets (Shift_JIS, GB2312, Big5, EUC-KR…) are kept. Reads at most
 * {@link RegionalEncodingDetector#SAMPLE} bytes, then resets the stream. Stateless and
 * thread-safe.
 */
public final class CheckedHtmlEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;

  private final HtmlEncodingDetector declared = new HtmlEncodingDetector();
  private final RegionalEncodingDetector regional = new RegionalEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    Charset declaration = declared.detect(input, metadata);
    if (declaration == null) {
      return null;
    }
    int size = RegionalEncodingDetector.SAMPLE;
    input.mark(size);
    byte[] sample = new byte[size];
    int length;
    try {
      length = input.readNBytes(sample, 0, size);
    } finally {
      input.reset();
    }
    return check(declaration, sample, length, () -> regional.detect(input, metadata));
  }

  /** Finds the charset of the bytes when the declaration is doubted. */
  interface Fallback {
    Charset detect() throws IOException;
  }

  static Charset check(Charset declaration, byte[] sample, int length, Fallback fallback) throws IOException {
    if (!CharsetPlausibility.hasHighBytes(sample, length)) {
      return declaration;
    }
    boolean utf8 = CharsetPlausibility.isUtf8(sample, length);
    if (utf8) {
      return StandardCharsets.UTF_8;
    }
    if (declaration.equals(StandardCharsets.UTF_8)) {
      Charset found = fallback.detect();
      return found == null ? declaration : found;
    }
    if (!isSingleByte(declaration)) {
      return declaration;
    }
    Charset found = fallback.detect();
    if (found == null || found.equals(declaration) || !isSingleByte(found)) {
      return declaration;
    }
    return CharsetPlausibility.score(sample, length, found) > CharsetPlausibility.score(sample, length, declaration)
        ? found : declaration;
  }

  /** True for charsets that map every byte to one character (ISO-8859-*, windows-125*, KOI8…). */
  static boolean isSingleByte(Charset cs) {
    return cs.newEncoder().maxBytesPerChar() == 1.0f && cs.newDecoder().maxCharsPerByte() == 1.0f
        && !cs.name().startsWith("UTF");
  }
}
