package org.istraga.search;

import java.util.Objects;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.istraga.index.EntityFields;

/**
 * An {@code amount:[A TO B]} clause before its currency is known. {@link QueryFinisher} turns it
 * into a range on {@code amount.cur} when the same conjunction (or a {@code --filter}) fixes one
 * currency, so {@code amount:[1000000 TO *] AND currency:EUR} means "one amount of at least a
 * million euros", not "some amount above a million and some euro mention". Without a currency it
 * is a range over every amount. Bounds are inclusive (exclusive ends are already moved by one ulp).
 */
final class AmountRangeQuery extends Query {

  final double min;
  final double max;

  AmountRangeQuery(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /** The range over one currency's amounts, or over all amounts when {@code currency} is null. */
  Query resolve(String currency) {
    String field = currency == null ? EntityFields.AMOUNT : EntityFields.amountField(currency);
    return DoublePoint.newRangeQuery(field, min, max);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return resolve(null);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "amount:[" + min + " TO " + max + "]";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && ((AmountRangeQuery) o).min == min && ((AmountRangeQuery) o).max == max;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), min, max);
  }
}
