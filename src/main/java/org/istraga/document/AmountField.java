package org.istraga.document;

/**
 * A field of structured data (an XML element) that holds an amount in a currency, as the
 * document's own structure says: {@code <cbc:PayableAmount currencyID="RSD">3300000.00
 * </cbc:PayableAmount>}. The value itself is the text {@code text.substring(start, end)}.
 *
 * @param start char offset (inclusive) of the value in the document text
 * @param end char offset (exclusive) of the value in the document text
 * @param currency the ISO 4217 code the document gives with the value
 */
public record AmountField(int start, int end, String currency) {}
