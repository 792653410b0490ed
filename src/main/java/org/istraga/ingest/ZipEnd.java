package org.istraga.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Detects a truncated ZIP-based file (ZIP, OOXML, ODF, EPUB, JAR): its end-of-central-directory
 * record, which every complete ZIP ends with, is missing. Parsers often read such files from their
 * local headers without complaint, so without this check a cut-off archive would look intact.
 *
 * <p>Cost: one read of at most the last 64 KiB of the file. Pure and thread-safe. Only reads bytes;
 * never parses.
 */
final class ZipEnd {

  /** ZIP comments are at most 65,535 bytes; the end record itself is 22. */
  static final int SEARCH = 65_535 + 22;

  private static final Set<String> ZIP_TYPES = Set.of(
      "application/zip", "application/java-archive", "application/epub+zip", "application/x-tika-ooxml",
      "application/x-tika-msoffice");

  private ZipEnd() {}

  /** True for media types stored as ZIP packages. */
  static boolean isZipBased(String mediaType) {
    if (mediaType == null) {
      return false;
    }
    return ZIP_TYPES.contains(mediaType) || mediaType.startsWith("application/vnd.openxmlformats-officedocument")
        || mediaType.startsWith("application/vnd.oasis.opendocument") || mediaType.startsWith("application/vnd.ms-")
            && mediaType.contains(".macroenabled");
  }

  /**
   * True when the file ends with a ZIP end-of-central-directory record, or is not stored as a ZIP
   * at all (an encrypted OOXML file is an OLE2 container that decrypts to a ZIP).
   */
  static boolean hasEnd(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer head = ByteBuffer.allocate(4);
      ch.read(head, 0);
      byte[] h = head.array();
      if (head.position() < 4 || h[0] != 'P' || h[1] != 'K' || h[2] != 3 || h[3] != 4) {
        return true;
      }
      int n = (int) Math.min(size, SEARCH);
      if (n < 22) {
        return false;
      }
      ByteBuffer b = ByteBuffer.allocate(n);
      long pos = size - n;
      while (b.hasRemaining()) {
        int r = ch.read(b, pos + b.position());
        if (r < 0) {
          break;
        }
      }
      byte[] a = b.array();
      for (int i = n - 22; i >= 0; i--) {
        if (a[i] == 'P' && a[i + 1] == 'K' && a[i + 2] == 5 && a[i + 3] == 6) {
          return true;
        }
      }
      return false;
    }
  }
}
