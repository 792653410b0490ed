package org.istraga.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.index.CaseIndex;
import org.istraga.index.EntityFields;
import org.istraga.search.CaseSearcher;
import org.istraga.search.FacetListing;
import org.istraga.search.FacetValue;
import org.istraga.search.TagLookupProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code istraga entities}: the most frequent entity values, with document counts. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    header = "List the most frequent firms, amounts, accounts, ids, e-mails... with document counts.",
    description = {
      "For every document matching QUERY (default: all), the most frequent values of each entity "
          + "type (or of the --type given), with the number of documents mentioning them. Cyrillic and "
          + "Latin spellings of one firm count as one value. Personal numbers (JMBG) are only counted, "
          + "never listed: find them with 'istraga search jmbg:NUMBER'. See docs/entities.md."
    })
public final class EntitiesCommand implements Callable<Integer> {

  /** The entity types whose values are never listed. */
  static final String SENSITIVE = "jmbg";
  /** Numeric types: counted here, explored with range queries. */
  static final Map<String, String> RANGE_HINTS = Map.of(
      "money", "search amounts with ranges: amount:[1000000 TO *] currency:EUR",
      "percent", "search with ranges: percent:[50 TO *]",
      "date", "search with ranges: date-mention:[2019-01-01 TO 2019-12-31]");

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (default: every document).")
  List<String> query = new ArrayList<>();

  @Option(names = "--type", paramLabel = "T",
      description = "Entity type (repeatable): org, money.currency, iban, bank-account, pib, mb, email, "
          + "email-domain, phone, url, domain, date, percent, procurement-number, contract-number, cpv, "
          + "watchlist... Default: every type present.")
  List<String> types = new ArrayList<>();

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Values per type (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw IstragaException.usage("--top must be at least 1, not " + top);
    }
    Case kase = caseOption.open();
    CaseSearcher.checkAnalysis(kase);
    String q = String.join(" ", query);
    Map<String, Object> result = new LinkedHashMap<>();
    PrintWriter out = spec.commandLine().getOut();
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      CaseSearcher searcher = new CaseSearcher(h.searcher(), TagLookupProvider.forCase(kase));
      FacetListing present = searcher.facet(q, List.of(), EntityFields.FACET_ENTITY, 1000, null);
      Map<String, Long> docsPerType = new LinkedHashMap<>();
      for (FacetValue v : present.values()) {
        docsPerType.put(v.value(), v.count());
      }
      List<String> wanted = types.isEmpty() ? new ArrayList<>(docsPerType.keySet()) : types;
      if (types.isEmpty() && docsPerType.containsKey("money")) {
        wanted.add(EntityFields.FACET_CURRENCY);
      }
      result.put("query", present.query());
      result.put("documents", present.total());
      Map<String, Object> byType = new LinkedHashMap<>();
      for (String type : wanted) {
        if (SENSITIVE.equals(type)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("documents", docsPerType.getOrDefault(type, 0L));
          m.put("note", "personal numbers are counted, not listed");
          byType.put(type, m);
          continue;
        }
        String rangeHint = RANGE_HINTS.get(type);
        if (rangeHint != null) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("documents", docsPerType.getOrDefault(type, 0L));
          m.put("note", rangeHint);
          byType.put(type, m);
          continue;
        }
        if (!searcher.facetNames().contains(type)) {
          if (!types.isEmpty()) {
            throw IstragaException.usage("unknown entity type '" + type + "'; types in this case: "
                + String.join(", ", docsPerType.keySet()));
          }
          continue;
        }
        FacetListing l = searcher.facet(q, List.of(), type, top, null);
        byType.put(type, l.values());
      }
      result.put("types", byType);
      if (output.json()) {
        OutputOption.printJson(out, result);
        return ExitCode.OK;
      }
      out.printf(Locale.ROOT, "Entities in %s matching %s:%n", TextFormat.plural(present.total(), "document", "documents"),
          TextFormat.query(present.query()));
      for (Map.Entry<String, Object> e : byType.entrySet()) {
        out.printf(Locale.ROOT, "%s%n", e.getKey());
        if (e.getValue() instanceof List<?> list) {
          for (Object o : list) {
            FacetValue v = (FacetValue) o;
            out.printf(Locale.ROOT, "  %8s  %s%n", TextFormat.count(v.count()), v.value());
          }
        } else {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) e.getValue();
          out.printf(Locale.ROOT, "  %8s  documents (%s)%n", TextFormat.count((Long) m.get("documents")), m.get("note"));
        }
      }
      out.flush();
    }
    return ExitCode.OK;
  }
}
