package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

  /**
   * What the highlighter needs to mark matches in {@code field}: the positive clauses that read
   * {@code field}, all optional (a filter on another field, such as {@code type:pdf}, cannot be
   * marked and would only cost the highlighter time). Paired phrases become plain phrases. Null
   * when no clause reads {@code field}.
   */
  static Query highlightForm(Query q, String field) {
    if (q instanceof PairedPhraseQuery) {
      return highlightForm(((PairedPhraseQuery) q).phrase(), field);
    }
    if (q instanceof BoostQuery) {
      Query inner = highlightForm(((BoostQuery) q).getQuery(), field);
      return inner == null ? null : new BoostQuery(inner, ((BoostQuery) q).getBoost());
    }
    if (q instanceof ConstantScoreQuery) {
      return highlightForm(((ConstantScoreQuery) q).getQuery(), field);
    }
    if (q instanceof DisjunctionMaxQuery) {
      List<Query> parts = new ArrayList<>();
      for (Query sub : ((DisjunctionMaxQuery) q).getDisjuncts()) {
        Query h = highlightForm(sub, field);
        if (h != null) {
          parts.add(h);
        }
      }
      return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new DisjunctionMaxQuery(parts, 0f);
    }
    if (q instanceof BooleanQuery) {
      List<Query> parts = new ArrayList<>();
      for (BooleanClause c : ((BooleanQuery) q).clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
          Query h = highlightForm(c.getQuery(), field);
          if (h != null) {
            parts.add(h);
          }
        }
      }
      if (parts.isEmpty()) {
        return null;
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      parts.forEach(p -> b.add(p, BooleanClause.Occur.SHOULD));
      return b.build();
    }
    boolean[] reads = {false};
    q.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public boolean acceptField(String f) {
        reads[0] |= f.equals(field);
        return false;
      }
    });
    return reads[0] ? q : null;
  }

  /** Applies {@code leaf} to every query below the boolean, disjunction, boost and constant-score nodes. */
  static Query map(Query q, UnaryOperator<Query> leaf) {
    return rebuild(q, n -> n instanceof BoostQuery || n instanceof ConstantScoreQuery
        || n instanceof DisjunctionMaxQuery || n instanceof BooleanQuery ? null : leaf.apply(n));
  }

  /**
   * Rebuilds the tree of boost, constant-score, disjunction and boolean nodes of {@code q}, asking
   * {@code node} first at every node, from the root down: a non-null answer replaces that node
   * (whose children are then the answer's business), null rebuilds it from its children rebuilt
   * the same way. A leaf for which {@code node} answers null stays as it is. Linear in the tree.
   */
  static Query rebuild(Query q, Function<Query, Query> node) {
    Query replaced = node.apply(q);
    if (replaced != null) {
      return replaced;
    }
    if (q instanceof BoostQuery) {
      BoostQuery b = (BoostQuery) q;
      return new BoostQuery(rebuild(b.getQuery(), node), b.getBoost());
    }
    if (q instanceof ConstantScoreQuery) {
      return new ConstantScoreQuery(rebuild(((ConstantScoreQuery) q).getQuery(), node));
    }
    if (q instanceof DisjunctionMaxQuery) {
      DisjunctionMaxQuery d = (DisjunctionMaxQuery) q;
      List<Query> parts = new ArrayList<>();
      for (Query sub : d.getDisjuncts()) {
        parts.add(rebuild(sub, node));
      }
      return new DisjunctionMaxQuery(parts, d.getTieBreakerMultiplier());
    }
    if (q instanceof BooleanQuery) {
      BooleanQuery bq = (BooleanQuery) q;
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        b.add(rebuild(c.getQuery(), node), c.getOccur());
      }
      return b.build();
    }
    return q;
  }
}
