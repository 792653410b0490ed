package org.istraga.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.findings.Citer;
import org.istraga.findings.FindingsJournal;
import org.istraga.findings.LineText;
import org.istraga.findings.Note;
import org.istraga.findings.UserName;
import org.istraga.index.CaseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga note}: write a note on a document or one of its pages, or list its notes. */
@Command(name = "note", mixinStandardHelpOptions = true,
    header = "Write a note on a document or one of its pages.",
    description = {
      "Write a note on a document (id or unique prefix), or on one page with --page N. Notes are kept "
          + "in the case's findings journal with who wrote them and when; they survive re-ingesting.",
      "Without TEXT: list the document's notes (with --page N, only the notes on that page)."
    })
public final class NoteCommand implements Callable<Integer> {

  /** Longest note accepted, in characters. */
  static final int MAX_NOTE = 100_000;

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(index = "0", paramLabel = "ID", description = "Document id or unique prefix.")
  String id;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "TEXT", description = "The note (words are joined with spaces).")
  List<String> words = List.of();

  @Option(names = "--page", paramLabel = "N", description = "The page the note is about.")
  Integer page;

  @Option(names = "--user", paramLabel = "NAME", description = "Who writes (default: the system user name).")
  String user;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Case kase = caseOption.open();
    FindingsJournal journal = new FindingsJournal(kase.layout());
    DocumentRecord r = CaseIndex.record(kase, id);
    if (page != null) {
      checkPage(r);
    }
    if (words.isEmpty()) {
      List<Note> notes = journal.read().notesOf(r.id);
      if (page != null) {
        notes = notes.stream().filter(n -> page.equals(n.page())).toList();
      }
      return list(out, notes, r);
    }
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw IstragaException.usage("empty note: give the text after the id");
    }
    if (text.length() > MAX_NOTE) {
      throw IstragaException.usage("note is " + text.length() + " characters; the limit is " + MAX_NOTE
          + " (keep long texts in a file and note where it is)");
    }
    String who = UserName.resolve(user);
    String head = journal.append(List.of(FindingsJournal.noteEntry(r.id, page, text, who)));
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id);
      m.put("page", page);
      m.put("text", text);
      m.put("user", who);
      m.put("journal_head", head);
      OutputOption.printJson(out, m);
    } else {
      out.printf(Locale.ROOT, "Noted on %s%s.%n", r.shortId(), page == null ? "" : " page " + page);
      out.flush();
    }
    return ExitCode.OK;
  }

  private void checkPage(DocumentRecord r) {
    int pages = r.pageStarts.length > 0 ? r.pageStarts.length : r.pageCount == null ? 0 : r.pageCount;
    if (page < 1 || page > Math.max(1, pages)) {
      throw Citer.noSuchPage(r.shortId(), pages, page);
    }
  }

  private int list(PrintWriter out, List<Note> notes, DocumentRecord r) {
    if (output.json()) {
      OutputOption.printJson(out, Map.of("id", r.id, "notes", notes));
      return ExitCode.OK;
    }
    if (notes.isEmpty()) {
      out.printf(Locale.ROOT, "No notes on %s%s.%n", r.shortId(), page == null ? "" : " page " + page);
    }
    for (Note n : notes) {
      out.printf(Locale.ROOT, "%s %s%s: %s%n", n.at(), n.user(), n.page() == null ? "" : " (page " + n.page() + ")", LineText.of(n.text()));
    }
    out.flush();
    return ExitCode.OK;
  }
}
