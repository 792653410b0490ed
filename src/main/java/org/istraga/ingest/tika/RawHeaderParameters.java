package org.istraga.ingest.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A view of an e-mail message in which attachment names written as raw UTF-8 in the MIME headers
 * ({@code Content-Disposition: attachment; filename="Уговор.pdf"}, as many mail programs send
 * them, RFC 6532) are rewritten as RFC 2047 encoded words ({@code "=?UTF-8?B?...?="}).
 *
 * <p>Mime4j, under Tika's RFC 822 parser, drops a {@code name} or {@code filename} parameter
 * holding 8-bit bytes, so such an attachment lost its name (it became {@code embedded-1}) and its
 * extension. Only the {@code name} and {@code filename} parameters of {@code Content-Type} and
 * {@code Content-Disposition} fields in header blocks (the message's own, and each part's after a
 * boundary line) are touched, and only when their bytes are valid UTF-8; everything else passes
 * through byte for byte.
 *
 * <p>Header lines written raw in a legacy 8-bit charset (not valid UTF-8: old Outlook Express and
 * The Bat! wrote Subject, From names and file names in windows-1251 or windows-1250) are
 * re-encoded as UTF-8 first ({@link #toUtf8}), so mime4j, which reads raw header bytes as UTF-8,
 * does not turn every letter into U+FFFD: any field of the message's own header block, and the
 * {@code Content-Type}, {@code Content-Disposition} and {@code Content-Description} fields of a
 * part. The stored bytes of a message are never this view: it is what the parser reads.
 *
 * <p>Cost: one pass; lines are held one at a time, at most {@link #MAX_LINE} bytes (longer lines
 * pass through unchanged). Not thread-safe.
 */
final class RawHeaderParameters extends InputStream {

  /** Longest line examined; header lines are far shorter, body lines may be megabytes. */
  static final int MAX_LINE = 16 * 1024;

  /** Charsets a raw 8-bit header line that is not UTF-8 is read in, the most plausible chosen. */
  private static final java.util.List<String> LEGACY =
      java.util.List.of("windows-1251", "windows-1250", "ISO-8859-2", "KOI8-R", "windows-1252");
  /** A header field's name and colon at the start of a line. */
  private static final Pattern FIELD = Pattern.compile("[!-9;-~]+:");
  private static final Pattern NAME_PARAMETER = Pattern.compile(
      "(?i)(\\b(?:file)?name\\s*=\\s*)(\"([^\"]*)\"|([^;\\s\"]+))");

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private byte[] pending = new byte[0];
  private int pendingPos;
  private boolean inHeaders = true;
  private boolean inLongLine;
  private boolean nameField;
  /** The current line belongs to a field whose 8-bit bytes are transcoded when not UTF-8. */
  private boolean legacyField;
  /** Still in the message's own header block (before its first empty line). */
  private boolean topBlock = true;
  private boolean eof;

  RawHeaderParameters(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    if (pendingPos >= pending.length && !fill()) {
      return -1;
    }
    return pending[pendingPos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pendingPos >= pending.length && !fill()) {
      return -1;
    }
    int n = Math.min(len, pending.length - pendingPos);
    System.arraycopy(pending, pendingPos, b, off, n);
    pendingPos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Reads the next line (or a piece of a long one) into {@link #pending}; false at the end. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    line.reset();
    boolean ended = false;
    while (line.size() < MAX_LINE) {
      int c = in.read();
      if (c < 0) {
        eof = true;
        break;
      }
      line.write(c);
      if (c == '\n') {
        ended = true;
        break;
      }
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length == 0) {
      return false;
    }
    boolean wasLong = inLongLine;
    inLongLine = !ended && !eof;
    pending = wasLong || inLongLine ? bytes : examine(bytes);
    pendingPos = 0;
    return true;
  }

  private byte[] examine(byte[] bytes) {
    int content = bytes.length;
    while (content > 0 && (bytes[content - 1] == '\n' || bytes[content - 1] == '\r')) {
      content--;
    }
    if (content == 0) {
      inHeaders = false; // the blank line that ends a header block
      topBlock = false;
      nameField = false;
      legacyField = false;
      return bytes;
    }
    if (bytes[0] == '-' && content > 1 && bytes[1] == '-') {
      inHeaders = true; // a boundary: a part's headers follow
      nameField = false;
      legacyField = false;
      return bytes;
    }
    if (!inHeaders) {
      return bytes;
    }
    if (bytes[0] != ' ' && bytes[0] != '\t') {
      String start = new String(bytes, 0, Math.min(content, 40), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      nameField = start.startsWith("content-type:") || start.startsWith("content-disposition:");
      legacyField = topBlock ? FIELD.matcher(start).lookingAt() : nameField || start.startsWith("content-description:");
    }
    if (legacyField && hasEightBit(bytes, content) && !CharsetPlausibility.isUtf8(bytes, content)) {
      bytes = toUtf8(bytes, content);
      content = bytes.length;
      while (content > 0 && (bytes[content - 1] == '\n' || bytes[content - 1] == '\r')) {
        content--;
      }
    }
    if (!nameField || !hasEightBit(bytes, content)) {
      return bytes;
    }
    String text = new String(bytes, 0, content, StandardCharsets.ISO_8859_1);
    Matcher m = NAME_PARAMETER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    boolean changed = false;
    while (m.find()) {
      String value = m.group(3) != null ? m.group(3) : m.group(4);
      String encoded = encodedWord(value);
      if (encoded == null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      } else {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "\"" + encoded + "\""));
        changed = true;
      }
    }
    if (!changed) {
      return bytes;
    }
    m.appendTail(out);
    byte[] head = out.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] result = new byte[head.length + bytes.length - content];
    System.arraycopy(head, 0, result, 0, head.length);
    System.arraycopy(bytes, content, result, head.length, bytes.length - content);
    return result;
  }

  /**
   * A header line written in a legacy 8-bit charset (old mail programs wrote Subject, From names
   * and file names raw in windows-1251, windows-1250, KOI8-R...), re-encoded as UTF-8, the form
   * mime4j reads raw header bytes in: left alone it turned every such letter into U+FFFD. The
   * charset is the most plausible of {@link #LEGACY} for the line's bytes; the line end is kept.
   */
  static byte[] toUtf8(byte[] line, int content) {
    Charset cs = CharsetPlausibility.best(line, content, null, LEGACY);
    if (cs == null) {
      return line;
    }
    byte[] text = new String(line, 0, content, cs).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[text.length + line.length - content];
    System.arraycopy(text, 0, out, 0, text.length);
    System.arraycopy(line, content, out, text.length, line.length - content);
    return out;
  }

  /** The RFC 2047 form of a value read as ISO-8859-1, or null when it is ASCII or not valid UTF-8. */
  static String encodedWord(String latin1Value) {
    byte[] raw = latin1Value.getBytes(StandardCharsets.ISO_8859_1);
    if (!hasEightBit(raw, raw.length)) {
      return null;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
    } catch (CharacterCodingException e) {
      return null;
    }
    return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(raw) + "?=";
  }

  private static boolean hasEightBit(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
