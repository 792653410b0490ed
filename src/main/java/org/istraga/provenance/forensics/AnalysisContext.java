package org.istraga.provenance.forensics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one analysis: flags, errors and declared dates collected by the
 * format-specific analyzers, and the time budget. One context per {@link ForensicAnalyzer#analyze}
 * call; not thread-safe and never shared.
 */
public final class AnalysisContext {

  private final ForensicOptions options;
  private final Instant started;
  private final Instant deadline;
  private final List<Flag> flags = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final List<DeclaredDate> dates = new ArrayList<>();
  private boolean budgetReported;

  public AnalysisContext(ForensicOptions options) {
    this.options = options;
    this.started = options.clock().instant();
    this.deadline = started.plus(options.limits().timeBudget());
  }

  public ForensicOptions options() {
    return options;
  }

  public ForensicLimits limits() {
    return options.limits();
  }

  /** The analysis time ("now" for the future-date rule). */
  public Instant now() {
    return started;
  }

  public void flag(Flag flag) {
    flags.add(flag);
  }

  public void flag(FlagName name, String message, Map<String, String> evidence) {
    flags.add(Flag.of(name, message, evidence));
  }

  /** Records that {@code step} failed; the cause's class and message are kept. */
  public void error(String step, Throwable cause) {
    String msg = cause.getMessage();
    errors.add(
        step + ": " + cause.getClass().getSimpleName() + (msg == null ? "" : ": " + oneLine(msg)));
  }

  /** Records a limit or problem that is not an exception. */
  public void error(String step, String what) {
    errors.add(step + ": " + oneLine(what));
  }

  /** Registers a self-declared date for the consistency rules; null values are ignored. */
  public void date(String source, String role, OffsetDateTime value) {
    if (value != null) {
      dates.add(new DeclaredDate(source, role, value));
    }
  }

  /**
   * True while the time budget lasts. The first call after it ran out records an error; callers
   * skip optional work (earlier-revision text, inventories) when this returns false.
   */
  public boolean withinBudget(String step) {
    if (options.clock().instant().isBefore(deadline)) {
      return true;
    }
    if (!budgetReported) {
      budgetReported = true;
      error(step, "time budget of " + limits().timeBudget().toSeconds() + " s used up; skipped");
    }
    return false;
  }

  /** True once the time budget is used up (records nothing; see {@link #withinBudget}). */
  public boolean deadlinePassed() {
    return !options.clock().instant().isBefore(deadline);
  }

  public List<Flag> flags() {
    return flags;
  }

  public List<String> errors() {
    return errors;
  }

  public List<DeclaredDate> dates() {
    return dates;
  }

  /**
   * An insertion-ordered evidence map from alternating keys and values. Nulls become "";
   * collections and maps are written as compact JSON so that names containing commas stay
   * unambiguous; everything else with {@code String.valueOf}.
   */
  public static Map<String, String> evidence(Object... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m.put(String.valueOf(keyValues[i]), evidenceValue(keyValues[i + 1]));
    }
    return m;
  }

  private static String evidenceValue(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof java.util.Collection<?> || v instanceof Map<?, ?>) {
      try {
        return EVIDENCE_JSON.writeValueAsString(v);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return String.valueOf(v);
      }
    }
    return String.valueOf(v);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper EVIDENCE_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
