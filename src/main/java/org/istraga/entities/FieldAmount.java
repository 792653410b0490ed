package org.istraga.entities;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount that a document's structure gives with its currency (an XML element {@code
 * <cbc:PayableAmount currencyID="RSD">3300000.00</cbc:PayableAmount>}, {@code <InstdAmt
 * Ccy="EUR">}, or an amount element beside a currency element): the span of its value in the
 * text and the ISO 4217 code. {@link EntityExtractor#extract(CharSequence, java.util.List)} makes
 * it a money mention that takes precedence over what the recognizers read in that span.
 *
 * <p>The value is read as an XML decimal ({@code xsd:decimal}: an optional sign, digits, and a
 * point as the decimal separator), never with the text conventions of {@link AmountParser}:
 * {@code 3300000.00} is three million three hundred thousand and {@code 1500.000} is one
 * thousand five hundred.
 *
 * @param start char offset (inclusive) of the value in the text
 * @param end char offset (exclusive) of the value in the text
 * @param currency three capital letters, the ISO 4217 code
 */
public record FieldAmount(int start, int end, String currency) {

  /** Longest value read: 18 integer digits, a point, 9 decimals and a sign. */
  private static final int MAX_LENGTH = 29;
  private static final Pattern XML_DECIMAL = Pattern.compile("[+-]?(?:\\d{1,18}(?:\\.\\d{0,9})?|\\.\\d{1,9})");
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /**
   * The money mention of this field in {@code text}, or empty when the span is outside the text
   * (a text cut at its limit) or does not hold an XML decimal, or the code is not three capital
   * letters.
   */
  Optional<Mention> mention(String text) {
    if (start < 0 || end > text.length() || end <= start || end - start > MAX_LENGTH
        || currency == null || !CODE.matcher(currency).matches()) {
      return Optional.empty();
    }
    String raw = text.substring(start, end);
    if (!XML_DECIMAL.matcher(raw).matches()) {
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(raw.startsWith("+") ? raw.substring(1) : raw);
    return Optional.of(MoneyRecognizer.mention(amount, currency, raw, start, end));
  }
}
