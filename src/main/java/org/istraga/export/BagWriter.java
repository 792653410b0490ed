package org.istraga.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a BagIt bag (RFC 8493, version 1.0): payload files under {@code data/}, each hashed with
 * SHA-256 and SHA-512 while it is written; then {@code bagit.txt}, {@code bag-info.txt} (with
 * {@code Payload-Oxum}), the payload manifests and the tag manifests, all sorted by path.
 *
 * <p>Manifest lines are {@code <lowercase hex>  <path>} (two spaces) with {@code %}, CR and LF in
 * paths percent-encoded (RFC 8493 section 2.1.3). Not thread-safe; files are written one at a
 * time. Cost: one pass over every byte, two digests.
 */
final class BagWriter {

  static final String[] ALGORITHMS = {"sha256", "sha512"};

  private final BagTarget target;
  private final Map<String, String[]> payload = new TreeMap<>();
  private long payloadBytes;

  BagWriter(BagTarget target) {
    this.target = target;
  }

  /** Digests of one written file. */
  record Digests(String sha256, String sha512, long size) {}

  /** A stream hashing what it writes; the digests are known once it is closed. */
  final class HashingStream extends FilterOutputStream {
    private final String path;
    private final boolean isPayload;
    private final MessageDigest sha256 = digest("SHA-256");
    private final MessageDigest sha512 = digest("SHA-512");
    private long size;
    private Digests digests;
    private final Map<String, String[]> into;

    private HashingStream(String path, boolean isPayload, Map<String, String[]> into) throws IOException {
      super(target.open(path));
      this.path = path;
      this.isPayload = isPayload;
      this.into = into;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      sha256.update(b, off, len);
      sha512.update(b, off, len);
      size += len;
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      if (digests != null) {
        return;
      }
      super.close();
      HexFormat hex = HexFormat.of();
      digests = new Digests(hex.formatHex(sha256.digest()), hex.formatHex(sha512.digest()), size);
      if (into != null) {
        into.put(path, new String[] {digests.sha256(), digests.sha512()});
      }
      if (isPayload) {
        payloadBytes += size;
      }
    }

    /** The digests; only after {@link #close()}. */
    Digests digests() {
      return digests;
    }
  }

  /** Opens a payload file ({@code path} is relative to {@code data/}). */
  HashingStream payload(String path) throws IOException {
    return new HashingStream("data/" + path, true, payload);
  }

  /** Writes a whole payload file. */
  Digests payload(String path, byte[] bytes) throws IOException {
    HashingStream s = payload(path);
    s.write(bytes, 0, bytes.length);
    s.close();
    return s.digests();
  }

  /** Writes a whole payload text file (UTF-8). */
  Digests payload(String path, String text) throws IOException {
    return payload(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the tag files and closes the target.
   *
   * @param info bag-info.txt fields in order ({@code Payload-Oxum} and {@code Bag-Size} are added)
   * @return the SHA-256 of {@code tagmanifest-sha256.txt}: one hash that pins every file of the bag
   */
  String finish(Map<String, String> info) throws IOException {
    Map<String, String[]> tags = new TreeMap<>();
    tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", tags);
    Map<String, String> all = new LinkedHashMap<>(info);
    all.put("Payload-Oxum", payloadBytes + "." + payload.size());
    all.put("Bag-Size", humanSize(payloadBytes));
    StringBuilder bi = new StringBuilder();
    for (Map.Entry<String, String> e : all.entrySet()) {
      bi.append(e.getKey()).append(": ").append(e.getValue().replaceAll("[\\r\\n]+", " ")).append('\n');
    }
    tag("bag-info.txt", bi.toString(), tags);
    for (int a = 0; a < ALGORITHMS.length; a++) {
      tag("manifest-" + ALGORITHMS[a] + ".txt", manifest(payload, a), tags);
    }
    String tagManifest256 = manifest(tags, 0);
    for (int a = 0; a < ALGORITHMS.length; a++) {
      tag("tagmanifest-" + ALGORITHMS[a] + ".txt", manifest(tags, a), null);
    }
    target.close();
    return org.istraga.store.Hashes.sha256(tagManifest256.getBytes(StandardCharsets.UTF_8));
  }

  private void tag(String path, String content, Map<String, String[]> into) throws IOException {
    HashingStream s = new HashingStream(path, false, into);
    byte[] b = content.getBytes(StandardCharsets.UTF_8);
    s.write(b, 0, b.length);
    s.close();
  }

  static String manifest(Map<String, String[]> files, int algorithm) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String[]> e : files.entrySet()) {
      sb.append(e.getValue()[algorithm]).append("  ").append(encodePath(e.getKey())).append('\n');
    }
    return sb.toString();
  }

  /** Percent-encodes {@code %}, CR and LF in a manifest path. */
  static String encodePath(String p) {
    return p.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Decodes {@link #encodePath}. */
  static String decodePath(String p) {
    return p.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n").replace("%25", "%");
  }

  private static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  static MessageDigest digest(String alg) {
    try {
      return MessageDigest.getInstance(alg);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + alg, e);
    }
  }
}
