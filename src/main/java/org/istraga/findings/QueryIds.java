package org.istraga.findings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.istraga.IstragaException;
import org.istraga.index.CaseIndex;
import org.istraga.search.CaseSearcher;
import org.istraga.index.IndexSchema;

/**
 * Every document matching a query, streamed in index order with no cap: what {@code tag --query}
 * and {@code export --query} work on.
 *
 * <p>This is the one place findings and export turn a query string into documents: it parses with
 * the search package's {@link CaseSearcher} (the same language as {@code istraga search}) and
 * answers {@code tag:NAME} from the findings journal, so a tag works in queries the moment it is
 * written.
 *
 * <p>Cost: {@link #forEach} visits matches segment by segment without scoring or collecting them,
 * reading each id from doc values: memory stays constant whatever the number of hits. Thread-safe
 * once built (a new parser is made per call).
 */
public final class QueryIds {

  /** Receives one matching document. */
  @FunctionalInterface
  public interface DocConsumer {
    /**
     * @param doc the index-wide Lucene doc number (valid for the handle's searcher)
     * @param id the document's SHA-256
     */
    void accept(int doc, String id) throws IOException;
  }

  private final Findings findings;

  /** @param findings where {@code tag:} queries look tags up */
  public QueryIds(Findings findings) {
    this.findings = findings;
  }

  /**
   * Parses a query with the search package's parser (the full query language of {@code istraga
   * search}: friendly fields, ranges, phrases across scripts), answering {@code tag:} from the
   * findings journal.
   *
   * @throws IstragaException USAGE naming the syntax problem
   */
  public Query parse(IndexSearcher searcher, String query) {
    if (query == null || query.isBlank()) {
      throw IstragaException.usage("empty query: give words to search for, or *:* for every document");
    }
    return new CaseSearcher(searcher, findings::tags).parse(query, null);
  }

  /** The documents carrying a tag, as a query. */
  public Query tagQuery(String tag) {
    return idsQuery(findings.idsWithTag(tag));
  }

  /** A query matching exactly these document ids. */
  public static Query idsQuery(Set<String> ids) {
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery("no such documents");
    }
    List<BytesRef> terms = new ArrayList<>(ids.size());
    for (String id : ids) {
      terms.add(new BytesRef(id));
    }
    return new TermInSetQuery(IndexSchema.ID, terms);
  }

  /** Visits every live document matching {@code query}, in index order. */
  public static void forEach(CaseIndex.Handle h, Query query, DocConsumer each) throws IOException {
    IndexSearcher s = h.searcher();
    Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        if (ids == null || !ids.advanceExact(d)) {
          throw new IstragaException(IstragaException.Kind.INCOMPATIBLE,
              "an index document has no id; the case index is damaged or from another tool");
        }
        each.accept(leaf.docBase + d, ids.lookupOrd(ids.ordValue()).utf8ToString());
      }
    }
  }

  /** Ids of every document matching {@code query}, in index order. Holds them all: 65 bytes each. */
  public List<String> ids(CaseIndex.Handle h, String query) throws IOException {
    List<String> out = new ArrayList<>();
    forEach(h, parse(h.searcher(), query), (doc, id) -> out.add(id));
    return out;
  }
}
