package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NumberSpellings}: numbers typed the ways Serbian writing sets them. */
class NumberSpellingsTest {

  @Test
  void groupsSetApartByBlanksAreOneNumber() {
    assertEquals("(\"1 200 000\" OR 1200000)", NumberSpellings.rewrite("1 200 000"));
    assertEquals("iznos (\"1 145 500,00\" OR 1145500) dinara", NumberSpellings.rewrite("iznos 1 145 500,00 dinara"));
    assertEquals("(\"1 250 000,50\" OR 1250000.50)", NumberSpellings.rewrite("1 250 000,50"));
    assertEquals("(\"120\u00A0000\" OR 120000)", NumberSpellings.rewrite("120\u00A0000"), "a no-break space pasted from Word");
  }

  @Test
  void theNoCentsDaysWithBlanksAndShortOrLongYearsAreRead() {
    assertEquals("1.145.500,00 dinara", NumberSpellings.rewrite("1.145.500,- dinara"));
    assertEquals("15.000,00", NumberSpellings.rewrite("15.000,--"));
    assertEquals("((\"15. 3. 2019.\") OR 15.3.2019) godine", NumberSpellings.rewrite("15. 3. 2019. godine"));
    assertEquals("(404-02-117/19 OR 404-02-117/2019)", NumberSpellings.rewrite("404-02-117/19"));
    assertEquals("(404-02-117/19-06 OR 404-02-117/2019-06)", NumberSpellings.rewrite("404-02-117/19-06"));
    assertEquals("ЈН (12/19 OR 12/2019)", NumberSpellings.rewrite("ЈН 12/19"));
    assertEquals("K. br. (1234/98 OR 1234/1998)", NumberSpellings.rewrite("K. br. 1234/98"));
  }

  @Test
  void otherNumbersPhonesDatesQuotesAndRangesAreLeftAlone() {
    for (String q : List.of("2019 100 200", "011 555 0147", "\"1 200 000\"", "amount:[1 000 TO 2 000]", "12:30",
        "14/08/2019", "15.03.2019.", "3,25", "1.200.000", "RS35 1600 0000 0041 8725 51", "JN-12/2019", "1/2",
        "\"404-02-117/2019\"", "404-02-117/2019-06", "01-4567/2019", "15. 13. 2019.", "57 000%", "path:a/19")) {
      assertEquals(q, NumberSpellings.rewrite(q), q);
    }
  }
}
