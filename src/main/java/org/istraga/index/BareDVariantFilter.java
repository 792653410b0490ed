package org.istraga.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The bare-{@code d} spelling of folded words with {@code dj}. Serbian typed without diacritics
 * writes {@code đ} as {@code dj} or as a bare {@code d}, and mixes the two in one word: {@code
 * Đorđe} is typed {@code Djordje}, {@code Dorde} or {@code Dordje}. Folding turns {@code đ} into
 * {@code dj}; this filter gives every word with {@code dj} its spelling with each {@code dj} as
 * {@code d}, so all those spellings meet in one term ({@code dorde}).
 *
 * <ul>
 *   <li>When indexing ({@link #twin}), the bare spelling is added after the word at the same
 *       position and offsets: the word still matches as written ({@code djordje}, and wildcards on
 *       it), and its bare spelling matches too. Word pairs built after this filter cover every
 *       combination ({@code mladjan djuric}, {@code mladan duric}...).
 *   <li>In a query ({@link #replace}), the word is replaced by its bare spelling: since every
 *       indexed word with {@code dj} has its bare twin, {@code dorde} finds every spelling, and a
 *       phrase stays a plain phrase (answered from the word pairs).
 * </ul>
 *
 * <p>A plain {@code dj} in another language is treated alike: {@code adjust} is also indexed as
 * {@code aust}, which only a search for {@code aust} notices. Must follow the folding step (it
 * looks for the folded {@code dj}). Cost: a scan of each term; a copy of the attributes for words
 * with {@code dj} when indexing.
 */
final class BareDVariantFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final boolean keepWord;
  private State variant;

  private BareDVariantFilter(TokenStream in, boolean keepWord) {
    super(in);
    this.keepWord = keepWord;
  }

  /** For indexing: each word with {@code dj}, then its bare spelling at the same position. */
  static BareDVariantFilter twin(TokenStream in) {
    return new BareDVariantFilter(in, true);
  }

  /** For queries: each word with {@code dj} replaced by its bare spelling. */
  static BareDVariantFilter replace(TokenStream in) {
    return new BareDVariantFilter(in, false);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (variant != null) {
      restoreState(variant);
      variant = null;
      bare();
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (hasDj()) {
      if (keepWord) {
        variant = captureState();
      } else {
        bare();
      }
    }
    return true;
  }

  private boolean hasDj() {
    char[] b = term.buffer();
    for (int i = 0; i + 1 < term.length(); i++) {
      if (b[i] == 'd' && b[i + 1] == 'j') {
        return true;
      }
    }
    return false;
  }

  /** Drops the {@code j} of every {@code dj} of the current term, in place. */
  private void bare() {
    char[] b = term.buffer();
    int n = term.length();
    int out = 0;
    for (int i = 0; i < n; i++) {
      b[out++] = b[i];
      if (b[i] == 'd' && i + 1 < n && b[i + 1] == 'j') {
        i++;
      }
    }
    term.setLength(out);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    variant = null;
  }
}
