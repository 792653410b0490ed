package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * The charset of a ZIP entry name stored without the UTF-8 flag. Such names are in whatever code
 * page the zipping tool used: Windows' own "compressed folder" and old PKZIP/WinZip/WinRAR write
 * the DOS (OEM) code page of the machine (IBM852 on a Serbian Latin, Croatian or Bosnian Windows,
 * IBM855 on a Serbian Cyrillic one, IBM866 on a Russian one, IBM437/IBM850 on Western ones); other
 * tools write the Windows (ANSI) code page (windows-1250, windows-1251). Tika's general detectors
 * are trained on running text and read a short IBM852 name as windows-1252 ("PonuÐaŸ" for
 * "Ponuđač").
 *
 * <p>Names that are valid UTF-8 are UTF-8. Otherwise each candidate code page decodes the name
 * and the most plausible reading wins ({@link CharsetPlausibility}: letters of the alphabets
 * expected in a Serbian leak, no box-drawing or control characters, no words mixing scripts or
 * with a capital after a small letter); ties keep the earlier candidate, IBM437 first as the ZIP
 * specification's default. Pure ASCII names return null (nothing to decide).
 *
 * <p>Tika's {@code PackageParser} calls this with the raw name repeated to at least 100 bytes; the
 * repetition is undone before scoring (its seams would join words). Reads the whole (short) stream. Stateless and thread-safe.
 */
public final class EntryNameEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  /** Longest name considered. */
  private static final int MAX = 4096;
  private static final List<String> CODE_PAGES = List.of(
      "IBM437", "IBM852", "IBM855", "IBM866", "IBM850", "windows-1250", "windows-1251", "windows-1252");

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    input.mark(MAX);
    byte[] name;
    try {
      name = input.readNBytes(MAX);
    } finally {
      input.reset();
    }
    return detect(onePeriod(name));
  }

  /** The name once, when the bytes are a name repeated (as Tika passes short names). */
  static byte[] onePeriod(byte[] b) {
    for (int p = 1; p <= b.length / 2; p++) {
      if (b.length % p != 0) {
        continue;
      }
      boolean repeats = true;
      for (int i = p; i < b.length && repeats; i++) {
        repeats = b[i] == b[i - p];
      }
      if (repeats) {
        return java.util.Arrays.copyOf(b, p);
      }
    }
    return b;
  }

  /** The charset of a raw entry name, or null for a pure ASCII name. */
  static Charset detect(byte[] name) {
    if (!CharsetPlausibility.hasHighBytes(name, name.length)) {
      return null;
    }
    if (CharsetPlausibility.isUtf8(name, name.length)) {
      return StandardCharsets.UTF_8;
    }
    return CharsetPlausibility.best(name, name.length, null, CODE_PAGES);
  }
}
