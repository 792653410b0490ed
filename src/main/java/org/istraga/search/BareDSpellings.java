package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.istraga.index.IndexSchema;

/**
 * The {@code dj} spellings of a query word typed with a bare {@code d}, for the fields that index
 * words only as folded ({@code đ} as {@code dj}) without their bare-{@code d} twin: e-mail
 * addresses and names ({@code from}, {@code to}) and file names ({@code name}). The text, titles
 * and authors index the twin, so there {@code dorde} already meets {@code djordje}; here {@code
 * Dorde Radenkovic} would miss a mail to {@code djordje.radenkovic@...}.
 *
 * <p>Each {@code d} before a vowel (where Serbian writes {@code đ}) may stand for {@code dj}: {@code dorde}
 * is also searched as {@code djorde}, {@code dordje} and {@code djordje}. Only the first {@value
 * #MAX_BARE_D} such letters of a word vary, so a word has at most {@code 2^}{@value #MAX_BARE_D}
 * spellings. Pure functions.
 */
final class BareDSpellings {

  /** Fields whose terms keep {@code dj} without a bare-{@code d} twin. */
  static final Set<String> FIELDS = Set.of(IndexSchema.FROM, IndexSchema.TO, IndexSchema.NAME);
  static final int MAX_BARE_D = 3;

  private BareDSpellings() {}

  /**
   * {@code q} with each term of a word or phrase in {@link #FIELDS} widened to its spellings;
   * other queries unchanged.
   */
  static Query widen(Query q) {
    if (q instanceof TermQuery) {
      Term t = ((TermQuery) q).getTerm();
      if (!FIELDS.contains(t.field())) {
        return q;
      }
      List<String> spellings = spellings(t.text());
      if (spellings.size() == 1) {
        return q;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String s : spellings) {
        b.add(new TermQuery(new Term(t.field(), s)), BooleanClause.Occur.SHOULD);
      }
      return b.build();
    }
    if (q instanceof PhraseQuery) {
      PhraseQuery pq = (PhraseQuery) q;
      if (!FIELDS.contains(pq.getField())) {
        return q;
      }
      Term[] terms = pq.getTerms();
      int[] positions = pq.getPositions();
      boolean widened = false;
      MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
      for (int i = 0; i < terms.length; i++) {
        List<String> spellings = spellings(terms[i].text());
        widened |= spellings.size() > 1;
        Term[] alternatives = new Term[spellings.size()];
        for (int j = 0; j < alternatives.length; j++) {
          alternatives[j] = new Term(pq.getField(), spellings.get(j));
        }
        b.add(alternatives, positions[i]);
      }
      b.setSlop(pq.getSlop());
      return widened ? b.build() : q;
    }
    return q;
  }

  /** The word as typed first, then its spellings with some bare {@code d} as {@code dj}. */
  static List<String> spellings(String word) {
    List<Integer> bare = new ArrayList<>();
    for (int i = 0; i < word.length() && bare.size() < MAX_BARE_D; i++) {
      if (word.charAt(i) == 'd' && i + 1 < word.length() && "aeiou".indexOf(word.charAt(i + 1)) >= 0) {
        bare.add(i);
      }
    }
    List<String> out = new ArrayList<>(1 << bare.size());
    for (int mask = 0; mask < 1 << bare.size(); mask++) {
      StringBuilder sb = new StringBuilder(word.length() + bare.size());
      int next = 0;
      for (int i = 0; i < word.length(); i++) {
        sb.append(word.charAt(i));
        if (next < bare.size() && bare.get(next) == i) {
          if ((mask & (1 << next)) != 0) {
            sb.append('j');
          }
          next++;
        }
      }
      out.add(sb.toString());
    }
    return out;
  }
}
