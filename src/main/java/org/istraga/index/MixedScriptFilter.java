package org.istraga.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes a word that mixes Latin and Cyrillic letters in one script: the letters that look alike
 * in both ({@code a c e o p x y} and {@code A B C E H K M O P T X Y}, {@code j s i}) take the
 * script of the word's other letters. Someone who switches keyboards mid-word, or a PDF whose font
 * maps glyphs to the look-alike of the other script, writes {@code Сpбија} with a Latin {@code p}
 * or {@code Рetrović} with a Cyrillic {@code Р}; folding would turn them into {@code spbija} and
 * {@code retrovic}, which no search for {@code Србија}, {@code Srbija} or {@code Petrović} finds.
 * With this filter they are {@code Србија} and {@code Petrović} before folding.
 *
 * <p>The word's script is the one of its letters that exist in only one script ({@code б и ш}
 * or {@code t r v ć}); when there are none or as many of each, the one of most letters; on a tie
 * the word is left as it is. Words in one script, the common case, cost one scan. Runs in every
 * folded chain, at index and query time alike, before the Serbian normalization.
 */
final class MixedScriptFilter extends TokenFilter {

  /** Latin look-alikes and, at the same index, their Cyrillic twins. */
  private static final String LATIN = "aceopxyjsiABCEHKMOPTXYJSI";
  private static final String CYRILLIC = "асеорхујѕіАВСЕНКМОРТХУЈЅІ";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  MixedScriptFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    int n = term.length();
    for (int i = 0; i < n; ) { // each run of letters (a keyword value holds several words)
      if (!Character.isLetter(b[i])) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetter(b[end])) {
        end++;
      }
      unmix(b, i, end);
      i = end;
    }
    return true;
  }

  /**
   * Rewrites the look-alikes of the word {@code b[start..end)} into its script, in place. A first
   * pass looks only for one Latin and one Cyrillic letter (ASCII and the Cyrillic block without a
   * script lookup); a word without both, nearly every word, is left after it.
   */
  static void unmix(char[] b, int start, int end) {
    if (!mixed(b, start, end)) {
      return; // one script
    }
    int latin = 0;
    int cyrillic = 0;
    int latinOnly = 0;
    int cyrillicOnly = 0;
    for (int i = start; i < end; i++) {
      Character.UnicodeScript s = script(b[i]);
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
        if (LATIN.indexOf(b[i]) < 0) {
          latinOnly++;
        }
      } else if (s == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        if (CYRILLIC.indexOf(b[i]) < 0) {
          cyrillicOnly++;
        }
      }
    }
    if (latin == 0 || cyrillic == 0) {
      return; // one script
    }
    int vote = Integer.compare(latinOnly, cyrillicOnly);
    if (vote == 0) {
      vote = Integer.compare(latin, cyrillic);
    }
    if (vote == 0) {
      return;
    }
    String from = vote > 0 ? CYRILLIC : LATIN;
    String to = vote > 0 ? LATIN : CYRILLIC;
    for (int i = start; i < end; i++) {
      int k = from.indexOf(b[i]);
      if (k >= 0) {
        b[i] = to.charAt(k);
      }
    }
  }

  /** Whether the run of letters {@code b[start..end)} has a Latin and a Cyrillic letter. */
  private static boolean mixed(char[] b, int start, int end) {
    boolean latin = false;
    boolean cyrillic = false;
    for (int i = start; i < end; i++) {
      char c = b[i];
      // a run holds letters, whose ASCII ones are Latin and those of the Cyrillic block Cyrillic;
      // a false "mixed" would only cost the full count below, never change its outcome
      if (c < 0x80) {
        latin = true;
      } else if (c >= 0x0400 && c <= 0x04FF) {
        cyrillic = true;
      } else {
        Character.UnicodeScript s = script(c);
        latin |= s == Character.UnicodeScript.LATIN;
        cyrillic |= s == Character.UnicodeScript.CYRILLIC;
      }
      if (latin && cyrillic) {
        return true;
      }
    }
    return false;
  }

  private static Character.UnicodeScript script(char c) {
    return Character.isLetter(c) ? Character.UnicodeScript.of(c) : Character.UnicodeScript.COMMON;
  }
}
