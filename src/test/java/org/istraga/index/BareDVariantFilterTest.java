package org.istraga.index;

import static org.istraga.index.TokenListing.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bare-d spelling of a word with dj (or đ): a twin at the same position and offsets when
 * indexing, the replacement of the word in queries.
 */
class BareDVariantFilterTest {

  @Test
  void wordsWithDjGetABareDTwinAtTheirPosition() throws IOException {
    assertEquals(List.of("mladjan@0[0,6]", "mladan@0[0,6]", "djuric@1[7,12]", "duric@1[7,12]", "adjust@2[13,19]",
            "adust@2[13,19]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "Mlađan ĐURIĆ adjust"));
    assertEquals(List.of("djordje@0[0,7]", "dorde@0[0,7]", "dordje@1[8,14]", "dorde@1[8,14]", "dorde@2[15,20]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "Djordje Dordje Dorde"), "typed spellings meet in one twin");
    assertEquals(List.of("djordje@0[0,5]", "dorde@0[0,5]", "nis@1[6,9]"),
        tokens(Analyzers.perField(), IndexSchema.TEXT, "Ђорђе Ниш"));
  }

  @Test
  void pairsCoverBothSpellings() throws IOException {
    assertEquals(List.of("mladjan djuric@0[0,12]", "mladjan duric@0[0,12]", "mladan djuric@0[0,12]", "mladan duric@0[0,12]"),
        tokens(Analyzers.perField(), IndexSchema.PAIRS, "Mlađan Đurić"));
  }

  @Test
  void queriesUseTheBareSpellingAndTheExactFieldHasNone() throws IOException {
    for (String q : List.of("Đorđe", "Djordje", "Dordje", "Djorde", "ДОРЂЕ", "Dorde")) {
      assertEquals(List.of("dorde@0[0," + q.length() + "]"), tokens(Analyzers.perFieldForQuery(), IndexSchema.TEXT, q), q);
    }
    assertEquals(List.of("mladan duric@0[0,12]"), tokens(Analyzers.perFieldForQuery(), IndexSchema.PAIRS, "Mlađan Đurić"));
    assertEquals(List.of("Đorđe@0[0,5]"), tokens(Analyzers.perField(), IndexSchema.EXACT, "Đorđe"));
    assertEquals("dorde", Analyzers.normalize(IndexSchema.TEXT, "Đorđe"), "wildcards and fuzzy terms use it too");
    assertEquals("nis", Analyzers.normalize(IndexSchema.TEXT, "Niš"));
  }
}
