package org.istraga.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the generated files under the output directory and remembers what it wrote (path,
 * size, SHA-256) for the file list in {@code facts.json}. Paths are given relative to the
 * output directory with '/' separators; writing the same path twice is a generator bug and
 * fails.
 *
 * <p>Not thread-safe; one instance per generator run.
 */
final class LeakFiles {

  private final Path root;
  private final Map<String, byte[]> written = new TreeMap<>();

  LeakFiles(Path root) {
    this.root = root;
  }

  /** Writes {@code bytes} to {@code relative} (creating folders) and returns the bytes. */
  byte[] write(String relative, byte[] bytes) throws IOException {
    if (relative.startsWith("/") || relative.contains("..") || relative.contains("\\")) {
      throw new IllegalArgumentException("not a plain relative path: " + relative);
    }
    if (written.containsKey(relative)) {
      throw new IllegalStateException("written twice: " + relative);
    }
    Path target = root.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    written.put(relative, bytes.clone());
    return bytes;
  }

  /** Every file written so far, by path in code-point order. */
  Map<String, byte[]> written() {
    return Collections.unmodifiableMap(written);
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
