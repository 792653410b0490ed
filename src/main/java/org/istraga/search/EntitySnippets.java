package org.istraga.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.document.PageMap;
import org.istraga.index.Analyzers;
import org.istraga.index.EntityFields;

/**
 * Snippets for hits found through an entity field ({@code iban:RS35...}, {@code org:telekom}):
 * the text around each matching mention, labelled with its page. Entity values are normalized
 * (an IBAN without spaces), so the text field cannot highlight them; the mentions' offsets can.
 *
 * <p>Built once per query from its terms; not thread-safe.
 */
final class EntitySnippets {

  /** Characters of context shown before a mention. */
  static final int BEFORE = 80;
  /** Characters of context shown after a mention. */
  static final int AFTER = 120;

  /** Supplies a document's text when needed. */
  @FunctionalInterface
  interface TextSupplier {
    String get() throws IOException;
  }

  /** A numeric entity field's range in the query ({@code percent:57}, {@code amount.rsd:1200000}). */
  private record NumberRange(String field, double min, double max) {}

  private final Set<Term> terms = new HashSet<>();
  private final List<NumberRange> numbers = new ArrayList<>();

  EntitySnippets(Query query) {
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return EntityFields.isEntityField(field);
      }

      @Override
      public void visitLeaf(Query q) {
        if (q instanceof PointRangeQuery p && p.getNumDims() == 1 && p.getBytesPerDim() == Double.BYTES
            && EntityFields.analysisOf(p.getField()) == EntityFields.Analysis.NUMBER) {
          numbers.add(new NumberRange(p.getField(), DoublePoint.decodeDimension(p.getLowerPoint(), 0),
              DoublePoint.decodeDimension(p.getUpperPoint(), 0)));
        } else if (q instanceof AmountRangeQuery a) {
          numbers.add(new NumberRange(EntityFields.AMOUNT, a.min, a.max));
        }
      }

      @Override
      public void consumeTerms(Query q, Term... ts) {
        for (Term t : ts) {
          terms.add(t);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
  }

  /** True when the query has entity terms or numeric entity ranges. */
  boolean any() {
    return !terms.isEmpty() || !numbers.isEmpty();
  }

  /** Up to three snippets around the doc's mentions that match the query's entity terms. */
  List<Snippet> snippets(DocumentRecord r, TextSupplier text) throws IOException {
    List<EntityMention> matching = new ArrayList<>();
    for (EntityMention m : r.entities) {
      if (m.start() >= 0 && m.end() > m.start() && m.value() != null && matches(m)) {
        matching.add(m);
      }
    }
    if (matching.isEmpty()) {
      return List.of();
    }
    matching.sort((a, b) -> Integer.compare(a.start(), b.start()));
    String t = text.get();
    List<Snippet> out = new ArrayList<>();
    int shownUntil = -1;
    for (EntityMention m : matching) {
      if (out.size() == SearchRequest.SNIPPETS_PER_HIT || m.end() > t.length()) {
        break;
      }
      if (m.start() < shownUntil) {
        continue;
      }
      int start = wordBoundary(t, Math.max(0, m.start() - BEFORE), false);
      int end = wordBoundary(t, Math.min(t.length(), m.end() + AFTER), true);
      SnippetHighlighter.Raw raw = new SnippetHighlighter.Raw(start, end, new int[] {m.start()}, new int[] {m.end()},
          t.substring(start, end), !SnippetHighlighter.startsClause(t, start), !SnippetHighlighter.endsClause(t, end));
      out.add(SnippetText.of(raw, r.pageStarts.length == 0 ? null : PageMap.pageAt(r.pageStarts, m.start())));
      shownUntil = end;
    }
    return out;
  }

  private boolean matches(EntityMention m) {
    String field = EntityFields.fieldOf(m.type());
    if (m.amount() != null && matchesNumber(field, m)) {
      return true;
    }
    for (Term t : terms) {
      if (!t.field().equals(field) && !(t.field().equals(EntityFields.EMAIL_DOMAIN) && "email".equals(field))) {
        continue;
      }
      if (t.field().equals(EntityFields.EMAIL_DOMAIN)) {
        String v = m.value();
        if (Analyzers.normalize(t.field(), v.substring(v.lastIndexOf('@') + 1)).equals(t.text())) {
          return true;
        }
      } else if (EntityFields.analysisOf(field) == EntityFields.Analysis.WORDS) {
        if (tokens(field, m.value()).contains(t.text())) {
          return true;
        }
      } else if (Analyzers.normalize(field, m.value()).equals(t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a money or percentage mention's number lies in a range of the query over its field:
   * {@code percent}, {@code amount} (any currency) or the mention's currency's {@code amount.cur}.
   */
  private boolean matchesNumber(String field, EntityMention m) {
    double v = m.amount().doubleValue();
    for (NumberRange r : numbers) {
      boolean sameField = r.field().equals(field)
          || (EntityFields.AMOUNT.equals(field) && m.currency() != null
              && r.field().equals(EntityFields.amountField(m.currency())));
      if (sameField && v >= r.min() && v <= r.max()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> tokens(String field, String value) {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = Analyzers.perField().tokenStream(field, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static int wordBoundary(String t, int at, boolean forward) {
    int i = at;
    if (forward) {
      while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
        i++;
      }
    } else {
      while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }
}
