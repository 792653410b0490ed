package org.istraga.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.findings.Citation;
import org.istraga.findings.Citer;
import org.istraga.findings.Findings;
import org.istraga.findings.FindingsJournal;
import org.istraga.findings.LineText;
import org.istraga.findings.UserName;
import org.istraga.index.CaseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga cite}: record a quotation, only if it really is on that page. */
@Command(name = "cite", mixinStandardHelpOptions = true,
    header = "Cite exact words on one page of a document (checked against the text).",
    description = {
      "Record a citation: the exact words on one page of a document. The quote is checked against "
          + "the page's extracted text, tolerating case, accents, Cyrillic/Latin script, whitespace, line "
          + "breaks and hyphenation; the citation keeps the text exactly as extracted, with its offsets, "
          + "the document's SHA-256, paths, title, authors and dates. A quote that is not on the page is "
          + "refused (exit 1) with the page it is on, or the closest passage."
    })
public final class CiteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(index = "0", paramLabel = "ID", description = "Document id or unique prefix.")
  String id;

  @Option(names = "--page", paramLabel = "N", description = "1-based page (may be left out for documents without pages).")
  Integer page;

  @Option(names = "--quote", paramLabel = "TEXT", required = true, description = "The exact words quoted.")
  String quote;

  @Option(names = "--user", paramLabel = "NAME", description = "Who cites (default: the system user name).")
  String user;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Case kase = caseOption.open();
    DocumentRecord r = CaseIndex.record(kase, id);
    String who = UserName.resolve(user);
    Citation c = new Citer().cite(r, page, quote, who);
    FindingsJournal journal = new FindingsJournal(kase.layout());
    Findings before = journal.read();
    Citation existing = before.citation(c.key());
    boolean recorded = existing == null || !existing.quote().equals(c.quote());
    if (recorded) {
      journal.append(List.of(FindingsJournal.citationEntry(c)));
    }
    Citation shown = recorded ? c : existing;
    if (output.json()) {
      OutputOption.printJson(out, shown);
      return ExitCode.OK;
    }
    out.printf(Locale.ROOT, "%s %s: page %d of %s (%s), characters %d-%d%n", recorded ? "Cited" : "Already cited as",
        shown.key(), shown.page(), shown.shortId(), LineText.of(shown.title() == null ? shown.paths().get(0) : shown.title()),
        shown.start(), shown.end());
    out.printf(Locale.ROOT, "  \"%s\"%n", LineText.of(shown.quote().replaceAll("\\s+", " ")));
    if (shown.ocr()) {
      out.println("  (the page's text came from OCR: check the quote against the page image)");
    }
    out.flush();
    return ExitCode.OK;
  }
}
