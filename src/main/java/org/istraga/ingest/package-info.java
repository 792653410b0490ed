/**
 * Ingest: from evidence files to indexed document records.
 *
 * <p>{@link org.istraga.ingest.IngestRun} drives a run: an {@link org.istraga.ingest.EvidenceWalker}
 * lists files (never following links), worker threads each own a {@code FileIngester.Worker} with
 * a warm forked Tika process ({@code ingest.tika}), and the calling thread reports progress and
 * commits. For each file: skip if unchanged, hash, deduplicate by SHA-256, extract, build records
 * ({@code RecordAssembler}, {@code StatusClassifier}, {@code MetadataMapper}), store children's
 * bytes, append custody-ledger entries, then write the records. A file is parsed again when that
 * can recover more: with each {@code --passwords} password when something in it is encrypted, and
 * with Tika's PDF angle detection when a PDF's text came out broken into letters (rotated text,
 * {@link org.istraga.ingest.BrokenLetters}). A PDF's Cyrillic that a font without a Unicode map
 * gave out as Western letters is read again as Windows-1251 ({@link
 * org.istraga.ingest.CyrillicMojibake}). {@link org.istraga.ingest.CaseStatus} reports a
 * case's statuses, failures and OCR backlog.
 *
 * <p>Reruns are incremental: each root is walked once ({@link
 * org.istraga.ingest.EvidenceWalker#distinctRoots}); a file with its recorded size and time is not
 * read; after a complete walk {@code MissingFiles} marks the paths no longer listed as missing
 * (never those under a folder that could not be listed); files met but not read are kept in
 * {@link org.istraga.ingest.UnreadFiles} for {@code status}. The rules are in docs/ingest.md,
 * "Reruns".
 *
 * <pre>{@code
 * IngestSummary s = new IngestRun(kase, IngestOptions.defaults(List.of(root)), err).run();
 * }</pre>
 *
 * <p>Threading: {@code IngestRun} and {@code FileIngester} are shared by the workers and are
 * thread-safe; a {@code Worker} belongs to one thread.
 */
package org.istraga.ingest;
