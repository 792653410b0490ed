package org.istraga.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.istraga.index.EntityFields;

/**
 * Final touches on a parsed query, applied to the whole tree:
 *
 * <ul>
 *   <li>A group of only negative clauses ({@code NOT draft}, {@code -type:image}) means "everything
 *       except", as users expect, instead of Lucene's "nothing".
 *   <li>{@code amount:} ranges take the currency fixed by the conjunction they sit in (or by the
 *       request's filters): see {@link AmountRangeQuery}.
 * </ul>
 *
 * Pure function of its input.
 */
final class QueryFinisher {

  private QueryFinisher() {}

  /**
   * @param q the parsed query
   * @param currency a currency fixed from outside (a {@code currency} filter), or null
   */
  static Query finish(Query q, String currency) {
    return visit(q, currency);
  }

  /** The tree rebuilt ({@link QueryForms#rebuild}) with amounts resolved and boolean groups finished. */
  private static Query visit(Query q, String currency) {
    return QueryForms.rebuild(q, n -> n instanceof AmountRangeQuery ? ((AmountRangeQuery) n).resolve(currency)
        : n instanceof BooleanQuery ? visitBoolean((BooleanQuery) n, currency) : null);
  }

  private static Query visitBoolean(BooleanQuery bq, String outerCurrency) {
    String currency = outerCurrency;
    Set<String> required = new LinkedHashSet<>();
    for (BooleanClause c : bq.clauses()) {
      if (c.isRequired() && c.getQuery() instanceof TermQuery) {
        Term t = ((TermQuery) c.getQuery()).getTerm();
        if (EntityFields.CURRENCY.equals(t.field())) {
          required.add(t.text());
        }
      }
    }
    if (required.size() == 1) {
      currency = required.iterator().next();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    boolean positive = false;
    for (BooleanClause c : bq.clauses()) {
      b.add(visit(c.getQuery(), currency), c.getOccur());
      positive |= c.getOccur() != BooleanClause.Occur.MUST_NOT;
    }
    if (!positive && !bq.clauses().isEmpty()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }
}
