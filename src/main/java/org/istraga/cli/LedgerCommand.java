package org.istraga.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.cases.Case;
import org.istraga.provenance.CustodyLedger;
import org.istraga.provenance.LedgerVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code istraga ledger}: the custody ledger's head hash and chain state. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
    header = "Show the custody ledger; --head prints the hash that pins the case.",
    description = {
      "Show the custody ledger. With --head, print only the chain's current head hash: publish or "
          + "timestamp it elsewhere to pin the whole case; any later rewrite of the history changes it."
    })
public final class LedgerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Option(names = "--head", description = "Print only the head hash.")
  boolean head;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Case kase = caseOption.open();
    if (head) {
      String h = CustodyLedger.headOf(kase.layout().ledger());
      if (output.json()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ledger", kase.layout().ledger().toString());
        m.put("head", h);
        OutputOption.printJson(out, m);
        return ExitCode.OK;
      }
      out.println(h);
      out.flush();
      return ExitCode.OK;
    }
    LedgerVerifier.Result r = LedgerVerifier.verify(kase.layout().ledger(), null);
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ledger", kase.layout().ledger().toString());
      m.put("entries", r.entries());
      m.put("head", r.head());
      m.put("intact", r.intact());
      m.put("problems", r.problems());
      OutputOption.printJson(out, m);
    } else {
      out.printf(Locale.ROOT, "%s: %d entries, chain %s%nhead %s%n", kase.layout().ledger(), r.entries(),
          r.intact() ? "intact" : "BROKEN (run 'istraga verify' for details)", r.head());
      out.flush();
    }
    return r.intact() ? ExitCode.OK : ExitCode.CHECK_FAILED;
  }
}
