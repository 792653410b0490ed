package org.istraga.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLayout;
import org.istraga.export.BundleVerifier;
import org.istraga.findings.LineText;
import org.istraga.index.IndexSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga bundle verify}: check a bundle's hashes, citations and, with a case, custody. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    header = "Check a citation bundle: hashes, quotes, and custody against a case.",
    description = {
      "Check a citation bundle (folder or ZIP): every file against the BagIt manifests (SHA-256 and "
          + "SHA-512), every original against its document id, every citation's quote against the bundled "
          + "text, and the CSL-JSON, RIS, BibTeX and index against the citations. With --case DIR, also "
          + "every document against that case's custody ledger. Names every file that does not hold.",
      "Exit 0 when everything holds, 1 otherwise."
    })
public final class BundleVerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "PATH", description = "The bundle: its folder or ZIP file.")
  Path bundle;

  @Option(names = "--case", paramLabel = "DIR", description = "Also check against this case's custody ledger.")
  Path caseDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Case kase = caseDir == null ? null : Case.open(new CaseLayout(caseDir).root(), IndexSchema.caseSchema());
    BundleVerifier.Report r = BundleVerifier.verify(bundle.toAbsolutePath().normalize(), kase);
    if (output.json()) {
      OutputOption.printJson(out, r);
    } else {
      for (BundleVerifier.Problem p : r.problems()) {
        out.printf(Locale.ROOT, "FAILED %s%n", LineText.of(p.toString()));
      }
      out.printf(Locale.ROOT, "%s: %s, %s, %s%s; %s%n",
          r.ok() ? "OK" : "NOT OK (" + TextFormat.plural(r.problems().size(), "problem", "problems") + ")",
          TextFormat.plural(r.files(), "file", "files"), TextFormat.plural(r.documents(), "document", "documents"),
          TextFormat.plural(r.citations(), "citation", "citations"),
          r.caseChecked() ? ", checked against the case's custody ledger" : "",
          r.fingerprint() == null ? "no fingerprint (no tagmanifest-sha256.txt)" : "fingerprint " + r.fingerprint());
      out.flush();
    }
    return r.ok() ? ExitCode.OK : ExitCode.CHECK_FAILED;
  }
}
