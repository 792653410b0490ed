package org.istraga.provenance.forensics;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds that keep the analysis of a hostile file finite in memory and time. When a bound is hit
 * the analysis stops that part, records an entry in {@link ForensicReport#errors()} and raises
 * {@code analysis-incomplete}; it never fails the whole report.
 *
 * @param maxFileBytes files larger than this are not loaded for structural analysis (PDF, e-mail)
 * @param maxRevisions at most this many earlier PDF revisions are re-opened and text-extracted
 * @param maxRevisionTextChars text kept per earlier revision
 * @param maxRevisionPages pages text-extracted per earlier revision
 * @param maxSignatures PDF and Office signatures inspected
 * @param maxObjects PDF objects, fonts, files or XML elements visited per inventory
 * @param maxXmlPartBytes bytes of one uncompressed Office XML part read
 * @param maxEmailMessages messages of an mbox analyzed
 * @param timeBudget wall-clock time after which remaining optional steps are skipped
 */
public record ForensicLimits(
    long maxFileBytes,
    int maxRevisions,
    int maxRevisionTextChars,
    int maxRevisionPages,
    int maxSignatures,
    int maxObjects,
    long maxXmlPartBytes,
    int maxEmailMessages,
    Duration timeBudget) {

  public ForensicLimits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (maxFileBytes <= 0
        || maxRevisions < 0
        || maxRevisionTextChars < 0
        || maxRevisionPages < 0
        || maxSignatures < 0
        || maxObjects <= 0
        || maxXmlPartBytes <= 0
        || maxEmailMessages <= 0
        || timeBudget.isNegative()) {
      throw new IllegalArgumentException("forensic limits must be positive: " + this);
    }
  }

  /** Limits suitable for ingest inside a forked parser with a 1-2 GB heap. */
  public static ForensicLimits defaults() {
    return new ForensicLimits(
        256L * 1024 * 1024,
        50,
        2_000_000,
        2_000,
        100,
        20_000,
        64L * 1024 * 1024,
        500,
        Duration.ofSeconds(120));
  }
}
