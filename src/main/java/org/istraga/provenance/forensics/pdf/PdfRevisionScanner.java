package org.istraga.provenance.forensics.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds the revision boundaries of a PDF by looking at its raw bytes: every {@code %%EOF} that
 * closes a {@code startxref N} whose offset points at a cross-reference section ({@code xref}) or a
 * cross-reference stream object ({@code N G obj}). That rules out {@code %%EOF} strings inside
 * uncompressed embedded PDFs or other stream data, and the first-page trailer of a linearized file
 * (its {@code startxref} is 0).
 *
 * <p>Cost: one pass over the bytes plus a constant-size look-around per {@code %%EOF}. Stateless
 * and thread-safe.
 */
public final class PdfRevisionScanner {

  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final int STARTXREF_WINDOW = 1024;
  private static final int OFFSET_SLACK = 64;

  private PdfRevisionScanner() {}

  /**
   * The layout of a PDF's bytes.
   *
   * @param headerVersion {@code x.y} from {@code %PDF-x.y}, or null if no header in the first KB
   * @param headerOffset offset of the header, or -1
   * @param linearized true if the first object is a linearization dictionary
   * @param revisionEnds end offset (after the {@code %%EOF} line break) of each revision
   * @param eofMarkerEnds end offset of each accepted {@code %%EOF} marker itself (without EOL)
   * @param bytesAfterLastEof bytes after the last revision end
   * @param trailingNonWhitespace true if any of those bytes is not whitespace or NUL
   */
  public record Layout(
      String headerVersion,
      long headerOffset,
      boolean linearized,
      List<Long> revisionEnds,
      List<Long> eofMarkerEnds,
      long bytesAfterLastEof,
      boolean trailingNonWhitespace) {

    /** Number of revisions (at least 1 for a file with any accepted marker). */
    public int revisionCount() {
      return revisionEnds.size();
    }

    /** True if {@code offset} ends a revision (at the marker or after its line break). */
    public boolean isRevisionEnd(long offset) {
      for (int i = 0; i < revisionEnds.size(); i++) {
        if (offset >= eofMarkerEnds.get(i) && offset <= revisionEnds.get(i)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Revisions appended after the revision in which {@code offset} falls (0 if it falls in the
     * last one or beyond).
     */
    public int revisionsAfter(long offset) {
      for (int i = 0; i < revisionEnds.size(); i++) {
        if (offset <= revisionEnds.get(i)) {
          return revisionEnds.size() - i - 1;
        }
      }
      return 0;
    }
  }

  public static Layout scan(byte[] data) {
    String version = null;
    long headerOffset = -1;
    int headerLimit = Math.min(data.length, 1024);
    int h = indexOf(data, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, headerLimit);
    if (h >= 0) {
      headerOffset = h;
      int i = h + 5;
      StringBuilder v = new StringBuilder();
      while (i < data.length && v.length() < 8 && (isDigit(data[i]) || data[i] == '.')) {
        v.append((char) data[i++]);
      }
      version = v.length() == 0 ? null : v.toString();
    }
    boolean linearized =
        indexOf(
                data,
                "/Linearized".getBytes(StandardCharsets.US_ASCII),
                0,
                Math.min(data.length, 2048))
            >= 0;

    List<Long> ends = new ArrayList<>();
    List<Long> markerEnds = new ArrayList<>();
    int from = 0;
    while (true) {
      int pos = indexOf(data, EOF, from, data.length);
      if (pos < 0) {
        break;
      }
      from = pos + EOF.length;
      if (!closesValidStartxref(data, pos)) {
        continue;
      }
      long end = pos + EOF.length;
      markerEnds.add(end);
      if (end < data.length && data[(int) end] == '\r') {
        end++;
      }
      if (end < data.length && data[(int) end] == '\n') {
        end++;
      }
      ends.add(end);
    }
    if (ends.isEmpty()) {
      // No well-formed trailer: fall back to the last marker, if any, as the only revision.
      int last = lastIndexOf(data, EOF);
      if (last >= 0) {
        long end = last + EOF.length;
        markerEnds.add(end);
        while (end < data.length && (data[(int) end] == '\r' || data[(int) end] == '\n')) {
          end++;
          if (end - last - EOF.length >= 2) {
            break;
          }
        }
        ends.add(end);
      }
    }
    long lastEnd = ends.isEmpty() ? data.length : ends.get(ends.size() - 1);
    boolean nonWs = false;
    for (long i = lastEnd; i < data.length; i++) {
      byte b = data[(int) i];
      if (!(b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0)) {
        nonWs = true;
        break;
      }
    }
    return new Layout(
        version,
        headerOffset,
        linearized,
        List.copyOf(ends),
        List.copyOf(markerEnds),
        data.length - lastEnd,
        nonWs);
  }

  /** Hex of up to {@code max} bytes starting at {@code from}; null if none. */
  public static String hexPreview(byte[] data, long from, int max) {
    if (from >= data.length) {
      return null;
    }
    int len = (int) Math.min(max, data.length - from);
    return HexFormat.of().formatHex(data, (int) from, (int) from + len);
  }

  private static boolean closesValidStartxref(byte[] data, int eofPos) {
    int windowStart = Math.max(0, eofPos - STARTXREF_WINDOW);
    int sx =
        lastIndexOf(data, "startxref".getBytes(StandardCharsets.US_ASCII), windowStart, eofPos);
    if (sx < 0) {
      return false;
    }
    int i = sx + 9;
    while (i < eofPos && isWhite(data[i])) {
      i++;
    }
    long offset = 0;
    int digits = 0;
    while (i < eofPos && isDigit(data[i]) && digits < 19) {
      offset = offset * 10 + (data[i] - '0');
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    while (i < eofPos && isWhite(data[i])) {
      i++;
    }
    if (i != eofPos || offset <= 0 || offset >= sx) {
      return false;
    }
    // Accept if a cross-reference section starts at (or, for sloppy writers, near) the offset.
    int lo = (int) Math.max(0, offset - OFFSET_SLACK);
    int hi = (int) Math.min(sx, offset + OFFSET_SLACK);
    for (int p = (int) offset; p < hi; p++) {
      if (startsXref(data, p, sx)) {
        return true;
      }
    }
    for (int p = (int) offset - 1; p >= lo; p--) {
      if (startsXref(data, p, sx)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsXref(byte[] data, int p, int limit) {
    if (p > 0 && !isWhite(data[p - 1]) && data[p - 1] != '>') {
      return false;
    }
    if (matches(data, p, "xref")) {
      return true;
    }
    // "N G obj" (cross-reference stream)
    int i = p;
    int d1 = 0;
    while (i < limit && isDigit(data[i])) {
      i++;
      d1++;
    }
    if (d1 == 0 || i >= limit || !isWhite(data[i])) {
      return false;
    }
    while (i < limit && isWhite(data[i])) {
      i++;
    }
    int d2 = 0;
    while (i < limit && isDigit(data[i])) {
      i++;
      d2++;
    }
    if (d2 == 0) {
      return false;
    }
    while (i < limit && isWhite(data[i])) {
      i++;
    }
    return matches(data, i, "obj");
  }

  private static boolean matches(byte[] data, int p, String s) {
    if (p + s.length() > data.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (data[p + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] data, byte[] pat, int from, int to) {
    outer:
    for (int i = Math.max(0, from); i <= to - pat.length; i++) {
      for (int k = 0; k < pat.length; k++) {
        if (data[i + k] != pat[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lastIndexOf(byte[] data, byte[] pat) {
    return lastIndexOf(data, pat, 0, data.length);
  }

  private static int lastIndexOf(byte[] data, byte[] pat, int from, int to) {
    outer:
    for (int i = to - pat.length; i >= from; i--) {
      for (int k = 0; k < pat.length; k++) {
        if (data[i + k] != pat[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isWhite(byte b) {
    return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
  }
}
