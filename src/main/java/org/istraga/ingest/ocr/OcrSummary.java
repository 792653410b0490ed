package org.istraga.ingest.ocr;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What one run of the OCR stage did.
 *
 * @param documentsDone documents whose OCR finished (text merged, state {@code done})
 * @param documentsFailed documents where no page could be read (state {@code failed})
 * @param pagesRead pages (or image frames) that got OCR text
 * @param pagesFailed pages that could not be read
 * @param pending documents still waiting for OCR after the run
 * @param pendingPages pages of those documents
 * @param durationMillis wall-clock time of the stage
 * @param interrupted true when the run was stopped before the backlog was done
 * @param tesseract Tesseract's version line, or null when it was not available
 * @param languages languages used
 * @param skippedReason why OCR did not run at all (Tesseract missing...), or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OcrSummary(
    long documentsDone,
    long documentsFailed,
    long pagesRead,
    long pagesFailed,
    long pending,
    long pendingPages,
    long durationMillis,
    boolean interrupted,
    String tesseract,
    String languages,
    String skippedReason) {

  /** Pages read per second of the stage. */
  public double pagesPerSecond() {
    return durationMillis == 0 ? 0 : pagesRead * 1000.0 / durationMillis;
  }
}
