package org.istraga.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.findings.Findings;
import org.istraga.findings.FindingsJournal;
import org.istraga.findings.QueryIds;
import org.istraga.findings.TagNames;
import org.istraga.findings.UserName;
import org.istraga.index.CaseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga tag}: add or remove tags on documents, or list them. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    header = "Add or remove tags on documents or on every hit of a query.",
    description = {
      "Tag documents: give ids (full or a unique prefix) and/or --query to tag every match, with "
          + "--add TAG and/or --remove TAG (repeatable). Tags are kept in the case's findings journal, not "
          + "in the index: they survive re-ingesting and work in 'tag:NAME' queries at once. Case, accents "
          + "and script do not matter in tag names (Hitno = hitno = ХИТНО). Works while an ingest runs.",
      "Without --add/--remove: show the tags of the given documents, or with --list every tag."
    })
public final class TagCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Document ids or unique prefixes.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--add", paramLabel = "TAG", description = "Tag to add (repeatable).")
  List<String> add = new ArrayList<>();

  @Option(names = "--remove", paramLabel = "TAG", description = "Tag to remove (repeatable).")
  List<String> remove = new ArrayList<>();

  @Option(names = "--query", paramLabel = "Q", description = "Also (un)tag every document matching this query.")
  String query;

  @Option(names = "--user", paramLabel = "NAME", description = "Who tags (default: the system user name).")
  String user;

  @Option(names = "--list", description = "List every tag with its number of documents.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Case kase = caseOption.open();
    FindingsJournal journal = new FindingsJournal(kase.layout());
    if (list) {
      return list(out, journal.read());
    }
    if (add.isEmpty() && remove.isEmpty()) {
      if (ids.isEmpty() || query != null) {
        throw IstragaException.usage("nothing to do: give --add TAG or --remove TAG with ids or --query, "
            + "ids alone to show their tags, or --list");
      }
      return show(out, kase, journal.read());
    }
    List<String> adds = clean(add);
    List<String> removes = clean(remove);
    for (String a : adds) {
      for (String r : removes) {
        if (TagNames.key(a).equals(TagNames.key(r))) {
          throw IstragaException.usage("tag '" + a + "' is both added and removed; give it once");
        }
      }
    }
    if (ids.isEmpty() && query == null) {
      throw IstragaException.usage("no documents: give ids or --query Q");
    }
    String who = UserName.resolve(user);
    Set<String> targets = new LinkedHashSet<>();
    try (CaseIndex index = CaseIndex.openReader(kase)) {
      for (String id : ids) {
        targets.add(index.resolve(id));
      }
      if (query != null) {
        QueryIds q = new QueryIds(journal.read());
        try (CaseIndex.Handle h = index.searcher()) {
          targets.addAll(q.ids(h, query));
        }
      }
    }
    List<String> targetList = new ArrayList<>(targets);
    if (targets.isEmpty()) {
      if (output.json()) {
        OutputOption.printJson(out, result(adds, removes, 0, who, null));
      } else {
        out.printf(Locale.ROOT, "No document matches '%s'; nothing tagged.%n", query);
        out.flush();
      }
      return ExitCode.OK;
    }
    List<FindingsJournal.Entry> entries = new ArrayList<>();
    for (String a : adds) {
      entries.addAll(FindingsJournal.tagEntries("add", a, targetList, who, query));
    }
    for (String r : removes) {
      entries.addAll(FindingsJournal.tagEntries("remove", r, targetList, who, query));
    }
    String head = journal.append(entries);
    if (output.json()) {
      OutputOption.printJson(out, result(adds, removes, targetList.size(), who, head));
    } else {
      for (String a : adds) {
        out.printf(Locale.ROOT, "Tagged %d document%s with '%s'.%n", targetList.size(), targetList.size() == 1 ? "" : "s", a);
      }
      for (String r : removes) {
        out.printf(Locale.ROOT, "Removed tag '%s' from %d document%s.%n", r, targetList.size(), targetList.size() == 1 ? "" : "s");
      }
      out.flush();
    }
    return ExitCode.OK;
  }

  /** The JSON result; {@code head} is null when nothing was written to the journal. */
  private static Map<String, Object> result(List<String> adds, List<String> removes, int documents, String who,
      String head) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("added", adds);
    m.put("removed", removes);
    m.put("documents", documents);
    m.put("user", who);
    m.put("journal_head", head);
    return m;
  }

  private static List<String> clean(List<String> tags) {
    List<String> out = new ArrayList<>();
    for (String t : tags) {
      out.add(TagNames.clean(t));
    }
    return out;
  }

  private int list(PrintWriter out, Findings f) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : f.tags().entrySet()) {
      counts.put(e.getKey(), e.getValue().size());
    }
    if (output.json()) {
      OutputOption.printJson(out, Map.of("tags", counts));
      return ExitCode.OK;
    }
    if (counts.isEmpty()) {
      out.println("No tags yet.");
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      out.printf(Locale.ROOT, "%7d  %s%n", e.getValue(), e.getKey());
    }
    out.flush();
    return ExitCode.OK;
  }

  private int show(PrintWriter out, Case kase, Findings f) throws Exception {
    Map<String, Object> byId = new LinkedHashMap<>();
    try (CaseIndex index = CaseIndex.openReader(kase)) {
      for (String id : ids) {
        String full = index.resolve(id);
        byId.put(full, new ArrayList<>(f.tagsOf(full)));
      }
    }
    if (output.json()) {
      OutputOption.printJson(out, Map.of("tags", byId));
      return ExitCode.OK;
    }
    for (Map.Entry<String, Object> e : byId.entrySet()) {
      @SuppressWarnings("unchecked")
      List<String> tags = (List<String>) e.getValue();
      out.printf(Locale.ROOT, "%s  %s%n", e.getKey().substring(0, 12), tags.isEmpty() ? "(no tags)" : String.join(", ", tags));
    }
    out.flush();
    return ExitCode.OK;
  }
}
