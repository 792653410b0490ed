package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link CurrencyAmounts}: which typed amounts get their amount field, and with what value. */
class CurrencyAmountsTest {

  private static String rewrite(String q) {
    return CurrencyAmounts.rewrite(q, at -> false);
  }

  @Test
  void anAmountBesideItsCurrencyIsAlsoTheAmountField() {
    assertEquals("((1.200.000 din) OR amount.rsd:1200000)", rewrite("1.200.000 din"));
    assertEquals("((1.200.000,00 динара) OR amount.rsd:1200000)", rewrite("1.200.000,00 динара"));
    assertEquals("((RSD 1,200,000) OR amount.rsd:1200000)", rewrite("RSD 1,200,000"));
    assertEquals("((US$ 71,371) OR amount.usd:71371)", rewrite("US$ 71,371"));
    assertEquals("((71.371 USD) OR amount.usd:71371)", rewrite("71.371 USD"));
    assertEquals("((USD 71,371.00) OR amount.usd:71371)", rewrite("USD 71,371.00"));
    assertEquals("((71.371 америчких долара) OR amount.usd:71371)", rewrite("71.371 америчких долара"));
    assertEquals("((€1.200) OR amount.eur:1200)", rewrite("€1.200"));
    assertEquals("((EUR 10,50) OR amount.eur:10.5)", rewrite("EUR 10,50"));
    assertEquals("kamere ((EUR 3 miliona) OR amount.eur:3000000) Gradex", rewrite("kamere EUR 3 miliona Gradex"));
    assertEquals("((3,5 miliona evra) OR amount.eur:3500000)", rewrite("3,5 miliona evra"));
    assertEquals("((1,2 milijarde dinara) OR amount.rsd:1200000000)", rewrite("1,2 milijarde dinara"));
    assertEquals("((500 švajcarskih franaka) OR amount.chf:500)", rewrite("500 švajcarskih franaka"));
    assertEquals("((20 funti sterlinga) OR amount.gbp:20)", rewrite("20 funti sterlinga"));
    assertEquals("((1 200 000 dinara) OR amount.rsd:1200000)", rewrite("1 200 000 dinara"), "groups set apart by blanks");
    assertEquals("((EUR 1 145 500,50) OR amount.eur:1145500.5)", rewrite("EUR 1 145 500,50"));
    assertEquals("((RSD 1.145.500,-) OR amount.rsd:1145500)", rewrite("RSD 1.145.500,-"), "the Serbian no cents");
  }

  @Test
  void numbersWithoutACurrencyAndValuesOfFieldsAreLeftAlone() {
    for (String q : new String[] {"1.200.000", "ugovor 404-02-117/2019", "currency:EUR 100", "amount:1000 EUR",
        "15.03.2019. din", "2019 100 200 EUR", "3m", "US$3m", "EURO", "din 2", "57% evra", "12:30 USD"}) {
      assertEquals(q, rewrite(q), q);
    }
    assertEquals("amount:[1000 TO 2000] EUR", CurrencyAmounts.rewrite("amount:[1000 TO 2000] EUR", at -> true));
  }

  @Test
  void currenciesAreReadInBothScriptsAndAsSigns() {
    assertEquals("RSD", CurrencyAmounts.iso("din."));
    assertEquals("RSD", CurrencyAmounts.iso("Динара"));
    assertEquals("EUR", CurrencyAmounts.iso("€"));
    assertEquals("EUR", CurrencyAmounts.iso("евра"));
    assertEquals("USD", CurrencyAmounts.iso("US$"));
    assertEquals("USD", CurrencyAmounts.iso("dolara"));
    assertEquals("USD", CurrencyAmounts.iso("америчких   долара"));
    // the extractor's table: the Australian and Canadian dollar signs are not US dollars
    assertEquals("AUD", CurrencyAmounts.iso("A$"));
    assertEquals("CAD", CurrencyAmounts.iso("C$"));
    assertNull(CurrencyAmounts.iso("komada"));
  }

  @Test
  void theValueIsTheNumberTheMoneyExtractorStores() {
    assertEquals("1200000", CurrencyAmounts.value("1.200.000,00", null));
    assertEquals("71371", CurrencyAmounts.value("71.371", null), "a separator before three digits groups");
    assertEquals("3.5", CurrencyAmounts.value("3,5", null));
    assertEquals("1250000.5", CurrencyAmounts.value("1.250.000,50", null));
    assertEquals("3500000", CurrencyAmounts.value("3,5", "miliona"));
    assertNull(CurrencyAmounts.value("1,2345", "hiljada"), "not a whole number");
  }
}
