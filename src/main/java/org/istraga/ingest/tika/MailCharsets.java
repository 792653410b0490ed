package org.istraga.ingest.tika;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * The charset a MIME part declares, and whether its bytes really are in it. Mail programs write
 * Western defaults ({@code us-ascii}, {@code iso-8859-1}, {@code windows-1252}) whatever the
 * text, and some declare a charset the bytes do not fit: such declarations are left to Tika's
 * detection; the others are read as the superset mail programs write under that name. Used by
 * {@link MessageContentHandler} for text parts and text attachments.
 *
 * <p>Static and thread-safe; {@link #fitting} decodes the bytes once (cost linear in their
 * length).
 */
final class MailCharsets {

  private static final Set<String> WESTERN_DEFAULTS = Set.of("us-ascii", "iso-8859-1", "windows-1252");
  /**
   * Declared charsets read as the superset mail programs actually write under that name (as web
   * browsers do): GB2312 mail holds GBK characters, Shift_JIS mail Microsoft's extensions.
   */
  private static final Map<String, String> SUPERSETS = Map.of(
      "gb2312", "GB18030", "gbk", "GB18030", "x-gbk", "GB18030", "euc-cn", "GB18030",
      "shift_jis", "windows-31j", "ks_c_5601-1987", "x-windows-949", "euc-kr", "x-windows-949",
      "big5", "Big5-HKSCS", "tis-620", "x-windows-874");

  private MailCharsets() {}

  /**
   * The declared charset when the bytes decode cleanly in it and it is not a Western default
   * (mail programs write {@code iso-8859-1} over Central European and Cyrillic text); else null.
   */
  static Charset fitting(String declared, byte[] bytes) {
    return fitting(declared, bytes, false);
  }

  /** As {@link #fitting(String, byte[])}; {@code cut}: the bytes are a sample, maybe cut mid-character. */
  static Charset fitting(String declared, byte[] bytes, boolean cut) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    Charset cs;
    try {
      String name = declared.strip().toLowerCase(Locale.ROOT);
      cs = Charset.forName(SUPERSETS.getOrDefault(name, name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
    if (WESTERN_DEFAULTS.contains(cs.name().toLowerCase(Locale.ROOT))) {
      return null;
    }
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    CoderResult r = decoder.decode(ByteBuffer.wrap(bytes), out, !cut);
    if (r.isError()) {
      return null;
    }
    return cut || decoder.flush(out).isUnderflow() ? cs : null;
  }

  /** The charset a part's {@code Content-Type} declares, or null. */
  static String declared(BodyDescriptor bd) {
    if (bd instanceof MaximalBodyDescriptor m && m.getContentTypeParameters() != null) {
      return m.getContentTypeParameters().get("charset");
    }
    return null;
  }

  /** An encoding detector that answers {@code charset}, for the one part being parsed. */
  static EncodingDetector detector(Charset charset) {
    return new Declared(charset);
  }

  /** The charset a MIME header declared, for the one part being parsed. */
  private static final class Declared implements EncodingDetector {
    private static final long serialVersionUID = 1L;
    private final transient Charset charset;

    Declared(Charset charset) {
      this.charset = charset;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) {
      return charset;
    }
  }
}
