package org.istraga.ingest.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.store.BlobStore;
import org.istraga.store.Hashes;

/**
 * Finds bytes of a document to OCR: an evidence file that still holds exactly those bytes, or
 * the copy in the case's content-addressed store (embedded children, revisions).
 *
 * <p>A file is trusted when its size and modification time are those recorded at ingest; when
 * only the time differs its SHA-256 is checked. OCR text must belong to the document's bytes.
 * Thread-safe.
 */
final class SourceLocator {

  private final BlobStore blobs;

  SourceLocator(BlobStore blobs) {
    this.blobs = blobs;
  }

  /** A path holding the document's bytes, or null when none is available. */
  Path locate(DocumentRecord r) {
    for (Occurrence o : r.occurrences) {
      if (o.isEmbedded() || o.missing()) {
        continue;
      }
      Path p;
      try {
        p = Paths.get(o.path());
      } catch (InvalidPathException e) {
        continue;
      }
      if (holds(p, r, o.mtime())) {
        return p;
      }
    }
    Path blob = blobs.path(r.id);
    return Files.isRegularFile(blob, LinkOption.NOFOLLOW_LINKS) ? blob : null;
  }

  private static boolean holds(Path p, DocumentRecord r, Long mtime) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile() || a.size() != r.size) {
        return false;
      }
      if (mtime != null && a.lastModifiedTime().toMillis() == mtime) {
        return true;
      }
      return Hashes.sha256(p).equals(r.id);
    } catch (IOException e) {
      return false;
    }
  }
}
