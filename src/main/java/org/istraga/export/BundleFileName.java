package org.istraga.export;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.istraga.document.DocumentRecord;

/**
 * The name a document's original (and stripped copy) gets inside a bundle. A bag is unzipped on
 * Linux, macOS and Windows alike, and names from a leak, above all from inside archives, may be
 * anything: long Cyrillic paths flattened to one name, device names, trailing dots, separators.
 *
 * <p>Pure functions; thread-safe.
 */
final class BundleFileName {

  private BundleFileName() {}

  /** Most UTF-8 bytes of a bundled file name: file systems allow 255, and a bag is unzipped under a folder. */
  static final int NAME_BYTES = 180;

  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  /**
   * A file name safe in any file system and ZIP: the occurrence's name without separators or
   * controls, without trailing dots or spaces and not a Windows device name ({@code CON.txt}),
   * at most {@link #NAME_BYTES} UTF-8 bytes (a long Cyrillic name from inside an archive is cut
   * between characters, its extension kept).
   */
  static String of(DocumentRecord r) {
    String n = r.occurrences.isEmpty() ? null : r.occurrences.get(0).name();
    if (n == null || n.isBlank()) {
      n = "original";
    }
    n = n.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    if (n.length() > NAME_BYTES || n.getBytes(StandardCharsets.UTF_8).length > NAME_BYTES) {
      int dot = n.lastIndexOf('.');
      String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
      n = utf8Prefix(n.substring(0, n.length() - ext.length()), NAME_BYTES - ext.getBytes(StandardCharsets.UTF_8).length)
          .strip() + ext;
    }
    n = n.replaceAll("[. ]+$", "");
    if (n.isEmpty()) {
      n = "original";
    }
    if (WINDOWS_DEVICE.matcher(n).matches()) {
      n = "_" + n;
    }
    return n;
  }

  /** The longest prefix of {@code s} of at most {@code bytes} UTF-8 bytes that ends between code points. */
  private static String utf8Prefix(String s, int bytes) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + len > bytes) {
        break;
      }
      used += len;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
