package org.istraga.provenance.forensics.office;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Bounded read access to the parts of a ZIP-based document (OOXML, ODF). A part is read only if it
 * holds at most {@code maxPartBytes} of uncompressed data, which defuses zip bombs; at most {@code
 * maxEntries} entry names are listed. Not thread-safe; close after use.
 */
final class ZipParts implements Closeable {

  private final ZipFile zip;
  private final long maxPartBytes;
  private final List<String> names = new ArrayList<>();

  /**
   * Opens a ZIP file; entry names that are not UTF-8 (old archivers) are read as ISO-8859-1 rather
   * than rejected.
   */
  static ZipParts open(Path file, long maxPartBytes, int maxEntries) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      try {
        zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1);
      } catch (ZipException again) {
        e.addSuppressed(again);
        throw e;
      }
    }
    try {
      return new ZipParts(zip, maxPartBytes, maxEntries);
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private ZipParts(ZipFile zip, long maxPartBytes, int maxEntries) {
    this.zip = zip;
    this.maxPartBytes = maxPartBytes;
    Enumeration<? extends ZipEntry> e = zip.entries();
    while (e.hasMoreElements() && names.size() < maxEntries) {
      names.add(e.nextElement().getName());
    }
  }

  List<String> names() {
    return names;
  }

  boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /**
   * The part's bytes, or null if absent.
   *
   * @throws IOException if the part is larger than the limit once uncompressed (a zip bomb or an
   *     unusually large part; it is not read at all then)
   */
  byte[] read(String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null || e.isDirectory()) {
      return null;
    }
    int limit = (int) Math.min(maxPartBytes, Integer.MAX_VALUE - 16);
    try (InputStream in = zip.getInputStream(e)) {
      byte[] b = in.readNBytes(limit);
      if (b.length == limit && in.read() >= 0) {
        throw new IOException(
            "part " + name + " is larger than the " + maxPartBytes + "-byte limit; not read");
      }
      return b;
    }
  }

  /** The part as a stream over its bounded bytes, or null if absent. */
  InputStream open(String name) throws IOException {
    byte[] b = read(name);
    return b == null ? null : new ByteArrayInputStream(b);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
