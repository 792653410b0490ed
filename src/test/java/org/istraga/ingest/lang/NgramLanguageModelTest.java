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

  /**
   * OpenNLP's laughter pattern recurses once per repetition: a text that is one long "hahaha"
   * must not overflow the stack of an ingest thread (run here with 512 KB, half the default).
   */
  @Test
  void aLongLaughDoesNotOverflowTheStack() throws Exception {
    LanguageDetector detector = new LanguageDetector();
    String[] texts = {"ha".repeat(10_000), "jaja ".repeat(4_000), "Ugovor je potpisan. " + "hahahahaha".repeat(2_000)};
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        for (String text : texts) {
          detector.detect(text);
          assertTrue(NgramLanguageModel.prepare(text).length() <= text.length());
        }
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "small-stack", 512 * 1024);
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError("language detection failed on a long laugh: " + failure[0], failure[0]);
    }
  }

  @Test
  void piecesAreCutAtSpacesAndJoinedWithOneSpace() {
    String words = "rec ".repeat(200).trim();
    assertEquals(words, NgramLanguageModel.normalizeInPieces(words), "no word is cut, no space doubled");
  }
}
