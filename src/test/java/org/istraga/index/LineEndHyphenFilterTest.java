package org.istraga.index;

import static org.istraga.index.TokenListing.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word hyphenated at a line end, as PDF text has it, is also indexed whole, at the position of
 * its first piece, so the word and phrases through it match; ordinary hyphens and numbers are left
 * alone.
 */
class LineEndHyphenFilterTest {

  @Test
  void aWordBrokenAtALineEndIsAlsoIndexedWhole() throws IOException {
    assertEquals(List.of("predmet@0[0,7]", "ovog@1[8,12]", "ugo@2[13,16]", "ugovora@2[13,22]", "vora@2[18,22]",
            "je@3[23,25]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "Predmet ovog ugo-\nvora je"));
    // Cyrillic, Windows line ends, blanks around the break
    assertEquals(List.of("ugovora@0[0,7]", "o@1[8,9]", "jav@2[10,13]", "javnoj@2[10,22]", "noj@2[19,22]",
            "nabavci@3[23,30]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "уговора о јав- \r\n  ној набавци"));
  }

  @Test
  void capitalsJoinOnlyWithCapitals() throws IOException {
    assertTrue(tokens(Analyzers.perField(), IndexSchema.EXACT, "in the FED-\nERAL register").contains("FEDERAL@2[7,16]"));
    List<String> names = tokens(Analyzers.perField(), IndexSchema.EXACT, "Telekom-\nSrbija");
    assertEquals(List.of("Telekom@0[0,7]", "Srbija@1[9,15]"), names, "a name after a hyphen is a compound, not a piece");
  }

  @Test
  void ordinaryHyphensNumbersAndQueriesAreLeftAlone() throws IOException {
    assertEquals(List.of("pdv@0[0,3]", "a@1[4,5]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "PDV-a"));
    assertEquals(List.of("404@0[0,3]", "02@1[5,7]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "404-\n02"));
    assertEquals(List.of("ugo@0[0,3]", "vora@1[6,10]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "ugo - vora"));
    assertEquals(List.of("ugo@0[0,3]", "vora@1[5,9]"), tokens(Analyzers.perFieldForQuery(), IndexSchema.TEXT, "ugo-\nvora"));
  }

  @Test
  void aWordWithAHyphenInsideALineIsAlsoIndexedJoined() throws IOException {
    // the second piece keeps its position, so phrases through the hyphenated word match as before
    assertEquals(List.of("posalji@0[0,7]", "na@1[8,10]", "e@2[11,12]", "email@2[11,17]", "mail@3[13,17]",
            "adresu@4[18,24]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "Pošalji na e-mail adresu"));
    assertTrue(tokens(Analyzers.perField(), IndexSchema.TEXT, "E-mail: x").contains("email@0[0,6]"));
    assertTrue(tokens(Analyzers.perField(), IndexSchema.TEXT, "E-MAIL").contains("email@0[0,6]"));
    assertTrue(tokens(Analyzers.perField(), IndexSchema.TEXT, "sistem video-nadzora").contains("videonadzora@1[7,20]"));
    // an abbreviation's case ending, a name after a hyphen, digits, spaced dashes: left alone
    assertEquals(List.of("mup@0[0,3]", "om@1[4,6]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "MUP-om"));
    assertEquals(List.of("Telekom@0[0,7]", "Srbija@1[8,14]"),
        tokens(Analyzers.perField(), IndexSchema.EXACT, "Telekom-Srbija"));
    assertEquals(List.of("404@0[0,3]", "02@1[4,6]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "404-02"));
    assertEquals(List.of("ugovor@0[0,6]", "aneks@1[9,14]"), tokens(Analyzers.perField(), IndexSchema.TEXT, "ugovor - aneks"));
    // queries are not joined here (the parser searches the joined word beside the phrase)
    assertEquals(List.of("e@0[0,1]", "mail@1[2,6]"), tokens(Analyzers.perFieldForQuery(), IndexSchema.TEXT, "e-mail"));
  }

  @Test
  void pairsAndStemsSeeTheWholeWord() throws IOException {
    List<String> pairs = tokens(Analyzers.perField(), IndexSchema.PAIRS, "ovog ugo-\nvora je");
    assertTrue(pairs.contains("ovog ugovora@0[0,14]") && pairs.contains("ugovora je@1[5,17]"), pairs.toString());
    assertTrue(tokens(Analyzers.perField(), IndexSchema.STEM_SR, "ugo-\nvora").stream().anyMatch(t -> t.startsWith("ugovor@")));
    assertTrue(tokens(Analyzers.perField(), IndexSchema.STEM, "contrac-\ntors").stream().anyMatch(t -> t.startsWith("contractor@")));
  }

  @Test
  void aLongTextKeepsJoiningPastTheTokenizersBuffer() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      sb.append("reč ugo-\nvora ");
    }
    long joined = tokens(Analyzers.perField(), IndexSchema.TEXT, sb.toString()).stream()
        .filter(t -> t.startsWith("ugovora@")).count();
    assertEquals(5000, joined);
  }
}
