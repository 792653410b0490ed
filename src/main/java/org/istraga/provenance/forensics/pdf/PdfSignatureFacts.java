package org.istraga.provenance.forensics.pdf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.istraga.provenance.forensics.cms.CertificateFacts;

/**
 * One digital signature in a PDF and what checking it offline showed.
 *
 * @param fieldName the signature form field's name, or the {@code /Perms} key for usage rights
 * @param kind {@code approval}, {@code certification} (DocMDP), {@code usage_rights} (UR/UR3,
 *     applied by the authoring software to enable Reader features) or {@code document_timestamp}
 * @param filter {@code /Filter} (signature handler)
 * @param subFilter {@code /SubFilter} (signature format, e.g. {@code adbe.pkcs7.detached})
 * @param signerName common name of the signer certificate's subject (else the {@code /Name})
 * @param signerSubject full subject of the signer certificate
 * @param reason {@code /Reason}
 * @param location {@code /Location}
 * @param claimedSigningTime {@code /M}, the signing time the signing software wrote (unsigned)
 * @param signedAttributeSigningTime the CMS signing-time attribute (covered by the signature, but
 *     still set by the signer's own clock)
 * @param timestampTime time from an RFC 3161 timestamp (signature timestamp token or document
 *     timestamp), vouched for by a timestamp authority
 * @param digestAlgorithm e.g. {@code SHA-256}
 * @param signatureAlgorithm e.g. {@code SHA256WITHRSA}
 * @param byteRange the {@code /ByteRange} as given
 * @param signedBytesEnd where the signed bytes end (offset + length of the last range)
 * @param coversWholeFile true if the signed bytes extend to the end of the file
 * @param bytesAfterSigning file bytes after {@code signedBytesEnd}
 * @param revisionsAfterSigning incremental updates that end after {@code signedBytesEnd}
 * @param coverageProblems {@code byte-range-malformed}, {@code not-starting-at-zero}, {@code
 *     gap-not-contents}, {@code revision-tail-unsigned} (empty = the usual, sound layout)
 * @param digestMatches whether the digest of the signed bytes equals the one inside the signature
 *     (message-digest attribute, timestamp imprint or sha1 content); null if unchecked
 * @param signatureValueValid whether the signature value verifies with the signer certificate's
 *     public key; null if unchecked
 * @param verification {@code valid}, {@code invalid} or {@code unchecked}
 * @param verificationDetail why, in one line
 * @param certificates the certificates embedded in the signature, signer first when known
 * @param mdpPermissions for a certification signature, the changes its author allowed afterwards
 *     ({@code /DocMDP /P}): 1 none, 2 filling in forms and signing, 3 also annotations; null
 *     otherwise
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PdfSignatureFacts(
    String fieldName,
    String kind,
    String filter,
    String subFilter,
    String signerName,
    String signerSubject,
    String reason,
    String location,
    String claimedSigningTime,
    String signedAttributeSigningTime,
    String timestampTime,
    String digestAlgorithm,
    String signatureAlgorithm,
    List<Long> byteRange,
    long signedBytesEnd,
    boolean coversWholeFile,
    long bytesAfterSigning,
    int revisionsAfterSigning,
    List<String> coverageProblems,
    Boolean digestMatches,
    Boolean signatureValueValid,
    String verification,
    String verificationDetail,
    List<CertificateFacts> certificates,
    Integer mdpPermissions) {

  public static final String VALID = "valid";
  public static final String INVALID = "invalid";
  public static final String UNCHECKED = "unchecked";
}
