package org.istraga.provenance.forensics;

import java.time.Clock;
import java.util.Objects;
import org.istraga.provenance.forensics.cms.SignedDocument;

/**
 * Immutable configuration of a {@link ForensicAnalyzer}.
 *
 * @param dkimKeys DKIM public keys known offline (parsed DNS TXT records); never fetched
 * @param clock the "now" used by the {@code date-in-future} rule and the time budget
 * @param limits memory and time bounds
 * @param signedDocument for a detached signature ({@code .p7s}), the document to check it against
 *     (or why there is none), found by the caller; null when nobody looked (then a detached
 *     signature stays unchecked)
 */
public record ForensicOptions(
    DkimKeys dkimKeys, Clock clock, ForensicLimits limits, SignedDocument signedDocument) {

  public ForensicOptions {
    Objects.requireNonNull(dkimKeys, "dkimKeys");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(limits, "limits");
  }

  /** Options without a document for detached signatures. */
  public ForensicOptions(DkimKeys dkimKeys, Clock clock, ForensicLimits limits) {
    this(dkimKeys, clock, limits, null);
  }

  /** No DKIM keys, the system clock in UTC, default limits. */
  public static ForensicOptions defaults() {
    return new ForensicOptions(DkimKeys.none(), Clock.systemUTC(), ForensicLimits.defaults());
  }

  public ForensicOptions withDkimKeys(DkimKeys keys) {
    return new ForensicOptions(keys, clock, limits, signedDocument);
  }

  public ForensicOptions withClock(Clock newClock) {
    return new ForensicOptions(dkimKeys, newClock, limits, signedDocument);
  }

  public ForensicOptions withLimits(ForensicLimits newLimits) {
    return new ForensicOptions(dkimKeys, clock, newLimits, signedDocument);
  }

  /** The same options checking a detached signature against {@code document}. */
  public ForensicOptions withSignedDocument(SignedDocument document) {
    return new ForensicOptions(dkimKeys, clock, limits, document);
  }
}
