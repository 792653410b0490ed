package org.istraga.ingest.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the model is given: letters only, lower case, each distinct n-gram once; its guesses in order. */
class NgramLanguageModelTest {

  @Test
  void addressesDigitsAndPunctuationAreNotLanguage() {
    String prepared = NgramLanguageModel.prepare(
        "Ugovor br. 404-02-35/2019 (vidi https://portal.example.rs/nabavke/35 ili pisati na ana.petrovic@example.rs): ČL. 7");
    assertEquals("ugovor br vidi ili pisati na čl", prepared);
  }

  @Test
  void eachDistinctNgramOfOneToThreeLettersOnceWithoutTheLoneSpace() {
    String[] grams = NgramLanguageModel.ngrams("ana na");
    Set<String> set = Set.of(grams);
    assertEquals(grams.length, set.size(), "no n-gram twice: " + Arrays.toString(grams));
    assertEquals(Set.of("a", "n", "an", "na", "a ", " n", "ana", "na ", "a n", " na"), set);
    assertEquals(0, NgramLanguageModel.ngrams("").length);
  }

  @Test
  void guessesAreOrderedByProbabilityAndSumToOne() {
    NgramLanguageModel.Guess[] g = NgramLanguageModel.shared().score(
        "Naručilac je zaključio ugovor o javnoj nabavci opreme za video nadzor sa ponuđačem.");
    assertTrue(g.length > 100, "the model knows over a hundred languages: " + g.length);
    for (int i = 1; i < g.length; i++) {
      assertTrue(g[i - 1].probability() >= g[i].probability());
    }
    double sum = Arrays.stream(g).mapToDouble(NgramLanguageModel.Guess::probability).sum();
    assertEquals(1.0, sum, 1e-6);
    assertTrue(Set.of("srp", "hrv", "bos").contains(g[0].language()), g[0].toString());
    assertEquals(0, NgramLanguageModel.shared().score("123 456 -- !!").length);
  }
}
