package org.istraga.ingest;

import java.nio.file.Path;

/**
 * A regular file found under an evidence root, as listed by {@link EvidenceWalker}.
 *
 * @param path absolute, normalized path (symbolic links in it are not resolved)
 * @param root the evidence root it was found under
 * @param size size when listed
 * @param mtime modification time when listed, epoch milliseconds
 */
public record EvidenceFile(Path path, Path root, long size, long mtime) {

  /** The display path stored in occurrences. */
  public String displayPath() {
    return path.toString();
  }
}
