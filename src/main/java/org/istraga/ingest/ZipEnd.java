package org.istraga.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.apache.poi.util.LittleEndian;

/**
 * Detects a truncated ZIP-based file (ZIP, OOXML, ODF, EPUB, JAR): its end-of-central-directory
 * record, which every complete ZIP ends with, is missing. Parsers often read such files from their
 * local headers without complaint, so without this check a cut-off archive would look intact.
 * Also counts the files a ZIP's central directory lists, so that an archive from which the parser
 * silently read nothing is not taken for an empty one.
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
   * Number of files (entries whose name does not end with {@code /}) the ZIP's central directory
   * lists, or -1 when it cannot be told (no end record, a ZIP64 archive, a central directory
   * outside the file or with a bad signature). Cost: the last 64 KiB and the central directory
   * are read, at most {@link #MAX_DIRECTORY} bytes of it.
   */
  static int fileEntries(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int n = (int) Math.min(size, SEARCH);
      if (n < 22) {
        return -1;
      }
      byte[] a = read(ch, size - n, n);
      int end = -1;
      for (int i = n - 22; i >= 0; i--) {
        if (a[i] == 'P' && a[i + 1] == 'K' && a[i + 2] == 5 && a[i + 3] == 6) {
          end = i;
          break;
        }
      }
      if (end < 0) {
        return -1;
      }
      int total = LittleEndian.getUShort(a, end + 10);
      long dirSize = LittleEndian.getUInt(a, end + 12);
      long dirOffset = LittleEndian.getUInt(a, end + 16);
      if (total == 0xFFFF || dirSize == 0xFFFFFFFFL || dirOffset == 0xFFFFFFFFL
          || dirSize > MAX_DIRECTORY || dirOffset + dirSize > size) {
        return -1;
      }
      byte[] dir = read(ch, dirOffset, (int) dirSize);
      int files = 0;
      int pos = 0;
      for (int k = 0; k < total; k++) {
        if (pos + 46 > dir.length || dir[pos] != 'P' || dir[pos + 1] != 'K' || dir[pos + 2] != 1 || dir[pos + 3] != 2) {
          return -1;
        }
        int nameLength = LittleEndian.getUShort(dir, pos + 28);
        int next = pos + 46 + nameLength + LittleEndian.getUShort(dir, pos + 30)
            + LittleEndian.getUShort(dir, pos + 32);
        if (next > dir.length) {
          return -1;
        }
        if (nameLength == 0 || dir[pos + 46 + nameLength - 1] != '/') {
          files++;
        }
        pos = next;
      }
      return files;
    }
  }

  /** Largest central directory {@link #fileEntries} reads. */
  static final int MAX_DIRECTORY = 64 << 20;

  private static byte[] read(FileChannel ch, long at, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        break;
      }
    }
    return b.array();
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
