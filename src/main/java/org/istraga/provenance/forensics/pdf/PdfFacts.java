package org.istraga.provenance.forensics.pdf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * What the forensic analysis found in a PDF ({@code "pdf"} section of a report). Dates are ISO-8601
 * with the offset the file declared; {@code *_raw} fields keep the PDF's own string.
 *
 * @param headerVersion version in the {@code %PDF-x.y} header
 * @param catalogVersion {@code /Version} of the document catalog (overrides the header), or null
 * @param headerOffset where the header starts (non-zero means bytes were put in front)
 * @param linearized true if the file is linearized ("fast web view")
 * @param revisionCount revisions in the file, the final one included (1 = never updated)
 * @param revisionEnds byte offset at which each revision ends, in file order (last = final)
 * @param bytesAfterLastEof bytes after the final revision's {@code %%EOF} line
 * @param bytesAfterLastEofPreview hex of the first (up to 32) of those bytes; null if none
 * @param pageCount pages of the final revision, or -1 if it could not be opened
 * @param info the document Info dictionary, or null
 * @param xmp the XMP metadata, or null
 * @param signatures digital signatures (form fields, usage rights, certification, timestamps)
 * @param unsignedSignatureFields names of signature form fields that hold no signature (the
 *     document was prepared for signing there and not signed), or null if there are none
 * @param encryption the encryption dictionary, or null if not encrypted
 * @param javascript JavaScript found (names tree, open action, additional actions, elsewhere)
 * @param openAction what the document does when opened (e.g. {@code GoTo}, {@code JavaScript}), or
 *     null
 * @param embeddedFiles attached files
 * @param fonts fonts used on the pages inspected
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PdfFacts(
    String headerVersion,
    String catalogVersion,
    long headerOffset,
    boolean linearized,
    int revisionCount,
    List<Long> revisionEnds,
    long bytesAfterLastEof,
    String bytesAfterLastEofPreview,
    int pageCount,
    Info info,
    Xmp xmp,
    List<PdfSignatureFacts> signatures,
    List<String> unsignedSignatureFields,
    Encryption encryption,
    List<JavaScript> javascript,
    String openAction,
    List<EmbeddedFile> embeddedFiles,
    List<Font> fonts) {

  /** The Info dictionary. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Info(
      String title,
      String author,
      String subject,
      String keywords,
      String creator,
      String producer,
      String creationDate,
      String creationDateRaw,
      String modDate,
      String modDateRaw,
      Map<String, String> custom) {}

  /**
   * XMP metadata packet (XMP Basic, Adobe PDF, Dublin Core and Media Management schemas). When a
   * property is declared more than once, the last declaration is reported and all distinct values
   * are listed in {@code conflicting_values}.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Xmp(
      String createDate,
      String modifyDate,
      String metadataDate,
      String creatorTool,
      String producer,
      List<String> creators,
      String title,
      String documentId,
      String instanceId,
      String originalDocumentId,
      List<HistoryEntry> history,
      Map<String, List<String>> conflictingValues) {}

  /** One {@code xmpMM:History} event. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HistoryEntry(
      String action,
      String when,
      String softwareAgent,
      String instanceId,
      String changed,
      String parameters) {}

  /**
   * The encryption dictionary and the permissions it grants to a user without owner password.
   * {@code embeddedFilesOnly} is true for an "unencrypted wrapper" (Acrobat's "encrypt only file
   * attachments"): strings and streams use the Identity crypt filter, only attached files are
   * encrypted ({@code /EFF}); the document opens without a password. Null otherwise.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Encryption(
      String filter,
      String subFilter,
      int version,
      int revision,
      int keyLengthBits,
      boolean userPasswordRequired,
      Map<String, Boolean> permissions,
      Boolean embeddedFilesOnly) {

    /** This encryption as found on a document that opened without a password. */
    Encryption openedWithoutPassword() {
      return new Encryption(
          filter,
          subFilter,
          version,
          revision,
          keyLengthBits,
          false,
          permissions,
          embeddedFilesOnly);
    }
  }

  /** JavaScript and where it sits. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record JavaScript(String location, int length, String preview) {}

  /** An attached file. {@code size} is -1 when unknown. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EmbeddedFile(String name, long size, String mediaType, String location) {}

  /** A font: its base name, PDF font type, whether the font program is embedded and subset. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Font(String name, String type, boolean embedded, boolean subset) {}
}
