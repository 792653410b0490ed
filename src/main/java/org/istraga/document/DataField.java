package org.istraga.document;

/**
 * A field of structured data (an XML element) whose meaning the document's structure states:
 * an amount in a currency ({@code <cbc:PayableAmount currencyID="RSD">3300000.00
 * </cbc:PayableAmount>}) or a tax or registration number ({@code <cbc:CompanyID>}, {@code
 * <cbc:EndpointID schemeID="9948">}) or the name of a party ({@code <cac:PartyName><cbc:Name>}).
 * The value itself is the text {@code text.substring(start,
 * end)}; the entity step checks it (a decimal, a check digit) before it becomes a mention.
 *
 * @param start char offset (inclusive) of the value in the document text
 * @param end char offset (exclusive) of the value in the document text
 * @param kind {@code money}, {@code tax-id} (a PIB), {@code registration-number} (a matični
 *     broj), {@code company-id} (either, by its length) or {@code organization} (a party's name)
 * @param currency for {@code money}, the ISO 4217 code the document gives with the value; null
 *     otherwise
 */
public record DataField(int start, int end, String kind, String currency) {

  public static final String MONEY = "money";
  public static final String TAX_ID = "tax-id";
  public static final String REGISTRATION_NUMBER = "registration-number";
  public static final String COMPANY_ID = "company-id";
  public static final String ORGANIZATION = "organization";
}
