/**
 * Search that journalists can trust: the query language, facets, page-labelled snippets, cursor
 * paging and term reports over a case index. docs/search.md is the user guide; this package is
 * what {@code istraga search}, {@code show}, {@code facets} and {@code hits} run.
 *
 * <ul>
 *   <li>{@link org.istraga.search.CaseSearcher}: runs a {@link org.istraga.search.SearchRequest}
 *       and returns a {@link org.istraga.search.SearchResult} (total, hits with snippets, facets,
 *       next cursor). One per index searcher.
 *   <li>{@link org.istraga.search.QueryField}: the field names users may write ({@code type:},
 *       {@code date:}, {@code org:}...), their aliases and value forms.
 *   <li>{@link org.istraga.search.TagLookup}: tags live in the findings journal, outside the index;
 *       a {@link org.istraga.search.TagLookupProvider} service plugs them into {@code tag:} queries
 *       and the {@code tag} facet.
 *   <li>{@link org.istraga.search.TermReport}: one query per line of a file, with documents,
 *       occurrences and documents hit by one line alone.
 *   <li>{@link org.istraga.search.DocumentView}: what {@code show} prints about one document.
 * </ul>
 *
 * <p>Behind {@code CaseSearcher.parse}: {@code CaseQueryParser} (the classic syntax over
 * Istraga's fields: it decides what each part of a query becomes) with {@code ClausePrecedence}
 * (NOT, then AND, then OR, then words side by side). Before parsing, {@code TypedQueryText}
 * (pasted quotes, spaces and slashes), {@code RawQueryText} and {@code QueryLint} deal with what
 * people paste and what the classic parser would silently misread. While parsing, the parser asks
 * {@code QueryFieldResolver} which field a name means, {@code FieldValueQueries} for keyword, id,
 * number, size and date values and ranges ({@code ClosedValues} checks the fixed vocabularies of
 * {@code type:}, {@code lang:}...), {@code TagQueries} for {@code tag:}, {@code AnalyzedTerms} for
 * the stem fields, {@code PhraseForms} for a phrase's word pairs, slop and Serbian cases, {@code
 * PastedValues} for identifiers and dates typed as words, {@code JoinedAbbreviation} ({@code K.br.}
 * also as the phrase {@code K. br.}), {@code HyphenatedWord} ({@code e-mail} also as {@code email}), {@code BareDSpellings} ({@code Dorde} for {@code djordje}
 * in addresses and file names), and {@code SpellingVariants} (a final yat, {@code prije}/{@code
 * pre}; a participle, {@code želeo}/{@code želio}, and the active and passive participles of one
 * verb, {@code pročitao}/{@code pročitan}; an {@code -ija} noun's {@code -ije}; an English noun's
 * other number, irregular plurals included; a compound typed as two words), and {@code
 * SerbianStemSiblings} (a Serbian word in an oblique case, {@code Čačku}, also in its other cases
 * in fields without Serbian stems: English texts, senders, recipients, authors). {@code RawQueryText} hands amounts with a magnitude word ({@code 3,5 miliona},
 * {@code US$3m}), days with their month in words ({@code 3 March 2021}) and identifiers after their
 * label ({@code PIB 101670560}) to {@code WordedValues}, which also spells a round number with its
 * magnitude word ({@code 1200000} as {@code 1.2 million}), and amounts typed with their currency
 * ({@code 1.200.000 din}, {@code US$ 71,371}) to {@code CurrencyAmounts}, which adds the amount in
 * that currency's amount field. {@code PhraseNumbers} gives a quoted phrase's numbers their other
 * spellings in the notation typed ({@code 1.200.000,00}, {@code 1 200 000}, OCR's {@code
 * 1.200.000, 00}). {@code QueryErrors} turns what fails into one-line messages.
 *
 * <pre>{@code
 * try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
 *   CaseSearcher searcher = new CaseSearcher(h.searcher(), TagLookupProvider.forCase(kase));
 *   SearchResult page = searcher.search(new SearchRequest("\"safe city\" AND type:pdf",
 *       List.of(new SearchRequest.Filter("year", "2019")), List.of("org", "folder"), 10,
 *       SortOrder.RELEVANCE, 20, null, true));
 *   for (SearchHit hit : page.hits()) {
 *     hit.snippets().forEach(s -> System.out.println("p." + s.page() + " " + s.text()));
 *   }
 *   if (page.next() != null) {
 *     // same request .withAfter(page.next()) gives the next page
 *   }
 * }
 * }</pre>
 *
 * <p>Errors a user can fix (a malformed query, an unknown field or facet, a stale cursor) are
 * {@link org.istraga.IstragaException}s of kind USAGE with one-line messages.
 */
package org.istraga.search;
