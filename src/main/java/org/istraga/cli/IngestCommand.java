package org.istraga.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.ingest.IngestOptions;
import org.istraga.ingest.IngestRun;
import org.istraga.ingest.IngestSummary;
import org.istraga.ingest.OcrMode;
import org.istraga.ingest.tika.ExtractionLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga ingest}: turn files and folders into indexed documents. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    header = "Ingest files and folders: hash, extract, OCR, index; resumable.",
    description = {
      "Ingest files and folders into a case: hash, extract text and metadata from every file and "
          + "embedded child (archives, attachments, mailboxes), index, and record custody.",
      "Reruns resume interrupted work and only process new or changed files. Exit code 0 means the "
          + "run completed, even when some files got failure statuses (see 'istraga status')."
    })
public final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest (evidence roots).")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Parallel workers (default: number of cores).")
  Integer threads;

  @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
      description = "OCR of images and pages without text: auto, off or always (default: ${DEFAULT-VALUE}).")
  OcrMode ocr;

  @Option(names = "--ocr-lang", paramLabel = "LANGS", defaultValue = IngestOptions.DEFAULT_OCR_LANGUAGES,
      description = "Tesseract languages (default: ${DEFAULT-VALUE}).")
  String ocrLang;

  @Option(names = "--passwords", paramLabel = "FILE", description = "Passwords to try on encrypted files, one per line.")
  Path passwords;

  @Option(names = "--dkim-keys", paramLabel = "FILE",
      description = "DKIM public keys (DNS TXT records, one per line) to verify e-mail signatures offline.")
  Path dkimKeys;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per file (default: 180); a larger file gets it once more per 16 MiB, up to 10 times.")
  Long timeoutSeconds;

  @Option(names = "--max-text", paramLabel = "CHARS", description = "Characters of text kept per file (default: 20000000).")
  Integer maxText;

  @Option(names = "--max-depth", paramLabel = "N", description = "Nesting depth of embedded children (default: 12).")
  Integer maxDepth;

  @Option(names = "--max-children", paramLabel = "N", description = "Embedded children per file (default: 50000).")
  Integer maxChildren;

  @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Larger files are hashed, not parsed (default: 4 GiB).")
  Long maxFileSize;

  @Option(names = "--worker-heap", paramLabel = "MB", description = "Heap of each parser process (default: 1024).")
  Integer workerHeap;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Option(names = "--verbose", description = "Show the parsers' own warnings and errors on stderr (off by "
      + "default: every problem is recorded as the file's status and reason).")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // every value is checked before the case folder is created: a mistake leaves nothing behind
    ArgumentChecks.atLeast("--threads", threads, 1);
    ExtractionLimits limits = limits();
    if (passwords != null) {
      ArgumentChecks.inputFile("password file", passwords);
    }
    if (dkimKeys != null) {
      ArgumentChecks.inputFile("DKIM key file", dkimKeys);
      org.istraga.provenance.forensics.DkimKeys.load(dkimKeys);
      dkimKeys = dkimKeys.toAbsolutePath();
    }
    List<Path> roots = checkRoots();
    org.istraga.ingest.CaseEvidenceSeparation.requireApart(roots, caseOption.path());
    IngestOptions opts = new IngestOptions(roots,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        ocr, ocrLang, limits, passwords, dkimKeys, verbose ? "warn" : "off",
        progress != null ? progress : System.console() != null,
        IngestOptions.DEFAULT_COMMIT_INTERVAL_MILLIS);
    Case kase = caseOption.openOrCreate();
    IngestRun run = new IngestRun(kase, opts, err);
    try (GracefulStop stop = new GracefulStop("istraga-ingest-stop", run::requestStop)) {
      IngestSummary summary = run.run();
      if (output.json()) {
        OutputOption.printJson(out, summary);
      } else {
        printText(out, kase, summary);
      }
      return summary.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
  }

  private List<Path> checkRoots() {
    List<Path> roots = new ArrayList<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw IstragaException.notFound("path " + p + " does not exist; check the spelling or mount the evidence");
      }
      if (!Files.isReadable(abs)) {
        throw new IstragaException(IstragaException.Kind.IO, "path " + p + " is not readable; check its permissions");
      }
      roots.add(abs);
    }
    return roots;
  }

  private ExtractionLimits limits() {
    Long timeoutMillis = ArgumentChecks.secondsToMillis("--timeout", timeoutSeconds);
    ArgumentChecks.atLeast("--worker-heap", workerHeap, 1);
    ArgumentChecks.atLeast("--max-text", maxText, 1);
    ArgumentChecks.atLeast("--max-children", maxChildren, 1);
    ArgumentChecks.atLeast("--max-depth", maxDepth, 1);
    ArgumentChecks.atLeast("--max-file-size", maxFileSize, 1);
    ExtractionLimits d = ExtractionLimits.defaults();
    return new ExtractionLimits(
        timeoutMillis == null ? d.timeoutMillis() : timeoutMillis,
        workerHeap == null ? d.workerHeapMb() : workerHeap,
        maxText == null ? d.maxTextChars() : maxText,
        maxChildren == null ? d.maxChildren() : maxChildren,
        maxDepth == null ? d.maxDepth() : maxDepth,
        d.maxChildBytes(),
        maxFileSize == null ? d.maxFileBytes() : maxFileSize,
        d.maxCompressionRatio(),
        d.filesPerWorker());
  }

  private static void printText(PrintWriter out, Case kase, IngestSummary s) {
    String moved = s.filesMissingPresentElsewhere() > 0
        ? String.format(Locale.ROOT, " (%d of them present at another path)", s.filesMissingPresentElsewhere())
        : "";
    out.printf(Locale.ROOT, "%s %s in %.1f s: %d files seen (%d new, %d changed, %d unchanged, %d missing%s, %d skipped)%n",
        s.interrupted() ? "Interrupted ingest into" : "Ingested into", kase.root(), s.durationMillis() / 1000.0,
        s.filesSeen(), s.filesNew(), s.filesChanged(), s.filesUnchanged(), s.filesMissing(), moved, s.filesSkipped());
    out.printf(Locale.ROOT, "%d documents added (%d embedded children or revisions), %.1f MB read, %.1f files/s%n",
        s.documentsAdded(), s.childrenAdded(), s.bytesRead() / 1e6, s.filesPerSecond());
    if (!s.byStatus().isEmpty()) {
      long read = s.byStatus().values().stream().mapToLong(Long::longValue).sum();
      // counted per path read, so a content met at several paths counts at each (status counts documents)
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Statuses of the %d files and embedded items read:", read));
      for (Map.Entry<String, Long> e : s.byStatus().entrySet()) {
        sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(',');
      }
      sb.setLength(sb.length() - 1);
      out.println(sb);
    }
    if (!s.failures().isEmpty()) {
      out.println("Failures:");
      for (IngestSummary.Failure f : s.failures()) {
        out.printf(Locale.ROOT, "  %-15s %s%s%n", f.status(), TextFormat.visible(f.path()),
            f.reason() == null ? "" : " — " + TextFormat.visible(f.reason()));
      }
    }
    if (s.ocr() != null) {
      out.printf(Locale.ROOT, "OCR: %d documents (%d failed), %d pages read (%d failed) in %.1f s, %.2f pages/s%n",
          s.ocr().documentsDone() + s.ocr().documentsFailed(), s.ocr().documentsFailed(), s.ocr().pagesRead(),
          s.ocr().pagesFailed(), s.ocr().durationMillis() / 1000.0, s.ocr().pagesPerSecond());
    }
    if (s.ocrPending() > 0) {
      out.printf(Locale.ROOT, "OCR backlog: %d document%s (see 'istraga status')%n", s.ocrPending(),
          s.ocrPending() == 1 ? "" : "s");
    }
    if (s.interrupted()) {
      out.println("Run the same command again to finish.");
    }
    out.flush();
  }
}
