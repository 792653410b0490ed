package org.istraga.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/**
 * One entity mention stored with a document (see the entities package for how they are found).
 *
 * @param type stable kebab-case type label (email, iban, pib, money, org, watchlist...)
 * @param value normalized value used for facets and queries (for organizations the folded key
 *     that merges Cyrillic and Latin spellings)
 * @param display readable form for listings (for organizations the Latin name with its canonical
 *     legal form); equal to {@code value} for most types
 * @param raw the text as written
 * @param start char offset of the mention in the document text (-1 for metadata mentions)
 * @param end char offset after the mention
 * @param page 1-based page of the mention, 0 when the text has no pages or for metadata
 * @param amount numeric value for money and percentages, else null
 * @param currency ISO 4217 currency for money, else null
 * @param sensitive true for personal identifiers (JMBG): masked in listings and exports
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record EntityMention(
    String type, String value, String display, String raw, int start, int end, int page, BigDecimal amount,
    String currency, boolean sensitive) {}
