/**
 * The generator of {@code samples/}, Istraga's fictional leak: demo data for users and ground
 * truth for tests of ingest, OCR, Cyrillic/Latin search folding, entities, provenance,
 * citations and bundles.
 *
 * <p>The story is modelled on the Serbian "Safe City" procurement: the Interior Ministry (МУП)
 * buys an eLTE network expansion (35 base stations, capacity for up to 3,500 cameras) from an
 * invented supplier, Телеком Нова д.о.о., partner of an invented vendor, Huaxing Networks.
 * Every person, firm and identifier is invented; identifiers carry valid check digits
 * ({@link org.istraga.samples.Checksums}). The shared facts live in {@link
 * org.istraga.samples.Story}.
 *
 * <p>One class per document kind writes one kind of file and records its facts in the {@link
 * org.istraga.samples.FactSheet}:
 *
 * <ul>
 *   <li>{@link org.istraga.samples.ContractDocuments} – the contract as text PDFs, Cyrillic
 *       ({@link org.istraga.samples.ContractText}) and its Latin twin;
 *   <li>{@link org.istraga.samples.ScanDocument} – the signature page as an image-only PDF,
 *       rendered by {@link org.istraga.samples.ScanRenderer};
 *   <li>{@link org.istraga.samples.PriceAnnexWorkbook} – the XLSX price annex;
 *   <li>{@link org.istraga.samples.ArchiveDocument} – a ZIP with the DOCX memo ({@link
 *       org.istraga.samples.MemoDocument}) and a nested ZIP;
 *   <li>{@link org.istraga.samples.EmailDocument} – the .eml with the contract attached;
 *   <li>{@link org.istraga.samples.AmendmentDocument} – a PDF with an incremental update;
 *   <li>{@link org.istraga.samples.SummaryDocument}, {@link
 *       org.istraga.samples.NamesNoteDocument}, {@link org.istraga.samples.DuplicateDocument}.
 * </ul>
 *
 * <p>Text pages are described as {@link org.istraga.samples.PageSpec}s of {@link
 * org.istraga.samples.Block}s with author-fixed page breaks, broken into lines by {@link
 * org.istraga.samples.TextLayout} from the DejaVu font metrics ({@link
 * org.istraga.samples.SampleFonts}), and drawn either as PDF text ({@link
 * org.istraga.samples.PdfPageWriter}) or as glyph outlines in a raster ({@link
 * org.istraga.samples.OutlineText}).
 *
 * <p>Everything is deterministic: fixed dates, PDF /ID and document information ({@link
 * org.istraga.samples.DeterministicPdf}), fixed ZIP entry times ({@link
 * org.istraga.samples.DeterministicZip}), fixed POI properties, seeded randomness, no clock.
 * Regenerate with {@code scripts/make-samples}; {@code SampleLeakReproducibilityTest} proves the
 * committed files are byte-identical to a fresh run.
 *
 * <pre>{@code
 * Map<String, byte[]> files = SampleLeakWriter.write(Path.of("samples"));
 * }</pre>
 */
package org.istraga.samples;
