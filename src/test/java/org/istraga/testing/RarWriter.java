package org.istraga.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes small RAR archives for tests, following the published RAR 4 and RAR 5 format
 * descriptions: entries stored uncompressed (method "store"), with correct header checksums, so
 * that readers of the headers can be tested without the proprietary RAR tool. Options cover what
 * the reader must handle: Unicode names in RAR 4's compact encoding, encrypted entries (the flag
 * only: the data is written as is), encrypted headers, directories.
 */
public final class RarWriter {

  private final int version;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private boolean closed;

  private RarWriter(int version, int rar4MainFlags) {
    this.version = version;
    if (version == 4) {
      out.writeBytes(new byte[] {0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00});
      rar4Block(0x73, rar4MainFlags, new byte[6], null); // main header: reserved fields
    } else {
      out.writeBytes(new byte[] {0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00});
      rar5Header(concat(vint(1), vint(0), vint(0)), null); // main header, no archive flags
    }
  }

  /** A RAR 1.5–4.x archive. */
  public static RarWriter rar4() {
    return new RarWriter(4, 0);
  }

  /** A RAR 5 archive. */
  public static RarWriter rar5() {
    return new RarWriter(5, 0);
  }

  /** A RAR 4 archive whose main header says its headers are encrypted (nothing follows). */
  public static byte[] rar4WithEncryptedHeaders() {
    RarWriter w = new RarWriter(4, 0x0080);
    w.out.writeBytes(new byte[64]); // encrypted headers: unreadable without the key
    return w.out.toByteArray();
  }

  /** A RAR 5 archive with an archive encryption header (the headers after it are encrypted). */
  public static byte[] rar5WithEncryptedHeaders() {
    RarWriter w = new RarWriter(5, 0);
    // type 4, no flags, encryption version 0, flags 0, KDF count 15, 16-byte salt
    w.rar5Header(concat(vint(4), vint(0), vint(0), vint(0), new byte[] {15}, new byte[16]), null);
    w.out.writeBytes(new byte[64]);
    return w.out.toByteArray();
  }

  /** Adds a file stored as is; {@code mtime} in seconds since 1970 (UTC). */
  public RarWriter file(String name, byte[] data, long mtime, boolean encrypted) {
    if (version == 4) {
      rar4File(name, data, mtime, encrypted, false, false);
    } else {
      rar5File(name, data, mtime, encrypted, false);
    }
    return this;
  }

  /** Adds a directory entry. */
  public RarWriter directory(String name, long mtime) {
    if (version == 4) {
      rar4File(name, new byte[0], mtime, false, true, false);
    } else {
      rar5File(name, new byte[0], mtime, false, true);
    }
    return this;
  }

  /** RAR 4 only: a file whose name is written in RAR's compact Unicode encoding. */
  public RarWriter unicodeFile(String name, byte[] data, long mtime) {
    rar4File(name, data, mtime, false, false, true);
    return this;
  }

  /** The archive with its end-of-archive block. */
  public byte[] bytes() {
    if (!closed) {
      if (version == 4) {
        rar4Block(0x7B, 0x4000, new byte[0], null);
      } else {
        rar5Header(concat(vint(5), vint(0), vint(0)), null);
      }
      closed = true;
    }
    return out.toByteArray();
  }

