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
 * @param signatures XML digital signatures in the package, each checked offline, or null if none
 * @param unsignedParts parts of a signed package that no signature covers and that the format's
 *     signing software normally signs: added or replaced after signing (or signed by software that
 *     left them out); null if the package has no signature
 * @param unsignedByConvention parts of a signed package that no signature covers and that signing
 *     software leaves out by convention (OOXML document properties and content types, the
 *     signature parts themselves, ODF {@code mimetype}): they can change without breaking a
 *     signature; null if the package has no signature
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
    List<Signature> signatures,
    List<String> unsignedParts,
    List<String> unsignedByConvention) {

  /** {@link Signature#verification()}: every check passed. */
  public static final String VALID = "valid";

  /** {@link Signature#verification()}: a check failed; the signed data or signature changed. */
  public static final String INVALID = "invalid";

  /** {@link Signature#verification()}: the signature could not be checked (see the detail). */
  public static final String UNCHECKED = "unchecked";

  /**
   * An XML digital signature stored in the package and what checking it offline showed: who the
   * signer certificate names, who issued it, when the signer's software says it signed, the
   * signer's comment, whether the signature value and every reference (signed part) verify. No
   * chain is built to a trusted root and no revocation is checked.
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
   * @param selfSigned true if the signer certificate is issued by itself (its subject and issuer
   *     match and its own key verifies it): anyone can make one with any name
   * @param signatureAlgorithm the signature method, e.g. {@code rsa-sha256}
   * @param signingTimeSigned true if the element holding {@code claimedSigningTime} is covered by
   *     the signature (still the signer's own clock), false if not, null if there is no time
   * @param timestampTime the time of an RFC 3161 timestamp embedded as a XAdES {@code
   *     SignatureTimeStamp}, vouched for by a timestamp authority, or null
   * @param timestampAuthority the common name of the certificate that signed the timestamp, when
   *     the token includes it, else the authority name the token states, else null
   * @param timestampCoversSignature true if the timestamp's imprint is the digest of this
   *     signature's canonicalized value (it was issued for this signature), false if it was issued
   *     for other data, null if there is no timestamp or it could not be compared
   * @param signatureValueValid whether the signature value verifies over the signed information
   *     with the signer certificate's public key; null if unchecked
   * @param verification {@link #VALID}, {@link #INVALID} or {@link #UNCHECKED}
   * @param verificationDetail why, in one line, naming the parts that fail
   * @param references what the signature covers: each reference of its signed information and of
   *     the signed package manifest (OOXML), in document order
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
      String problem,
      Boolean selfSigned,
      String signatureAlgorithm,
      Boolean signingTimeSigned,
      String timestampTime,
      String timestampAuthority,
      Boolean timestampCoversSignature,
      Boolean signatureValueValid,
      String verification,
      String verificationDetail,
      List<SignedReference> references) {}

  /**
   * One reference of a signature: a package part (or an element of the signature itself) and
   * whether its digest still matches.
   *
   * @param uri the reference URI as written
   * @param part the package part it names, or null for an element of the signature ({@code
   *     #idPackageObject}, XAdES signed properties)
   * @param digestAlgorithm e.g. {@code sha256}
   * @param digestMatches true if the digest computed now equals the signed one; false if the part
   *     changed after signing; null if it could not be computed
   * @param problem why it could not be computed (part missing, too large, unsupported), or null
   * @param contentTypeMatches OOXML: true if the content type signed in the URI ({@code
   *     ?ContentType=}) is the one {@code [Content_Types].xml} declares for the part now, false if
   *     it was changed after signing; null when the reference signs no content type (ODF)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SignedReference(
      String uri,
      String part,
      String digestAlgorithm,
      Boolean digestMatches,
      String problem,
      Boolean contentTypeMatches) {}

  /** A hidden sheet: its name and {@code hidden} or {@code very_hidden}. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record HiddenSheet(String name, String state) {}
}
