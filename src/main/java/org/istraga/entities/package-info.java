/**
 * Entity extraction: finds who, how much, when and which tender in the text of leaked
 * documents — Serbian Cyrillic, Serbian Latin and English.
 *
 * <p>What it finds ({@link org.istraga.entities.EntityType}): e-mail addresses, URLs, domains,
 * phone numbers (E.164 via libphonenumber), IBANs and Serbian bank accounts (checksums
 * validated), PIB, matični broj and JMBG (validated; JMBG is sensitive), money with ISO currency,
 * percentages, dates (ISO), public-procurement and contract numbers, CPV codes, organizations
 * (firms with a legal form, a curated list of Serbian public bodies, institution patterns), and
 * names from a user's {@link org.istraga.entities.Watchlist}.
 *
 * <p>Main classes:
 *
 * <ul>
 *   <li>{@link org.istraga.entities.EntityExtractor} — build once, share between threads, call
 *       {@code extract(text)} per document or metadata value, or {@code extract(text,
 *       fields)} with the {@link org.istraga.entities.FieldValue}s of structured data (XML
 *       amounts with their currency attribute, ids in id elements, parties' names), which
 *       become mentions once checked;
 *   <li>{@link org.istraga.entities.Mention} — type, normalized {@code value} (the facet and
 *       query key), {@code raw} text, char offsets, a readable {@code display}, and for money and
 *       percentages the number and currency;
 *   <li>{@link org.istraga.entities.Watchlist} — names, firms and aliases from a UTF-8 file,
 *       matched across scripts, case and diacritics;
 *   <li>{@link org.istraga.entities.MentionMasker} — the masked form of sensitive mentions for
 *       listings and exports;
 *   <li>{@link org.istraga.entities.OrgLabels} — the facet label of an organization's display,
 *       the same whatever the script or capitals it was written in;
 *   <li>{@link org.istraga.entities.EntityThroughput} — a throughput measurement for
 *       scripts/bench.
 * </ul>
 *
 * <p>Usage sketch:
 *
 * <pre>{@code
 * EntityExtractor extractor = EntityExtractor.standard()
 *     .withWatchlist(Watchlist.load(Path.of("watchlist.tsv")));   // optional
 * for (Mention m : extractor.extract(documentText)) {
 *   String field = m.type().label();          // "money", "org", "bank-account"...
 *   String facet = m.value();                 // "1234567.89 RSD", "telekom nova d.o.o."
 *   String shown = MentionMasker.mask(m);     // JMBG masked, others unchanged
 *   m.emailDomain().ifPresent(d -> ...);      // the email-domain facet
 *   m.currency().ifPresent(c -> ...);         // the money.currency facet
 * }
 * }</pre>
 *
 * <p>Design: each recognizer tries its precompiled, bounded patterns only where a cheap trigger
 * (a digit run, a keyword token, a currency symbol, an '@') says a match can start, so the cost
 * is linear in the text and well under a millisecond per 10 KB. Names are matched with a token
 * trie over folded words ({@code ScriptFolding}: Cyrillic → Latin, case and diacritics folded,
 * đ → dj — the same convention as Lucene's SerbianNormalizationFilter). See docs/entities.md for
 * every rule, the evaluation and known limits.
 *
 * <p>Organizations come from three recognizers: {@code FirmRecognizer} (names with a legal form),
 * {@code InstitutionRecognizer} (public bodies) and the watchlist. {@code InstitutionRecognizer}
 * runs the curated {@code PublicBodyGazetteer}, then {@code SerbianBodyNames} (a head noun from
 * {@code SerbianBodyHeads}, which also puts adjectives back in the nominative, and its complement
 * as {@code SerbianNameComplement} bounds it), then {@code EnglishBodyNames}. After them,
 * {@code FiscalReceiptNames} adds the seller of a Serbian fiscal receipt (the name line under
 * its PIB), {@code OrgPropagation} the shorter mentions of names found in full (bare firm
 * names, defined short names and acronyms, short forms of body names, quoted names, initials)
 * and {@code OrgCaseMerge} gives inflected mentions of one firm one value.
 */
package org.istraga.entities;
