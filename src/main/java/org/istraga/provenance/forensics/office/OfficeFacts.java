package org.istraga.provenance.forensics.office;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What the forensic analysis found in an Office document ({@code "office"} section). All values are
 * self-declared by the software that saved the file. Dates are ISO-8601. Counts are null when the
 * container type does not record them or they could not be read.
 *
 * @param container {@code docx}, {@code xlsx}, {@code pptx} (and macro-enabled variants), {@code
 *     doc}, {@code xls}, {@code ppt}, {@code odt}, {@code ods}, {@code odp}, ...
 * @param title title property
 * @param subject subject property
 * @param author creator / initial author
 * @param lastModifiedBy last author (OOXML {@code lastModifiedBy}, OLE "Last Author", ODF {@code
 *     dc:creator})
 * @param company company (OOXML/OLE)
 * @param manager manager (OOXML/OLE)
 * @param template the template the document was based on
 * @param revisionNumber revision (save) counter; ODF {@code editing-cycles}
 * @param totalEditTimeMinutes total editing time in minutes
 * @param created creation date
 * @param modified last-saved date
 * @param lastPrinted last-printed date
 * @param application the application that saved it
 * @param appVersion its version
 * @param trackedInsertions tracked insertions not yet accepted
 * @param trackedDeletions tracked deletions not yet accepted
 * @param trackedChangeAuthors authors of tracked changes
 * @param comments comment count
 * @param commentAuthors authors of comments
 * @param hiddenSheets spreadsheet sheets that are hidden or very hidden
 * @param hiddenTextRuns runs of text formatted as hidden (Word {@code w:vanish})
 * @param hiddenSlides 1-based numbers of hidden slides
 * @param macros true if a macro project (VBA, or ODF Basic/scripts) is present
 * @param encrypted true if the document is password-encrypted (its content was not read)
 * @param rightsManaged true if the content is encrypted by rights management (IRM/DRM: an OLE
 *     file whose DataSpaces storage (U+0006 DataSpaces) names a DRM transform); its properties are
 *     readable, its visible text is only the placeholder shown to readers without a licence; null
 *     otherwise
 * @param signatures XML digital signatures in the package (not verified), or null if none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficeFacts(
    String container,
    String title,
    String subject,
    String author,
    String lastModifiedBy,
    String company,
    String manager,
    String template,
    String revisionNumber,
    Long totalEditTimeMinutes,
    String created,
    String modified,
    String lastPrinted,
    String application,
    String appVersion,
    Integer trackedInsertions,
    Integer trackedDeletions,
    List<String> trackedChangeAuthors,
    Integer comments,
    List<String> commentAuthors,
    List<HiddenSheet> hiddenSheets,
    Integer hiddenTextRuns,
    List<Integer> hiddenSlides,
    boolean macros,
    boolean encrypted,
    Boolean rightsManaged,
    List<Signature> signatures) {

  /**
   * An XML digital signature stored in the package, not verified: who the embedded certificate
   * names, who issued it, when the signer's software says it signed, the signer's comment.
   *
   * @param part the package part holding it ({@code _xmlsignatures/sig1.xml}, {@code
   *     META-INF/documentsignatures.xml})
   * @param signerName common name of the signer certificate's subject
   * @param signerSubject the subject in RFC 4514 syntax
   * @param issuer the issuer in RFC 4514 syntax
   * @param serialNumber the certificate serial number (hex)
   * @param notBefore certificate validity start
   * @param notAfter certificate validity end
   * @param claimedSigningTime the signing time written by the signer's software
   * @param comments the signer's comment ("purpose of signing")
   * @param problem why the certificate could not be read, or null
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Signature(
      String part,
      String signerName,
      String signerSubject,
      String issuer,
      String serialNumber,
      String notBefore,
      String notAfter,
      String claimedSigningTime,
      String comments,
      String problem) {}

  /** A hidden sheet: its name and {@code hidden} or {@code very_hidden}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record HiddenSheet(String name, String state) {}
}
