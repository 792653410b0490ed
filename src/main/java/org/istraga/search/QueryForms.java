package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * Rewrites of a parsed query for the jobs that need another form of it. Pure functions.
 */
final class QueryForms {

  private QueryForms() {}

  /**
   * The query as positions in the text field: paired phrases become plain phrases, so the
   * highlighter and occurrence counts see matches in {@code text} rather than in the pair field.
   */
  static Query textForm(Query q) {
    return map(q, leaf -> leaf instanceof PairedPhraseQuery ? ((PairedPhraseQuery) leaf).phrase() : leaf);
  }

  /** Applies {@code leaf} to every query below the boolean, disjunction, boost and constant-score nodes. */
  static Query map(Query q, UnaryOperator<Query> leaf) {
    if (q instanceof BoostQuery) {
      BoostQuery b = (BoostQuery) q;
      return new BoostQuery(map(b.getQuery(), leaf), b.getBoost());
    }
    if (q instanceof ConstantScoreQuery) {
      return new ConstantScoreQuery(map(((ConstantScoreQuery) q).getQuery(), leaf));
    }
    if (q instanceof DisjunctionMaxQuery) {
      DisjunctionMaxQuery d = (DisjunctionMaxQuery) q;
      List<Query> parts = new ArrayList<>();
      for (Query sub : d.getDisjuncts()) {
        parts.add(map(sub, leaf));
      }
      return new DisjunctionMaxQuery(parts, d.getTieBreakerMultiplier());
    }
    if (q instanceof BooleanQuery) {
      BooleanQuery bq = (BooleanQuery) q;
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        b.add(map(c.getQuery(), leaf), c.getOccur());
      }
      return b.build();
    }
    return leaf.apply(q);
  }
}
