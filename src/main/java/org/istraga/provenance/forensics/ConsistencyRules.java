package org.istraga.provenance.forensics;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The format-independent rules over self-declared dates, run after the format analyzers:
 *
 * <ul>
 *   <li>{@code dates-modified-before-created}: within one metadata source (e.g. the PDF Info
 *       dictionary, or Office core properties) the modification date is more than {@link
 *       #CLOCK_TOLERANCE} earlier than the creation date.
 *   <li>{@code date-in-future}: a declared date is more than {@link #FUTURE_TOLERANCE} after the
 *       analysis time (the tolerance absorbs time-zone mistakes of up to a day).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ConsistencyRules {

  /** Differences below this are treated as rounding noise. */
  public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

  /** A date counts as "in the future" only beyond this margin after the analysis time. */
  public static final Duration FUTURE_TOLERANCE = Duration.ofHours(24);

  private ConsistencyRules() {}

  public static void apply(AnalysisContext ctx) {
    List<DeclaredDate> dates = ctx.dates();
    Map<String, DeclaredDate> created = new LinkedHashMap<>();
    Map<String, DeclaredDate> modified = new LinkedHashMap<>();
    for (DeclaredDate d : dates) {
      if (d.role().equals(DeclaredDate.CREATED)) {
        created.putIfAbsent(d.source(), d);
      } else if (d.role().equals(DeclaredDate.MODIFIED)) {
        modified.putIfAbsent(d.source(), d);
      }
    }
    for (Map.Entry<String, DeclaredDate> e : created.entrySet()) {
      DeclaredDate m = modified.get(e.getKey());
      if (m == null) {
        continue;
      }
      Instant c = e.getValue().value().toInstant();
      if (m.value().toInstant().plus(CLOCK_TOLERANCE).isBefore(c)) {
        ctx.flag(
            FlagName.DATES_MODIFIED_BEFORE_CREATED,
            "The " + e.getKey() + " metadata says the file was modified before it was created.",
            evidence(
                "source", e.getKey(),
                "created", LenientDates.format(e.getValue().value()),
                "modified", LenientDates.format(m.value())));
      }
    }
    Instant limit = ctx.now().plus(FUTURE_TOLERANCE);
    for (DeclaredDate d : dates) {
      if (d.value().toInstant().isAfter(limit)) {
        ctx.flag(
            FlagName.DATE_IN_FUTURE,
            "A " + d.role() + " date in " + d.source() + " lies after the time of analysis.",
            evidence(
                "source", d.source(),
                "role", d.role(),
                "date", LenientDates.format(d.value()),
                "now", ctx.now()));
      }
    }
  }
}
