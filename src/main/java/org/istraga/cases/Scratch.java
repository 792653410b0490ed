package org.istraga.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The scratch space of a case ({@link CaseLayout#tmp()}): one folder per run of a stage
 * ({@code run-<id>}), cleared at the start of the next run of any stage, since a run killed
 * with SIGKILL leaves its folder behind. Nothing in it is evidence or a finding: deleting it is
 * always safe while the case's write lock is held.
 *
 * <p>Deletion is quiet: what cannot be deleted now (a file still open on a shared disk) is left
 * for the next clean-up. Links are deleted, never followed. Stateless; callers hold the case's
 * write lock, so no two runs clear the folder at once.
 */
public final class Scratch {

  private Scratch() {}

  /**
   * Deletes the folders earlier runs left in {@code tmp} (named {@code run-…}), then creates and
   * returns {@code tmp/run-<runId>}. Cost: one listing of {@code tmp} and a walk of each leftover.
   */
  public static Path freshRunFolder(Path tmp, String runId) throws IOException {
    Files.createDirectories(tmp);
    try (Stream<Path> s = Files.list(tmp)) {
      for (Path old : (Iterable<Path>) s::iterator) {
        if (old.getFileName().toString().startsWith("run-")) {
          delete(old);
        }
      }
    }
    Path dir = tmp.resolve("run-" + runId);
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * Deletes a scratch file or tree, deepest entries first, quietly; a link is deleted itself, its
   * target is never visited.
   */
  public static void delete(Path tree) {
    if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(tree)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // left for the next clean-up
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      // idem: scratch space is cleared again at the start of every run
    }
  }
}
