package org.istraga.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * What one ingest run did; printed at the end (text, or JSON with {@code --json}).
 *
 * @param runId id of the run in the custody ledger
 * @param filesSeen regular files met under the given paths in this run
 * @param filesNew files whose path was not yet present in the case (new, or found again after it
 *     went missing)
 * @param filesChanged files whose content changed since the last run
 * @param filesUnchanged files whose content is as recorded at their path: skipped unread when size
 *     and modification time are unchanged, hashed (not parsed) when only the time changed
 * @param filesMissing previously ingested files no longer found under the given paths
 * @param filesMissingPresentElsewhere of {@code filesMissing}, those whose bytes are still present
 *     as a file at another path of the case (renamed, moved, or one of several copies removed):
 *     no content was lost with them
 * @param filesSkipped links, special files and unreadable folders (recorded, not ingested)
 * @param documentsAdded new documents (distinct contents), children included
 * @param childrenAdded new embedded children and revisions
 * @param bytesRead bytes hashed
 * @param byStatus status of the files and children processed in this run
 * @param failures files and children of this run with a failure status (capped at 100)
 * @param ocrPending documents waiting for OCR after this run
 * @param durationMillis wall-clock duration
 * @param entityMillis time spent finding entities, summed over worker threads
 * @param interrupted true when the run was stopped before finishing (a rerun resumes)
 * @param ocr what the OCR stage did after extraction, or null when it did not run
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IngestSummary(
    String runId,
    long filesSeen,
    long filesNew,
    long filesChanged,
    long filesUnchanged,
    long filesMissing,
    long filesMissingPresentElsewhere,
    long filesSkipped,
    long documentsAdded,
    long childrenAdded,
    long bytesRead,
    Map<String, Long> byStatus,
    List<Failure> failures,
    long ocrPending,
    long durationMillis,
    long entityMillis,
    boolean interrupted,
    org.istraga.ingest.ocr.OcrSummary ocr) {

  /** One failed file or child. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Failure(String path, String status, String reason) {}

  public double filesPerSecond() {
    return durationMillis == 0 ? 0 : filesSeen * 1000.0 / durationMillis;
  }

  public double megabytesPerSecond() {
    return durationMillis == 0 ? 0 : bytesRead / 1e6 * 1000.0 / durationMillis;
  }
}
