package org.istraga.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the shared real-document corpus ({@code ../shared/corpus} from the project root) and
 * the project's own {@code samples/}.
 *
 * <p>Tests that need the corpus call {@link #require()}: where it is absent the test is skipped
 * with a visible reason, so the README's test command passes on any machine while {@code
 * .ci/run}, which always has the corpus, runs them. Set {@code ISTRAGA_CORPUS} to point elsewhere.
 */
public final class Corpus {

  private Corpus() {}

  /** The project root (Maven sets {@code istraga.project.dir}; falls back to the working dir). */
  public static Path projectDir() {
    String p = System.getProperty("istraga.project.dir");
    return (p == null ? Paths.get("") : Paths.get(p)).toAbsolutePath().normalize();
  }

  /** The bundled fictional leak. */
  public static Path samples() {
    return projectDir().resolve("samples");
  }

  /** The corpus folder, whether or not it exists. */
  public static Path location() {
    String env = System.getenv("ISTRAGA_CORPUS");
    if (env != null && !env.isBlank()) {
      return Paths.get(env).toAbsolutePath().normalize();
    }
    return projectDir().resolve("../shared/corpus").normalize();
  }

  /** True when the corpus is present. */
  public static boolean available() {
    return Files.isRegularFile(location().resolve("MANIFEST.tsv"));
  }

  /**
   * The corpus folder; skips the calling test with a visible reason when it is absent (or fails
   * it when {@code ISTRAGA_REQUIRE_CORPUS=1}, as in the CI corpus suite).
   */
  public static Path require() {
    if (!available()) {
      String msg = "real-document corpus not found at " + location()
          + " (set ISTRAGA_CORPUS or run .ci/run, which provides it)";
      if ("1".equals(System.getenv("ISTRAGA_REQUIRE_CORPUS"))) {
        throw new AssertionError(msg);
      }
      assumeTrue(false, "SKIPPED: " + msg);
    }
    return location();
  }

  /** One corpus file by its path relative to the corpus root; skips when absent. */
  public static Path file(String relative) {
    Path p = require().resolve(relative);
    assumeTrue(Files.exists(p), "SKIPPED: corpus file missing: " + p);
    return p;
  }
}
