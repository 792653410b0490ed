package org.istraga.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.ingest.ocr.OcrOptions;
import org.istraga.ingest.ocr.OcrRun;
import org.istraga.ingest.ocr.OcrSummary;
import org.istraga.ingest.ocr.TesseractInstall;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code istraga ocr}: work through the OCR backlog of a case. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
    description = {
      "OCR the images and scanned PDF pages of a case that wait for it (see 'istraga status').",
      "'istraga ingest' runs this after extraction unless --ocr off; run it alone to work through "
          + "the backlog later or on another schedule. Stopped at any moment, a rerun continues where it "
          + "stopped. Needs Tesseract with the chosen languages."
    })
public final class OcrCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Option(names = "--threads", paramLabel = "N",
      description = "Pages OCR'd at once, one Tesseract each (default: number of cores).")
  Integer threads;

  @Option(names = "--ocr-lang", paramLabel = "LANGS", defaultValue = OcrOptions.DEFAULT_LANGUAGES,
      description = "Tesseract languages (default: ${DEFAULT-VALUE}).")
  String languages;

  @Option(names = "--all-pages",
      description = "OCR every page of the waiting documents, not only pages without text.")
  boolean allPages;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per page (default: 300).")
  Long timeoutSeconds;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Option(names = "--commit-interval", paramLabel = "SECONDS", hidden = true,
      description = "Seconds between commits (default: 15).")
  Double commitSeconds;

  @Option(names = "--keep-images", paramLabel = "DIR", hidden = true,
      description = "Keep every page image given to Tesseract in DIR (benchmarks, debugging).")
  Path keepImages;

  @Option(names = "--pages-per-call", paramLabel = "N", hidden = true,
      description = "Most pages per Tesseract run (default: 8).")
  Integer pagesPerCall;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArgumentChecks.atLeast("--threads", threads, 1);
    Long timeoutMillis = ArgumentChecks.secondsToMillis("--timeout", timeoutSeconds);
    ArgumentChecks.atLeast("--pages-per-call", pagesPerCall, 1);
    Case kase = caseOption.open();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    OcrOptions d = OcrOptions.defaults(n, languages);
    OcrOptions opts = new OcrOptions(d.threads(), d.languages(), allPages, null,
        pagesPerCall == null ? d.pagesPerCall() : pagesPerCall, d.renderDpi(),
        timeoutMillis == null ? d.pageTimeoutMillis() : timeoutMillis, d.workerHeapMb(), d.callsPerWorker(),
        d.maxTextChars(), commitSeconds == null ? d.commitIntervalMillis() : Math.max(1, (long) (commitSeconds * 1000)),
        progress != null ? progress : System.console() != null, keepImages);
    OcrRun run = new OcrRun(kase, opts, err);
    try (GracefulStop stop = new GracefulStop("istraga-ocr-stop", run::requestStop)) {
      OcrSummary s;
      try {
        s = run.run();
      } catch (TesseractInstall.Unavailable e) {
        throw new IstragaException(IstragaException.Kind.NOT_FOUND, e.getMessage(), e);
      }
      if (output.json()) {
        OutputOption.printJson(out, s);
      } else {
        print(out, kase, s);
      }
      return s.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
  }

  static void print(PrintWriter out, Case kase, OcrSummary s) {
    out.printf(Locale.ROOT, "%s %s in %.1f s: %d documents done (%d failed), %d pages read (%d failed), %.2f pages/s%n",
        s.interrupted() ? "Interrupted OCR of" : "OCR of", kase.root(), s.durationMillis() / 1000.0,
        s.documentsDone() + s.documentsFailed(), s.documentsFailed(), s.pagesRead(), s.pagesFailed(),
        s.pagesPerSecond());
    out.printf(Locale.ROOT, "%s, languages %s%n", s.tesseract(), s.languages());
    if (s.pending() > 0) {
      out.printf(Locale.ROOT, "OCR backlog: %d documents, %d pages%n", s.pending(), s.pendingPages());
    }
    if (s.interrupted()) {
      out.println("Run the same command again to finish.");
    }
    out.flush();
  }
}
