package org.istraga.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.findings.CaseCopy;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;

/** A private copy of the sample case with two citations (contract p. 3, English summary). */
final class BundleFixture {

  final Path caseDir;
  final DocumentRecord contract;
  final DocumentRecord summary;

  BundleFixture(Path tmp) throws Exception {
    caseDir = CaseCopy.ofSamples(tmp.resolve("case"));
    CaseRecords recs = CaseRecords.read(caseDir);
    contract = recs.byPathSuffix("Ugovor-404-02-117-2019-06-cirilica.pdf");
    summary = recs.byPathSuffix("Safe-City-eLTE-deal-summary-EN.pdf");
    var phrase = SampleCase.facts().at("/contract/page3Phrase");
    cite(contract.id, phrase.get("page").asText(), phrase.get("latin").asText());
    cite(summary.id, "1", SampleCase.facts().at("/summary/phrases/6").asText());
    Cli.Result t = Cli.run("tag", "--case", caseDir.toString(), contract.id, summary.id, "--add", "objava");
    assertEquals(ExitCode.OK, t.code(), t.toString());
  }

  private void cite(String id, String page, String quote) {
    Cli.Result r = Cli.run("cite", "--case", caseDir.toString(), id, "--page", page, "--quote", quote, "--user", "ana");
    assertEquals(ExitCode.OK, r.code(), r.toString());
  }

  Cli.Result export(String... extra) {
    String[] base = {"export", "--case", caseDir.toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Cli.run(all);
  }
}
