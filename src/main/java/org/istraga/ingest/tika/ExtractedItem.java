package org.istraga.ingest.tika;

import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;

/**
 * One document out of a Tika parse: the file itself ({@code idPath} "/" ) or one embedded child.
 *
 * @param idPath Tika's embedded id path: "/" for the file, "/1", "/1/3"... for children; the
 *     parent of "/1/3" is "/1"
 * @param embeddedId Tika's numeric embedded id (0 for the file)
 * @param metadata everything Tika reported; content already reduced to {@link #text}
 * @param text plain text
 * @param pageStarts char offsets of page starts in {@code text}
 * @param spoolFile where the child's bytes were spooled, or null (the file itself, or bytes not
 *     extracted)
 */
public record ExtractedItem(
    String idPath, int embeddedId, Metadata metadata, String text, int[] pageStarts, Path spoolFile) {

  public boolean isRoot() {
    return "/".equals(idPath);
  }

  /** Id path of the direct container. */
  public String parentIdPath() {
    int i = idPath.lastIndexOf('/');
    return i <= 0 ? "/" : idPath.substring(0, i);
  }

  /** Nesting depth: 0 for the file. */
  public int depth() {
    if (isRoot()) {
      return 0;
    }
    int d = 0;
    for (int i = 0; i < idPath.length(); i++) {
      if (idPath.charAt(i) == '/') {
        d++;
      }
    }
    return d;
  }
}
