package org.istraga.findings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A checked quotation from one page of one document: what {@code istraga cite} records.
 *
 * <p>The quote is pinned three ways: by the document's SHA-256 (the bytes), by the exact text with
 * up to {@link Citer#CONTEXT} characters before and after it on the same page (a W3C Web
 * Annotation {@code TextQuoteSelector} scoped to the page), and by character offsets (UTF-16 code
 * units, as Java and JavaScript count) in the document text and in the page text.
 *
 * @param key stable citation key, {@code ist-<short id>-p<page>-<start>} (CSL id, BibTeX key, RIS ID)
 * @param sha256 the document's SHA-256 (its id)
 * @param shortId the first 12 hex characters of it
 * @param page 1-based page; 1 for documents without pages (see {@code paged})
 * @param paged false when the document has no page layout (e-mail, plain text...)
 * @param pageCount the document's page count, when known
 * @param quote the exact text as it appears in the extracted text (line breaks included)
 * @param prefix text right before the quote on the same page (up to 32 characters)
 * @param suffix text right after the quote on the same page (up to 32 characters)
 * @param start offset of the quote in the document text
 * @param end offset after the quote in the document text
 * @param pageStart offset of the quote in the page text
 * @param pageEnd offset after the quote in the page text
 * @param ocr true when the page's text came from OCR (check it against the page image)
 * @param paths every place the document was found (files, or {@code container!/entry})
 * @param title the document's title, when it has one
 * @param authors the document's authors (from its metadata)
 * @param created creation date (ISO-8601), when known
 * @param modified modification date (ISO-8601), when known
 * @param date the document's best date (sent, created, modified)
 * @param mediaType the document's media type
 * @param user who cited it
 * @param at when (ISO-8601 instant; the journal line's time)
 * @param requestedQuote the quote as typed, when it differs from {@code quote}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
    String key, String sha256, String shortId, int page, boolean paged, Integer pageCount,
    String quote, String prefix, String suffix, int start, int end, int pageStart, int pageEnd,
    boolean ocr, List<String> paths, String title, List<String> authors, String created,
    String modified, String date, String mediaType, String user, String at, String requestedQuote) {

  public Citation {
    paths = paths == null ? List.of() : List.copyOf(paths);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** The same citation with its time set (from the journal line). */
  public Citation withAt(String when) {
    return new Citation(key, sha256, shortId, page, paged, pageCount, quote, prefix, suffix, start, end,
        pageStart, pageEnd, ocr, paths, title, authors, created, modified, date, mediaType, user, when,
        requestedQuote);
  }

  /** The same citation without author names (for bundles written with --strip-metadata). */
  public Citation withoutAuthors() {
    return new Citation(key, sha256, shortId, page, paged, pageCount, quote, prefix, suffix, start, end,
        pageStart, pageEnd, ocr, paths, title, List.of(), created, modified, date, mediaType, user, at,
        requestedQuote);
  }

  /** The citation key for a quote at {@code start} on {@code page} of a document. */
  public static String keyOf(String shortId, int page, int start) {
    return "ist-" + shortId + "-p" + page + "-" + start;
  }
}
