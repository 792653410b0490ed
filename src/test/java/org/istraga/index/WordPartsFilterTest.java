package org.istraga.index;

import static org.istraga.index.TokenListing.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that Unicode segmentation keeps whole across {@code . : ' ’ _} are also indexed as their
 * parts (and a dotted name as its dotted endings), at the word's position and with the parts' own
 * offsets; numbers and queries are left alone.
 */
class WordPartsFilterTest {

  @Test
  void aDomainIsAlsoIndexedAsItsPartsAndEndings() throws IOException {
    assertEquals(List.of("pisi@0[0,4]", "na@1[5,7]", "lucene.apache.org@2[8,25]", "lucene@2[8,14]", "apache@2[15,21]",
            "apache.org@2[15,25]", "org@2[22,25]", "danas@3[26,31]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "Piši na lucene.apache.org danas"));
  }

  @Test
  void wordsRunTogetherByExtractionOrTypingAreFoundAsWords() throws IOException {
    assertEquals(List.of("sl.glasnik@0[0,10]", "sl@0[0,2]", "glasnik@0[3,10]", "rs@1[11,13]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "Sl.glasnik RS"));
    assertEquals(List.of("godine.na@0[0,9]", "godine@0[0,6]", "na@0[7,9]", "osnovu@1[10,16]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "godine.Na osnovu"));
    // an e-mail address in the text: the local part's words and the domain's
    List<String> mail = tokens(Analyzers.perField(), IndexSchema.TEXT, "ana.petrovic@mup.gov.rs");
    assertTrue(mail.containsAll(List.of("petrovic@0[4,12]", "mup@1[13,16]", "gov.rs@1[17,23]")), mail.toString());
    // a file name mentioned in a message, in Cyrillic too
    List<String> file = tokens(Analyzers.perField(), IndexSchema.TEXT, "Прилог: Уговор_МУП_2019.pdf");
    assertTrue(file.containsAll(List.of("ugovor@1[8,14]", "mup@1[15,18]", "2019@1[19,23]")), file.toString());
    // apostrophes and colons inside words
    assertTrue(tokens(Analyzers.perField(), IndexSchema.TEXT, "O’Brien").contains("brien@0[2,7]"));
    assertTrue(tokens(Analyzers.perField(), IndexSchema.TEXT, "Član:Ugovor").contains("ugovor@0[5,11]"));
  }

  @Test
  void everyChainOfTheTextsWordsSeesTheParts() throws IOException {
    assertTrue(tokens(Analyzers.perField(), IndexSchema.EXACT, "Sl.glasnik").contains("glasnik@0[3,10]"));
    assertTrue(tokens(Analyzers.perField(), IndexSchema.STEM_SR, "Sl.glasniku").stream().anyMatch(t -> t.startsWith("glasnik@0")));
    List<String> pairs = tokens(Analyzers.perField(), IndexSchema.PAIRS, "u Sl.glasniku RS");
    assertTrue(pairs.stream().anyMatch(t -> t.startsWith("u sl.glasniku@")) && pairs.stream().anyMatch(t -> t.startsWith("glasniku rs@")),
        pairs.toString());
  }

  @Test
  void aNumberWithItsUnitWrittenOnIsAlsoTheNumber() throws IOException {
    assertEquals(List.of("od@0[0,2]", "32,18m2@1[3,10]", "32,18@1[3,8]", "m2@1[8,10]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "od 32,18m2"));
    assertEquals(List.of("1.500,00din@0[0,11]", "1.500,00@0[0,8]", "1500@0[0,8]", "din@0[8,11]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "1.500,00din"));
    assertTrue(tokens(Analyzers.perField(), IndexSchema.TEXT, "0.5L").containsAll(List.of("0.5@0[0,3]", "l@0[3,4]")));
    // with a separator after the unit as well: the number, the unit and the parts
    List<String> mixed = tokens(Analyzers.perField(), IndexSchema.TEXT, "100kg_neto");
    assertTrue(mixed.containsAll(List.of("100@0[0,3]", "kg@0[3,5]", "100kg@0[0,5]", "neto@0[6,10]")), mixed.toString());
    // a hexadecimal hash or a code is no number with a unit
    assertEquals(List.of("3f2a9c81d0e4@0[0,12]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "3f2a9c81d0e4"));
    assertEquals(List.of("2020abcdef@0[0,10]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "2020abcdef"));
    // letters first: an identifier, left whole
    assertEquals(List.of("rs35@0[0,4]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "RS35"));
  }

  @Test
  void numbersAndQueriesAreLeftAlone() throws IOException {
    // (a number's plain spelling is NumberValueFilter's twin)
    assertEquals(List.of("1.500,00@0[0,8]", "1500@0[0,8]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "1.500,00"));
    assertEquals(List.of("v1.2.3@0[0,6]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "v1.2.3"));
    assertEquals(List.of("sl.glasnik@0[0,10]"), tokens(Analyzers.perFieldForQuery(), IndexSchema.TEXT, "Sl.glasnik"));
    assertEquals(List.of("ugovor@0[0,6]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "ugovor"));
  }

  @Test
  void aLongDottedTokenEmitsABoundedNumberOfParts() throws IOException {
    StringBuilder sb = new StringBuilder("zz");
    for (char c = 'a'; c <= 'z'; c++) {
      for (char d = 'a'; d <= 'b'; d++) {
        sb.append('.').append(c).append(d);
      }
    }
    String many = sb.toString(); // 53 distinct parts, 158 characters
    assertEquals(1 + WordPartsFilter.MAX_PARTS, tokens(Analyzers.perField(), IndexSchema.EXACT, many).size());
  }
}
