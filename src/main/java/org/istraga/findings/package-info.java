/**
 * Findings: tags, notes and citations, kept in the case's findings journal outside the index so
 * that re-ingesting or re-indexing never loses them.
 *
 * <p>{@link org.istraga.findings.FindingsJournal} is the durable, hash-chained JSON Lines file
 * ({@code findings.jsonl}, written with the custody ledger's format and its own lock, so tagging
 * works while an ingest holds the case). {@link org.istraga.findings.Findings} is a snapshot of it
 * and the read API search adapts to ({@code tags()}, {@code idsWithTag}, {@code tagsOf}, {@code
 * tagCounts}). {@link org.istraga.findings.Citer} checks a quote against a page (tolerating case,
 * script, whitespace and hyphenation; {@code FoldedText}) as whole words ({@code WordBounds}: not
 * "264.833,90" out of "1.264.833,90") and builds a {@link org.istraga.findings.Citation} with exact
 * offsets, or says where the quote is. {@link org.istraga.findings.QueryIds} turns a query into
 * every matching document, streamed. {@link org.istraga.findings.LineText} makes a value from the
 * evidence safe to print on one line of text output.
 *
 * <pre>{@code
 * FindingsJournal journal = new FindingsJournal(kase.layout());
 * journal.append(FindingsJournal.tagEntries("add", "hitno", List.of(id), "ana", null)); // fsynced
 * Citation c = new Citer().cite(record, 3, "izvorni kod GIS softvera", "ana");   // or throws
 * journal.append(List.of(FindingsJournal.citationEntry(c)));
 * Findings f = journal.read();
 * f.idsWithTag("HITNO");                                                       // folded match
 * }</pre>
 */
package org.istraga.findings;
