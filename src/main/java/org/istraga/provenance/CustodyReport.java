package org.istraga.provenance;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What {@code istraga verify} found.
 *
 * @param ok true only when everything holds: the ledger chain is intact, every file is as
 *     recorded, no stored blob changed, nothing is missing or new
 * @param ledger the chain check
 * @param ledgerTail "complete", or "incomplete" when the last line was cut by an interrupted run
 *     (the next ingest repairs it; not a sign of tampering)
 * @param files counts over evidence files
 * @param blobs counts over stored children's and revisions' bytes
 * @param problems every file or blob that is not as it was, and documents the ledger does not know
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustodyReport(
    boolean ok,
    LedgerVerifier.Result ledger,
    String ledgerTail,
    Counts files,
    Counts blobs,
    List<Finding> problems) {

  /** Counts per state. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Counts(long checked, long unchanged, long modified, long missing, long added, long bytes) {}

  /**
   * One thing that is not as it was.
   *
   * @param kind file, blob, document or ledger
   * @param state modified, missing, new, moved, unreadable, unrecorded
   * @param path the file path (or the blob path inside the case); for moved, where it is now
   * @param expectedSha256 what the case recorded
   * @param actualSha256 what is there now (null when missing or unreadable)
   * @param recordedPath for moved: the path the case recorded, where the file is no longer; else
   *     null
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record Finding(String kind, String state, String path, String expectedSha256, String actualSha256,
      String recordedPath) {

    public Finding(String kind, String state, String path, String expectedSha256, String actualSha256) {
      this(kind, state, path, expectedSha256, actualSha256, null);
    }
  }
}
