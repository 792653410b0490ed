package org.istraga.search;

import java.util.List;

/**
 * One facet's values over a result set ({@code istraga facets --json} prints this object).
 *
 * @param query the query as given
 * @param total documents in the result set
 * @param facet the facet name
 * @param values top values with exact counts, most frequent first
 */
public record FacetListing(String query, long total, String facet, List<FacetValue> values) {}
