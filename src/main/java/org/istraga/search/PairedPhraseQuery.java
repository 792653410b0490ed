package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.istraga.index.IndexSchema;

/**
 * An exact phrase in the text, answered from the word-pair field ({@link IndexSchema#PAIRS}).
 *
 * <p>Every adjacent pair of folded words is indexed as one term with its frequency, so:
 *
 * <ul>
 *   <li>a two-word phrase is one term query on its pair: exact (the pair exists exactly where the
 *       two words are adjacent), scored by BM25 on the phrase frequency, and able to skip
 *       non-competitive documents (block-max WAND), however common its words;
 *   <li>a longer phrase is a phrase of its pairs ({@code "a b c"} is {@code "a b"} followed by
 *       {@code "b c"} one position later): exact as well, and its positions are those of rare
 *       pairs rather than of common words such as {@code o}, {@code i} or {@code the}.
 * </ul>
 *
 * <p>Lucene's positional phrase matching reads the positions of both words in every document
 * containing both; with common words that is hundreds of thousands of documents per query, the
 * tail this query removes. Highlighting and occurrence counting use {@link #phrase()} itself (see
 * {@link QueryForms#textForm}).
 */
final class PairedPhraseQuery extends Query {

  private final PhraseQuery phrase;
  private final List<Term> pairs;

  private PairedPhraseQuery(PhraseQuery phrase, List<Term> pairs) {
    this.phrase = phrase;
    this.pairs = pairs;
  }

  /** The paired form of an exact text phrase, or the phrase itself when it has no adjacent pair. */
  static Query of(PhraseQuery pq) {
    Term[] terms = pq.getTerms();
    int[] positions = pq.getPositions();
    if (pq.getSlop() != 0 || terms.length < 2 || !IndexSchema.TEXT.equals(terms[0].field())) {
      return pq;
    }
    List<Term> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < terms.length; i++) {
      if (positions[i + 1] == positions[i] + 1) {
        pairs.add(new Term(IndexSchema.PAIRS, terms[i].text() + " " + terms[i + 1].text()));
      }
    }
    return pairs.isEmpty() ? pq : new PairedPhraseQuery(pq, pairs);
  }

  /** The positional phrase on the text field. */
  PhraseQuery phrase() {
    return phrase;
  }

  /** True when every word is in a pair with the next one (no position gap in the phrase). */
  private boolean contiguous() {
    return pairs.size() == phrase.getTerms().length - 1;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    if (contiguous()) {
      if (pairs.size() == 1) {
        return new TermQuery(pairs.get(0));
      }
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      for (int i = 0; i < pairs.size(); i++) {
        b.add(pairs.get(i), i);
      }
      return b.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Term pair : pairs) {
      b.add(new TermQuery(pair), BooleanClause.Occur.MUST);
    }
    b.add(phrase, BooleanClause.Occur.FILTER);
    return b.build();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    phrase.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return "paired(" + phrase.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && phrase.equals(((PairedPhraseQuery) o).phrase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), phrase);
  }
}
