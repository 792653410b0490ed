package org.istraga.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.index.IndexSchema;
import picocli.CommandLine.Option;

/** The shared {@code --case DIR} option; {@code ISTRAGA_CASE} gives its default. */
public final class CaseOption {

  @Option(names = "--case", paramLabel = "DIR",
      description = "Case folder (default: $ISTRAGA_CASE).")
  Path dir;

  /** The case folder from the option or the environment. */
  public Path path() {
    if (dir != null) {
      if (dir.toString().isBlank()) { // Path.of("") is the working directory: never a case by accident
        throw IstragaException.usage("--case is empty; give the case folder, e.g. --case ~/cases/leak");
      }
      return dir.toAbsolutePath().normalize();
    }
    String env = System.getenv("ISTRAGA_CASE");
    if (env != null && !env.isBlank()) {
      return Paths.get(env).toAbsolutePath().normalize();
    }
    throw IstragaException.usage("no case given: use --case DIR or set ISTRAGA_CASE");
  }

  /** Opens an existing case. */
  public Case open() {
    Path p = path();
    if (Files.exists(p) && !Files.isDirectory(p)) {
      throw IstragaException.usage("case path " + p + " is a file, not a folder; give --case a case folder");
    }
    return Case.open(p, IndexSchema.caseSchema());
  }

  /** Opens the case, creating it when missing. */
  public Case openOrCreate() {
    return Case.openOrCreate(path(), IndexSchema.caseSchema());
  }
}
