package org.istraga.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.istraga.IstragaException;

/**
 * Writes an export file or folder so that it appears complete or not at all: everything goes to
 * a {@code .partial} sibling, which is fsynced and renamed over the target only when the writer
 * finished. A failed or interrupted export leaves no target behind (and removes its partial).
 */
public final class AtomicOutput {

  /** Writes to an output stream. */
  @FunctionalInterface
  public interface StreamWork {
    void write(OutputStream out) throws IOException;
  }

  /** Fills a folder. */
  @FunctionalInterface
  public interface FolderWork {
    void write(Path folder) throws IOException;
  }

  private AtomicOutput() {}

  /** Refuses an existing target unless {@code overwrite}. */
  public static void checkTarget(Path target, boolean overwrite) {
    if (Files.exists(target) && !overwrite) {
      throw IstragaException.usage(target + " already exists; choose another --out or add --force to replace it");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw IstragaException.notFound("folder " + parent + " does not exist; create it or choose another --out");
    }
  }

  /** Writes a file atomically. */
  public static void file(Path target, boolean overwrite, StreamWork work) throws IOException {
    checkTarget(target, overwrite);
    Path partial = partialOf(target);
    Files.deleteIfExists(partial);
    boolean done = false;
    try {
      try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(ch)) {
        work.write(out);
        out.flush();
        ch.force(true);
      }
      if (overwrite) {
        deleteTree(target);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } catch (FileAlreadyExistsException e) {
      throw IstragaException.usage(target + " appeared while exporting; choose another --out");
    } finally {
      if (!done) {
        deleteTree(partial);
      }
    }
  }

  /** Writes a folder atomically. */
  public static void folder(Path target, boolean overwrite, FolderWork work) throws IOException {
    checkTarget(target, overwrite);
    Path partial = partialOf(target);
    deleteTree(partial);
    boolean done = false;
    try {
      Files.createDirectories(partial);
      work.write(partial);
      if (overwrite) {
        deleteTree(target);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } finally {
      if (!done) {
        deleteTree(partial);
      }
    }
  }

  static Path partialOf(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".partial");
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(x);
      }
    }
  }
}
