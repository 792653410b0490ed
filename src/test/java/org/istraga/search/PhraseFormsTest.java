package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.istraga.index.Analyzers;
import org.istraga.index.IndexSchema;
import org.junit.jupiter.api.Test;

/** {@link PhraseForms} and {@link AnalyzedTerms}: what a phrase and a bare term are also searched as. */
class PhraseFormsTest {

  private final AnalyzedTerms terms = new AnalyzedTerms(Analyzers.perFieldForQuery());

  @Test
  void aSerbianPhraseInAnyCaseIsTheSameStemPairs() throws Exception {
    PhraseForms forms = new PhraseForms(terms, Set.of(IndexSchema.STEM_SR_PAIRS));
    for (String form : new String[] {"javna nabavka", "javnoj nabavci", "Јавне набавке", "JAVNE NABAVKE"}) {
      Query q = forms.inflected(form);
      assertTrue(q.toString().contains(IndexSchema.STEM_SR_PAIRS + ":javn nabavk"), form + ": " + q);
    }
    assertTrue(forms.inflected("javnoj nabavci").toString().contains("javn nabavc"), "the velar twin too");
    Query three = forms.inflected("Ministarstvo unutrašnjih poslova");
    assertEquals(three, forms.inflected("Ministarstva unutrašnjih poslova"));
    assertInstanceOf(MultiPhraseQuery.class, three, "three words are two adjacent pairs");
  }

  @Test
  void noInflectedFormWithoutSerbianDocuments() throws Exception {
    assertNull(new PhraseForms(terms, Set.of(IndexSchema.TEXT)).inflected("javna nabavka"));
  }

  @Test
  void slopAndWordPairs() {
    PhraseQuery phrase = new PhraseQuery(IndexSchema.TEXT, "javne", "nabavke");
    PhraseQuery sloppy = (PhraseQuery) PhraseForms.withSlop(phrase, 3);
    assertEquals(3, sloppy.getSlop());
    assertEquals(List.of(phrase.getTerms()), List.of(sloppy.getTerms()));
    assertEquals(PairedPhraseQuery.of(phrase), PhraseForms.withPairs(IndexSchema.TEXT, phrase));
    PhraseQuery title = new PhraseQuery(IndexSchema.TITLE, "javne", "nabavke");
    assertSame(title, PhraseForms.withPairs(IndexSchema.TITLE, title), "only the text has word pairs");
    TermQuery word = new TermQuery(new Term(IndexSchema.TEXT, "ugovor"));
    assertSame(word, PhraseForms.withSlop(word, 2));
  }

  @Test
  void stemsOfABareWordButNotOfAWordWithParts() throws Exception {
    Query one = terms.stemOfWord(IndexSchema.STEM_SR, "nabavke");
    assertEquals(one, terms.stemOfWord(IndexSchema.STEM_SR, "nabavka"));
    assertNull(terms.stemOfWord(IndexSchema.STEM_SR, "12/2019"), "two words to the segmentation");
    Query all = terms.allTerms(IndexSchema.STEM_SR, "javne nabavke");
    assertInstanceOf(BooleanQuery.class, all);
    for (BooleanClause c : ((BooleanQuery) all).clauses()) {
      assertEquals(BooleanClause.Occur.MUST, c.getOccur());
    }
    assertTrue(all.toString().contains("javn"), all.toString());
    assertNull(terms.allTerms(IndexSchema.STEM_SR, "..."));
  }
}
