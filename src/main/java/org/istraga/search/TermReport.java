package org.istraga.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.istraga.IstragaException;
import org.istraga.document.DocumentIds;
import org.istraga.index.IndexSchema;

/**
 * Batch search ("term report"): one query per line, and for each how many documents it hits, how
 * many times it occurs in their text, how many documents only it hits (no other line does), and
 * the ids of its best documents.
 *
 * <p>Memory does not grow with the hit sets: every document has one int recording the first line
 * that hit it and one bit saying a second line hit it too, so a file of tens of thousands of
 * lines over a million documents needs a few megabytes beyond the per-line rows. Cost: one pass
 * over each line's matching documents (no scoring) plus a top-N pass; counting occurrences asks
 * Lucene's Matches API per matching document and can be turned off.
 *
 * <p>"Occurrences" are the matches the query has in the {@code text} field of the document (each
 * term occurrence, each phrase occurrence), so they are 0 for lines that match only metadata
 * ({@code type:pdf}). Not thread-safe.
 */
public final class TermReport {

  /** One line's result. Exactly one of {@code error} and the counts is meaningful. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Row(int line, String query, long documents, Long occurrences, long uniqueDocuments,
      List<String> firstIds, String error) {}

  /** The whole report ({@code istraga hits --json} prints this object). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Summary(int lines, int queries, int errors, long documentsHit, List<Row> rows) {}

  /** Receives progress after every line. */
  public interface Progress {
    void line(int lineNumber, int queries, int errors);
  }

  private final CaseSearcher searcher;
  private final int firstIds;
  private final boolean occurrences;

  /**
   * @param firstIds ids listed per line (best matches first)
   * @param occurrences whether to count occurrences in the text
   */
  public TermReport(CaseSearcher searcher, int firstIds, boolean occurrences) {
    this.searcher = searcher;
    this.firstIds = firstIds;
    this.occurrences = occurrences;
  }

  /** Runs every query of {@code lines} (blank lines and lines starting with # are skipped). */
  public Summary run(BufferedReader lines, Progress progress) throws IOException {
    IndexSearcher s = searcher.searcher();
    int maxDoc = s.getIndexReader().maxDoc();
    int[] firstLine = new int[maxDoc];
    FixedBitSet several = new FixedBitSet(Math.max(1, maxDoc));
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    int errors = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      lineNo++;
      // a file saved as "UTF-8 with BOM" (Notepad, Excel) starts with U+FEFF: not part of the query
      String q = (lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
      if (q.isEmpty() || q.startsWith("#")) {
        continue;
      }
      try {
        Query query = searcher.parse(q, null);
        rows.add(runOne(s, lineNo, q, query, rows.size() + 1, firstLine, several));
      } catch (IstragaException e) {
        if (e.kind() != IstragaException.Kind.USAGE) {
          throw e;
        }
        errors++;
        rows.add(new Row(lineNo, q, 0, null, 0, List.of(), e.getMessage()));
      }
      progress.line(lineNo, rows.size(), errors);
    }
    long[] unique = new long[rows.size() + 1];
    long hitByAny = 0;
    for (int d = 0; d < maxDoc; d++) {
      if (firstLine[d] != 0) {
        hitByAny++;
        if (!several.get(d)) {
          unique[firstLine[d]]++;
        }
      }
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.add(r.error() != null ? r : new Row(r.line(), r.query(), r.documents(), r.occurrences(), unique[i + 1],
          r.firstIds(), null));
    }
    return new Summary(lineNo, rows.size(), errors, hitByAny, out);
  }

  private Row runOne(IndexSearcher s, int lineNo, String text, Query query, int index, int[] firstLine,
      FixedBitSet several) throws IOException {
    Query rewritten = s.rewrite(query);
    Weight weight = s.createWeight(s.rewrite(QueryForms.textForm(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long[] counts = new long[2];
    s.search(rewritten, new Collector() {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext ctx) {
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) throws IOException {
            int global = ctx.docBase + doc;
            counts[0]++;
            if (firstLine[global] == 0) {
              firstLine[global] = index;
            } else if (firstLine[global] != index) {
              several.set(global);
            }
            if (occurrences) {
              counts[1] += occurrencesIn(weight, ctx, doc);
            }
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    List<String> ids = new ArrayList<>();
    if (counts[0] > 0 && firstIds > 0) {
      TopDocs top = s.search(rewritten, firstIds);
      for (ScoreDoc sd : top.scoreDocs) {
        ids.add(DocumentIds.shortId(idOf(s, sd.doc)));
      }
    }
    return new Row(lineNo, text, counts[0], occurrences ? counts[1] : null, 0, ids, null);
  }

  private static String idOf(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int i = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext ctx = leaves.get(i);
    var dv = ctx.reader().getSortedDocValues(IndexSchema.ID);
    if (dv != null && dv.advanceExact(doc - ctx.docBase)) {
      return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
    return null;
  }

  private static long occurrencesIn(Weight weight, LeafReaderContext ctx, int doc) throws IOException {
    Matches m = weight.matches(ctx, doc);
    if (m == null) {
      return 0;
    }
    MatchesIterator it = m.getMatches(IndexSchema.TEXT);
    if (it == null) {
      return 0;
    }
    long n = 0;
    while (it.next()) {
      n++;
    }
    return n;
  }
}
