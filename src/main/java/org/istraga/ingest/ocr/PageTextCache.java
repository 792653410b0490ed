package org.istraga.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Text of page images already OCR'd in the current run, by the SHA-256 of the image bytes, its
 * resolution and the languages. Signed or amended scans keep their earlier revisions as documents
 * of their own whose pages are mostly the very same images; cover sheets and letterheads repeat
 * across documents. Each such image is read once per run.
 *
 * <p>Lives in the run's scratch folder and is shared by the forked workers: entries are written
 * atomically (a file appears complete or not at all); two workers meeting the same new image at
 * once both read it, harmlessly. Deleted with the run's scratch folder.
 */
final class PageTextCache {

  private final Path dir;

  PageTextCache(Path dir) {
    this.dir = dir;
  }

  /** The cache key of an image file. Cost: one read of the file. */
  static String key(Path image, int dpi, String languages) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks SHA-256", e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(image)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    md.update(("\n" + dpi + "\n" + languages).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest());
  }

  /** The text read for this key in this run, or null. */
  String get(String key) throws IOException {
    try {
      return Files.readString(dir.resolve(key), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  void put(String key, String text) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, key, ".part");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
