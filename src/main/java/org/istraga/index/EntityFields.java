package org.istraga.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How entity mentions ({@code DocumentRecord.entities}) become index fields and facets. Every
 * mention type is indexed generically by its label, so a type the extractors add later is
 * searchable ({@code label:value}) and facetable at once; the table below only refines how values
 * are analysed.
 *
 * <table>
 *   <caption>Entity fields</caption>
 *   <tr><th>type</th><th>query field</th><th>analysis</th><th>facet</th></tr>
 *   <tr><td>org, watchlist</td><td>same</td><td>words (folded)</td><td>same</td></tr>
 *   <tr><td>iban, bank-account, pib, mb, phone, jmbg</td><td>same</td><td>identifier</td>
 *       <td>same (not jmbg)</td></tr>
 *   <tr><td>email</td><td>email</td><td>keyword</td><td>email, email-domain</td></tr>
 *   <tr><td>money</td><td>amount (number), amount.CUR, currency</td><td>numeric</td>
 *       <td>money.currency</td></tr>
 *   <tr><td>percent</td><td>percent (number)</td><td>numeric</td><td>none</td></tr>
 *   <tr><td>date</td><td>date-mention (ISO date, ranges work)</td><td>keyword</td><td>none</td></tr>
 *   <tr><td>any other</td><td>its label</td><td>keyword</td><td>its label</td></tr>
 * </table>
 *
 * <p>Sensitive mentions (JMBG) are searchable by their exact value but never become facet values,
 * so listings cannot reveal them. All methods are pure functions.
 */
public final class EntityFields {

  /** How an entity field's values are analysed. */
  public enum Analysis {
    /** Folded words with positions: phrases and single words of a name match. */
    WORDS,
    /** The whole folded value as one token. */
    KEYWORD,
    /** One folded token with only letters and digits kept. */
    IDENTIFIER,
    /** A number (point field). */
    NUMBER
  }

  /** Facet dimension of the entity types present in a document. */
  public static final String FACET_ENTITY = "entity";
  /** Facet dimension of the currencies of money mentions. */
  public static final String FACET_CURRENCY = "money.currency";
  /** Facet dimension of the domains of e-mail address mentions. */
  public static final String FACET_EMAIL_DOMAIN = "email-domain";

  /** Numeric field of every money amount, whatever the currency. */
  public static final String AMOUNT = "amount";
  /** Prefix of the per-currency amount fields ({@code amount.eur}). */
  public static final String AMOUNT_PREFIX = "amount.";
  /** Keyword field of money currencies (ISO 4217, folded: {@code eur}). */
  public static final String CURRENCY = "currency";
  /** Numeric field of percentages. */
  public static final String PERCENT = "percent";
  /** Keyword field of e-mail domains of address mentions. */
  public static final String EMAIL_DOMAIN = "email-domain";
  /** Keyword field of dates mentioned in the text (ISO yyyy-mm-dd). */
  public static final String DATE_MENTION = "date-mention";

  private static final Map<String, Analysis> KNOWN = new LinkedHashMap<>();
  private static final Set<String> NO_FACET = Set.of("jmbg", "money", "percent", "date");

  static {
    KNOWN.put("org", Analysis.WORDS);
    KNOWN.put("watchlist", Analysis.WORDS);
    for (String t : List.of("iban", "bank-account", "pib", "mb", "phone", "jmbg")) {
      KNOWN.put(t, Analysis.IDENTIFIER);
    }
    for (String t : List.of("email", "url", "domain", "procurement-number", "contract-number", "cpv",
        EMAIL_DOMAIN, CURRENCY, DATE_MENTION)) {
      KNOWN.put(t, Analysis.KEYWORD);
    }
    KNOWN.put(AMOUNT, Analysis.NUMBER);
    KNOWN.put(PERCENT, Analysis.NUMBER);
  }

  private EntityFields() {}

  /** The query field of a mention type ({@code date} becomes {@code date-mention}). */
  public static String fieldOf(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if ("date".equals(t)) {
      return DATE_MENTION;
    }
    if ("money".equals(t)) {
      return AMOUNT;
    }
    return t;
  }

  /** The facet dimension of a mention type, or null when its values are not faceted. */
  public static String facetOf(String type, boolean sensitive) {
    String t = type.toLowerCase(Locale.ROOT);
    if (sensitive || NO_FACET.contains(t)) {
      return null;
    }
    return t;
  }

  /** True for the fields this class defines (known entity types and derived fields). */
  public static boolean isEntityField(String field) {
    return KNOWN.containsKey(field) || field.startsWith(AMOUNT_PREFIX);
  }

  /** The analysis of a known entity field; {@link Analysis#KEYWORD} for any other label. */
  public static Analysis analysisOf(String field) {
    if (field.startsWith(AMOUNT_PREFIX)) {
      return Analysis.NUMBER;
    }
    return KNOWN.getOrDefault(field, Analysis.KEYWORD);
  }

  /** The known entity fields, in documentation order. */
  public static Set<String> knownFields() {
    return KNOWN.keySet();
  }

  /** The per-currency amount field ({@code amount.eur}). */
  public static String amountField(String currency) {
    return AMOUNT_PREFIX + currency.toLowerCase(Locale.ROOT);
  }

  /** True when a type label can be a field name (kebab-case letters and digits). */
  public static boolean isValidLabel(String type) {
    return type != null && type.matches("[a-z][a-z0-9-]{0,40}");
  }
}
