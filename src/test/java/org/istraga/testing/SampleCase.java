package org.istraga.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.Json;
import org.istraga.cli.ExitCode;

/**
 * The bundled fictional leak ({@code samples/leak}) ingested once per test JVM into a scratch
 * case, shared read-only by every test that needs it, plus the ground truth in
 * {@code samples/facts.json}. Tests that change a case must make their own.
 */
public final class SampleCase {

  private static Path caseDir;
  private static JsonNode facts;

  private SampleCase() {}

  /** The ingested sample case (ingested on first use). */
  public static synchronized Path get() {
    if (caseDir == null) {
      try {
        Path dir = Files.createTempDirectory("istraga-samples-case");
        Path c = dir.resolve("case");
        Cli.Result r = Cli.run("ingest", "--case", c.toString(), "--json", leak().toString());
        if (r.code() != ExitCode.OK) {
          throw new AssertionError("ingest of samples failed: " + r);
        }
        caseDir = c;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return caseDir;
  }

  /** samples/leak, the evidence root. */
  public static Path leak() {
    return Corpus.samples().resolve("leak");
  }

  /** Copies samples/leak (with file times) to {@code target}, for tests that change the evidence. */
  public static Path copyLeakTo(Path target) throws IOException {
    try (var s = Files.walk(leak())) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = target.resolve(leak().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }

  /** An evidence file by its path relative to samples/ (as written in facts.json). */
  public static Path file(String relativeToSamples) {
    return Corpus.samples().resolve(relativeToSamples).toAbsolutePath().normalize();
  }

  /** samples/facts.json. */
  public static synchronized JsonNode facts() {
    if (facts == null) {
      try {
        facts = Json.mapper().readTree(Corpus.samples().resolve("facts.json").toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return facts;
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        p.toFile().setWritable(true);
        p.toFile().delete();
      });
    } catch (IOException e) {
      // scratch space
    }
  }
}
