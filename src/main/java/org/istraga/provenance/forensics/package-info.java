/**
 * Per-document forensics: what one file's own bytes and self-declared metadata say about where it
 * came from and whether it was altered.
 *
 * <p>{@link org.istraga.provenance.forensics.ForensicAnalyzer} takes a file and the media type the
 * ingest detected, picks the analyzer for its format (PDF, OOXML/OLE2/ODF Office documents, images,
 * e-mail, CMS/PKCS#7 signed envelopes) and returns a {@link org.istraga.provenance.forensics.ForensicReport}: a format section
 * ({@code pdf}, {@code office}, {@code image}, {@code email} or {@code cms}), consistency {@link
 * org.istraga.provenance.forensics.Flag flags} named by {@link
 * org.istraga.provenance.forensics.FlagName}, the earlier revisions of an incrementally updated PDF
 * ({@link org.istraga.provenance.forensics.Revision}) and the errors met on the way. Reports are
 * JSON with stable snake_case names ({@code toJson}/{@code fromJson}), because they are made inside
 * Tika's forked parser process and read back in the main process.
 *
 * <p>Design rules: the analysis never throws for bad content (a partial report with errors
 * instead), is bounded by {@link org.istraga.provenance.forensics.ForensicLimits}, makes no network
 * access (DKIM keys come from {@link org.istraga.provenance.forensics.DkimKeys}, a file the editor
 * supplies; certificates are never checked online), and never writes to its input. The rules that
 * compare dates across formats live in {@link org.istraga.provenance.forensics.ConsistencyRules};
 * the format rules live with their analyzers in the {@code pdf}, {@code office}, {@code image},
 * {@code email} and {@code cms} subpackages. Every check and flag is explained for editors in {@code
 * docs/provenance.md}.
 *
 * <pre>{@code
 * ForensicOptions options = ForensicOptions.defaults()
 *     .withDkimKeys(DkimKeys.load(Path.of("dkim-keys.txt")));
 * ForensicAnalyzer analyzer = new ForensicAnalyzer(options); // share it; thread-safe
 * ForensicReport report = analyzer.analyze(file, "application/pdf");
 * for (Flag f : report.flags()) {
 *   System.out.println(f.severity() + " " + f.name() + ": " + f.message());
 * }
 * for (Revision rev : report.revisions()) {
 *   index(rev.index(), rev.text());                // earlier versions' text
 * }
 * String json = report.toJson();                  // crosses the process boundary
 * }</pre>
 */
package org.istraga.provenance.forensics;
