package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amount fields of structured data: XML decimals, precedence over what the text recognizers read. */
class FieldAmountTest {

  private static final EntityExtractor X = EntityExtractor.standard();

  private static FieldAmount field(String text, String value, String code) {
    int s = text.indexOf(value);
    return new FieldAmount(s, s + value.length(), code);
  }

  @Test
  void valuesAreXmlDecimals() {
    String t = "1500.000\n\n3300000.00\n\n-250.5\n\n+7\n\n.5\n\n";
    List<Mention> ms = X.extract(t, List.of(field(t, "1500.000", "EUR"), field(t, "3300000.00", "RSD"),
        field(t, "-250.5", "RSD"), field(t, "+7", "USD"),
        new FieldAmount(t.indexOf("\n.5") + 1, t.indexOf("\n.5") + 3, "EUR")));
    List<String> money = ms.stream().filter(m -> m.type() == EntityType.MONEY).map(Mention::value).toList();
    assertEquals(List.of("1500 EUR", "3300000 RSD", "-250.5 RSD", "7 USD", "0.5 EUR"), money);
    assertEquals(new BigDecimal("3300000"), ms.get(1).number().orElseThrow());
  }

  @Test
  void spansThatAreNotDecimalsOrOutsideTheTextAreIgnored() {
    String t = "1.500,00\n\n12e3\n\nabc\n\n";
    List<Mention> ms = X.extract(t, List.of(field(t, "1.500,00", "EUR"), field(t, "12e3", "EUR"),
        field(t, "abc", "EUR"), new FieldAmount(40, 50, "EUR"), new FieldAmount(0, 2, "eur")));
    assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.MONEY), ms::toString);
  }

  @Test
  void aFieldTakesPrecedenceOverOverlappingCandidates() {
    // 13 digits that pass as a JMBG are an amount when the structure says so
    String t = "Iznos\n\n0101990710008\n\n";
    assertTrue(X.extract(t).stream().anyMatch(m -> m.type() == EntityType.JMBG));
    List<Mention> ms = X.extract(t, List.of(field(t, "0101990710008", "RSD")));
    assertFalse(ms.stream().anyMatch(m -> m.type() == EntityType.JMBG), ms::toString);
    assertEquals("101990710008 RSD", ms.stream().filter(m -> m.type() == EntityType.MONEY)
        .findFirst().orElseThrow().value());
  }

  @Test
  void aTabEndsACell() {
    assertTrue(X.extract("2019-03-14\tRSD\t1500").stream().noneMatch(m -> m.type() == EntityType.MONEY));
    assertTrue(X.extract("Datum\t14\tRSD").stream().noneMatch(m -> m.type() == EntityType.MONEY));
    assertEquals(List.of("1500 EUR"), X.extract("ukupno 1.500\nEUR").stream()
        .filter(m -> m.type() == EntityType.MONEY).map(Mention::value).toList(), "a line break still joins");
  }
}
