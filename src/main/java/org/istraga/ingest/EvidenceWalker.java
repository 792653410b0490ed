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

    /** Something that is not a regular file, a folder or a link (device, socket, fifo...). */
    void skipped(Path path, Path root, String reason);

    /**
     * A file or folder whose attributes or listing could not be read (permission denied, I/O
     * error). What lies under it is not known to be gone: it was not reachable this time.
     */
    void unreadable(Path path, Path root, String reason);
  }

  private final List<Path> roots;

  /** @param roots evidence roots, as returned by {@link #distinctRoots(List)} */
  public EvidenceWalker(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * The roots a walk covers, each once: absolute and normalized; a root that is itself a symbolic
   * link replaced by the path it leads to (the user named it, so its target is the evidence; links
   * met inside a root are still never followed); exact repeats dropped, and so is a root inside
   * another given folder root (its files are listed once, under the outer root). Order of first
   * mention is kept. Cost: one attribute read per root.
   *
   * @throws IOException when a root given as a link cannot be resolved (dangling, loop)
   */
  public static List<Path> distinctRoots(List<Path> given) throws IOException {
    List<Path> resolved = new java.util.ArrayList<>();
    for (Path p : given) {
      Path abs = p.toAbsolutePath().normalize();
      if (Files.isSymbolicLink(abs)) {
        abs = abs.toRealPath();
      }
      if (!resolved.contains(abs)) {
        resolved.add(abs);
      }
    }
    List<Path> out = new java.util.ArrayList<>();
    for (Path r : resolved) {
      boolean inside = false;
      for (Path other : resolved) {
        if (!other.equals(r) && r.startsWith(other) && Files.isDirectory(other, LinkOption.NOFOLLOW_LINKS)) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Walks all roots.
   *
   * @return true when the walk completed, false when the listener stopped it
   */
  public boolean walk(Listener listener) throws IOException, InterruptedException {
    for (Path root : roots) {
      if (!walkRoot(root, listener)) {
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
            listener.unreadable(file, root, "cannot read: " + describe(exc));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
              listener.unreadable(dir, root, "directory listing failed: " + describe(exc));
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
