/**
 * Provenance: where each document came from and whether anything was altered.
 *
 * <p>{@link org.istraga.provenance.CustodyLedger} is the case's append-only, hash-chained JSON Lines
 * record of every file seen and child extracted; its head hash pins the whole history. {@link
 * org.istraga.provenance.LedgerVerifier} checks the chain and locates any edited, removed or
 * reordered line. {@link org.istraga.provenance.CustodyVerifier} re-hashes every reachable original
 * and every stored child and reports each as unchanged, modified, missing or new ({@code istraga
 * verify}). Per-document forensics live in {@code provenance.forensics}.
 */
package org.istraga.provenance;
