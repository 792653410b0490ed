package org.istraga.ingest;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;

/** Counts documents waiting for OCR. */
final class OcrBacklog {

  private OcrBacklog() {}

  static long count(CaseIndex index, DocumentStore store) throws IOException {
    store.refresh();
    try (CaseIndex.Handle h = index.searcher()) {
      return h.searcher().count(new TermQuery(new Term(IndexSchema.OCR, "pending")));
    }
  }
}
