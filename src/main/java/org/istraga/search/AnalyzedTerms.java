package org.istraga.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Term queries over fields without positions (stems, entity words), built from a text analysed
 * like the field: the analysed tokens by position, a position's stacked tokens (a stem and its
 * velar twin, {@code nabavc} and {@code nabavk}) being alternatives.
 *
 * <p>Cost: one analysis of the text per call. Thread-safe if the analyzer is (Lucene's are).
 */
final class AnalyzedTerms {

  private final Analyzer analyzer;

  /** @param analyzer the per-field analyzer queries are analysed with */
  AnalyzedTerms(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Every analysed word of {@code text} must occur (fields without positions); tokens at one
   * position (a stem and its twin, {@code nabavc} and {@code nabavk}) are alternatives. Null when
   * the text analyses to nothing.
   */
  Query allTerms(String field, String text) throws ParseException {
    List<List<String>> positions = analyze(field, text);
    if (positions.isEmpty()) {
      return null;
    }
    if (positions.size() == 1) {
      return anyOf(field, positions.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (List<String> alternatives : positions) {
      b.add(anyOf(field, alternatives), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /**
   * The stem alternative of a bare term, or null when the term is several words to the word
   * segmentation ({@code 12/2019}, {@code 404-02-117/2019-06}, {@code PDV-a}): in the text such a
   * term is a phrase, but the stem fields have no positions, so its words anywhere in a document
   * would match (every Serbian text with a 12 and a 2019 matched {@code 12/2019}).
   */
  Query stemOfWord(String field, String text) throws ParseException {
    List<List<String>> positions = analyze(field, text);
    return positions.size() == 1 ? anyOf(field, positions.get(0)) : null;
  }

  /** One term, or a disjunction of the terms when there are several. */
  static Query anyOf(String field, List<String> terms) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The analysed tokens of {@code text} by position, each with the tokens stacked on it. */
  List<List<String>> analyze(String field, String text) throws ParseException {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new ArrayList<>(2));
        }
        List<String> at = out.get(out.size() - 1);
        if (!at.contains(term.toString())) {
          at.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      ParseException pe = new ParseException("cannot analyse '" + text + "': " + e.getMessage());
      pe.initCause(e);
      throw pe;
    }
    return out;
  }
}
