package org.istraga.findings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.istraga.testing.SampleCase;

/** A private copy of the shared sample case, for tests that write to a case. */
public final class CaseCopy {

  private CaseCopy() {}

  /** Copies the ingested sample case (index, blobs, ledger, case.json) to {@code target}. */
  public static Path ofSamples(Path target) throws IOException {
    Path src = SampleCase.get();
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path rel = src.relativize(p);
        if (rel.toString().equals("write.lock") || rel.startsWith("tmp")) {
          continue;
        }
        Path dst = target.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dst);
        } else {
          Files.copy(p, dst, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }
}
