package org.istraga.findings;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A note on a document, or on one page of it.
 *
 * @param id the document's SHA-256
 * @param page 1-based page, or null for the whole document
 * @param text the note
 * @param user who wrote it
 * @param at when (ISO-8601 instant, the journal line's time)
 * @param seq the journal line
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Note(String id, Integer page, String text, String user, String at, long seq) {}
