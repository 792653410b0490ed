/**
 * The Lucene index of a case: its schema, its text analysis, and the mapping between a
 * {@link org.istraga.document.DocumentRecord} and the Lucene document that indexes it.
 *
 * <p>One Lucene document per distinct content (SHA-256). It stores the record as JSON ({@code
 * _source}) and the text ({@code text}), so the index can be rebuilt from itself; everything else
 * is derived: folded words with offsets for snippets, the exact spelling, adjacent word pairs for
 * fast phrases, English and Serbian stems, names and paths, keywords, numbers, one doc-values field
 * per facet dimension, and one field per entity type. docs/schema.md lists every field.
 *
 * <ul>
 *   <li>{@link org.istraga.index.IndexSchema}: field names, facet dimensions and the schema
 *       {@link org.istraga.index.IndexSchema#VERSION} that case.json records.
 *   <li>{@link org.istraga.index.Analyzers}: the analysis chains (Cyrillic = Latin, case and
 *       accents folded), described in case.json by {@link org.istraga.index.Analyzers#describe()};
 *       their index-time steps for extracted text: {@code LineEndHyphenFilter} (a word broken at a
 *       line end also indexed whole) and {@code WordPartsFilter} (the words of {@code
 *       lucene.apache.org} or {@code Sl.glasnik} also indexed alone, and {@code d.o.o} also as
 *       {@code doo}), {@code NumberValueFilter} ({@code 3.250.000,00} and {@code 3 250 000} also as
 *       {@code 3250000}); in every chain {@code MixedScriptFilter} (a word typed with look-alike
 *       letters of the other script read in its own); in the Serbian stems {@code
 *       SerbianStemFilter} ({@code nabavci} also {@code nabavk}); in queries {@code
 *       JoinedSpellingFilter} ({@code d.o.o.} searched as {@code doo}).
 *   <li>{@link org.istraga.index.DocumentMapper}: record to Lucene document and back. Its text
 *       fields share one analysis of the text ({@code TextAnalysis}: the segmentation, joins,
 *       parts, numbers, folding and Serbian stems that several fields start with run once per
 *       document, kept in a {@code TokenRecording} and played into each field's own last steps);
 *       the tokens are those of the fields' chains in {@code Analyzers}, only made once.
 *   <li>{@link org.istraga.index.EntityFields}: how entity mentions become fields and facets.
 *   <li>{@link org.istraga.index.CaseIndex}: writer, reader, searcher handles, id resolution.
 * </ul>
 *
 * <pre>{@code
 * Case kase = Case.openOrCreate(dir, IndexSchema.caseSchema());
 * try (CaseIndex index = CaseIndex.openWriter(kase)) {   // holder of the case's write lock only
 *   index.put(record);
 *   index.commit(Map.of());
 * }
 * try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
 *   DocumentRecord r = h.get(index.resolve("3f2a9c81"));
 * }
 * }</pre>
 */
package org.istraga.index;
