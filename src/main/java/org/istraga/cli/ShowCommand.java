package org.istraga.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.search.CaseSearcher;
import org.istraga.search.DocumentView;
import org.istraga.search.TagLookup;
import org.istraga.search.TagLookupProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga show}: one document's metadata, places, family, entities and text. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {
      "Show one document: metadata, every path it was found at, the containers it sits in and the children extracted from it, status, pages, entities with their pages (JMBG masked) and flags; with --page N or --text, its text.",
      "ID is the short id from search or any unique prefix of at least 4 hex characters."
    })
public final class ShowCommand implements Callable<Integer> {

  /** Children listed in text output; JSON lists up to {@link DocumentView#MAX_CHILDREN}. */
  static final int TEXT_CHILDREN = 50;

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "ID", description = "Document id or unique prefix (at least 4 hex characters).")
  String id;

  @Option(names = "--page", paramLabel = "N", description = "Print the text of page N.")
  Integer page;

  @Option(names = "--text", description = "Print the whole text.")
  boolean text;

  @Option(names = "--show-sensitive", description = "Show personal numbers (JMBG) unmasked.")
  boolean showSensitive;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Case kase = caseOption.open();
    DocumentView view;
    TagLookup tags = TagLookupProvider.forCase(kase);
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      String sha = index.resolve(id);
      view = DocumentView.of(h, sha, page, text, showSensitive);
    }
    if (output.json()) {
      OutputOption.printJson(out, view);
      return ExitCode.OK;
    }
    if (page != null || text) {
      out.print(view.text());
      if (!view.text().endsWith("\n")) {
        out.println();
      }
      out.flush();
      return ExitCode.OK;
    }
    print(out, view, tags);
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, DocumentView v, TagLookup tags) {
    DocumentRecord r = v.document();
    out.printf(Locale.ROOT, "%s  %s%n", v.id(), TextFormat.visible(v.title()));
    row(out, "sha256", r.id);
    List<String> kind = new ArrayList<>();
    kind.add((r.typeGroup == null ? "?" : r.typeGroup) + (r.mediaType == null ? "" : " (" + r.mediaType + ")"));
    kind.add(TextFormat.size(r.size));
    if (r.pageCount != null) {
      kind.add(TextFormat.plural(r.pageCount, "page", "pages"));
    }
    row(out, "type", String.join(" · ", kind));
    row(out, "kind", r.kind);
    if (r.title != null && !r.title.isBlank()) {
      row(out, "title", r.title);
    }
    row(out, "date", r.date);
    row(out, "created", r.created);
    row(out, "modified", r.modified);
    if (!r.authors.isEmpty()) {
      row(out, "authors", String.join("; ", r.authors));
    }
    row(out, "last saved by", r.lastModifiedBy);
    row(out, "creator", r.creatorTool);
    row(out, "producer", r.producer);
    row(out, "company", r.company);
    row(out, "from", r.emailFrom);
    if (!r.emailTo.isEmpty()) {
      row(out, "to", String.join("; ", r.emailTo));
    }
    if (!r.emailCc.isEmpty()) {
      row(out, "cc", String.join("; ", r.emailCc));
    }
    if (!r.emailBcc.isEmpty()) {
      row(out, "bcc", String.join("; ", r.emailBcc));
    }
    if (!r.emailReplyTo.isEmpty()) {
      row(out, "reply to", String.join("; ", r.emailReplyTo));
    }
    row(out, "subject", r.subject);
    if (!r.inReplyTo.isEmpty()) {
      row(out, "in reply to", String.join(" ", r.inReplyTo));
    }
    if (r.thread != null) {
      row(out, "thread", r.thread + "  (istraga search 'thread:\"" + r.thread + "\"')");
    }
    if (r.language != null || r.script != null) {
      row(out, "language", (r.language == null ? "?" : r.language) + (r.script == null ? "" : " (" + r.script + ")"));
    }
    row(out, "status", r.status + (r.statusReason == null ? "" : " — " + r.statusReason));
    if (r.ocrPages.length > 0 || !"none".equals(r.ocrState)) {
      row(out, "ocr", r.ocrState + (r.ocrPages.length == 0 ? "" : ", pages " + joinInts(r.ocrPages)));
    }
    if (r.textTruncated) {
      row(out, "text", "cut at the configured limit (" + TextFormat.count(r.text.length()) + " characters kept)");
    }
    if (!r.flags.isEmpty()) {
      row(out, "flags", String.join(", ", r.flags));
    }
    List<String> tagList = new ArrayList<>(tags.tagsOf(r.id));
    if (!tagList.isEmpty()) {
      row(out, "tags", String.join(", ", tagList));
    }
    out.printf(Locale.ROOT, "%nPaths (%d):%n", r.occurrences.size());
    for (Occurrence o : r.occurrences) {
      out.printf(Locale.ROOT, "  %s%s%n", TextFormat.visible(o.path()), o.missing() ? "  (missing since the last ingest)" : "");
    }
    if (!v.parents().isEmpty()) {
      out.printf(Locale.ROOT, "%nInside (%d):%n", v.parents().size());
      for (DocumentView.Related p : v.parents()) {
        out.printf(Locale.ROOT, "  %s  %s  (%s)%n", p.id(), p.title() == null ? "?" : TextFormat.visible(p.title()), TextFormat.visible(p.path()));
      }
    }
    if (v.childrenTotal() > 0) {
      out.printf(Locale.ROOT, "%nChildren (%d):%n", v.childrenTotal());
      int shown = 0;
      for (DocumentView.Related c : v.children()) {
        if (shown++ == TEXT_CHILDREN) {
          out.printf(Locale.ROOT, "  ... and %d more (use --json, or search parent:%s)%n", v.childrenTotal() - TEXT_CHILDREN, v.id());
          break;
        }
        out.printf(Locale.ROOT, "  %s  %-12s %s%n", c.id(), c.type() == null ? "?" : c.type(), TextFormat.visible(c.path() == null ? c.title() : c.path()));
      }
    }
    printEntities(out, r.entities);
    out.printf(Locale.ROOT, "%nText: %s characters%s; print it with --text or --page N%n",
        TextFormat.count(v.textLength()), r.pageStarts.length > 0 ? " on " + TextFormat.plural(r.pageStarts.length, "page", "pages") : "");
    out.flush();
  }

  private static void printEntities(PrintWriter out, List<EntityMention> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    Map<String, TreeSet<Integer>> pages = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      String shown = m.display() != null && !m.display().isBlank() ? m.display() : m.value();
      String key = m.type() + "\u0000" + shown;
      pages.computeIfAbsent(key, k -> new TreeSet<>());
      if (m.page() > 0) {
        pages.get(key).add(m.page());
      }
      counts.merge(key, 1, Integer::sum);
    }
    out.printf(Locale.ROOT, "%nEntities (%d mentions, %d distinct):%n", mentions.size(), pages.size());
    for (Map.Entry<String, TreeSet<Integer>> e : pages.entrySet()) {
      String[] tv = e.getKey().split("\u0000", 2);
      String where = e.getValue().isEmpty() ? "" : "  p." + joinInts(e.getValue().stream().mapToInt(Integer::intValue).toArray());
      int n = counts.get(e.getKey());
      out.printf(Locale.ROOT, "  %-18s %s%s%s%n", tv[0], tv[1], n > 1 ? "  ×" + n : "", where);
    }
  }

  private static String joinInts(int[] values) {
    StringBuilder sb = new StringBuilder();
    for (int v : values) {
      sb.append(sb.length() == 0 ? "" : ", ").append(v);
    }
    return sb.toString();
  }

  private static void row(PrintWriter out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.printf(Locale.ROOT, "  %-14s %s%n", label, TextFormat.visible(value));
    }
  }
}
