package org.istraga.search;

/**
 * One value of a facet and the number of documents of the result set that have it. For the
 * hierarchical {@code folder} facet the value is the full folder path.
 */
public record FacetValue(String value, long count) {}
