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

  /**
   * The display path stored in occurrences: the path as a string, with any byte of a name that is
   * not valid UTF-8 written as {@code \xNN} (see {@link org.istraga.store.RawPaths}).
   */
  public String displayPath() {
    return org.istraga.store.RawPaths.display(path);
  }
}
