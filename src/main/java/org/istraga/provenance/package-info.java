/**
 * Provenance: where each document came from and whether anything was altered.
 *
 * <p>{@link org.istraga.provenance.CustodyLedger} is the case's append-only, hash-chained JSON Lines
 * record of every file seen and child extracted; its head hash pins the whole history. {@link
 * org.istraga.provenance.LedgerVerifier} checks the chain and locates any edited, removed or
 * reordered line. {@link org.istraga.provenance.CustodyVerifier} re-hashes every reachable original
 * and every stored child and reports each as unchanged, modified, missing or new ({@code istraga
 * verify}). Per-document forensics live in {@code provenance.forensics}.
 *
 * <p>{@link org.istraga.provenance.SignedDocumentFinder} finds, through the case index, the
 * document a detached signature ({@code ugovor.pdf.p7s}) was made over ({@code ugovor.pdf} next to
 * it) and reads its verified bytes, so the analyzer can check the signature without touching the
 * case:
 *
 * <pre>{@code
 * SignedDocument doc = new SignedDocumentFinder(kase, limits.maxFileBytes()).find(p7sRecord);
 * ForensicReport r = new ForensicAnalyzer(options.withSignedDocument(doc)).analyze(p7sPath, type);
 * }</pre>
 */
package org.istraga.provenance;
