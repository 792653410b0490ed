package org.istraga.entities;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value whose meaning a document's structure states, not its text: an amount with its
 * currency ({@code <cbc:PayableAmount currencyID="RSD">3300000.00</cbc:PayableAmount>}, {@code
 * <InstdAmt Ccy="EUR">}, an amount element beside a currency element), or a tax or registration
 * number in an element named for it ({@code <cbc:EndpointID schemeID="9948">}, {@code
 * <cbc:CompanyID>}), or the name of a party ({@code <cac:PartyName><cbc:Name>}). {@link
 * EntityExtractor#extract(CharSequence, java.util.List)} makes it a mention: amounts and ids take
 * precedence over what the recognizers read in that span; a party's name is an organization
 * only where the recognizers found none (they read legal forms and public bodies better).
 *
 * <p>An amount is read as an XML decimal ({@code xsd:decimal}: an optional sign, digits, and a
 * point as the decimal separator), never with the text conventions of {@link AmountParser}:
 * {@code 3300000.00} is three million three hundred thousand and {@code 1500.000} is one
 * thousand five hundred. An identifier must have its length and pass its check digit ({@link
 * IdentifierChecks}), exactly as in text; what the structure replaces is only the label that
 * text needs ("PIB", "matični broj"). A PIB may carry the {@code RS} prefix of a VAT id.
 *
 * @param start char offset (inclusive) of the value in the text
 * @param end char offset (exclusive) of the value in the text
 * @param kind what the structure says the value is
 * @param currency for {@link Kind#MONEY}, three capital letters, the ISO 4217 code; else null
 */
public record FieldValue(int start, int end, Kind kind, String currency) {

  /** What a field holds. */
  public enum Kind {
    /** An amount in {@link FieldValue#currency()}. */
    MONEY,
    /** A PIB (tax id), optionally with the RS prefix. */
    TAX_ID,
    /** A matični broj (registration number). */
    REGISTRATION_NUMBER,
    /** A PIB or a matični broj, told apart by their lengths (9 and 8 digits). */
    COMPANY_ID,
    /**
     * The name of an organization (a party of an invoice or a notice): an organization mention
     * when the recognizers found none in that span.
     */
    ORGANIZATION
  }

  /** Longest value read: 18 integer digits, a point, 9 decimals and a sign. */
  private static final int MAX_LENGTH = 29;
  /** Longest organization name read. */
  private static final int MAX_NAME = 200;
  private static final Pattern XML_DECIMAL = Pattern.compile("[+-]?(?:\\d{1,18}(?:\\.\\d{0,9})?|\\.\\d{1,9})");
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern ID = Pattern.compile("(RS)?(\\d{8,9})");

  /** An amount field. */
  public static FieldValue money(int start, int end, String currency) {
    return new FieldValue(start, end, Kind.MONEY, currency);
  }

  /**
   * The mention of this field in {@code text}, or empty when the span is outside the text (a
   * text cut at its limit) or its value is not what the kind requires.
   */
  Optional<Mention> mention(String text) {
    if (start < 0 || end > text.length() || end <= start || kind == null
        || end - start > (kind == Kind.ORGANIZATION ? MAX_NAME : MAX_LENGTH)) {
      return Optional.empty();
    }
    String raw = text.substring(start, end);
    if (kind == Kind.ORGANIZATION) {
      if (raw.indexOf('\n') >= 0 || raw.chars().noneMatch(Character::isLetter)) {
        return Optional.empty();
      }
      return Optional.ofNullable(OrgNames.mention(text, start, end, raw, null, false));
    }
    if (kind == Kind.MONEY) {
      if (currency == null || !CODE.matcher(currency).matches() || !XML_DECIMAL.matcher(raw).matches()) {
        return Optional.empty();
      }
      BigDecimal amount = new BigDecimal(raw.startsWith("+") ? raw.substring(1) : raw);
      return Optional.of(MoneyRecognizer.mention(amount, currency, raw, start, end));
    }
    Matcher m = ID.matcher(raw);
    if (!m.matches()) {
      return Optional.empty();
    }
    String d = m.group(2);
    boolean prefixed = m.group(1) != null;
    boolean pib = d.length() == 9 && (kind == Kind.TAX_ID || kind == Kind.COMPANY_ID);
    boolean mb = d.length() == 8 && !prefixed && (kind == Kind.REGISTRATION_NUMBER || kind == Kind.COMPANY_ID);
    if (pib && IdentifierChecks.pib(d)) {
      return Optional.of(new Mention(EntityType.PIB, d, raw, start, end));
    }
    if (mb && IdentifierChecks.mb(d)) {
      return Optional.of(new Mention(EntityType.MB, d, d, start, end));
    }
    return Optional.empty();
  }
}
