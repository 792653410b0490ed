package org.istraga.provenance.forensics.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads a ZIP package into an ordered map of parts and writes one back (for tampered copies). */
final class TestPackages {

  private TestPackages() {}

  /** The package's parts in stored order. */
  static Map<String, byte[]> read(Path zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    byte[] bytes = Files.readAllBytes(zip);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          parts.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return parts;
  }

  /** Writes the parts as a ZIP; {@code mimetype} is stored uncompressed, as ODF requires. */
  static Path write(Path file, Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        ZipEntry e = new ZipEntry(p.getKey());
        if (p.getKey().equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(p.getValue());
          e.setMethod(ZipEntry.STORED);
          e.setSize(p.getValue().length);
          e.setCrc(crc.getValue());
        }
        z.putNextEntry(e);
        z.write(p.getValue());
        z.closeEntry();
      }
    }
    Files.write(file, out.toByteArray());
    return file;
  }

  /** A copy of {@code parts} with one byte of {@code part} changed at {@code offset}. */
  static Map<String, byte[]> withByteChanged(Map<String, byte[]> parts, String part, int offset) {
    Map<String, byte[]> copy = new LinkedHashMap<>(parts);
    byte[] b = copy.get(part).clone();
    b[offset] = (byte) (b[offset] == 'a' ? 'b' : 'a');
    copy.put(part, b);
    return copy;
  }
}
