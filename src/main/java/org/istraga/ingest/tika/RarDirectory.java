package org.istraga.ingest.tika;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.poi.util.LittleEndian;

/**
 * The table of contents of a RAR archive, read from its block headers alone: entry names, sizes,
 * modification times, directories and which entries are encrypted. Istraga bundles no RAR
 * decompressor (Tika's RAR support needs junrar, which the project excludes), so this is all it
 * can learn from a RAR without outside help; the names alone are often what a reporter searches
 * for in a leak.
 *
 * <p>Both formats are read: RAR 1.5–4.x ({@code Rar!\x1A\x07\x00}: fixed-size block headers with
 * a 16-bit CRC, file names in the DOS code page or RAR's own Unicode encoding) and RAR 5 ({@code
 * Rar!\x1A\x07\x01\x00}: variable-length integers, UTF-8 names, a CRC-32 per header). Nothing of
 * the compressed data is interpreted: the reader skips each entry's data by its declared size.
 * Reading stops, keeping what was listed, at the end-of-archive block, at the end of the bytes
 * (a truncated archive or the first volume of a multi-volume set), at a header whose checksum
 * does not match ({@link #damaged()}), at encrypted headers ({@link #headersEncrypted()}: names
 * are then unknowable without the password), or after {@code maxEntries} entries.
 *
 * <p>Cost: one pass that reads the headers and skips the data ({@link InputStream#skip}); memory
 * is the list of entries. Not thread-safe (one instance per stream).
 */
public final class RarDirectory {

  /** One entry of the archive. Times are as the archive stores them (see {@link #modified}). */
  public record Entry(String name, long size, boolean directory, boolean encrypted,
      String modified) {}

  private static final byte[] RAR4 = {0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00};
  private static final byte[] RAR5 = {0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00};
  /** RAR 5 caps a header at 2 MB. */
  private static final int MAX_HEADER = 2 * 1024 * 1024;

  private final List<Entry> entries = new ArrayList<>();
  private int version;
  private boolean damaged;
  private boolean truncated;
  private boolean headersEncrypted;
  private boolean moreEntries;

  private RarDirectory() {}

  /**
   * Reads the headers of the RAR archive in {@code in} (positioned at its first byte).
   *
   * @throws IOException if the stream cannot be read or does not start with a RAR signature
   */
  public static RarDirectory read(InputStream in, int maxEntries) throws IOException {
    RarDirectory d = new RarDirectory();
    byte[] sig = in.readNBytes(7);
    if (!Arrays.equals(sig, RAR4)) {
      if (sig.length == 7 && Arrays.equals(sig, 0, 6, RAR5, 0, 6) && sig[6] == 0x01
          && in.read() == 0x00) {
        d.version = 5;
        d.readRar5(in, maxEntries);
        return d;
      }
      throw new IOException("not a RAR archive (no Rar! signature at the start)");
    }
    d.version = 4;
    d.readRar4(in, maxEntries);
    return d;
  }

  /** The entries listed, in archive order. */
  public List<Entry> entries() {
    return entries;
  }

  /** 4 for RAR 1.5–4.x, 5 for RAR 5. */
  public int version() {
    return version;
  }

  /** True if a header's checksum did not match: entries after it are not listed. */
  public boolean damaged() {
    return damaged;
  }

  /** True if the bytes ended before the end-of-archive block (truncated, or one volume of many). */
  public boolean truncated() {
    return truncated;
  }

  /** True if the archive encrypts its headers: names cannot be read without the password. */
  public boolean headersEncrypted() {
    return headersEncrypted;
  }

  /** True if listing stopped at the entry limit. */
  public boolean moreEntries() {
    return moreEntries;
  }

  private void readRar4(InputStream in, int maxEntries) throws IOException {
    while (true) {
      byte[] base = in.readNBytes(7);
      if (base.length < 7) {
        truncated = true;
        return;
      }
      int crc = LittleEndian.getUShort(base, 0);
      int type = base[2] & 0xFF;
      int flags = LittleEndian.getUShort(base, 3);
      int size = LittleEndian.getUShort(base, 5);
      if (size < 7) {
        damaged = true;
        return;
      }
      byte[] rest = in.readNBytes(size - 7);
      if (rest.length < size - 7) {
        truncated = true;
        return;
      }
      CRC32 c = new CRC32();
      c.update(base, 2, 5);
      c.update(rest);
      // the main header of archives written by RAR before 2.9 has a shorter checksummed part
      if ((c.getValue() & 0xFFFF) != crc && type != 0x73) {
        damaged = true;
        return;
      }
      long data = (flags & 0x8000) != 0 && rest.length >= 4 ? LittleEndian.getUInt(rest, 0) : 0;
      switch (type) {
        case 0x73 -> {
          if ((flags & 0x0080) != 0) {
            headersEncrypted = true;
            return;
          }
        }
        case 0x74 -> {
          if (rest.length < 25) {
            damaged = true;
            return;
          }
          int pos = 25;
          if ((flags & 0x0100) != 0) {
            if (rest.length < 33) {
              damaged = true;
              return;
            }
            data += LittleEndian.getUInt(rest, 25) << 32;
            pos = 33;
          }
          long unpacked = LittleEndian.getUInt(rest, 4)
              + ((flags & 0x0100) != 0 ? LittleEndian.getUInt(rest, 29) << 32 : 0);
          int nameSize = LittleEndian.getUShort(rest, 19);
          if (pos + nameSize > rest.length) {
            damaged = true;
            return;
          }
          byte[] name = Arrays.copyOfRange(rest, pos, pos + nameSize);
          if ((flags & 0x0001) == 0) { // not the continuation of an entry from the previous volume
            if (entries.size() >= maxEntries) {
              moreEntries = true;
              return;
            }
            entries.add(new Entry(rar4Name(name, (flags & 0x0200) != 0), unpacked,
                (flags & 0x00E0) == 0x00E0, (flags & 0x0004) != 0,
                dosTime(LittleEndian.getUInt(rest, 13))));
          }
        }
        case 0x7B -> {
          return;
        }
        default -> { }
      }
      if (!skip(in, data)) {
        truncated = true;
        return;
      }
    }
  }

