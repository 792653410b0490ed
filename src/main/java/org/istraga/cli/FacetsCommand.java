package org.istraga.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.istraga.cases.Case;
import org.istraga.search.CaseSearcher;
import org.istraga.search.FacetListing;
import org.istraga.search.FacetValue;
import org.istraga.search.SearchRequest;
import org.istraga.search.SearchSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga facets}: the values of one facet over a query's results, with exact counts. */
@Command(name = "facets", mixinStandardHelpOptions = true,
    description = {
      "List the values of one facet over every document matching QUERY (default: all), most frequent first, with exact counts. Without --facet, list the facets this case has.",
      "folder is hierarchical: the listing starts where folders branch; --under PATH lists the subfolders of PATH."
    })
public final class FacetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (default: every document).")
  List<String> query = new ArrayList<>();

  @Option(names = "--facet", paramLabel = "NAME", description = "The facet to list: type, ext, lang, script, year, month, author, producer, folder, from-domain, to-domain, status, ocr, kind, flag, tag, entity, org, iban, pib, mb, email, email-domain, phone, procurement-number, watchlist, money.currency...")
  String facet;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Values listed (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--filter", paramLabel = "NAME=VALUE", description = "Restrict as in 'istraga search' (repeatable).")
  List<String> filters = new ArrayList<>();

  @Option(names = "--under", paramLabel = "PATH", description = "For folder: list the subfolders of PATH.")
  String under;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (top < 1) {
      throw org.istraga.IstragaException.usage("--top must be at least 1, not " + top);
    }
    List<SearchRequest.Filter> parsed = new ArrayList<>();
    for (String f : filters) {
      parsed.add(SearchRequest.Filter.parse(f));
    }
    Case kase = caseOption.open();
    try (SearchSession session = SearchSession.open(kase)) {
      CaseSearcher searcher = session.searcher();
      if (facet == null) {
        Set<String> names = searcher.facetNames();
        if (output.json()) {
          OutputOption.printJson(out, Map.of("facets", names));
        } else {
          out.println("Facets of this case: " + String.join(", ", names));
          out.println("List one with: istraga facets --facet NAME [QUERY]");
        }
        out.flush();
        return ExitCode.OK;
      }
      FacetListing listing = searcher.facet(String.join(" ", query), parsed, facet, top, under);
      if (output.json()) {
        OutputOption.printJson(out, listing);
        return ExitCode.OK;
      }
      out.printf(Locale.ROOT, "%s over %s matching %s:%n", listing.facet(),
          TextFormat.plural(listing.total(), "document", "documents"), TextFormat.query(listing.query()));
      int width = 8;
      for (FacetValue v : listing.values()) {
        width = Math.max(width, TextFormat.count(v.count()).length());
      }
      for (FacetValue v : listing.values()) {
        out.printf(Locale.ROOT, "  %" + width + "s  %s%n", TextFormat.count(v.count()), v.value());
      }
      if (listing.values().isEmpty()) {
        out.println("  (no values)");
      }
      out.flush();
    }
    return ExitCode.OK;
  }
}
