package org.istraga.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.index.CaseIndex;
import org.istraga.index.DocumentMapper;
import org.istraga.index.IndexSchema;
import org.istraga.ingest.ocr.OcrQueue;

/**
 * The state of a case: how many files and documents it holds, how many ended with each status,
 * which failed and why, and the OCR backlog. Read from the last commit; works while an ingest
 * runs.
 *
 * @param caseDir the case folder
 * @param filesSeen regular files known to the case and still present at their path
 * @param filesMissing files recorded earlier but no longer found by the last run
 * @param filesMissingPresentElsewhere of those, the ones whose document is still present as a
 *     file at another path (renamed, moved, one of several copies removed): no content lost
 * @param filesUnread files and folders under the roots that the ingests met but could not read
 *     (permission denied, I/O error, vanished or changed while read; see {@link UnreadFiles}): they
 *     have no document, and are listed among the failures
 * @param documents distinct documents, embedded children and revisions included
 * @param byStatus status label to document count
 * @param byCategory status category to document count
 * @param failures every document with a failure status, and every unread file: path, status,
 *     reason; by path
 * @param ocrPending documents waiting for OCR
 * @param ocrPendingPages pages OCR will read in those documents
 * @param ocrFailures documents whose OCR failed and left them without text from it (first path,
 *     status, reason), whatever their status
 * @param lastCommit when the index was last committed, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CaseStatus(
    String caseDir,
    long filesSeen,
    long filesMissing,
    long filesMissingPresentElsewhere,
    long filesUnread,
    long documents,
    Map<String, Long> byStatus,
    Map<String, Long> byCategory,
    List<IngestSummary.Failure> failures,
    long ocrPending,
    long ocrPendingPages,
    List<IngestSummary.Failure> ocrFailures,
    String lastCommit) {

  /**
   * Reads the status of a case. Cost: one pass over the file keys, the failed documents and the
   * documents waiting for OCR.
   */
  public static CaseStatus of(Case kase) throws IOException {
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      var searcher = h.searcher();
      long documents = h.reader().numDocs();
      Map<String, Long> byStatus = new TreeMap<>();
      Map<String, Long> byCategory = new TreeMap<>();
      BooleanQuery.Builder failed = new BooleanQuery.Builder();
      for (ExtractionStatus s : ExtractionStatus.values()) {
        int n = searcher.count(new TermQuery(new Term(IndexSchema.STATUS, s.label())));
        if (n > 0) {
          byStatus.put(s.label(), (long) n);
          byCategory.merge(s.category().label(), (long) n, Long::sum);
        }
        if (s.isFailure()) {
          failed.add(new TermQuery(new Term(IndexSchema.STATUS, s.label())), BooleanClause.Occur.SHOULD);
        }
      }
      List<IngestSummary.Failure> failures = listed(h, failed.build(), documents);
      List<UnreadFiles.Entry> unread = UnreadFiles.load(kase.layout().unread()).entries();
      for (UnreadFiles.Entry e : unread) {
        failures.add(new IngestSummary.Failure(e.path(), e.status(), e.reason()));
      }
      failures.sort((a, b) -> String.valueOf(a.path()).compareTo(String.valueOf(b.path())));
      List<IngestSummary.Failure> ocrFailures =
          listed(h, new TermQuery(new Term(IndexSchema.OCR, DocumentMapper.OCR_FAILED)), documents);
      OcrQueue.Backlog ocr = OcrQueue.measure(h, false);
      long[] files = countFiles(h);
      return new CaseStatus(kase.root().toString(), files[0], files[1], files[2], unread.size(), documents, byStatus, byCategory,
          failures, ocr.documents(), ocr.pages(), ocrFailures, index.commitData().get("committed_at"));
    }
  }

  /** Every document matching {@code q} as a failure line (first path, status, reason), by path. */
  private static List<IngestSummary.Failure> listed(CaseIndex.Handle h, Query q, long documents) throws IOException {
    List<IngestSummary.Failure> out = new ArrayList<>();
    TopDocs td = h.searcher().search(q, Math.max(1, (int) Math.min(Integer.MAX_VALUE - 1, documents)));
    for (ScoreDoc sd : td.scoreDocs) {
      DocumentRecord r = h.get(sd.doc);
      out.add(new IngestSummary.Failure(r.firstPath(), r.status, r.statusReason));
    }
    out.sort((a, b) -> String.valueOf(a.path()).compareTo(String.valueOf(b.path())));
    return out;
  }

  /**
   * {present file paths, missing file paths, missing file paths of documents still present at
   * another path}, counted over live documents.
   */
  private static long[] countFiles(CaseIndex.Handle h) throws IOException {
    long present = 0;
    long missing = 0;
    long elsewhere = 0;
    for (LeafReaderContext leaf : h.reader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      java.util.BitSet withFile = new java.util.BitSet(leaf.reader().maxDoc());
      present += countPostings(leaf, IndexSchema.FILE_KEY, live, withFile, null);
      long[] m = new long[1];
      missing += countPostings(leaf, IndexSchema.MISSING_PATH, live, null, (doc) -> {
        if (withFile.get(doc)) {
          m[0]++;
        }
      });
      elsewhere += m[0];
    }
    return new long[] {present, missing, elsewhere};
  }

  /**
   * Number of (live document, term) pairs of a field in one segment: one per path for path-key
   * fields. Marks each document met in {@code docs} and passes it to {@code each} when given.
   */
  private static long countPostings(LeafReaderContext leaf, String field, Bits live, java.util.BitSet docs,
      java.util.function.IntConsumer each) throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return 0;
    }
    long n = 0;
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    while (te.next() != null) {
      pe = te.postings(pe, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          n++;
          if (docs != null) {
            docs.set(d);
          }
          if (each != null) {
            each.accept(d);
          }
        }
      }
    }
    return n;
  }
}
