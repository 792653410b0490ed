package org.istraga.ingest.ocr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts the frames (pages) of a TIFF file by walking its chain of image directories, without
 * decoding anything, so that a multi-page fax gets a time limit for each of its pages. Bounded
 * against hostile files: at most {@value #MAX_FRAMES} directories, loops stop the walk.
 */
final class TiffFrames {

  static final int MAX_FRAMES = 100_000;

  private TiffFrames() {}

  /** Number of frames (at least 1 for a readable header), or 1 when the file cannot be walked. */
  static int count(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(8);
      if (ch.read(head, 0) < 8) {
        return 1;
      }
      ByteOrder order = head.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
      head.order(order);
      if (head.getShort(2) != 42) {
        return 1; // BigTIFF or not a TIFF: one frame as far as we know
      }
      long offset = Integer.toUnsignedLong(head.getInt(4));
      long size = ch.size();
      Set<Long> seen = new HashSet<>();
      int frames = 0;
      ByteBuffer two = ByteBuffer.allocate(2).order(order);
      ByteBuffer four = ByteBuffer.allocate(4).order(order);
      while (offset > 0 && offset + 2 <= size && frames < MAX_FRAMES && seen.add(offset)) {
        frames++;
        two.clear();
        if (ch.read(two, offset) < 2) {
          break;
        }
        long entries = Short.toUnsignedInt(two.getShort(0));
        long next = offset + 2 + entries * 12;
        four.clear();
        if (next + 4 > size || ch.read(four, next) < 4) {
          break;
        }
        offset = Integer.toUnsignedLong(four.getInt(0));
      }
      return Math.max(1, frames);
    } catch (IOException e) {
      return 1;
    }
  }
}
