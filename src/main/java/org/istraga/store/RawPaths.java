package org.istraga.store;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HexFormat;

/**
 * File names that are not valid UTF-8 (leaks from old Windows or Mac machines are full of them).
 * Java opens such files only through the {@link Path} objects a directory listing returns; their
 * {@code toString()} replaces the bad bytes with U+FFFD, which loses information and cannot be
 * opened again. Istraga therefore displays and records such a path with each invalid byte written
 * as {@code \xNN} (valid names are recorded exactly as they are), and finds the file again from
 * that form by listing the folders on its way.
 *
 * <p>Reading the raw bytes needs {@code --add-opens java.base/sun.nio.fs=ALL-UNNAMED} (the
 * launcher passes it); without it names fall back to Java's lossy form. Thread-safe.
 */
public final class RawPaths {

  private static final Method AS_BYTE_ARRAY = rawBytesMethod();

  private RawPaths() {}

  /** The display form of a path: exact for valid UTF-8, {@code \xNN} for each invalid byte. */
  public static String display(Path p) {
    String s = p.toString();
    if (s.indexOf('\uFFFD') < 0 || AS_BYTE_ARRAY == null) {
      return s;
    }
    byte[] raw;
    try {
      raw = (byte[]) AS_BYTE_ARRAY.invoke(p);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return s;
    }
    return escape(raw);
  }

  /** True when the path's string form names the file exactly (it can be reopened from it). */
  public static boolean isPlain(Path p) {
    return display(p).equals(p.toString()) && p.toString().indexOf('\uFFFD') < 0;
  }

  /** Finds the file a display path names, or returns {@code Paths.get(display)} when none matches. */
  public static Path resolve(String display) {
    Path direct = Paths.get(display);
    if (display.indexOf("\\x") < 0 || Files.exists(direct, LinkOption.NOFOLLOW_LINKS)) {
      return direct;
    }
    Path current = direct.getRoot() == null ? Paths.get("") : direct.getRoot();
    for (Path part : direct) {
      Path plain = current.resolve(part.toString());
      if (Files.exists(plain, LinkOption.NOFOLLOW_LINKS)) {
        current = plain;
        continue;
      }
      Path found = null;
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(current)) {
        for (Path child : ds) {
          if (display(child.getFileName()).equals(part.toString())) {
            found = child;
            break;
          }
        }
      } catch (IOException e) {
        return direct;
      }
      if (found == null) {
        return direct;
      }
      current = found;
    }
    return current;
  }

  static String escape(byte[] raw) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder out = new StringBuilder(raw.length + 16);
    int i = 0;
    while (i < raw.length) {
      int len = utf8Length(raw[i]);
      if (len > 0 && i + len <= raw.length) {
        try {
          out.append(dec.decode(ByteBuffer.wrap(raw, i, len)));
          i += len;
          continue;
        } catch (CharacterCodingException e) {
          // fall through: escape this byte
        }
      }
      out.append("\\x").append(HexFormat.of().withUpperCase().toHexDigits(raw[i]));
      i++;
    }
    return out.toString();
  }

  private static int utf8Length(byte b) {
    int u = b & 0xff;
    if (u < 0x80) {
      return 1;
    }
    if (u >= 0xc2 && u <= 0xdf) {
      return 2;
    }
    if (u >= 0xe0 && u <= 0xef) {
      return 3;
    }
    if (u >= 0xf0 && u <= 0xf4) {
      return 4;
    }
    return 0;
  }

  private static Method rawBytesMethod() {
    try {
      Class<?> c = Class.forName("sun.nio.fs.UnixPath");
      Method m = c.getDeclaredMethod("asByteArray");
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
