package org.istraga.search;

import java.util.List;
import org.istraga.IstragaException;

/**
 * One search: the query text (Lucene classic syntax, see docs/search.md), facet filters, the
 * facets to count, the order and the page.
 *
 * @param query the query; blank means every document ({@code *:*})
 * @param filters {@code NAME=VALUE} restrictions: facet dimensions drill down (counts of that
 *     facet then ignore their own filter), other query fields are plain restrictions
 * @param facets facet dimensions to count over the whole result set
 * @param facetTop values listed per facet
 * @param sort result order
 * @param limit hits per page (1..{@value #MAX_LIMIT})
 * @param after cursor from the previous page's {@code next}, or null for the first page
 * @param snippets whether to compute highlighted snippets
 */
public record SearchRequest(
    String query, List<Filter> filters, List<String> facets, int facetTop, SortOrder sort, int limit,
    String after, boolean snippets) {

  /** Largest page; walk further with cursors. */
  public static final int MAX_LIMIT = 10_000;
  /** Snippets per hit. */
  public static final int SNIPPETS_PER_HIT = 3;

  /** One {@code NAME=VALUE} filter. */
  public record Filter(String name, String value) {
    /** Parses {@code NAME=VALUE}; USAGE error otherwise. */
    public static Filter parse(String spec) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw IstragaException.usage("--filter '" + spec + "' must be NAME=VALUE, e.g. --filter type=pdf");
      }
      return new Filter(spec.substring(0, eq).strip(), spec.substring(eq + 1).strip());
    }
  }

  public SearchRequest {
    query = query == null || query.isBlank() ? "*:*" : query;
    filters = filters == null ? List.of() : List.copyOf(filters);
    facets = facets == null ? List.of() : List.copyOf(facets);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw IstragaException.usage("--limit must be between 1 and " + MAX_LIMIT + " (page further with --after), not " + limit);
    }
    if (facetTop < 1) {
      throw IstragaException.usage("facet value count must be at least 1, not " + facetTop);
    }
  }

  /** A first page of {@code limit} hits by relevance with snippets, no facets or filters. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, List.of(), List.of(), 10, SortOrder.RELEVANCE, limit, null, true);
  }

  /** This request for the page after {@code cursor}. */
  public SearchRequest withAfter(String cursor) {
    return new SearchRequest(query, filters, facets, facetTop, sort, limit, cursor, snippets);
  }
}
