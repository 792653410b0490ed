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
    assertEquals(List.of("goran@0[0,5]", "gorn@0[0,5]", "goran@1[6,12]", "goran@2[13,19]", "zoran@3[20,25]",
        "zorn@3[20,25]", "zoran@4[26,31]", "zorn@4[26,31]", "dužan@5[32,37]", "dužn@5[32,37]"),
        stems("goran goranu gorana zoran зоран dužan"));
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
      expected.addAll(SerbianStemFilter.twins(w, stem));
    }
    List<String> actual = new ArrayList<>();
    for (String s : stems(text.toString())) {
      actual.add(s.substring(0, s.indexOf('@')));
    }
    assertTrue(expected.size() > 4 * SerbianStemFilter.CACHED_WORDS);
    assertEquals(expected, actual);
  }

  @Test
  void everyCaseOfANounInAnSharesItsStem() throws IOException {
    // the stemmer cuts "kapetana", "kapetani" to "kapeta" but "kapetanu", "kapetanom" to "kapetan"
    assertEquals(List.of("kapetan@0[0,7]", "kapetn@0[0,7]", "kapeta@1[8,16]", "kapetan@1[8,16]", "kapetan@2[17,25]",
        "kapetan@3[26,35]", "kapeta@4[36,44]", "kapetan@4[36,44]"), stems("kapetan kapetana kapetanu kapetanom kapetani"));
    // a twin, not a correction: the stem stays, so "prestane" still meets "prestaje"
    assertEquals(List.of("presta", "presta"), firstStems("prestane prestaje"));
    assertEquals(null, SerbianStemFilter.nounInAnTwin("kapetanom", "kapetan"), "nothing cut");
  }

  @Test
  void aShortAdjectiveWithAFleetingAMeetsItsOtherForms() throws IOException {
    // dužan/dužna, poseban/posebna, siguran/sigurna: the twin of the bare form is the stem of the others
    assertEquals(List.of("dužan@0[0,5]", "dužn@0[0,5]", "dužn@1[6,11]", "dužn@2[12,17]", "poseban@3[18,25]",
        "posebn@3[18,25]", "posebn@4[26,33]", "sigur@5[34,41]", "sigurn@5[34,41]", "sigurn@6[42,49]",
        "sposoban@7[50,58]", "sposobn@7[50,58]", "sposobn@8[59,67]"),
        stems("dužan dužna dužni poseban posebna siguran sigurna sposoban способна"));
    assertEquals(null, SerbianStemFilter.fleetingATwin("plan", "plan"), "too short");
    assertEquals(null, SerbianStemFilter.fleetingATwin("okean", "okean"), "a vowel before -an: no fleeting a");
    assertEquals(null, SerbianStemFilter.fleetingATwin("tehnika", "tehnik"), "not a word in -an");
  }

  @Test
  void aStemTheStemmerCutAtABareOmOrOgIsATwinOfTheLongerStem() throws IOException {
    // telekom -> telek but telekoma, telekomom -> telekom; predlog -> predl but predlogu -> predlog
    assertEquals(List.of("telek@0[0,7]", "telekom@1[8,16]", "telek@1[8,16]", "telekom@2[17,26]", "telek@2[17,26]",
        "telek@3[27,35]", "predl@4[36,43]", "predlog@5[44,52]", "predl@5[44,52]", "predl@6[53,62]"),
        stems("telekom telekoma telekomom telekomu predlog predlogu prijedlog"));
    assertEquals(null, SerbianStemFilter.bareOEndingTwin("ugovor"), "no -om/-og");
    assertEquals(null, SerbianStemFilter.bareOEndingTwin("atom"), "too short to leave a stem");
  }

  @Test
  void theInstrumentalOfAWordInNjeOrLjeKeepsItsDigraph() throws IOException {
    // the stemmer reads the j of "rešenjem" as that of an ijekavian je: rešen, while rešenje is rešenj
    assertEquals(List.of("rešenj", "rešenj", "rešenj", "pitanj", "pitanj", "prijatelj", "prijatelj", "srednj",
        "srednj", "rešenj"),
        firstStems("rešenje rešenjem rješenjem pitanje pitanjem prijatelj prijateljem srednji srednjeg решењем"));
    // the yat rule itself stays: mjesto and ljekar meet mesto and lekar
    assertEquals(List.of("mest", "mest", "lekar", "lekar", "sednic", "sednic"),
        firstStems("mjesto mesto ljekar lekar sjednica седница"));
    // lj and nj before a final e are no yat: volje is not vole, bolje is not bole
    assertEquals(List.of("volj", "vol", "bolj", "bol"), firstStems("volje vole bolje bole"));
  }

  @Test
  void anInfinitiveInAtiMeetsThePresent() throws IOException {
    // menjati -> menja, menja -> menj: the infinitive gets both
    // schema 9: the present plural menjaju gets the stem of the singular as its twin
    assertEquals(List.of("menja@0[0,7]", "menj@0[0,7]", "menj@1[8,13]", "menja@2[14,23]", "menj@2[14,23]",
        "menj@3[24,30]", "menja@4[31,38]", "menj@4[31,38]"), stems("menjati menja mijenjati мијења menjaju"));
    assertEquals(null, SerbianStemFilter.thematicATwin("poslao", "posla"), "a participle gets no twin");
  }

  @Test
  void thePresentPluralInAjuMeetsTheSingular() throws IOException {
    // menjaju, čitaju, dostavljaju -> menja, čita, dostavlja; menja, čita, dostavlja -> menj, čit, dostavlj
    for (String[] pair : new String[][] {{"menjaju", "мијења"}, {"mijenjaju", "menja"}, {"dostavljaju", "dostavlja"},
        {"predstavljaju", "представља"}, {"obuhvataju", "obuhvata"}}) {
      assertTrue(meet(pair[0], pair[1]), pair[0] + " meets " + pair[1]);
    }
    assertEquals(null, SerbianStemFilter.presentPluralTwin("poslao", "posla"), "a participle gets no twin");
    assertEquals(null, SerbianStemFilter.presentPluralTwin("menjala", "menja"), "nor another form in -a-");
    assertEquals(null, SerbianStemFilter.presentPluralTwin("znaju", "zna"), "too short to leave a stem");
    assertTrue(!meet("menjaju", "posle"), "no stem of another word");
  }

  @Test
  void theInstrumentalInEmAfterASoftConsonantMeetsTheOtherCases() throws IOException {
    // the stemmer cuts ponuđača to ponuđač but ponuđačem to ponuđače (and brojem to broje, izveštajem
    // by its ijekavian rule to izvešta, leaves krajem whole)
    for (String[] pair : new String[][] {{"ponuđačem", "ponuđača"}, {"понуђачем", "ponuđač"}, {"Petrovićem", "Petrović"},
        {"nožem", "noža"}, {"novcem", "novca"}, {"brojem", "broj"}, {"razvojem", "razvoja"},
        {"izveštajem", "izveštaja"}, {"krajem", "kraj"}, {"učešćem", "učešće"}}) {
      assertTrue(meet(pair[0], pair[1]), pair[0] + " meets " + pair[1]);
    }
    assertEquals(null, SerbianStemFilter.softInstrumentalTwin("ugovorom", "ugovor"), "-om is cut already");
    assertEquals(null, SerbianStemFilter.softInstrumentalTwin("prijem", "prem"), "a vowel and j: no -em ending cut");
    assertEquals(null, SerbianStemFilter.softInstrumentalTwin("rešenjem", "rešenj"), "nj is the digraph rule's");
    assertTrue(!meet("ponuđačem", "ponuda"), "no stem of another word");
  }

  /** True when the two words share a stem or twin (a query for one finds the other in stem_sr). */
  private static boolean meet(String a, String b) throws IOException {
    List<String> x = new ArrayList<>();
    for (String t : stems(a.toLowerCase(java.util.Locale.ROOT))) {
      x.add(t.substring(0, t.indexOf('@')));
    }
    for (String t : stems(b.toLowerCase(java.util.Locale.ROOT))) {
      if (x.contains(t.substring(0, t.indexOf('@')))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> firstStems(String text) throws IOException {
    List<String> out = new ArrayList<>();
    int position = -1;
    for (String t : stems(text)) {
      int at = Integer.parseInt(t.substring(t.indexOf('@') + 1, t.indexOf('[')));
      if (at != position) {
        out.add(t.substring(0, t.indexOf('@')));
        position = at;
      }
    }
    return out;
  }

  private static List<String> stems(String text) throws IOException {
    StandardTokenizer source = new StandardTokenizer();
    source.setReader(new StringReader(text));
    return TokenListing.tokens(new SerbianStemFilter(source));
  }
}
