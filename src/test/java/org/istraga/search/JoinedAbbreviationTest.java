package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An abbreviation typed with its parts joined ({@code K.br.}, {@code Sl.glasnik}, {@code čl.220})
 * finds the text that put a space after the dot, and still finds the joined spelling; numbers
 * keep their separators.
 */
class JoinedAbbreviationTest {

  @TempDir Path dir;

  @Test
  void spacedFormPutsASpaceAfterSeparatorsBetweenLettersOnly() {
    assertEquals("K. br.", JoinedAbbreviation.spaced("K.br."));
    assertEquals("Sl. glasnik", JoinedAbbreviation.spaced("Sl.glasnik"));
    assertEquals("čl. 220", JoinedAbbreviation.spaced("čl.220"));
    assertEquals("d. o. o.", JoinedAbbreviation.spaced("d.o.o."));
    assertEquals("Ugovor_ MUP", JoinedAbbreviation.spaced("Ugovor_MUP"));
    assertNull(JoinedAbbreviation.spaced("1.500,00"));
    assertNull(JoinedAbbreviation.spaced("12:30"));
    assertNull(JoinedAbbreviation.spaced("404-02-117/2019-06"));
    assertNull(JoinedAbbreviation.spaced("K. br."));
  }

  @Test
  void joinedAbbreviationFindsTheSpacedAndTheJoinedText() throws IOException {
    DocumentRecord spaced = SearchFixtures.serbianLatin("presude/K-42-19.txt",
        "K. br. 42/19 U IME CRNE GORE Osnovni sud u Podgorici, iz čl. 220 st. 1 Krivičnog zakonika, "
            + "objavljeno u Sl. glasniku RS, iznos od 1.500,00 eura.");
    DocumentRecord joined = SearchFixtures.serbianLatin("presude/K-13-18.txt",
        "K.br. 13/18 U IME CRNE GORE OSNOVNI SUD U KOLAŠINU, iz čl.168 stav 1 Krivičnog zakonika CG, "
            + "objavljeno u Sl.glasniku RS.");
    DocumentRecord other = SearchFixtures.serbianLatin("presude/P-7-20.txt",
        "Parnični predmet br. 7/20: tužilac K. iz Bara, bez krivičnog djela; 42 19 kao brojevi.");
    Case kase = SearchFixtures.caseWith(dir.resolve("case"), List.of(spaced, joined, other));
    SearchFixtures.withSearcher(kase, TagLookup.NONE, (s, h) -> {
      assertEquals(Set.of(spaced.id), SearchFixtures.idSet(s, "K.br. 42/19"));
      assertEquals(Set.of(spaced.id), SearchFixtures.idSet(s, "\"K.br. 42/19\""));
      assertEquals(Set.of(joined.id), SearchFixtures.idSet(s, "K.br. 13/18"));
      assertEquals(Set.of(spaced.id, joined.id), SearchFixtures.idSet(s, "K.br."));
      assertEquals(Set.of(spaced.id, joined.id), SearchFixtures.idSet(s, "Sl.glasniku"));
      assertEquals(Set.of(spaced.id), SearchFixtures.idSet(s, "čl.220"));
      assertEquals(Set.of(joined.id), SearchFixtures.idSet(s, "čl.168"));
      assertEquals(Set.of(spaced.id), SearchFixtures.idSet(s, "1.500,00"));
      return null;
    });
  }
}
