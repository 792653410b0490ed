package org.istraga.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The folding step gives one term per word whatever its case, accents and Serbian script, also for
 * Cyrillic letters with marks that Serbian does not use: a mark stripped by ICU folding must not
 * leave a Cyrillic letter inside an otherwise transliterated term.
 */
class FoldingStepTest {

  @Test
  void cyrillicLettersWithMarksFoldLikeTheirBaseLetters() throws IOException {
    assertEquals(terms("настроиках"), terms("настройках"));
    assertEquals(terms("елка"), terms("ёлка"));
    assertEquals(terms("керка"), terms("ќерка"));
    assertEquals(terms("гоце"), terms("ѓоце"));
    assertEquals(terms("узбек"), terms("ўзбек"));
    assertEquals(List.of("nastroikah@0"), terms("НАСТРОЙКАХ"));
  }

  @Test
  void foldedTermsOfCyrillicWithMarksHaveNoLetterLeftInCyrillic() throws IOException {
    for (String word : new String[] {"настройках", "ёлка", "ќерка", "ѓоце", "ўзбек"}) {
      String term = Analyzers.foldKeyword(word);
      assertTrue(term.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
          word + " folded to " + term);
    }
  }

  @Test
  void serbianFoldingIsUnchanged() throws IOException {
    assertEquals(List.of("nis@0"), terms("Ниш"));
    assertEquals(terms("Niš"), terms("Ниш"));
    assertEquals(terms("Djordje"), terms("Ђорђе"));
    assertEquals(List.of("cacak@0"), terms("ČAČAK"));
    assertEquals(List.of("ljubljana@0"), terms("Љубљана"));
    assertEquals(List.of("dzep@0"), terms("Џеп"));
  }

  private static List<String> terms(String word) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (String t : TokenListing.tokens(Analyzers.folding(), IndexSchema.TEXT, word)) {
      out.add(t.substring(0, t.indexOf('[')));
    }
    return out;
  }
}
