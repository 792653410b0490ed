package org.istraga.export;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * {@code data/bundle.json}: what a bundle holds and where, in a form {@code bundle verify} and other
 * tools read. Paths are relative to {@code data/}.
 *
 * @param format always {@code istraga-bundle}
 * @param formatVersion 1
 * @param created ISO-8601 instant the bundle was written
 * @param istragaVersion the Istraga that wrote it
 * @param selection what was exported (query, tag, ids file or citations)
 * @param caseLedgerHead the case's custody-ledger head hash when the bundle was written
 * @param caseLedgerIntact whether the ledger's chain was intact then
 * @param sensitiveMetadata none, included, stripped, or stripped+included
 * @param sensitiveItems how many sensitive items were found (their values are never listed here)
 * @param documents one entry per document
 * @param citations path of the citations file (Istraga JSON)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundleManifest(String format, int formatVersion, String created, String istragaVersion,
    String selection, String caseLedgerHead, boolean caseLedgerIntact, String sensitiveMetadata, int sensitiveItems,
    List<Doc> documents, String citations) {

  /**
   * One bundled document.
   *
   * @param id SHA-256 of the original
   * @param shortId its short id
   * @param title its title
   * @param paths every place it was found
   * @param mediaType its media type
   * @param size size of the original in bytes
   * @param pages page count, when known
   * @param original the untouched original's path in the bag, or null when only a stripped copy is
   *     included
   * @param originalSource where the original was copied from: {@code evidence} or {@code blob store}
   * @param stripped the modified copy, when metadata was stripped
   * @param text page-marked extracted text
   * @param textPages where each page's text is in {@code text} ({@link PageRange} list)
   * @param metadata the document's metadata record (JSON)
   * @param provenance hashes, paths, custody-ledger entries, forensics
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Doc(String id, String shortId, String title, List<String> paths, String mediaType, long size,
      Integer pages, String original, String originalSource, StrippedCopy stripped, String text, String textPages,
      String metadata, String provenance) {}

  /**
   * A copy with metadata removed: NOT the original evidence.
   *
   * @param file its path in the bag
   * @param sha256 its SHA-256 (differs from the document id)
   * @param label the warning shown wherever it is listed
   * @param removed which fields were removed (names only)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record StrippedCopy(String file, String sha256, String label, List<String> removed) {}

  /**
   * Where one page's text is in a {@code text.txt}: offsets in UTF-16 code units of the decoded
   * file (as Java and JavaScript count).
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PageRange(int page, int start, int end) {}
}
