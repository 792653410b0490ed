package org.istraga.search;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One document in a result list ({@code --json} field names are stable, snake_case).
 *
 * @param id short id (first 12 hex characters of the SHA-256)
 * @param sha256 full id
 * @param title the document title, or its file name when it has none
 * @param paths every place the document was found, those still present first; embedded children as
 *     {@code container!/entry}
 * @param missingPaths those of {@code paths} where the file is no longer found (moved, deleted or
 *     replaced since it was ingested), or null when there are none
 * @param type type group (pdf, word, email...)
 * @param mediaType detected media type
 * @param date document date (ISO-8601), when known
 * @param size bytes
 * @param pages page count, when the format has pages
 * @param language language code, when detected
 * @param script cyrillic, latin, mixed or other
 * @param status extraction status
 * @param score relevance score (relevance order only)
 * @param snippets up to three passages with matched words, each with its page
 * @param tags tags from the findings journal
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchHit(
    String id, String sha256, String title, List<String> paths, List<String> missingPaths,
    String type, String mediaType,
    String date, Long size, Integer pages, String language, String script, String status, Float score,
    List<Snippet> snippets, List<String> tags) {}
