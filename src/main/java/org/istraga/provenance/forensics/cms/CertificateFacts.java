package org.istraga.provenance.forensics.cms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.bouncycastle.cert.X509CertificateHolder;
import org.istraga.provenance.forensics.LenientDates;

/**
 * A certificate as included in a signature (a PDF signature's CMS or a signed envelope), as given:
 * no chain building, no revocation check.
 *
 * @param subject the subject's distinguished name
 * @param issuer the issuer's distinguished name
 * @param serialNumber the serial number in lower-case hex
 * @param notBefore start of validity, ISO 8601 in UTC
 * @param notAfter end of validity, ISO 8601 in UTC
 * @param signer true if a signer of the signature is identified by it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateFacts(
    String subject,
    String issuer,
    String serialNumber,
    String notBefore,
    String notAfter,
    boolean signer) {

  /** The facts of {@code c}. */
  public static CertificateFacts of(X509CertificateHolder c, boolean signer) {
    return new CertificateFacts(
        c.getSubject().toString(),
        c.getIssuer().toString(),
        c.getSerialNumber().toString(16),
        LenientDates.format(c.getNotBefore()),
        LenientDates.format(c.getNotAfter()),
        signer);
  }
}
