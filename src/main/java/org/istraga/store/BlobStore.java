package org.istraga.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.istraga.IstragaException;

/**
 * Content-addressed store of byte blobs (embedded children, earlier PDF revisions), named by the
 * lowercase hex SHA-256 of their content: {@code blobs/ab/cd/abcd…}.
 *
 * <p>Writes are atomic (a blob appears complete or not at all) and durable (fsynced before it is
 * named); stored blobs are made read-only. Storing the same content twice keeps one copy. All
 * methods are thread-safe: concurrent puts of the same content race harmlessly to one file.
 */
public final class BlobStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Set<PosixFilePermission> READ_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

  private final Path root;

  public BlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The path a blob with this digest has (whether or not it exists). */
  public Path path(String sha256) {
    String h = checkDigest(sha256);
    return root.resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h);
  }

  public boolean contains(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  /** Opens a stored blob for reading. */
  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(path(sha256));
  }

  /**
   * Moves a file whose SHA-256 the caller has already computed into the store. The source must be
   * on the same file system as the store (the case's {@code tmp/}); it is gone afterwards either
   * way. The caller vouches for the digest; {@code istraga verify} re-checks it later.
   *
   * @return the stored blob's path
   */
  public Path moveIn(Path source, String sha256) throws IOException {
    Path target = path(sha256);
    if (Files.isRegularFile(target)) {
      Files.deleteIfExists(source);
      return target;
    }
    Files.createDirectories(target.getParent());
    try (FileChannel ch = FileChannel.open(source, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(source);
      return target;
    }
    makeReadOnly(target);
    return target;
  }

  /**
   * Copies bytes from a stream into the store, computing their SHA-256 on the way.
   *
   * @param tmpDir scratch folder on the same file system as the store
   * @return the digest of the stored bytes
   */
  public String copyIn(InputStream in, Path tmpDir) throws IOException {
    Files.createDirectories(tmpDir);
    Path tmp = Files.createTempFile(tmpDir, "blob-", ".part");
    try {
      Hashes.Digests d;
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
        d = Hashes.copyAndDigest(in, out);
      }
      moveIn(tmp, d.sha256());
      return d.sha256();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void makeReadOnly(Path p) {
    try {
      Files.setPosixFilePermissions(p, READ_ONLY);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the blob stays writable, which verify would still catch
    }
  }

  private static String checkDigest(String sha256) {
    String h = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(h).matches()) {
      throw IstragaException.usage("not a SHA-256 hex digest: '" + sha256 + "'");
    }
    return h;
  }
}
