package org.istraga.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * In queries, replaces an abbreviation of single letters with dots ({@code d.o.o.}, {@code
 * A.D.}) or a word with apostrophes ({@code O'Brien}) by its spelling without them ({@code doo},
 * {@code OBrien}; {@link WordPartsFilter#joined}). The index holds that spelling as a twin of
 * every such word and as the word itself where it was typed so, so {@code d.o.o.}, {@code
 * D.O.O.}, {@code д.о.о.} and {@code doo} find each other, in words and phrases alike ({@code
 * "Telekom Nova doo"} finds {@code Telekom Nova d.o.o.}). Runs before folding. Cost: one scan of
 * each token.
 */
final class JoinedSpellingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  JoinedSpellingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String joined = WordPartsFilter.joined(term);
    if (joined != null) {
      term.setEmpty().append(joined);
    }
    return true;
  }
}
