package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operators have a precedence: NOT before AND before OR before words side by side. The stock
 * parser has none: there {@code alpha OR beta gamma} found every "gamma" document and {@code alpha
 * AND gamma OR delta} dropped "delta".
 */
class OperatorPrecedenceTest {

  @TempDir static Path dir;
  static Case kase;
  static final Map<String, String> TEXT_BY_ID = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws IOException {
    List<DocumentRecord> records = new ArrayList<>();
    for (String text : List.of("alpha gamma", "beta gamma", "alpha", "gamma", "beta delta", "epsilon")) {
      DocumentRecord r = SearchFixtures.record("/evidence/" + text.replace(' ', '_') + ".txt", text);
      records.add(r);
      TEXT_BY_ID.put(r.id, text);
    }
    kase = SearchFixtures.caseWith(dir.resolve("case"), records);
  }

  private static Set<String> texts(String query) throws IOException {
    return SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      Set<String> out = new TreeSet<>();
      for (String id : SearchFixtures.ids(s, query)) {
        out.add(TEXT_BY_ID.get(id));
      }
      return out;
    });
  }

  @Test
  void orBindsTighterThanWordsSideBySide() throws IOException {
    assertEquals(Set.of("alpha gamma", "beta gamma"), texts("alpha OR beta gamma"));
    assertEquals(Set.of("alpha gamma", "beta gamma"), texts("gamma alpha OR beta"));
    assertEquals(Set.of("alpha gamma", "beta gamma"), texts("alpha || beta gamma"));
  }

  @Test
  void andBindsTighterThanOr() throws IOException {
    assertEquals(Set.of("alpha gamma", "beta delta"), texts("alpha AND gamma OR delta"));
    assertEquals(Set.of("alpha gamma", "beta delta"), texts("delta OR alpha AND gamma"));
    assertEquals(Set.of("alpha gamma", "beta delta"), texts("delta || alpha && gamma"));
    assertEquals(Set.of("alpha gamma", "beta gamma", "beta delta"),
        texts("alpha AND gamma OR beta AND gamma OR delta"));
  }

  @Test
  void negationAppliesToOneClause() throws IOException {
    assertEquals(Set.of("alpha", "beta delta"), texts("alpha OR beta -gamma"));
    assertEquals(Set.of("alpha", "beta delta"), texts("alpha OR beta NOT gamma"));
    // "gamma, or anything without alpha"
    assertEquals(Set.of("alpha gamma", "beta gamma", "gamma", "beta delta", "epsilon"), texts("gamma OR NOT alpha"));
    assertEquals(Set.of("alpha gamma"), texts("alpha AND NOT beta AND gamma"));
  }

  @Test
  void groupsStillDecide() throws IOException {
    assertEquals(Set.of("alpha gamma", "beta gamma"), texts("(alpha OR beta) AND gamma"));
    assertEquals(Set.of("alpha gamma", "alpha", "beta gamma"), texts("alpha OR (beta AND gamma)"));
  }

  @Test
  void anOperatorBesidePunctuationKeepsItsMeaning() throws IOException {
    // "." analyses to nothing; the OR before it still joins alpha and beta
    assertEquals(Set.of("alpha gamma", "alpha", "beta gamma", "beta delta"), texts("alpha OR . beta"));
  }
}
