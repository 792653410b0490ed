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

  /**
   * The part's bytes, at most {@code limit} of them, or null if absent.
   *
   * @throws IOException if the part is larger than {@code limit} once uncompressed
   */
  byte[] read(String name, long limit) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null || e.isDirectory()) {
      return null;
    }
    int max = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    try (InputStream in = zip.getInputStream(e)) {
      byte[] b = in.readNBytes(max);
      if (b.length == max && in.read() >= 0) {
        throw new IOException("part " + name + " is larger than the " + limit + "-byte limit");
      }
      return b;
    }
  }

  /**
   * The part's uncompressed bytes as a stream that fails once more than {@code limit} bytes came
   * out (so a digest over a zip bomb stops), or null if absent. Nothing is buffered; the caller
   * closes it.
   */
  InputStream stream(String name, long limit) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null || e.isDirectory()) {
      return null;
    }
    return new BoundedStream(zip.getInputStream(e), name, limit);
  }

  /** The part's name as stored, matched without regard to case (OPC part names), or null. */
  String find(String name) {
    if (zip.getEntry(name) != null) {
      return name;
    }
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) {
        return n;
      }
    }
    return null;
  }

  /** True if more entries exist than were listed. */
  boolean truncated() {
    return names.size() < zip.size();
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

  /** Passes bytes through until a limit, then fails instead of reading on. */
  private static final class BoundedStream extends java.io.FilterInputStream {
    private final String name;
    private final long limit;
    private long count;

    BoundedStream(InputStream in, String name, long limit) {
      super(in);
      this.name = name;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > limit) {
        throw new IOException("part " + name + " is larger than the " + limit + "-byte limit");
      }
    }
  }
}
