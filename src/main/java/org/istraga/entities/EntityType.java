package org.istraga.entities;

/**
 * The kinds of entity the extractor reports. {@link #label()} is the stable kebab-case name the
 * index uses as facet and field name; it never changes once released.
 */
public enum EntityType {
  EMAIL("email"),
  URL("url"),
  DOMAIN("domain"),
  PHONE("phone"),
  IBAN("iban"),
  BANK_ACCOUNT("bank-account"),
  PIB("pib"),
  MB("mb"),
  JMBG("jmbg"),
  MONEY("money"),
  PERCENT("percent"),
  DATE("date"),
  PROCUREMENT_NUMBER("procurement-number"),
  CONTRACT_NUMBER("contract-number"),
  CPV("cpv"),
  ORG("org"),
  WATCHLIST("watchlist");

  private final String label;

  EntityType(String label) {
    this.label = label;
  }

  /** Stable kebab-case name used as facet and field name, e.g. {@code bank-account}. */
  public String label() {
    return label;
  }

  /**
   * True for personal identifiers that listings and exports mask unless asked (today only
   * {@link #JMBG}); see {@link MentionMasker}.
   */
  public boolean sensitive() {
    return this == JMBG;
  }

  /** The type whose {@link #label()} is {@code label}, e.g. for parsing CLI options. */
  public static EntityType fromLabel(String label) {
    for (EntityType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type label: " + label);
  }
}
