package org.istraga.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.search.CaseSearcher;
import org.istraga.search.SearchSession;
import org.istraga.search.TermReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga hits}: a term report, one query per line of a file. */
@Command(name = "hits", mixinStandardHelpOptions = true,
    description = {
      "Run every query of TERMS_FILE (one per line, full search syntax; blank lines and lines starting with # are skipped) and report for each: documents hit, occurrences in the text, documents hit by that line alone, and the best ids.",
      "A bad line is reported with its line number and the rest runs; the exit code is then 2 after the full report."
    })
public final class HitsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "TERMS_FILE", description = "UTF-8 text file, one query per line.")
  Path termsFile;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the report as CSV to FILE.")
  Path csv;

  @Option(names = "--ids", paramLabel = "N", defaultValue = "5", description = "Ids listed per line (default: ${DEFAULT-VALUE}).")
  int ids;

  @Option(names = "--no-occurrences", description = "Skip counting occurrences (faster on very frequent terms).")
  boolean noOccurrences;

  @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (ids < 0) {
      throw IstragaException.usage("--ids must be 0 or more, not " + ids);
    }
    ArgumentChecks.inputFile("terms file", termsFile);
    if (csv != null) {
      ArgumentChecks.outputFile("--csv", csv);
    }
    Case kase = caseOption.open();
    boolean showProgress = progress != null ? progress : System.console() != null;
    TermReport.Summary summary;
    try (SearchSession session = SearchSession.open(kase); BufferedReader in = open(termsFile)) {
      CaseSearcher searcher = session.searcher();
      long[] lastPrint = {0};
      summary = new TermReport(searcher, ids, !noOccurrences).run(in, (line, queries, errors) -> {
        long now = System.nanoTime();
        if (showProgress && now - lastPrint[0] > 500_000_000L) {
          lastPrint[0] = now;
          err.printf(Locale.ROOT, "\rhits: line %,d, %,d queries, %,d errors", line, queries, errors);
          err.flush();
        }
      });
      if (showProgress) {
        err.printf(Locale.ROOT, "\rhits: %,d lines, %,d queries, %,d errors%n", summary.lines(), summary.queries(), summary.errors());
        err.flush();
      }
    } catch (java.io.UncheckedIOException e) {
      throw IstragaException.io("cannot read " + termsFile + ": " + e.getCause().getMessage(), e);
    }
    if (output.json()) {
      OutputOption.printJson(out, summary);
    } else {
      printText(out, summary);
    }
    for (TermReport.Row r : summary.rows()) {
      if (r.error() != null) {
        err.printf(Locale.ROOT, "istraga: %s line %d: %s%n", termsFile, r.line(), r.error());
      }
    }
    err.flush();
    if (csv != null) { // after the report: a failing --csv loses nothing already computed
      writeCsv(csv, summary);
    }
    return summary.errors() > 0 ? ExitCode.USAGE : ExitCode.OK;
  }

  private static BufferedReader open(Path file) {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw IstragaException.notFound("terms file " + file + " does not exist");
    } catch (IOException e) {
      throw IstragaException.io("cannot read terms file " + file + ": " + e.getMessage(), e);
    }
  }

  private static void printText(PrintWriter out, TermReport.Summary s) {
    out.printf(Locale.ROOT, "%s, %s, %s hit by any line%n", TextFormat.plural(s.queries(), "query", "queries"),
        TextFormat.plural(s.errors(), "error", "errors"), TextFormat.plural(s.documentsHit(), "document", "documents"));
    out.printf(Locale.ROOT, "%6s %10s %12s %10s  %-40s %s%n", "line", "documents", "occurrences", "only this", "query", "best ids");
    for (TermReport.Row r : s.rows()) {
      if (r.error() != null) {
        out.printf(Locale.ROOT, "%6d %10s %12s %10s  %-40s %s%n", r.line(), "-", "-", "-", r.query(), "ERROR " + r.error());
        continue;
      }
      out.printf(Locale.ROOT, "%6d %10s %12s %10s  %-40s %s%n", r.line(), TextFormat.count(r.documents()),
          r.occurrences() == null ? "-" : TextFormat.count(r.occurrences()), TextFormat.count(r.uniqueDocuments()),
          r.query(), String.join(" ", r.firstIds()));
    }
    out.flush();
  }

  private static void writeCsv(Path file, TermReport.Summary s) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("line,query,documents,occurrences,unique_documents,first_ids,error\n");
      for (TermReport.Row r : s.rows()) {
        w.write(r.line() + "," + csvField(r.query()) + ","
            + (r.error() == null ? r.documents() : "") + ","
            + (r.error() == null && r.occurrences() != null ? r.occurrences() : "") + ","
            + (r.error() == null ? r.uniqueDocuments() : "") + ","
            + csvField(String.join(" ", r.firstIds())) + ","
            + csvField(r.error() == null ? "" : r.error()) + "\n");
      }
    } catch (IOException e) {
      throw IstragaException.io("cannot write --csv " + file + ": " + reason(e) + "; the report above is complete, "
          + "choose a writable path for --csv", e);
    }
  }

  /** The reason of an I/O failure without the path that {@link java.nio.file.FileSystemException} repeats. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException fse) {
      return fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage();
  }

  /** RFC 4180 quoting; cells that a spreadsheet would run as formulas are prefixed with '. */
  static String csvField(String v) {
    String s = v;
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
