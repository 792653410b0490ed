package org.istraga.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.cases.Case;
import org.istraga.findings.Citation;
import org.istraga.findings.Findings;
import org.istraga.findings.FindingsJournal;
import org.istraga.findings.LineText;
import org.istraga.index.CaseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga citations}: list the recorded citations. */
@Command(name = "citations", mixinStandardHelpOptions = true,
    header = "List the case\u2019s citations.",
    description = {
      "List the case's citations (all, or those of one document), oldest first, with the findings "
          + "journal's chain state. --json prints every field of every citation."
    })
public final class CitationsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "Only the citations of this document.")
  String id;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Case kase = caseOption.open();
    Findings f = new FindingsJournal(kase.layout()).read();
    List<Citation> list = f.citations();
    if (id != null) {
      try (CaseIndex index = CaseIndex.openReader(kase)) {
        list = f.citationsOf(index.resolve(id));
      }
    }
    if (!f.integrity().intact()) {
      err.printf(Locale.ROOT, "istraga: warning: the findings journal's hash chain is broken (%d problems; first at line %d): "
          + "it was edited outside Istraga%n", f.integrity().problems().size(), f.integrity().problems().get(0).line());
      err.flush();
    }
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("citations", list);
      m.put("journal", f.integrity());
      OutputOption.printJson(out, m);
      return ExitCode.OK;
    }
    if (list.isEmpty()) {
      out.println("No citations yet (record one with 'istraga cite').");
    }
    for (Citation c : list) {
      out.printf(Locale.ROOT, "%s  %s p. %d  %s%n", c.key(), c.shortId(), c.page(),
          LineText.of(c.title() != null ? c.title() : c.paths().isEmpty() ? "" : c.paths().get(0)));
      out.printf(Locale.ROOT, "    \"%s\"%n", LineText.of(c.quote().replaceAll("\\s+", " ")));
      out.printf(Locale.ROOT, "    cited by %s at %s%n", LineText.of(c.user()), c.at());
    }
    out.flush();
    return ExitCode.OK;
  }
}
