/**
 * The case folder: where one investigation's index, stored bytes, custody ledger and findings
 * live.
 *
 * <pre>{@code
 * Case c = Case.openOrCreate(dir, IndexSchema.caseSchema());   // refuses incompatible versions
 * try (CaseLock lock = CaseLock.acquire(c.layout(), "ingest")) { // one writer at a time
 *   ...                                                         // readers need no lock
 * }
 * }</pre>
 *
 * <p>{@link org.istraga.cases.CaseLayout} names every file and folder; {@link
 * org.istraga.cases.CaseConfig} is {@code case.json} (folder format, index schema version, analysis
 * chains); {@link org.istraga.cases.CaseLock} is an OS file lock, released even when the holder is
 * killed. {@link org.istraga.cases.Scratch} is the case's scratch space: each run of a stage works
 * in a {@code tmp/run-<id>} folder of its own, and the next run clears what a killed one left.
 */
package org.istraga.cases;
