/**
 * Exports: CSV and JSON Lines tables, and verifiable citation bundles.
 *
 * <p>{@link org.istraga.export.Selection} says which documents (query, tag, ids file, citations).
 * {@link org.istraga.export.TableExport} streams one {@link org.istraga.export.ExportRow} per
 * document in bounded memory. {@link org.istraga.export.BundleExport} writes a BagIt bag (folder or
 * ZIP) with originals checked against their SHA-256, page-marked text, provenance, citations in
 * CSL-JSON, RIS and BibTeX ({@link org.istraga.export.CitationFormats}, pinned by RFC 6920 {@link
 * org.istraga.export.NiUri}) and an index; before writing, {@link org.istraga.export.SensitiveScan}
 * lists what could expose a source, and {@link org.istraga.export.MetadataStripper} (with {@code
 * OdfMetadataStripper} for OpenDocument) makes labelled copies without it; {@code BundleFileName}
 * names each original so the bag unpacks on any file system. {@link
 * org.istraga.export.BundleVerifier} checks a bundle, optionally against the case's custody ledger,
 * reading nothing outside the bag ({@code BagReader}).
 *
 * <pre>{@code
 * new TableExport(kase).export(Selection.tag("hitno"), TableExport.Format.CSV, out);
 * BundleExport.Summary s = new BundleExport(kase).write(Selection.citations(),
 *     new BundleExport.Options(false, true, Set.of(), true, false), Path.of("story.zip"));
 * BundleVerifier.Report r = BundleVerifier.verify(Path.of("story.zip"), kase);
 * }</pre>
 */
package org.istraga.export;
