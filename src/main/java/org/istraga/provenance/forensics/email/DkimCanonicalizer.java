package org.istraga.provenance.forensics.email;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DKIM canonicalization (RFC 6376 section 3.4) of headers and bodies, and the header selection of
 * section 5.4.2. Input is CRLF-normalized (see {@link RawMessage}). Stateless.
 */
public final class DkimCanonicalizer {

  private DkimCanonicalizer() {}

  /**
   * Canonical body.
   *
   * <ul>
   *   <li>{@code simple}: trailing empty lines are removed; an empty body becomes a single CRLF; a
   *       body not ending in CRLF gets one.
   *   <li>{@code relaxed}: runs of spaces and tabs become one space, whitespace at line ends is
   *       removed, trailing empty lines are removed; an empty body stays empty; a non-empty body
   *       ends in CRLF.
   * </ul>
   */
  public static byte[] body(byte[] body, String canon) {
    if ("relaxed".equals(canon)) {
      return relaxedBody(body);
    }
    return simpleBody(body);
  }

  static byte[] simpleBody(byte[] body) {
    int end = body.length;
    // make sure the last line is terminated
    byte[] b = body;
    if (end > 0 && !(end >= 2 && b[end - 2] == '\r' && b[end - 1] == '\n')) {
      b = new byte[end + 2];
      System.arraycopy(body, 0, b, 0, end);
      b[end] = '\r';
      b[end + 1] = '\n';
      end += 2;
    }
    // strip trailing empty lines: while the content ends with CRLFCRLF, drop the last CRLF
    while (end >= 4
        && b[end - 4] == '\r'
        && b[end - 3] == '\n'
        && b[end - 2] == '\r'
        && b[end - 1] == '\n') {
      end -= 2;
    }
    if (end == 2 && b[0] == '\r' && b[1] == '\n') {
      return new byte[] {'\r', '\n'};
    }
    if (end == 0) {
      return new byte[] {'\r', '\n'};
    }
    byte[] out = new byte[end];
    System.arraycopy(b, 0, out, 0, end);
    return out;
  }

  static byte[] relaxedBody(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    List<byte[]> lines = splitLines(body);
    // remove trailing empty lines (after whitespace reduction)
    List<byte[]> reduced = new ArrayList<>(lines.size());
    for (byte[] line : lines) {
      reduced.add(reduceLine(line));
    }
    int last = reduced.size() - 1;
    while (last >= 0 && reduced.get(last).length == 0) {
      last--;
    }
    for (int i = 0; i <= last; i++) {
      byte[] l = reduced.get(i);
      out.write(l, 0, l.length);
      out.write('\r');
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** Lines without their CRLF; a final line without CRLF counts as a line. */
  private static List<byte[]> splitLines(byte[] b) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        byte[] l = new byte[i - start];
        System.arraycopy(b, start, l, 0, l.length);
        lines.add(l);
        start = i + 2;
        i++;
      }
    }
    if (start < b.length) {
      byte[] l = new byte[b.length - start];
      System.arraycopy(b, start, l, 0, l.length);
      lines.add(l);
    }
    return lines;
  }

  private static byte[] reduceLine(byte[] line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(line.length);
    boolean inWsp = false;
    for (byte c : line) {
      if (c == ' ' || c == '\t') {
        inWsp = true;
      } else {
        if (inWsp) {
          out.write(' ');
          inWsp = false;
        }
        out.write(c);
      }
    }
    // trailing whitespace is dropped by never flushing inWsp
    return out.toByteArray();
  }

  /**
   * Canonical header field, with its final CRLF.
   *
   * <ul>
   *   <li>{@code simple}: unchanged.
   *   <li>{@code relaxed}: name lower-cased, value unfolded, runs of whitespace become one space,
   *       whitespace at the end of the value and around the colon removed.
   * </ul>
   */
  public static String header(HeaderField f, String canon) {
    if (!"relaxed".equals(canon)) {
      return f.raw();
    }
    return relaxedHeader(f.name(), f.rawValue()) + "\r\n";
  }

  /** The relaxed form {@code name:value} (no CRLF). */
  static String relaxedHeader(String name, String rawValue) {
    String v = rawValue.replace("\r\n", "");
    v = v.replaceAll("[ \t]+", " ");
    v = trimWsp(v); // whitespace after the colon and at the end of the value
    return name.trim().toLowerCase(Locale.ROOT) + ":" + v;
  }

  private static String trimWsp(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
      a++;
    }
    while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
      b--;
    }
    return s.substring(a, b);
  }

  /**
   * Picks the header instances named by {@code h=}: for each name, the bottom-most instance not yet
   * used; a name with no instance left selects nothing (RFC 6376 section 5.4.2).
   */
  public static List<HeaderField> select(List<HeaderField> headers, List<String> names) {
    List<HeaderField> out = new ArrayList<>();
    boolean[] used = new boolean[headers.size()];
    for (String name : names) {
      for (int i = headers.size() - 1; i >= 0; i--) {
        if (!used[i] && headers.get(i).is(name)) {
          used[i] = true;
          out.add(headers.get(i));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The DKIM-Signature field with the value of its {@code b=} tag deleted (surrounding whitespace
   * included), canonicalized, without the final CRLF: the last input to the header hash.
   */
  public static String signatureHeaderWithoutB(HeaderField sig, String canon) {
    String raw = sig.raw();
    int colon = raw.indexOf(':');
    String name = raw.substring(0, colon);
    String value = sig.rawValue();
    String blanked = blankB(value);
    String field = name + ":" + blanked;
    if ("relaxed".equals(canon)) {
      return relaxedHeader(name, blanked);
    }
    return field;
  }

  /** Deletes the value of the tag named exactly {@code b} (not {@code bh}). */
  static String blankB(String value) {
    StringBuilder out = new StringBuilder(value.length());
    int i = 0;
    int n = value.length();
    while (i < n) {
      int semi = value.indexOf(';', i);
      int end = semi < 0 ? n : semi;
      String part = value.substring(i, end);
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).replaceAll("[ \t\r\n]", "").equals("b")) {
        out.append(part, 0, eq + 1);
      } else {
        out.append(part);
      }
      if (semi >= 0) {
        out.append(';');
      }
      i = end + 1;
    }
    return out.toString();
  }
}
