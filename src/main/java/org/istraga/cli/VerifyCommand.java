package org.istraga.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.istraga.provenance.CustodyReport;
import org.istraga.provenance.CustodyVerifier;
import org.istraga.provenance.LedgerVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code istraga verify}: re-hash the evidence and check the custody ledger. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    header = "Re-hash the evidence and check the custody ledger (exit 1 if anything changed).",
    description = {
      "Check custody: re-hash every original still reachable and every stored child, and check the "
          + "custody ledger's hash chain. Names every file that is not as it was (modified, missing, new) "
          + "and locates any edited, removed or reordered ledger line. Exit 0 only when everything holds, "
          + "1 otherwise."
    })
public final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Option(names = "--threads", paramLabel = "N", description = "Parallel hashing workers (default: cores).")
  Integer threads;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on stderr (default: when stderr is a terminal).")
  Boolean progress;

  /**
   * Holds the case's write lock while verifying, so that no ingest changes the case meanwhile; a
   * case being written is refused (its uncommitted files would show as new, a false alarm). A
   * case on read-only media cannot be locked and is verified without the lock.
   */
  private static org.istraga.cases.CaseLock quietLock(org.istraga.cases.Case kase) {
    try {
      return org.istraga.cases.CaseLock.acquire(kase.layout(), "verify",
          "verify when it has finished: files it has not committed yet would show as new");
    } catch (org.istraga.IstragaException e) {
      if (e.kind() == org.istraga.IstragaException.Kind.BUSY) {
        throw e;
      }
      return null; // read-only media: nothing can write to the case either
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArgumentChecks.atLeast("--threads", threads, 1);
    boolean showProgress = progress != null ? progress : System.console() != null;
    org.istraga.cases.Case kase = caseOption.open();
    CustodyReport r;
    try (org.istraga.cases.CaseLock lock = quietLock(kase)) {
      r = new CustodyVerifier(kase, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
          showProgress ? err : null).verify();
    }
    if (output.json()) {
      OutputOption.printJson(out, r);
    } else {
      print(out, r);
    }
    return r.ok() ? ExitCode.OK : ExitCode.CHECK_FAILED;
  }

  private static void print(PrintWriter out, CustodyReport r) {
    LedgerVerifier.Result l = r.ledger();
    out.printf(Locale.ROOT, "Ledger: %d entries, chain %s, head %s%s%n", l.entries(),
        l.intact() ? "intact" : "BROKEN", l.head(),
        "incomplete".equals(r.ledgerTail()) ? " (last line incomplete: an interrupted run; the next ingest repairs it)" : "");
    for (LedgerVerifier.Problem p : l.problems()) {
      out.printf(Locale.ROOT, "  ledger line %d%s: %s%n", p.line(), p.seq() < 0 ? "" : " (seq " + p.seq() + ")",
          p.problem());
    }
    CustodyReport.Counts f = r.files();
    out.printf(Locale.ROOT, "Files: %d checked: %d unchanged, %d modified, %d missing, %d new (%.1f MB read)%n",
        f.checked(), f.unchanged(), f.modified(), f.missing(), f.added(), f.bytes() / 1e6);
    CustodyReport.Counts b = r.blobs();
    out.printf(Locale.ROOT, "Stored children: %d checked: %d unchanged, %d modified, %d missing%n",
        b.checked(), b.unchanged(), b.modified(), b.missing());
    for (CustodyReport.Finding x : r.problems()) {
      if (x.recordedPath() != null) {
        out.printf(Locale.ROOT, "  %-10s %-8s %s  (recorded at %s; same sha256 %s)%n", x.state().toUpperCase(Locale.ROOT),
            x.kind(), x.path(), x.recordedPath(), x.expectedSha256());
        continue;
      }
      out.printf(Locale.ROOT, "  %-10s %-8s %s%s%n", x.state().toUpperCase(Locale.ROOT), x.kind(), x.path(),
          x.expectedSha256() == null ? "" : "  (recorded sha256 " + x.expectedSha256()
              + (x.actualSha256() == null ? ")" : ", now " + x.actualSha256() + ")"));
    }
    out.println(r.ok() ? "OK: everything is as it was ingested." : "NOT OK: see the lines above.");
    out.flush();
  }
}
