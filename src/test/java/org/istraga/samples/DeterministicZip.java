package org.istraga.samples;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Writes ZIP archives (and OOXML packages) that are byte-identical on every run: entries in the
 * order given, every entry with the same fixed DOS timestamp and Unix mode 0644, UTF-8 names
 * flagged as such, no data descriptors and no extra fields. POI stamps OOXML entries with the
 * current time, so its output is rewritten through {@link #normalize(byte[], LocalDateTime)}.
 *
 * <p>The DOS timestamp of an entry is wall-clock time without a zone; it is given here as a
 * {@link LocalDateTime} and stays the same whatever the time zone of the machine.
 *
 * <p>Not thread-safe; in-memory (the samples are small).
 */
final class DeterministicZip {

  private record Entry(String name, byte[] data, int method) {}

  private final LocalDateTime time;
  private final List<Entry> entries = new ArrayList<>();

  DeterministicZip(LocalDateTime time) {
    this.time = time;
  }

  /** Adds a deflated entry. */
  DeterministicZip add(String name, byte[] data) {
    entries.add(new Entry(name, data.clone(), ZipEntry.DEFLATED));
    return this;
  }

  /** Adds a stored (uncompressed) entry, as archivers do for already-compressed files. */
  DeterministicZip addStored(String name, byte[] data) {
    entries.add(new Entry(name, data.clone(), ZipEntry.STORED));
    return this;
  }

  /** The archive bytes. */
  byte[] toBytes() throws IOException {
    long dosMillis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
      zip.setEncoding("UTF-8");
      zip.setUseLanguageEncodingFlag(true);
      zip.setLevel(9);
      for (Entry e : entries) {
        ZipArchiveEntry ze = new ZipArchiveEntry(e.name());
        ze.setTime(dosMillis);
        // Unix origin with mode 0644: Info-ZIP unzip then honours the UTF-8 name flag instead
        // of converting names from an MS-DOS code page.
        ze.setUnixMode(0100644);
        ze.setMethod(e.method());
        if (e.method() == ZipEntry.STORED) {
          CRC32 crc = new CRC32();
          crc.update(e.data());
          ze.setSize(e.data().length);
          ze.setCrc(crc.getValue());
        }
        zip.putArchiveEntry(ze);
        zip.write(e.data());
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
    return Arrays.copyOf(channel.array(), (int) channel.size());
  }

  /** Rewrites {@code zip} entry by entry (same order, same names) with the fixed timestamp. */
  static byte[] normalize(byte[] zip, LocalDateTime time) throws IOException {
    DeterministicZip out = new DeterministicZip(time);
    try (ZipFile in = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
        try (InputStream data = in.getInputStream(e)) {
          out.add(e.getName(), data.readAllBytes());
        }
      }
    }
    return out.toBytes();
  }
}
