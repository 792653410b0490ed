package org.istraga.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After each word written with {@code đ} or {@code ђ}, emits the same word with a bare {@code d}
 * (or {@code д}) in their place, at the same position and offsets. Serbian typed without
 * diacritics spells {@code Đorđe} as {@code Djordje} or as {@code Dorde}; folding covers the first
 * ({@code đ} becomes {@code dj}), this variant the second, so {@code Dorde} and {@code medunarodni}
 * find {@code Đorđe} and {@code međunarodni}. Words with a plain {@code dj} get no variant: {@code
 * adjust} never turns into {@code aust}.
 *
 * <p>Used only when indexing, after case folding and before Serbian normalization, so both
 * spellings are folded alike; queries are analysed without it (a query word with {@code đ} stays
 * one term, not a synonym pair). Cost: a scan of each term; a copy of the attributes for words
 * that have the letter.
 */
final class BareDVariantFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private State variant;

  BareDVariantFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (variant != null) {
      restoreState(variant);
      variant = null;
      char[] b = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        b[i] = bare(b[i]);
      }
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (bare(b[i]) != b[i]) {
        variant = captureState();
        break;
      }
    }
    return true;
  }

  /** {@code d} for {@code đ}, {@code д} for {@code ђ} (either case); any other letter as it is. */
  private static char bare(char c) {
    switch (c) {
      case 'đ':
      case 'Đ':
        return 'd';
      case 'ђ':
      case 'Ђ':
        return 'д';
      default:
        return c;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    variant = null;
  }
}
