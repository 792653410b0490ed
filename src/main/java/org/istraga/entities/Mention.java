package org.istraga.entities;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One entity mention in a text.
 *
 * @param type what kind of entity this is
 * @param value the normalized value used for facets and queries (an ISO date, an E.164 phone
 *     number, a compact IBAN, the folded key of an organization, the canonical watchlist name...)
 * @param raw the text exactly as it appears, {@code text.subSequence(start, end)}
 * @param start char offset (inclusive) into the text given to the extractor
 * @param end char offset (exclusive) into the text given to the extractor
 * @param display a readable form for listings: equal to {@code value} for most types; for
 *     organizations the Latin-script name with its canonical legal form, e.g. {@code Telekom Nova
 *     d.o.o.} while {@code value} is {@code telekom nova d.o.o.}
 * @param number the amount of a {@link EntityType#MONEY} mention or the number of a {@link
 *     EntityType#PERCENT} mention; empty for other types
 * @param currency the ISO 4217 code of a {@link EntityType#MONEY} mention; empty otherwise
 */
public record Mention(
    EntityType type,
    String value,
    String raw,
    int start,
    int end,
    String display,
    Optional<BigDecimal> number,
    Optional<String> currency) {

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(currency, "currency");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /** A mention without a number or currency whose display form is its value. */
  public Mention(EntityType type, String value, String raw, int start, int end) {
    this(type, value, raw, start, end, value, Optional.empty(), Optional.empty());
  }

  /** True for personal identifiers (JMBG) that listings mask unless asked. */
  public boolean sensitive() {
    return type.sensitive();
  }

  /** For an {@link EntityType#EMAIL} mention, the domain part (the {@code email-domain} facet). */
  public Optional<String> emailDomain() {
    if (type != EntityType.EMAIL) {
      return Optional.empty();
    }
    int at = value.lastIndexOf('@');
    return at < 0 ? Optional.empty() : Optional.of(value.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  /** Length of the mention in chars. */
  public int length() {
    return end - start;
  }
}
