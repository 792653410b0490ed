package org.istraga.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists every regular file under the evidence roots, depth first in name order, without ever
 * following a symbolic link: links are reported to the listener (and recorded in the ledger),
 * never traversed, so nothing outside the given roots is read. Directories that cannot be read are
 * reported too. The walk reads directory entries and attributes only: it changes nothing, not
 * even access times beyond what the file system does for directory reads.
 *
 * <p>Not thread-safe; one walk per instance at a time.
 */
public final class EvidenceWalker {

  /** What the walk finds. Implementations decide how to queue work; they may block. */
  public interface Listener {
    /** A regular file. Returns false to stop the walk. */
    boolean file(EvidenceFile file) throws InterruptedException;

    /** A symbolic link (not followed). */
    void link(Path link, Path root, String target);

    /** Something that could not be listed or is not a regular file (device, socket, fifo...). */
    void skipped(Path path, Path root, String reason);
  }

  private final List<Path> roots;

  public EvidenceWalker(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * Walks all roots.
   *
   * @return true when the walk completed, false when the listener stopped it
   */
  public boolean walk(Listener listener) throws IOException, InterruptedException {
    for (Path root : roots) {
      if (!walkRoot(root.toAbsolutePath().normalize(), listener)) {
        return false;
      }
    }
    return true;
  }

  private boolean walkRoot(Path root, Listener listener) throws IOException, InterruptedException {
    BasicFileAttributes rootAttrs = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (rootAttrs.isRegularFile()) {
      return listener.file(new EvidenceFile(root, root.getParent() == null ? root : root.getParent(),
          rootAttrs.size(), rootAttrs.lastModifiedTime().toMillis()));
    }
    final boolean[] stopped = {false};
    final InterruptedException[] interrupted = {null};
    Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            try {
              if (attrs.isSymbolicLink()) {
                listener.link(file, root, linkTarget(file));
              } else if (attrs.isRegularFile()) {
                if (!listener.file(new EvidenceFile(file, root, attrs.size(), attrs.lastModifiedTime().toMillis()))) {
                  stopped[0] = true;
                  return FileVisitResult.TERMINATE;
                }
              } else if (!attrs.isDirectory()) {
                listener.skipped(file, root, "not a regular file");
              }
              return FileVisitResult.CONTINUE;
            } catch (InterruptedException e) {
              interrupted[0] = e;
              return FileVisitResult.TERMINATE;
            }
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            listener.skipped(file, root, "cannot read: " + describe(exc));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
              listener.skipped(dir, root, "directory listing failed: " + describe(exc));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    if (interrupted[0] != null) {
      throw interrupted[0];
    }
    return !stopped[0];
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no longer exists";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
