package org.istraga.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.cases.Case;
import org.istraga.search.FacetValue;
import org.istraga.search.SearchHit;
import org.istraga.search.SearchRequest;
import org.istraga.search.SearchResult;
import org.istraga.search.SearchSession;
import org.istraga.search.Snippet;
import org.istraga.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga search}: full-text search with fields, facets, filters and paging. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
      "Search a case. Lucene query syntax: AND/OR/NOT, \"phrases\", \"near words\"~5, wild*, fuzzy~1, /regex/, (groups), field:value, field:[FROM TO UNTIL] and field:>N (also >=, <, <=). Words without an operator must all match.",
      "Case, accents and Cyrillic/Latin never matter (Ниш = Niš = Nis); exact:Niš keeps them.",
      "Fields: text exact title subject author producer company from to path name type ext mime lang script status flag ocr kind id parent depth year date size pages tag org watchlist iban bank-account pib mb jmbg phone email email-domain url domain procurement contract cpv date-mention amount currency percent.",
      "Start a query with '--' when it begins with '-'. See docs/search.md."
    })
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (words are joined with spaces); default: every document.")
  List<String> query = new ArrayList<>();

  @Option(names = "--facet", paramLabel = "NAME", description = "Count this facet over all results (repeatable).")
  List<String> facets = new ArrayList<>();

  @Option(names = "--facet-top", paramLabel = "N", defaultValue = "10", description = "Values shown per facet (default: ${DEFAULT-VALUE}).")
  int facetTop;

  @Option(names = "--filter", paramLabel = "NAME=VALUE", description = "Keep documents with this facet value or field value (repeatable; same name: any of the values).")
  List<String> filters = new ArrayList<>();

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", description = "relevance, date (newest first), date-asc, size, size-asc or path (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits per page, at most 10000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--after", paramLabel = "CURSOR", description = "Continue after the page that printed this cursor.")
  String after;

  @Option(names = "--no-snippets", description = "Skip snippets (faster when streaming many hits).")
  boolean noSnippets;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ArgumentChecks.atLeast("--facet-top", facetTop, 1);
    List<SearchRequest.Filter> parsedFilters = new ArrayList<>();
    for (String f : filters) {
      parsedFilters.add(SearchRequest.Filter.parse(f));
    }
    SearchRequest req = new SearchRequest(String.join(" ", query), parsedFilters, facets, facetTop,
        SortOrder.of(sort), limit, after, !noSnippets);
    Case kase = caseOption.open();
    SearchResult result;
    try (SearchSession session = SearchSession.open(kase)) {
      result = session.searcher().search(req);
    }
    if (output.json()) {
      OutputOption.printJson(out, result);
    } else {
      printText(out, result);
    }
    if (result.total() == 0) {
      String hint = OperatorHint.of(req.query());
      if (hint != null) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("istraga: " + hint);
        err.flush();
      }
    }
    return ExitCode.OK;
  }

  private void printText(PrintWriter out, SearchResult r) {
    long first = r.offset() + 1;
    long last = r.offset() + r.hits().size();
    out.printf(Locale.ROOT, "%s %s %s%s, by %s%n", TextFormat.plural(r.total(), "document", "documents"),
        r.total() == 1 ? "matches" : "match", TextFormat.query(r.query()), r.hits().isEmpty() ? "" : String.format(Locale.ROOT, " (showing %d-%d)", first, last), r.sort());
    long n = r.offset();
    for (SearchHit hit : r.hits()) {
      n++;
      out.println();
      out.printf(Locale.ROOT, "%3d  %s  %s%s%n", n, hit.id(), TextFormat.visible(hit.title()),
          hit.score() == null ? "" : String.format(Locale.ROOT, "   (score %.2f)", hit.score()));
      if (!hit.paths().isEmpty()) {
        int more = hit.paths().size() - 1;
        boolean gone = hit.missingPaths() != null && hit.missingPaths().size() == hit.paths().size();
        out.printf(Locale.ROOT, "     %s%s%s%n", TextFormat.visible(hit.paths().get(0)), gone ? "  (missing)" : "",
            more > 0 ? "  (+" + TextFormat.plural(more, "more path", "more paths") + ")" : "");
      }
      List<String> facts = new ArrayList<>();
      facts.add(hit.type() == null ? "?" : hit.type());
      facts.add(TextFormat.date(hit.date()));
      facts.add(TextFormat.size(hit.size()));
      if (hit.pages() != null) {
        facts.add(TextFormat.plural(hit.pages(), "page", "pages"));
      }
      if (hit.language() != null) {
        facts.add(hit.language() + (hit.script() == null ? "" : "/" + hit.script()));
      }
      if (hit.status() != null && !"ok".equals(hit.status())) {
        facts.add("status " + hit.status());
      }
      if (hit.tags() != null) {
        facts.add("tags " + TextFormat.visible(String.join(",", hit.tags())));
      }
      out.printf(Locale.ROOT, "     %s%n", String.join(" · ", facts));
      for (Snippet s : hit.snippets()) {
        out.printf(Locale.ROOT, "     %-6s %s%n", s.page() == null ? "" : "p." + s.page(), TextFormat.visible(s.text().replaceAll("[\r\n\t]+", " ")));
      }
    }
    if (!r.facets().isEmpty()) {
      out.println();
      out.println("Facets:");
      for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
        StringBuilder sb = new StringBuilder();
        for (FacetValue v : e.getValue()) {
          sb.append(sb.length() == 0 ? "" : " · ").append(v.value()).append(' ').append(TextFormat.count(v.count()));
        }
        out.printf(Locale.ROOT, "  %s: %s%n", e.getKey(), sb.length() == 0 ? "(none)" : sb);
      }
    }
    if (r.next() != null) {
      out.println();
      out.printf(Locale.ROOT, "Next page: add --after %s%n", r.next());
    }
    out.flush();
  }
}
