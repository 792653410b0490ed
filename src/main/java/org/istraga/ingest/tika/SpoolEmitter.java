package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.tika.config.Field;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.emitter.AbstractEmitter;
import org.apache.tika.pipes.emitter.StreamEmitter;
import org.apache.tika.pipes.emitter.TikaEmitterException;

/**
 * Runs inside Tika's forked parser process: receives the bytes of every embedded child and writes
 * them to the case's spool folder as {@code <emitKey>}, where the ingest picks them up, checks
 * their digest and moves them into the content-addressed store.
 *
 * <p>Emit keys are built by Istraga from a task id and Tika's numeric embedded id, never from entry
 * names, so a hostile archive's entry names ({@code ../../etc/passwd}) cannot steer where bytes
 * are written; keys that are not plain tokens are refused. Files appear atomically (written as
 * {@code .part}, then renamed).
 */
public class SpoolEmitter extends AbstractEmitter implements StreamEmitter {

  private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

  private Path basePath;

  @Field
  public void setBasePath(String basePath) {
    this.basePath = Paths.get(basePath);
  }

  /** Where spooled children of one task go, by their embedded id. */
  public static Path spoolFile(Path base, String taskId, int embeddedId) {
    return base.resolve(taskId + "-" + embeddedId);
  }

  @Override
  public void emit(String emitKey, InputStream in, Metadata userMetadata, ParseContext parseContext)
      throws IOException, TikaEmitterException {
    if (basePath == null) {
      throw new TikaEmitterException("SpoolEmitter has no basePath");
    }
    if (emitKey == null || !SAFE_KEY.matcher(emitKey).matches() || emitKey.startsWith(".")) {
      throw new TikaEmitterException("refusing unsafe spool key: " + emitKey);
    }
    Files.createDirectories(basePath);
    Path target = basePath.resolve(emitKey);
    Path part = basePath.resolve(emitKey + ".part");
    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void emit(String emitKey, List<Metadata> metadataList, ParseContext parseContext)
      throws TikaEmitterException {
    throw new TikaEmitterException("SpoolEmitter only stores embedded bytes; results are passed back");
  }
}
