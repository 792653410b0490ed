package org.istraga.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/**
 * {@link MixedScriptFilter} rewrites the look-alike letters of a word that mixes Latin and
 * Cyrillic into the word's script and leaves words in one script, positions and offsets alone;
 * its quick first pass decides as the full letter count does.
 */
class MixedScriptFilterTest {

  @Test
  void mixedWordsTakeTheirScriptAndOthersStayAsWritten() throws IOException {
    String text = "Сpбија и Рetrović, Министарствo; ХX Ниш Niš naïve Ђорђе Đorđe ȘTEFAN Ԁ Ԁa 3.250.000 Čačaк";
    assertEquals(List.of("Србија@0[0,6]", "и@1[7,8]", "Petrović@2[9,17]", "Министарство@3[19,31]", "ХX@4[33,35]",
        "Ниш@5[36,39]", "Niš@6[40,43]", "naïve@7[44,49]", "Ђорђе@8[50,55]", "Đorđe@9[56,61]", "ȘTEFAN@10[62,68]",
        "Ԁ@11[69,70]", "Ԁа@12[71,73]", "3.250.000@13[74,83]", "Čačaк@14[84,89]"), filtered(text));
    // Ԁ (U+0500, outside the basic Cyrillic block) is a Cyrillic-only letter: the Latin a turns
    // Cyrillic; к has no Latin look-alike in lower case, so Čačaк keeps it (folding reads it as k)
  }

  @Test
  void theQuickPassDecidesAsTheFullCount() {
    // letters of both scripts, the look-alikes, letters outside the Cyrillic block and other scripts
    String letters = "aceopxyjsiABCEHKMOPTXYJSIbdtrvćčšžđDĐŽасеорхујѕіАВСЕНКМОРТХУЈЅІбдтрвћчшжђЂЖԀԁꙀꙁᲀșéαβ";
    Random random = new Random(20261128);
    for (int n = 0; n < 200_000; n++) {
      char[] word = new char[1 + random.nextInt(8)];
      for (int i = 0; i < word.length; i++) {
        word[i] = letters.charAt(random.nextInt(letters.length()));
      }
      char[] expected = word.clone();
      fullCount(expected, 0, expected.length);
      char[] actual = word.clone();
      MixedScriptFilter.unmix(actual, 0, actual.length);
      assertEquals(new String(expected), new String(actual), new String(word));
    }
  }

  /** The rule as the filter states it, counting every letter's script (the filter's reference). */
  private static void fullCount(char[] b, int start, int end) {
    String latinTwins = "aceopxyjsiABCEHKMOPTXYJSI";
    String cyrillicTwins = "асеорхујѕіАВСЕНКМОРТХУЈЅІ";
    int latin = 0;
    int cyrillic = 0;
    int latinOnly = 0;
    int cyrillicOnly = 0;
    for (int i = start; i < end; i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(b[i]);
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
        latinOnly += latinTwins.indexOf(b[i]) < 0 ? 1 : 0;
      } else if (s == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        cyrillicOnly += cyrillicTwins.indexOf(b[i]) < 0 ? 1 : 0;
      }
    }
    if (latin == 0 || cyrillic == 0) {
      return;
    }
    int vote = latinOnly != cyrillicOnly ? Integer.compare(latinOnly, cyrillicOnly) : Integer.compare(latin, cyrillic);
    if (vote == 0) {
      return;
    }
    String from = vote > 0 ? cyrillicTwins : latinTwins;
    String to = vote > 0 ? latinTwins : cyrillicTwins;
    for (int i = start; i < end; i++) {
      int k = from.indexOf(b[i]);
      if (k >= 0) {
        b[i] = to.charAt(k);
      }
    }
  }

  private static List<String> filtered(String text) throws IOException {
    StandardTokenizer source = new StandardTokenizer();
    source.setReader(new StringReader(text));
    return TokenListing.tokens(new MixedScriptFilter(source));
  }
}
