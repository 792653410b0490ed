package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values of structured data: amounts as XML decimals, ids by their element's kind with their
 * check digits, precedence over what the text recognizers read.
 */
class FieldValueTest {

  private static final EntityExtractor X = EntityExtractor.standard();

  private static FieldValue field(String text, String value, String code) {
    int s = text.indexOf(value);
    return FieldValue.money(s, s + value.length(), code);
  }

  @Test
  void valuesAreXmlDecimals() {
    String t = "1500.000\n\n3300000.00\n\n-250.5\n\n+7\n\n.5\n\n";
    List<Mention> ms = X.extract(t, List.of(field(t, "1500.000", "EUR"), field(t, "3300000.00", "RSD"),
        field(t, "-250.5", "RSD"), field(t, "+7", "USD"),
        FieldValue.money(t.indexOf("\n.5") + 1, t.indexOf("\n.5") + 3, "EUR")));
    List<String> money = ms.stream().filter(m -> m.type() == EntityType.MONEY).map(Mention::value).toList();
    assertEquals(List.of("1500 EUR", "3300000 RSD", "-250.5 RSD", "7 USD", "0.5 EUR"), money);
    assertEquals(new BigDecimal("3300000"), ms.get(1).number().orElseThrow());
  }

  @Test
  void spansThatAreNotDecimalsOrOutsideTheTextAreIgnored() {
    String t = "1.500,00\n\n12e3\n\nabc\n\n";
    List<Mention> ms = X.extract(t, List.of(field(t, "1.500,00", "EUR"), field(t, "12e3", "EUR"),
        field(t, "abc", "EUR"), FieldValue.money(40, 50, "EUR"), FieldValue.money(0, 2, "eur")));
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
  void aTabEndsACellExceptBeforeACurrencyCodeCell() {
    assertTrue(X.extract("2019-03-14\tRSD\t1500").stream().noneMatch(m -> m.type() == EntityType.MONEY));
    assertTrue(X.extract("Broj\t5\t\tDIN\n").stream().noneMatch(m -> m.type() == EntityType.MONEY),
        "a word in the next cell is no currency of the number");
    assertEquals(List.of("600000 GBP", "1100000 GBP"), X.extract("works\t600000\t\tGBP\t\t1100000\t\tGBP\topen\n")
        .stream().filter(m -> m.type() == EntityType.MONEY).map(Mention::value).toList(),
        "an amount cell and a cell holding only a currency code are one amount (OCDS flattened to columns)");
    assertTrue(X.extract("600000\t\t\t\tGBP\n").stream().noneMatch(m -> m.type() == EntityType.MONEY),
        "not across an empty cell");
    assertEquals(List.of("1500 EUR"), X.extract("ukupno 1.500\nEUR").stream()
        .filter(m -> m.type() == EntityType.MONEY).map(Mention::value).toList(), "a line break still joins");
  }

  private static List<String> ids(String t, FieldValue... fields) {
    return X.extract(t, List.of(fields)).stream()
        .filter(m -> m.type() == EntityType.PIB || m.type() == EntityType.MB)
        .map(m -> m.type().label() + " " + m.value()).toList();
  }

  private static FieldValue id(String t, String value, FieldValue.Kind kind) {
    int s = t.indexOf(value);
    return new FieldValue(s, s + value.length(), kind, null);
  }

  @Test
  void idsNeedTheirKindLengthAndCheckDigitButNoLabel() {
    String t = "101134702\n\n07025246\n\nRS101134702\n\n101134703\n\n";
    assertEquals(List.of("pib 101134702"), ids(t), "without a label, only the VAT id with its RS prefix is an id");
    assertEquals(List.of("pib 101134702", "mb 07025246", "pib 101134702"), ids(t,
        id(t, "101134702", FieldValue.Kind.TAX_ID), id(t, "07025246", FieldValue.Kind.COMPANY_ID),
        id(t, "RS101134702", FieldValue.Kind.COMPANY_ID), id(t, "101134703", FieldValue.Kind.TAX_ID)),
        "101134703 fails the PIB check digit");
    assertEquals(List.of("pib 101134702"), ids(t, id(t, "07025246", FieldValue.Kind.TAX_ID),
        new FieldValue(t.indexOf("101134702"), t.indexOf("101134702") + 9, FieldValue.Kind.REGISTRATION_NUMBER, null)),
        "an 8-digit number is no PIB and a 9-digit one no matični broj");
  }

  @Test
  void aPartyNameIsAnOrganizationUnlessTheRecognizersFoundOne() {
    String t = "Kvarc Inženjering\n\nVrelo Gradnja d.o.o.\n\n2019\n\n";
    assertTrue(X.extract(t).stream().noneMatch(m -> m.value().startsWith("kvarc")), "no legal form: not found by text");
    List<Mention> orgs = X.extract(t, List.of(id(t, "Kvarc Inženjering", FieldValue.Kind.ORGANIZATION),
        id(t, "Vrelo Gradnja d.o.o.", FieldValue.Kind.ORGANIZATION), id(t, "2019", FieldValue.Kind.ORGANIZATION)))
        .stream().filter(m -> m.type() == EntityType.ORG).toList();
    assertEquals(List.of("kvarc inzenjering|Kvarc Inženjering", "vrelo gradnja d.o.o.|Vrelo Gradnja d.o.o."),
        orgs.stream().map(m -> m.value() + "|" + m.display()).toList(), "a number is no name");
    assertEquals(X.extract(t).stream().filter(m -> m.type() == EntityType.ORG).toList(), orgs.subList(1, 2),
        "the firm the recognizer found keeps its mention");
  }
}
