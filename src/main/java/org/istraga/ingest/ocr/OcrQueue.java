package org.istraga.ingest.ocr;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.istraga.document.DocumentRecord;
import org.istraga.index.CaseIndex;
import org.istraga.index.DocumentMapper;
import org.istraga.index.IndexSchema;

/**
 * The OCR backlog as the index holds it: every document whose {@code ocr} field is
 * {@code pending}. The stage walks it in id order, so a run that stops anywhere resumes with the
 * documents still pending, and none is taken twice.
 */
public final class OcrQueue {

  /** The backlog: documents waiting for OCR and the pages OCR will read in them. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Backlog(long documents, long pages) {}

  private static final Set<String> STORED = Set.of(IndexSchema.SOURCE, IndexSchema.TEXT);

  private OcrQueue() {}

  /** The query for documents waiting for OCR. */
  public static Query pending() {
    return new TermQuery(new Term(IndexSchema.OCR, "pending"));
  }

  /**
   * Documents waiting for OCR in the index's current searcher view (refresh the index first to see
   * recent writes). Cost: one term count.
   */
  public static long count(CaseIndex index) throws IOException {
    try (CaseIndex.Handle h = index.searcher()) {
      return h.searcher().count(pending());
    }
  }

  /**
   * Counts the backlog in the searcher's view.
   *
   * <p>Cost: reads the stored record of every waiting document (not the others).
   */
  public static Backlog measure(CaseIndex.Handle h, boolean allPages) throws IOException {
    IndexSearcher s = h.searcher();
    int n = s.count(pending());
    if (n == 0) {
      return new Backlog(0, 0);
    }
    TopDocs td = s.search(pending(), n);
    long pages = 0;
    for (ScoreDoc sd : td.scoreDocs) {
      Document d = s.storedFields().document(sd.doc, STORED);
      pages += OcrPages.toRead(DocumentMapper.fromStored(d), allPages).size();
    }
    return new Backlog(td.scoreDocs.length, pages);
  }

  /** Up to {@code max} waiting documents with ids after {@code afterId} (null: from the start), in id order. */
  public static List<DocumentRecord> next(CaseIndex.Handle h, String afterId, int max) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(pending(), BooleanClause.Occur.FILTER);
    if (afterId != null) {
      q.add(TermRangeQuery.newStringRange(IndexSchema.ID, afterId, null, false, false), BooleanClause.Occur.FILTER);
    }
    TopDocs td = h.searcher().search(q.build(), max, new Sort(new SortField(IndexSchema.ID, SortField.Type.STRING)));
    List<DocumentRecord> out = new ArrayList<>(td.scoreDocs.length);
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(h.get(sd.doc));
    }
    return out;
  }
}
