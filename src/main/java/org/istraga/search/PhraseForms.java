package org.istraga.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.istraga.index.IndexSchema;

/**
 * The forms a quoted phrase is searched in besides the stock parser's phrase query: narrowed
 * through the word-pair field when exact and in the text ({@link PairedPhraseQuery}), with a slop
 * when one is written ({@code "javna nabavka"~3}), and in any grammatical case of its Serbian words
 * through the stem-pair field ({@code "javna nabavka"} finds {@code javnoj nabavci}).
 *
 * <p>Cost: {@link #inflected} analyses the phrase once; the others only rebuild the query.
 * Thread-safe if the {@link AnalyzedTerms} is.
 */
final class PhraseForms {

  private final AnalyzedTerms terms;
  private final Set<String> indexedFields;

  /**
   * @param terms the analysis of query text
   * @param indexedFields fields present in the index (no inflected form without Serbian stem pairs)
   */
  PhraseForms(AnalyzedTerms terms, Set<String> indexedFields) {
    this.terms = terms;
    this.indexedFields = indexedFields;
  }

  /**
   * A Serbian phrase in any grammatical case of its words: the phrase of adjacent stem pairs
   * ({@code "javna nabavka"} is the pair {@code javn nabavk}, which {@code javne nabavke}, {@code
   * javnoj nabavci} and {@code Јавна набавка} all have; {@code "Ministarstvo unutrašnjih poslova"}
   * finds {@code Ministarstva unutrašnjih poslova}). Stems at one position (a velar twin) are
   * alternatives. Null for a one-word phrase or when no Serbian document is indexed.
   */
  Query inflected(String text) throws ParseException {
    if (!indexedFields.contains(IndexSchema.STEM_SR_PAIRS)) {
      return null;
    }
    List<List<String>> pairs = terms.analyze(IndexSchema.STEM_SR_PAIRS, text);
    if (pairs.isEmpty()) {
      return null;
    }
    if (pairs.size() == 1) {
      return AnalyzedTerms.anyOf(IndexSchema.STEM_SR_PAIRS, pairs.get(0));
    }
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
    for (List<String> at : pairs) {
      Term[] stems = new Term[at.size()];
      for (int i = 0; i < stems.length; i++) {
        stems[i] = new Term(IndexSchema.STEM_SR_PAIRS, at.get(i));
      }
      b.add(stems);
    }
    return b.build();
  }

  /** An exact phrase in the text is answered from the word-pair field ({@link PairedPhraseQuery}). */
  static Query withPairs(String field, Query q) {
    if (!IndexSchema.TEXT.equals(field) || !(q instanceof PhraseQuery)) {
      return q;
    }
    return PairedPhraseQuery.of((PhraseQuery) q);
  }

  /** A phrase query with {@code slop}; any other query as it is. */
  static Query withSlop(Query q, int slop) {
    if (q instanceof PhraseQuery) {
      PhraseQuery pq = (PhraseQuery) q;
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      Term[] phraseTerms = pq.getTerms();
      int[] pos = pq.getPositions();
      for (int i = 0; i < phraseTerms.length; i++) {
        b.add(phraseTerms[i], pos[i]);
      }
      b.setSlop(slop);
      return b.build();
    }
    if (q instanceof MultiPhraseQuery) {
      return new MultiPhraseQuery.Builder((MultiPhraseQuery) q).setSlop(slop).build();
    }
    return q;
  }
}
