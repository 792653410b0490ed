package org.istraga.provenance.forensics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One earlier revision of a PDF: the file as it was before a later incremental update, i.e. bytes
 * {@code [0, byteLength)} of the file. Ingest indexes these as child documents of kind {@code
 * revision} so that text that was later changed or removed stays searchable.
 *
 * @param index 1-based revision number (1 = the original document; the final revision, which is the
 *     file itself, is not listed)
 * @param byteLength length of the revision's bytes; it ends right after its {@code %%EOF} line
 * @param sha256 lower-case hex SHA-256 of bytes {@code [0, byteLength)}
 * @param text text extracted with PDFBox from those bytes; null if extraction failed (see error)
 * @param pageCount page count of that revision, or -1 if it could not be opened
 * @param textTruncated true if the text was cut at the configured limit
 * @param error why the revision could not be opened or its text extracted; null on success
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Revision(
    int index,
    long byteLength,
    String sha256,
    String text,
    int pageCount,
    boolean textTruncated,
    String error) {}
