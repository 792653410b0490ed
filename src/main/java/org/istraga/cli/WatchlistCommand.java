package org.istraga.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.ingest.EntityRetagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga watchlist}: load names to watch for and re-tag the case. */
@Command(name = "watchlist", mixinStandardHelpOptions = true,
    header = "Load a watchlist of names and firms and re-tag the case.",
    description = {
      "Load a watchlist (one name or firm per line, aliases after tabs, '#' comments) into the case "
          + "and re-tag every document without re-ingesting. Matches ignore case, diacritics and script "
          + "(Ђорђе = Đorđe = Djordje) and become entities of type watchlist with the first column's name, "
          + "searchable as watchlist:NAME and as a facet. Later ingests apply the same watchlist."
    })
public final class WatchlistCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "FILE", description = "The watchlist file (UTF-8).")
  Path file;

  @Override
  public Integer call() {
    ArgumentChecks.inputFile("watchlist file", file);
    EntityRetagger.Result r = EntityRetagger.loadAndRetag(caseOption.open(), file);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entries", r.watchlistEntries());
      m.put("documents", r.documents());
      m.put("documents_with_hits", r.documentsWithWatchlistHits());
      m.put("mentions", r.mentions());
      OutputOption.printJson(out, m);
    } else {
      out.printf(Locale.ROOT, "Watchlist of %d entries loaded; %d documents re-tagged, %d with hits (%d mentions).%n",
          r.watchlistEntries(), r.documents(), r.documentsWithWatchlistHits(), r.mentions());
      out.flush();
    }
    return ExitCode.OK;
  }
}
