/**
 * Istraga: an investigative document-analysis workbench.
 *
 * <p>Start with {@code org.istraga.cli.Main}, which maps each {@code istraga} subcommand to one
 * capability package: {@code ingest} turns evidence into {@code document.DocumentRecord}s stored in
 * a {@code cases.Case}'s {@code index.CaseIndex}; {@code search} queries it; {@code findings} and
 * {@code export} record and publish what was found; {@code provenance} checks custody.
 *
 * <p>Failures a user can act on are {@link org.istraga.IstragaException}s with a one-line message
 * and a kind that the CLI maps to a documented exit code. All JSON goes through {@link
 * org.istraga.Json}; versions recorded in cases and ledgers come from {@link org.istraga.Version}.
 */
package org.istraga;