  private void rar4File(String name, byte[] data, long mtime, boolean encrypted, boolean dir,
      boolean unicode) {
    byte[] nameBytes;
    if (unicode) {
      // an ASCII stand-in, a zero byte, then the name as 16-bit units (opcode 2 for each)
      StringBuilder ascii = new StringBuilder();
      for (char c : name.toCharArray()) {
        ascii.append(c < 128 ? c : '_');
      }
      ByteArrayOutputStream n = new ByteArrayOutputStream();
      n.writeBytes(ascii.toString().getBytes(StandardCharsets.US_ASCII));
      n.write(0);
      n.write(0); // high byte (unused by opcode 2)
      char[] cs = name.toCharArray();
      for (int i = 0; i < cs.length; i += 4) {
        n.write(0xAA); // four opcodes 2 (binary 10): a 16-bit unit each
        for (int j = i; j < Math.min(cs.length, i + 4); j++) {
          n.write(cs[j] & 0xFF);
          n.write(cs[j] >> 8);
        }
      }
      nameBytes = n.toByteArray();
    } else {
      nameBytes = name.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream h = new ByteArrayOutputStream();
    le32(h, data.length); // packed size
    le32(h, data.length); // unpacked size
    h.write(3); // host OS: Unix
    CRC32 crc = new CRC32();
    crc.update(data);
    le32(h, crc.getValue());
    le32(h, dosTime(mtime));
    h.write(29); // version needed
    h.write(0x30); // method: store
    le16(h, nameBytes.length);
    le32(h, dir ? 0x10 : 0x20);
    h.writeBytes(nameBytes);
    int flags = 0x8000 | (encrypted ? 0x0004 : 0) | (dir ? 0x00E0 : 0) | (unicode ? 0x0200 : 0);
    rar4Block(0x74, flags, h.toByteArray(), data);
  }

  private void rar4Block(int type, int flags, byte[] fields, byte[] data) {
    int size = 7 + fields.length;
    byte[] head = new byte[size - 2];
    head[0] = (byte) type;
    head[1] = (byte) flags;
    head[2] = (byte) (flags >> 8);
    head[3] = (byte) size;
    head[4] = (byte) (size >> 8);
    System.arraycopy(fields, 0, head, 5, fields.length);
    CRC32 crc = new CRC32();
    crc.update(head);
    le16(out, (int) crc.getValue());
    out.writeBytes(head);
    if (data != null) {
      out.writeBytes(data);
    }
  }

  private void rar5File(String name, byte[] data, long mtime, boolean encrypted, boolean dir) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] extra = encrypted
        // record: size, type 1 (file encryption), version 0, flags 0, KDF 15, salt, IV
        ? concat(vint(1 + 1 + 1 + 1 + 16 + 16), vint(1), vint(0), vint(0), new byte[] {15},
            new byte[16], new byte[16])
        : new byte[0];
    CRC32 crc = new CRC32();
    crc.update(data);
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    f.writeBytes(vint(2)); // type: file
    f.writeBytes(vint((extra.length > 0 ? 0x1 : 0) | 0x2)); // extra area?, data area
    if (extra.length > 0) {
      f.writeBytes(vint(extra.length));
    }
    f.writeBytes(vint(data.length));
    f.writeBytes(vint((dir ? 0x1 : 0) | 0x2 | 0x4)); // directory?, mtime, CRC32
    f.writeBytes(vint(data.length)); // unpacked size
    f.writeBytes(vint(dir ? 0x10 : 0x20)); // attributes
    le32(f, mtime);
    le32(f, crc.getValue());
    f.writeBytes(vint(0)); // compression: version 0, method 0 (store)
    f.writeBytes(vint(1)); // host OS: Unix
    f.writeBytes(vint(nameBytes.length));
    f.writeBytes(nameBytes);
    f.writeBytes(extra);
    rar5Header(f.toByteArray(), data);
  }

  private void rar5Header(byte[] body, byte[] data) {
    byte[] size = vint(body.length);
    CRC32 crc = new CRC32();
    crc.update(size);
    crc.update(body);
    le32(out, crc.getValue());
    out.writeBytes(size);
    out.writeBytes(body);
    if (data != null) {
      out.writeBytes(data);
    }
  }

  private static long dosTime(long epochSeconds) {
    java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(epochSeconds, 0,
        java.time.ZoneOffset.UTC);
    return ((long) (t.getYear() - 1980) << 25) | ((long) t.getMonthValue() << 21)
        | ((long) t.getDayOfMonth() << 16) | ((long) t.getHour() << 11)
        | ((long) t.getMinute() << 5) | (t.getSecond() / 2);
  }

  private static byte[] vint(long v) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    do {
      int x = (int) (v & 0x7F);
      v >>>= 7;
      b.write(v != 0 ? x | 0x80 : x);
    } while (v != 0);
    return b.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  private static void le16(ByteArrayOutputStream o, int v) {
    o.write(v & 0xFF);
    o.write((v >> 8) & 0xFF);
  }

  private static void le32(ByteArrayOutputStream o, long v) {
    for (int i = 0; i < 4; i++) {
      o.write((int) (v >> (8 * i)) & 0xFF);
    }
  }
}
