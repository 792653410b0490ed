package org.istraga.provenance.forensics.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 5322 message split into its header fields and body bytes, with line endings normalized to
 * CRLF (messages stored on Unix use bare LF; DKIM canonicalization is defined on CRLF, and
 * normalizing is what verifiers do). Header bytes are kept one char per byte (ISO-8859-1), so 8-bit
 * headers survive unchanged. Immutable.
 */
public final class RawMessage {

  private final List<HeaderField> headers;
  private final byte[] body;
  private final boolean bodyPresent;

  private RawMessage(List<HeaderField> headers, byte[] body, boolean bodyPresent) {
    this.headers = List.copyOf(headers);
    this.body = body;
    this.bodyPresent = bodyPresent;
  }

  /**
   * Parses a message. Bytes before the first header that cannot be a header (for example an mbox
   * {@code From } line) must be removed by the caller. A header section without a blank line ends
   * at the end of the data (no body).
   */
  public static RawMessage parse(byte[] data) {
    byte[] crlf = toCrlf(data);
    String text = new String(crlf, StandardCharsets.ISO_8859_1);
    List<HeaderField> fields = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    int bodyStart = -1;
    StringBuilder current = null;
    while (pos < n) {
      int eol = text.indexOf("\r\n", pos);
      int next = eol < 0 ? n : eol + 2;
      String line = text.substring(pos, eol < 0 ? n : eol);
      if (line.isEmpty()) {
        bodyStart = next;
        break;
      }
      boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
      if (continuation && current != null) {
        current.append(text, pos, next);
      } else {
        if (current != null) {
          add(fields, current.toString());
        }
        current = new StringBuilder(text.substring(pos, next));
      }
      pos = next;
    }
    if (current != null) {
      String last = current.toString();
      add(fields, last.endsWith("\r\n") ? last : last + "\r\n");
    }
    byte[] body;
    if (bodyStart < 0 || bodyStart > crlf.length) {
      body = new byte[0];
    } else {
      body = new byte[crlf.length - bodyStart];
      System.arraycopy(crlf, bodyStart, body, 0, body.length);
    }
    return new RawMessage(fields, body, bodyStart >= 0);
  }

  /** A message built from a header block only (e.g. the transport headers of an Outlook .msg). */
  public static RawMessage headersOnly(String headerBlock) {
    RawMessage m = parse((headerBlock.strip() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return new RawMessage(m.headers, new byte[0], false);
  }

  private static void add(List<HeaderField> fields, String raw) {
    int colon = raw.indexOf(':');
    if (colon <= 0) {
      return; // not a header field (garbage line); ignored
    }
    fields.add(new HeaderField(raw.substring(0, colon).stripTrailing(), raw));
  }

  /** All header fields, top first. */
  public List<HeaderField> headers() {
    return headers;
  }

  /** All fields with this name, top first. */
  public List<HeaderField> headers(String name) {
    List<HeaderField> out = new ArrayList<>();
    for (HeaderField f : headers) {
      if (f.is(name)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The unfolded value of the first field with this name, or null. */
  public String first(String name) {
    for (HeaderField f : headers) {
      if (f.is(name)) {
        return f.value();
      }
    }
    return null;
  }

  /** The body bytes (CRLF line endings), possibly empty. */
  public byte[] body() {
    return body;
  }

  /** False when the body is not available as sent (headers-only messages). */
  public boolean bodyPresent() {
    return bodyPresent;
  }

  /** Converts bare LF to CRLF; CRLF stays; bare CR stays. */
  static byte[] toCrlf(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 40 + 16);
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '\n' && (i == 0 || in[i - 1] != '\r')) {
        out.write('\r');
      }
      out.write(b);
    }
    return out.toByteArray();
  }
}
