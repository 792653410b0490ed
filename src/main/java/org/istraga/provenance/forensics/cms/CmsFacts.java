package org.istraga.provenance.forensics.cms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A CMS / PKCS#7 signed envelope ({@code .p7m} with the signed document inside, {@code .p7s} with
 * the signature only) and what checking its signatures offline showed.
 *
 * @param encoding {@code der}, {@code base64} or {@code pem}: how the envelope was written
 * @param detached true if the envelope does not carry the signed content (a detached signature)
 * @param contentType the OID name of the encapsulated content type ({@code data} for a document)
 * @param contentBytes size of the signed content inside the envelope; null if detached
 * @param contentSha256 lower-case hex SHA-256 of the signed content (the id of the document the
 *     ingest stored as the envelope's child); null if detached
 * @param signers every signer, in the order of the envelope
 * @param certificates the certificates included in the envelope, as given (no chain building)
 * @param signedDocument for a detached signature, the case document it was checked against (or
 *     why none was); null when the content is inside or nobody looked
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CmsFacts(
    String encoding,
    boolean detached,
    String contentType,
    Long contentBytes,
    String contentSha256,
    List<Signer> signers,
    List<CertificateFacts> certificates,
    SignedDocument signedDocument) {

  public static final String VALID = "valid";
  public static final String INVALID = "invalid";
  public static final String UNCHECKED = "unchecked";

  public CmsFacts {
    signers = signers == null ? List.of() : List.copyOf(signers);
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
  }

  /**
   * One signer of the envelope.
   *
   * @param signerName common name of the signer certificate's subject (null if not included)
   * @param signerSubject full subject of the signer certificate
   * @param issuer issuer named by the signer identifier (the signer certificate's issuer)
   * @param serialNumber serial number named by the signer identifier, lower-case hex
   * @param signingTime the signing-time signed attribute (covered by the signature, but set by the
   *     signer's own clock)
   * @param digestAlgorithm e.g. {@code SHA-256}
   * @param signatureAlgorithm e.g. {@code SHA256withRSA}
   * @param digestMatches whether the digest of the encapsulated content equals the signed
   *     message digest; null if the content is not in the file
   * @param signatureValueValid whether the signature value verifies with the signer certificate's
   *     public key; null if unchecked
   * @param verification {@code valid}, {@code invalid} or {@code unchecked}
   * @param verificationDetail why, in one line
   * @param certificateValidAtSigning whether the signing moment (timestamp, else signing-time
   *     attribute) lies within the signer certificate's validity; null if either is unknown
   * @param timestampTime time of the signature timestamp token (RFC 3161), vouched for by a
   *     timestamp authority
   * @param timestampAuthority the timestamp authority's name (or its certificate's subject)
   * @param timestampCoversSignature whether the token's imprint is the digest of this signature
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Signer(
      String signerName,
      String signerSubject,
      String issuer,
      String serialNumber,
      String signingTime,
      String digestAlgorithm,
      String signatureAlgorithm,
      Boolean digestMatches,
      Boolean signatureValueValid,
      String verification,
      String verificationDetail,
      Boolean certificateValidAtSigning,
      String timestampTime,
      String timestampAuthority,
      Boolean timestampCoversSignature) {}
}