  private void readRar5(InputStream in, int maxEntries) throws IOException {
    while (true) {
      byte[] crcBytes = in.readNBytes(4);
      if (crcBytes.length < 4) {
        truncated = true;
        return;
      }
      byte[] sizeBytes = new byte[10];
      int n = 0;
      long headerSize = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          truncated = true;
          return;
        }
        sizeBytes[n] = (byte) b;
        headerSize |= (long) (b & 0x7F) << (7 * n);
        n++;
        if ((b & 0x80) == 0) {
          break;
        }
        if (n == 3) { // a header size never needs more than 3 bytes (2 MB)
          damaged = true;
          return;
        }
      }
      if (headerSize < 2 || headerSize > MAX_HEADER) {
        damaged = true;
        return;
      }
      byte[] h = in.readNBytes((int) headerSize);
      if (h.length < headerSize) {
        truncated = true;
        return;
      }
      CRC32 c = new CRC32();
      c.update(sizeBytes, 0, n);
      c.update(h);
      if (c.getValue() != LittleEndian.getUInt(crcBytes, 0)) {
        damaged = true;
        return;
      }
      Cursor r = new Cursor(h);
      long data;
      try {
        long type = r.vint();
        long flags = r.vint();
        long extraSize = (flags & 0x1) != 0 ? r.vint() : 0;
        data = (flags & 0x2) != 0 ? r.vint() : 0;
        if (type == 4) {
          headersEncrypted = true;
          return;
        }
        if (type == 5) {
          return;
        }
        if (type == 2) {
          if (entries.size() >= maxEntries) {
            moreEntries = true;
            return;
          }
          Entry e = rar5File(r, h, extraSize, (flags & 0x8) != 0);
          if (e != null) {
            entries.add(e);
          }
        }
      } catch (EOFException e) {
        damaged = true;
        return;
      }
      if (data < 0 || !skip(in, data)) {
        truncated = true;
        return;
      }
    }
  }

  /** A file header's entry, or null for the continuation of an entry from an earlier volume. */
  private static Entry rar5File(Cursor r, byte[] h, long extraSize, boolean continued)
      throws EOFException {
    long fileFlags = r.vint();
    long unpacked = r.vint();
    r.vint(); // attributes
    String modified = null;
    if ((fileFlags & 0x2) != 0) {
      modified = Instant.ofEpochSecond(r.u32()).toString();
    }
    if ((fileFlags & 0x4) != 0) {
      r.u32(); // data CRC32
    }
    r.vint(); // compression information
    r.vint(); // host OS
    long nameLength = r.vint();
    String name = new String(r.bytes(nameLength), StandardCharsets.UTF_8);
    boolean encrypted = false;
    if (extraSize > 0 && extraSize <= h.length) {
      Cursor x = new Cursor(h);
      x.pos = h.length - (int) extraSize;
      while (x.pos < h.length) {
        long size = x.vint();
        int end = x.pos + (int) Math.min(size, h.length - x.pos);
        long recordType = x.vint();
        if (recordType == 0x01) {
          encrypted = true;
        } else if (recordType == 0x03 && modified == null) {
          long timeFlags = x.vint();
          if ((timeFlags & 0x2) != 0) { // modification time present
            modified = (timeFlags & 0x1) != 0
                ? Instant.ofEpochSecond(x.u32()).toString()
                : fileTime(x.u64());
          }
        }
        if (size <= 0) {
          break;
        }
        x.pos = end;
      }
    }
    if (continued) {
      return null;
    }
    return new Entry(name, (fileFlags & 0x8) != 0 ? -1 : unpacked, (fileFlags & 0x1) != 0,
        encrypted, modified);
  }

  /**
   * A RAR 4 name: with the Unicode flag, either UTF-8 or an ASCII name, a zero byte and RAR's own
   * compact UTF-16 encoding; without it, the DOS or Windows code page of the archiving machine
   * (guessed as for ZIP entry names).
   */
  static String rar4Name(byte[] raw, boolean unicode) {
    int zero = -1;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        zero = i;
        break;
      }
    }
    if (unicode && zero >= 0 && zero + 1 < raw.length) {
      String decoded = decodeUnicode(Arrays.copyOf(raw, zero),
          Arrays.copyOfRange(raw, zero + 1, raw.length));
      if (decoded != null) {
        return decoded;
      }
    }
    byte[] name = zero >= 0 ? Arrays.copyOf(raw, zero) : raw;
    if (unicode && zero < 0) {
      return new String(name, StandardCharsets.UTF_8);
    }
    Charset cs = EntryNameEncodingDetector.detect(name);
    return new String(name, cs == null ? StandardCharsets.ISO_8859_1 : cs);
  }

  /**
   * RAR 4's compact Unicode names: a high byte, then 2-bit opcodes (four per flag byte) that take
   * one byte as a Latin-1 character, one byte under the high byte, two bytes as a UTF-16 unit,
   * or a run copied (optionally shifted) from the ASCII name. Null if the encoding is malformed.
   */
  static String decodeUnicode(byte[] ascii, byte[] enc) {
    if (enc.length == 0) {
      return null;
    }
    int max = Math.max(ascii.length, 1) * 2 + 512;
    StringBuilder out = new StringBuilder(ascii.length);
    int high = enc[0] & 0xFF;
    int p = 1;
    int flags = 0;
    int bits = 0;
    while (p < enc.length && out.length() < max) {
      if (bits == 0) {
        flags = enc[p++] & 0xFF;
        bits = 8;
      }
      int op = flags >> 6;
      flags = (flags << 2) & 0xFF;
      bits -= 2;
      switch (op) {
        case 0 -> {
          if (p >= enc.length) {
            return null;
          }
          out.append((char) (enc[p++] & 0xFF));
        }
        case 1 -> {
          if (p >= enc.length) {
            return null;
          }
          out.append((char) ((enc[p++] & 0xFF) | (high << 8)));
        }
        case 2 -> {
          if (p + 1 >= enc.length) {
            return null;
          }
          out.append((char) ((enc[p] & 0xFF) | ((enc[p + 1] & 0xFF) << 8)));
          p += 2;
        }
        default -> {
          if (p >= enc.length) {
            return null;
          }
          int length = enc[p++] & 0xFF;
          if ((length & 0x80) != 0) {
            if (p >= enc.length) {
              return null;
            }
            int correction = enc[p++] & 0xFF;
            for (length = (length & 0x7F) + 2; length > 0; length--) {
              int i = out.length();
              if (i >= ascii.length) {
                return null;
              }
              out.append((char) ((((ascii[i] & 0xFF) + correction) & 0xFF) | (high << 8)));
            }
          } else {
            for (length += 2; length > 0; length--) {
              int i = out.length();
              if (i >= ascii.length) {
                return null;
              }
              out.append((char) (ascii[i] & 0xFF));
            }
          }
        }
      }
    }
    return out.toString();
  }

  /** A DOS date-time (local time of the archiving machine, no zone), or null if impossible. */
  static String dosTime(long v) {
    int second = (int) (v & 0x1F) * 2;
    int minute = (int) (v >> 5) & 0x3F;
    int hour = (int) (v >> 11) & 0x1F;
    int day = (int) (v >> 16) & 0x1F;
    int month = (int) (v >> 21) & 0x0F;
    int year = (int) (v >> 25 & 0x7F) + 1980;
    try {
      return LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59)).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** A Windows FILETIME (100 ns since 1601, UTC), or null if out of range. */
  static String fileTime(long v) {
    if (v <= 0) {
      return null;
    }
    long seconds = Long.divideUnsigned(v, 10_000_000L) - 11_644_473_600L;
    return Instant.ofEpochSecond(seconds).toString();
  }

  private static boolean skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          return false;
        }
        s = 1;
      }
      left -= s;
    }
    return true;
  }

  /** Reads RAR 5 fields from one header's bytes. */
  private static final class Cursor {
    private final byte[] b;
    private int pos;

    Cursor(byte[] b) {
      this.b = b;
    }

    long vint() throws EOFException {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= b.length) {
          throw new EOFException();
        }
        int x = b[pos++] & 0xFF;
        v |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          return v;
        }
      }
      throw new EOFException();
    }

    long u32() throws EOFException {
      if (pos + 4 > b.length) {
        throw new EOFException();
      }
      long v = LittleEndian.getUInt(b, pos);
      pos += 4;
      return v;
    }

    long u64() throws EOFException {
      long lo = u32();
      return lo | u32() << 32;
    }

    byte[] bytes(long n) throws EOFException {
      if (n < 0 || pos + n > b.length) {
        throw new EOFException();
      }
      byte[] r = Arrays.copyOfRange(b, pos, pos + (int) n);
      pos += (int) n;
      return r;
    }
  }
}
