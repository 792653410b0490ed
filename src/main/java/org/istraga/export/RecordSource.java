package org.istraga.export;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.istraga.document.DocumentRecord;
import org.istraga.index.CaseIndex;
import org.istraga.index.DocumentMapper;
import org.istraga.index.IndexSchema;

/**
 * Loads stored records by Lucene doc number, with or without their text. Without text only the
 * JSON source is read, so exporting metadata of huge documents costs no more than of small ones.
 * One per thread (Lucene's {@link StoredFields} is not thread-safe).
 */
final class RecordSource {

  private static final Set<String> SOURCE_ONLY = Set.of(IndexSchema.SOURCE);

  private final StoredFields stored;

  RecordSource(CaseIndex.Handle h) throws IOException {
    this.stored = h.searcher().storedFields();
  }

  /** The record without its text ({@code text} is empty). */
  DocumentRecord metadata(int doc) throws IOException {
    return DocumentMapper.fromStored(stored.document(doc, SOURCE_ONLY));
  }

  /** The record with its text. */
  DocumentRecord full(int doc) throws IOException {
    return DocumentMapper.fromStored(stored.document(doc));
  }
}
