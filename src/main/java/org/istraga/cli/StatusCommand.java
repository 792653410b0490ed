package org.istraga.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.ingest.CaseStatus;
import org.istraga.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code istraga status}: counts by status, failures with reasons, OCR backlog. */
@Command(name = "status", mixinStandardHelpOptions = true,
    header = "Show statuses, failures with reasons and the OCR backlog of a case.",
    description = "Show what a case holds: files, documents, statuses, failures with reasons, OCR backlog.")
public final class StatusCommand implements Callable<Integer> {

  /** Failures listed in text output; JSON lists all. */
  static final int TEXT_FAILURES = 50;

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CaseStatus s = CaseStatus.of(caseOption.open());
    if (output.json()) {
      OutputOption.printJson(out, s);
      return ExitCode.OK;
    }
    out.printf(Locale.ROOT, "Case %s%n", s.caseDir());
    out.printf(Locale.ROOT, "  files: %d present, %d missing (%d of them still present at another path), %d could not"
        + " be read%n", s.filesSeen(), s.filesMissing(), s.filesMissingPresentElsewhere(), s.filesUnread());
    out.printf(Locale.ROOT, "  documents: %d (embedded children and revisions included)%n", s.documents());
    for (Map.Entry<String, Long> e : s.byStatus().entrySet()) {
      out.printf(Locale.ROOT, "    %-16s %d%n", e.getKey(), e.getValue());
    }
    out.printf(Locale.ROOT, "  OCR backlog: %d documents, %d pages%n", s.ocrPending(), s.ocrPendingPages());
    if (s.lastCommit() != null) {
      out.printf(Locale.ROOT, "  last commit: %s%n", s.lastCommit());
    }
    if (!s.failures().isEmpty()) {
      out.printf(Locale.ROOT, "Failures (%d):%n", s.failures().size());
      printFailures(out, s.failures());
    }
    if (!s.ocrFailures().isEmpty()) {
      out.printf(Locale.ROOT, "OCR failed (%d documents without OCR text; search ocr:failed lists them):%n",
          s.ocrFailures().size());
      printFailures(out, s.ocrFailures());
    }
    out.flush();
    return ExitCode.OK;
  }

  /** One line per failure, at most {@link #TEXT_FAILURES}, then how many more. */
  private static void printFailures(PrintWriter out, List<IngestSummary.Failure> failures) {
    int shown = 0;
    for (IngestSummary.Failure f : failures) {
      if (shown++ == TEXT_FAILURES) {
        out.printf(Locale.ROOT, "  ... and %d more (use --json for all)%n", failures.size() - TEXT_FAILURES);
        break;
      }
      out.printf(Locale.ROOT, "  %-15s %s%s%n", f.status(), TextFormat.visible(f.path()),
          f.reason() == null ? "" : " — " + TextFormat.visible(f.reason()));
    }
  }
}
