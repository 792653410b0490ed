package org.istraga.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One place where a document's bytes were found: a file under an evidence root, or an entry
 * inside a container. Identical bytes found at several places are one document with several
 * occurrences.
 *
 * @param path display path: the absolute file path, or for an embedded child
 *     {@code container-path!/entry-name} (nested: {@code a.zip!/b.zip!/memo.docx})
 * @param root the evidence root (a PATH given to ingest) this occurrence was found under
 * @param parent SHA-256 of the direct container; null for a file
 * @param rootId SHA-256 of the top-level file this occurrence sits in (itself for a file)
 * @param depth 0 for a file, 1 for its direct children, and so on
 * @param name the file or entry name (last path segment)
 * @param mtime for files, last-modified time in epoch milliseconds when ingested; null for
 *     children
 * @param missing true when this content is no longer at this path (the file was removed, or
 *     replaced by other content: see {@code replaced})
 * @param replaced true when the path still exists but now holds other content
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Occurrence(
    String path, String root, String parent, String rootId, int depth, String name, Long mtime,
    boolean missing, boolean replaced) {

  /** An occurrence that is present. */
  public Occurrence(String path, String root, String parent, String rootId, int depth, String name, Long mtime) {
    this(path, root, parent, rootId, depth, name, mtime, false, false);
  }

  /** Separator between a container path and an entry inside it. */
  public static final String EMBED_SEPARATOR = "!/";

  /** True for an occurrence inside a container. */
  public boolean isEmbedded() {
    return parent != null;
  }

  /** The same occurrence marked as no longer found (or found again). */
  public Occurrence withMissing(boolean isMissing) {
    return new Occurrence(path, root, parent, rootId, depth, name, mtime, isMissing, false);
  }

  /** The same occurrence marked as now holding other content. */
  public Occurrence asReplaced() {
    return new Occurrence(path, root, parent, rootId, depth, name, mtime, true, true);
  }

  /** The same occurrence with a new modification time. */
  public Occurrence withMtime(Long newMtime) {
    return new Occurrence(path, root, parent, rootId, depth, name, newMtime, missing, replaced);
  }
}
