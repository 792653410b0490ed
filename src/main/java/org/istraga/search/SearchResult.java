package org.istraga.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A page of results ({@code istraga search --json} prints exactly this object).
 *
 * @param query the query as given
 * @param total documents matching the query and filters (exact)
 * @param sort the order
 * @param offset hits before this page (0 on the first page)
 * @param hits this page
 * @param facets facet name to its top values with exact counts
 * @param next cursor for {@code --after}; absent on the last page
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchResult(
    String query, long total, String sort, long offset, List<SearchHit> hits,
    Map<String, List<FacetValue>> facets, String next) {}
