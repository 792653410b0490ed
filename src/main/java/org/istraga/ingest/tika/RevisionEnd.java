package org.istraga.ingest.tika;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Completes the line break after the {@code %%EOF} that ends an earlier PDF revision, as the
 * ingest stores it: Tika cuts an earlier revision right after one end-of-line character, so a
 * revision ending in {@code %%EOF} CR LF (Windows software, Acrobat) lost its LF. A revision ends
 * after the whole line break (ISO 32000-1 7.5.5), which is what a signature's {@code /ByteRange}
 * covers and what the forensic report hashes ({@code revisions[].sha256}); the one-byte-short
 * copy had another SHA-256 than the report named, and every signature it held looked malformed
 * (its signed range ran past the copy's end).
 *
 * <p>The rule is the forensic scanner's ({@code PdfRevisionScanner}): after the marker, an
 * optional CR, then an optional LF. Only bytes the container (the PDF the revision was cut from)
 * holds at that place are appended, after checking that the copy's last bytes are the
 * container's bytes just before it.
 *
 * <p>Cost: reads at most 66 bytes of each file. Stateless and thread-safe.
 */
final class RevisionEnd {

  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  /** The copy's tail compared with the container: the marker, the startxref line and more. */
  private static final int TAIL = 64;

  private RevisionEnd() {}

  /**
   * Appends to {@code revision} the end-of-line bytes that follow it in {@code container} when
   * the revision ends with {@code %%EOF} and lacks (part of) its line break.
   *
   * @param revision the earlier revision as cut by the parser (a prefix of {@code container})
   * @param container the PDF the revision was cut from
   * @return true when bytes were appended (the revision's hashes must be computed again)
   * @throws IOException when either file cannot be read or the revision cannot be written
   */
  static boolean complete(Path revision, Path container) throws IOException {
    try (FileChannel rev = FileChannel.open(revision, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileChannel whole = FileChannel.open(container, StandardOpenOption.READ)) {
      long n = rev.size();
      if (n < EOF.length || whole.size() <= n) {
        return false;
      }
      int tailLength = (int) Math.min(TAIL, n);
      byte[] tail = read(rev, n - tailLength, tailLength);
      if (!Arrays.equals(tail, read(whole, n - tailLength, tailLength))) {
        return false; // not a prefix of this container
      }
      boolean endsWithMarker = endsWith(tail, EOF, 0);
      boolean endsWithMarkerCr = endsWith(tail, EOF, 1) && tail[tailLength - 1] == '\r';
      if (!endsWithMarker && !endsWithMarkerCr) {
        return false;
      }
      byte[] next = read(whole, n, (int) Math.min(2, whole.size() - n));
      int add = 0;
      if (endsWithMarker && next[0] == '\r') {
        add = next.length > 1 && next[1] == '\n' ? 2 : 1;
      } else if (next[0] == '\n') {
        add = 1;
      }
      if (add == 0) {
        return false;
      }
      rev.write(ByteBuffer.wrap(next, 0, add), n);
      return true;
    }
  }

  /** Whether {@code tail} ends with {@code marker} followed by {@code after} more bytes. */
  private static boolean endsWith(byte[] tail, byte[] marker, int after) {
    int start = tail.length - after - marker.length;
    if (start < 0) {
      return false;
    }
    return Arrays.equals(tail, start, start + marker.length, marker, 0, marker.length);
  }

  private static byte[] read(FileChannel ch, long at, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("file ended at " + (at + b.position()) + " while reading " + length + " bytes at " + at);
      }
    }
    return b.array();
  }
}
