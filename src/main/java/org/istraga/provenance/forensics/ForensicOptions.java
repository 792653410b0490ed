package org.istraga.provenance.forensics;

import java.time.Clock;
import java.util.Objects;

/**
 * Immutable configuration of a {@link ForensicAnalyzer}.
 *
 * @param dkimKeys DKIM public keys known offline (parsed DNS TXT records); never fetched
 * @param clock the "now" used by the {@code date-in-future} rule and the time budget
 * @param limits memory and time bounds
 */
public record ForensicOptions(DkimKeys dkimKeys, Clock clock, ForensicLimits limits) {

  public ForensicOptions {
    Objects.requireNonNull(dkimKeys, "dkimKeys");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(limits, "limits");
  }

  /** No DKIM keys, the system clock in UTC, default limits. */
  public static ForensicOptions defaults() {
    return new ForensicOptions(DkimKeys.none(), Clock.systemUTC(), ForensicLimits.defaults());
  }

  public ForensicOptions withDkimKeys(DkimKeys keys) {
    return new ForensicOptions(keys, clock, limits);
  }

  public ForensicOptions withClock(Clock newClock) {
    return new ForensicOptions(dkimKeys, newClock, limits);
  }

  public ForensicOptions withLimits(ForensicLimits newLimits) {
    return new ForensicOptions(dkimKeys, clock, newLimits);
  }
}
