package org.istraga.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A passage of a document's text around matched words.
 *
 * @param page 1-based page of the first matched word, or null when the text has no pages
 * @param text the passage with matched words between {@code **}; whitespace collapsed; a leading
 *     or trailing {@code …} marks a cut
 * @param plain the same passage without marks
 * @param marks {@code [start, end)} of each matched span in {@code plain}
 * @param offset character offset in the document text where the passage starts
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Snippet(Integer page, String text, String plain, List<int[]> marks, int offset) {}
