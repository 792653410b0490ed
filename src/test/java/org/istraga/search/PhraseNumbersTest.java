package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PhraseNumbers}: the other spellings of the numbers of a quoted phrase. */
class PhraseNumbersTest {

  @Test
  void aGroupedNumberKeepsItsNotationWithZeroDecimalsToggledSpacedGroupsAndDecimalsApart() {
    assertEquals(List.of("1.200.000,00 dinara", "1 200 000 dinara", "1 200 000,00 dinara", "1.200.000 00 dinara"),
        PhraseNumbers.spellings("1.200.000 dinara"));
    assertEquals(List.of("1,200,000 dinara", "1 200 000 dinara", "1 200 000.00 dinara", "1,200,000 00 dinara"),
        PhraseNumbers.spellings("1,200,000.00 dinara"));
    assertEquals(List.of("iznos 1 250 000,50 dinara", "iznos 1.250.000 50 dinara"),
        PhraseNumbers.spellings("iznos 1.250.000,50 dinara"));
    assertEquals(List.of("GIS 71.371,00", "GIS 71 371", "GIS 71 371,00", "GIS 71.371 00"),
        PhraseNumbers.spellings("GIS 71.371"), "never 71,371: a phrase keeps the notation it was typed in");
  }

  @Test
  void aNumberTypedPlainIsAlsoSpacedAndWithItsDecimalsApartInBothNotations() {
    assertEquals(List.of("71 371 USD", "71 371,00 USD", "71 371.00 USD", "71.371 00 USD", "71,371 00 USD"),
        PhraseNumbers.spellings("71371 USD"));
  }

  @Test
  void phrasesWithoutSuchANumberHaveNoOtherSpelling() {
    for (String p : new String[] {"ugovor o javnoj nabavci", "JN 12/2019", "404-02-117/2019-06", "15.03.2019.",
        "2019 godine", "član 108", "3,5 miliona", "model 1234"}) {
      assertEquals(List.of(), PhraseNumbers.spellings(p), p);
    }
  }
}
