package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Numbers and dates as journalists type them: Serbian (1.000.000,50; 14.08.2019.) and English
 * (1,000,000.50) groupings are read, and a value that could be either is refused, not guessed.
 */
class ValueParsersTest {

  @Test
  void amountsWithThousandsSeparators() {
    assertEquals(1_000_000d, ValueParsers.decimal("1.000.000"));
    assertEquals(1_000_000.5d, ValueParsers.decimal("1.000.000,50"));
    assertEquals(1_000_000.5d, ValueParsers.decimal("1,000,000.50"));
    assertEquals(2_500.75d, ValueParsers.decimal("2.500,75"));
    assertEquals(1_000_000d, ValueParsers.decimal("1_000_000"));
    assertEquals(1_000_000d, ValueParsers.decimal("1e6"));
    assertEquals(1500.5d, ValueParsers.decimal("1500.50"));
    assertEquals(1500.5d, ValueParsers.decimal("1500,50"), "a lone comma is a decimal comma");
    assertEquals(0.125d, ValueParsers.decimal("0.125"), "a leading zero is never a thousands group");
  }

  @Test
  void aValueThatCouldBeThousandsOrAFractionIsRefused() {
    for (String v : new String[] {"1.500", "1,000", "15.000", "250,000"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueParsers.decimal(v), v);
      assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
    }
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ValueParsers.decimal("1.500"))
        .getMessage().contains("write 1500 for thousands, or 1.5000 for a fraction"));
    assertThrows(IllegalArgumentException.class, () -> ValueParsers.decimal("1.00.0"), "groups of three");
    assertThrows(IllegalArgumentException.class, () -> ValueParsers.decimal("milion"));
  }

  @Test
  void dottedDatesAreDaysAndMonths() {
    assertEquals(ValueParsers.date("2019-08-14"), ValueParsers.date("14.08.2019."));
    assertEquals(ValueParsers.date("2019-08-14"), ValueParsers.date("14.8.2019"));
    assertEquals(ValueParsers.date("2019-08-14"), ValueParsers.date("14. 8. 2019."));
    assertEquals(ValueParsers.date("2019-08"), ValueParsers.date("08.2019"));
    assertThrows(IllegalArgumentException.class, () -> ValueParsers.date("32.01.2019"));
    assertEquals("2019-01-01", ValueParsers.days("2019")[0]);
    assertEquals("2019-12-31", ValueParsers.days("2019")[1]);
    assertEquals("2020-02-29", ValueParsers.days("02.2020")[1]);
  }
}
