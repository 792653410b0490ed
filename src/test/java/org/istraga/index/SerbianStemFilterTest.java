package org.istraga.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.SerbianStemmer;

/**
 * {@link SerbianStemFilter} gives each word the Snowball stem and, after sibilarization, the velar
 * twin at the same position and offsets; the stems it remembers are the stemmer's, also after its
 * memory fills and empties.
 */
class SerbianStemFilterTest {

  @Test
  void stemsAndVelarTwinsOfBothScripts() throws IOException {
    String text = "o javnoj nabavci i набавци; nabavka, nabavke, knjizi i vojnici već";
    assertEquals(List.of("o@0[0,1]", "javn@1[2,8]", "nabavc@2[9,16]", "nabavk@2[9,16]", "i@3[17,18]",
        "nabavc@4[19,26]", "nabavk@4[19,26]", "nabavk@5[28,35]", "nabavk@6[37,44]", "knjiz@7[46,52]",
        "knjig@7[46,52]", "i@8[53,54]", "vojnic@9[55,62]", "vojnik@9[55,62]", "već@10[63,66]"), stems(text));
  }

  @Test
  void functionWordsAreKeptWholeSoNisuIsNotTheStemOfNis() throws IOException {
    // the stemmer alone cuts "nisu" to "nis", which folds like "niš", the stem of "Nišu" and "Niša"
    SerbianStemmer reference = new SerbianStemmer();
    reference.setCurrent("nisu");
    reference.stem();
    assertEquals("nis", reference.getCurrent());
    assertEquals(List.of("nisu@0[0,4]", "nije@1[5,9]", "niš@2[10,14]", "niš@3[15,19]", "нису@4[20,24]",
        "bila@5[25,29]", "njoj@6[30,34]", "ugovor@7[35,42]"),
        stems("nisu nije nišu niša нису bila njoj ugovora"));
  }

  @Test
  void shortAdjectivesLoseTheCaseEndingTheStemmerLeft() throws IOException {
    // the stemmer cuts "nova", "novog" to "nov" but leaves "novoj", "novim", "novih" whole
    assertEquals(List.of("telek@0[0,8]", "nov@1[9,14]", "telek@2[15,22]", "nov@3[23,27]", "nov@4[28,33]",
        "nov@5[34,39]", "nov@6[40,45]", "star@7[46,52]", "broj@8[53,57]"),
        stems("telekomu novoj telekom nova novim novih новој staroj broj"));
    assertEquals("dobri", SerbianStemFilter.shortAdjectiveStem("dobrim", "dobri"), "a stem the stemmer cut stays");
    assertEquals("broj", SerbianStemFilter.shortAdjectiveStem("broj", "broj"), "too short to be stem and ending");
  }

  @Test
  void aNounInAnKeepsItsNSoItsCasesShareOneStem() throws IOException {
    // the stemmer cuts "goran" to "gora" but "goranu", "gorana" to "goran"
    assertEquals(List.of("goran@0[0,5]", "goran@1[6,12]", "goran@2[13,19]", "zoran@3[20,25]", "zoran@4[26,31]",
        "dužan@5[32,37]"), stems("goran goranu gorana zoran зоран dužan"));
    assertEquals("srđan", SerbianStemFilter.nounInAnStem("srđan", "srđa"));
    assertEquals("nenad", SerbianStemFilter.nounInAnStem("nenad", "nenad"), "nothing cut, nothing restored");
  }

  @Test
  void cyrillicWordsAreComparedInTheirLatinSpelling() {
    assertEquals("nisu", SerbianStemFilter.latin("нису"));
    assertEquals("njoj", SerbianStemFilter.latin("њој"));
    assertEquals("hoće", SerbianStemFilter.latin("хоће"));
    assertEquals("ugovor", SerbianStemFilter.latin("ugovor"));
    assertTrue(SerbianStemFilter.FUNCTION_WORDS.contains(SerbianStemFilter.latin("нећемо")));
  }

  @Test
  void rememberedStemsAreTheStemmersAlsoWhenTheMemoryEmpties() throws IOException {
    // more distinct words than the filter keeps, each seen twice, far apart and near
    String[] endings = {"a", "e", "i", "u", "om", "ama", "ima", "ci", "ke", "ovi", "ovima", "ski", "skog"};
    String[] roots = {"nabav", "ugovor", "ponud", "odluk", "sud", "predmet", "opstin", "ministarstv", "jav", "knjig"};
    StringBuilder text = new StringBuilder();
    List<String> words = new ArrayList<>();
    for (int i = 0; words.size() < SerbianStemFilter.CACHED_WORDS + 2000; i++) {
      String w = roots[i % roots.length] + Integer.toString(i, 26).replaceAll("[0-9]", "") + endings[i % endings.length];
      words.add(w);
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < words.size(); i++) {
        text.append(words.get(i)).append(' ').append(words.get(i / 2)).append(' ');
      }
    }
    List<String> expected = new ArrayList<>();
    SerbianStemmer reference = new SerbianStemmer();
    for (String w : text.toString().split(" ")) {
      reference.setCurrent(w);
      reference.stem();
      String stem = SerbianStemFilter.corrected(w, reference.getCurrent());
      expected.add(stem);
      char velar = SerbianStemFilter.velarTwin(w, stem);
      if (velar != 0) {
        expected.add(stem.substring(0, stem.length() - 1) + velar);
      }
    }
    List<String> actual = new ArrayList<>();
    for (String s : stems(text.toString())) {
      actual.add(s.substring(0, s.indexOf('@')));
    }
    assertTrue(expected.size() > 4 * SerbianStemFilter.CACHED_WORDS);
    assertEquals(expected, actual);
  }

  private static List<String> stems(String text) throws IOException {
    StandardTokenizer source = new StandardTokenizer();
    source.setReader(new StringReader(text));
    return TokenListing.tokens(new SerbianStemFilter(source));
  }
}
