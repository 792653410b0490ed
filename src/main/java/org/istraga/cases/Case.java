package org.istraga.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.Version;

/**
 * An open case folder: its {@link CaseLayout} and validated {@link CaseConfig}.
 *
 * <p>Opening never changes anything; {@link #openOrCreate} creates the folder and {@code case.json}
 * when missing. A case written with another layout or index schema version is refused with a
 * message that says which versions are involved and what to do.
 */
public final class Case {

  /** The index schema this build reads and writes, supplied by the index layer. */
  public record Schema(int version, Map<String, String> analysis) {}

  private final CaseLayout layout;
  private final CaseConfig config;

  private Case(CaseLayout layout, CaseConfig config) {
    this.layout = layout;
    this.config = config;
  }

  public CaseLayout layout() {
    return layout;
  }

  public CaseConfig config() {
    return config;
  }

  public Path root() {
    return layout.root();
  }

  /**
   * Opens an existing case for reading or writing.
   *
   * @throws IstragaException NOT_FOUND when there is no case there; INCOMPATIBLE when it was
   *     written with another format or schema version
   */
  public static Case open(Path dir, Schema schema) {
    CaseLayout layout = new CaseLayout(dir);
    if (!Files.isRegularFile(layout.config())) {
      if (Files.isDirectory(layout.root())) {
        throw IstragaException.notFound(
            "no case at " + layout.root() + " (no case.json); run 'istraga ingest --case "
                + layout.root() + " PATH...' to create one");
      }
      throw IstragaException.notFound(
          "case folder " + layout.root() + " does not exist; check --case or ISTRAGA_CASE, or create it with 'istraga ingest'");
    }
    return new Case(layout, checkCompatible(layout, readConfig(layout), schema));
  }

  /** Opens the case, creating the folder and {@code case.json} first when they do not exist. */
  public static Case openOrCreate(Path dir, Schema schema) {
    CaseLayout layout = new CaseLayout(dir);
    if (Files.isRegularFile(layout.config())) {
      return open(dir, schema);
    }
    if (Files.exists(layout.root()) && !Files.isDirectory(layout.root())) {
      throw IstragaException.usage(
          "case path " + layout.root() + " is a file, not a folder; give --case a folder");
    }
    try {
      Files.createDirectories(layout.root());
      if (Files.exists(layout.root()) && isNonEmptyForeignFolder(layout)) {
        throw IstragaException.usage(
            "folder " + layout.root() + " is not empty and is not a case; give --case a new or empty folder");
      }
      CaseConfig config = new CaseConfig(
          CaseConfig.FORMAT_VERSION, schema.version(), Instant.now().toString(),
          Version.istraga(), schema.analysis());
      writeConfigAtomically(layout, config);
      return new Case(layout, config);
    } catch (AccessDeniedException e) {
      throw IstragaException.io("cannot create case at " + layout.root()
          + ": permission denied; choose a writable folder for --case", e);
    } catch (FileSystemException e) {
      throw IstragaException.io("cannot create case at " + layout.root() + ": "
          + describe(e) + "; choose a writable folder for --case", e);
    } catch (IOException e) {
      throw IstragaException.io("cannot create case at " + layout.root() + ": " + e.getMessage(), e);
    }
  }

  private static boolean isNonEmptyForeignFolder(CaseLayout layout) throws IOException {
    try (var s = Files.list(layout.root())) {
      return s.anyMatch(p -> !p.getFileName().toString().startsWith("."));
    }
  }

  private static String describe(FileSystemException e) {
    String reason = e.getReason();
    return reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(java.util.Locale.ROOT);
  }

  private static CaseConfig readConfig(CaseLayout layout) {
    try {
      return Json.mapper().readValue(Files.readString(layout.config(), StandardCharsets.UTF_8), CaseConfig.class);
    } catch (NoSuchFileException e) {
      throw IstragaException.notFound("no case at " + layout.root());
    } catch (JsonProcessingException e) {
      throw new IstragaException(IstragaException.Kind.INCOMPATIBLE,
          "case.json in " + layout.root() + " is not valid JSON (" + e.getOriginalMessage()
              + "); restore it from a backup or re-ingest into a new case", e);
    } catch (IOException e) {
      throw IstragaException.io("cannot read " + layout.config() + ": " + e.getMessage(), e);
    }
  }

  private static CaseConfig checkCompatible(CaseLayout layout, CaseConfig config, Schema schema) {
    if (config.formatVersion() != CaseConfig.FORMAT_VERSION) {
      throw new IstragaException(IstragaException.Kind.INCOMPATIBLE,
          "case " + layout.root() + " has folder format " + config.formatVersion()
              + " but this Istraga (" + Version.istraga() + ") reads format " + CaseConfig.FORMAT_VERSION
              + "; use the Istraga version that created it (" + config.createdBy() + ") or re-ingest into a new case");
    }
    if (config.schemaVersion() != schema.version()) {
      throw new IstragaException(IstragaException.Kind.INCOMPATIBLE,
          "case " + layout.root() + " has index schema " + config.schemaVersion()
              + " but this Istraga (" + Version.istraga() + ") uses schema " + schema.version()
              + "; re-ingest into a new case (tags and notes can be carried over from findings.jsonl)");
    }
    return config;
  }

  private static void writeConfigAtomically(CaseLayout layout, CaseConfig config) throws IOException {
    Path tmp = layout.root().resolve("case.json.tmp");
    Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(config) + "\n",
        StandardCharsets.UTF_8);
    try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(tmp, layout.config(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
