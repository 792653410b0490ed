package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.istraga.index.IndexSchema;
import org.junit.jupiter.api.Test;

/** {@link QueryForms#rebuild} and {@link QueryForms#map}: one walk of a query tree for every rewrite. */
class QueryFormsTest {

  private static final TermQuery TYPE = new TermQuery(new Term(IndexSchema.TYPE, "pdf"));
  private static final PhraseQuery PHRASE = new PhraseQuery(IndexSchema.TEXT, "javne", "nabavke");

  /** {@code type:pdf AND ("javne nabavke"^2 | title:x) AND NOT ConstantScore(type:pdf)}, with a paired phrase. */
  private static Query tree(Query phrase) {
    Query dis = new DisjunctionMaxQuery(List.of(new BoostQuery(phrase, 2f),
        new TermQuery(new Term(IndexSchema.TITLE, "x"))), 0.1f);
    return new BooleanQuery.Builder()
        .add(TYPE, BooleanClause.Occur.MUST)
        .add(dis, BooleanClause.Occur.MUST)
        .add(new ConstantScoreQuery(TYPE), BooleanClause.Occur.MUST_NOT)
        .setMinimumNumberShouldMatch(0)
        .build();
  }

  @Test
  void leavesAreMappedUnderEveryKindOfNode() {
    assertEquals(tree(PHRASE), QueryForms.textForm(tree(PairedPhraseQuery.of(PHRASE))));
    assertEquals(tree(PHRASE), QueryForms.map(tree(PHRASE), leaf -> leaf));
  }

  @Test
  void aNodeCanBeReplacedWholeFromTheRootDown() {
    Query all = new MatchAllDocsQuery();
    assertEquals(all, QueryForms.rebuild(tree(PHRASE), n -> all));
    Query noDisjunctions = QueryForms.rebuild(tree(PHRASE), n -> n instanceof DisjunctionMaxQuery ? all : null);
    Query expected = new BooleanQuery.Builder()
        .add(TYPE, BooleanClause.Occur.MUST)
        .add(all, BooleanClause.Occur.MUST)
        .add(new ConstantScoreQuery(TYPE), BooleanClause.Occur.MUST_NOT)
        .build();
    assertEquals(expected, noDisjunctions);
  }
}
