package org.istraga.provenance.forensics.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The real signed envelopes of the corpus, with the expected facts taken from OpenSSL: {@code
 * openssl cms -verify -noverify -inform DER} (verification, the SHA-256 of the content it writes
 * out; "no content" for the detached one), {@code openssl pkcs7 -print_certs -text} (subjects,
 * serials, validity) and {@code openssl cms -cmsout -print} (signing-time attribute).
 */
class CmsCorpusTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  private ForensicReport analyze(String name, String mediaType) {
    return analyzer.analyze(Corpus.file("c_signed_or_protected_other/" + name), mediaType);
  }

  @Test
  void italianInfocertEnvelopeVerifiesButWasSignedAfterItsCertificateExpired() {
    ForensicReport r = analyze("test.xml.p7m", "application/pkcs7-mime");
    CmsFacts c = r.cms();
    assertEquals(458L, c.contentBytes());
    assertEquals(
        "78295730974e9761e2fdf6bd8a6aef2067c31779613d09ac02927bc6f290ddac", c.contentSha256());
    CmsFacts.Signer s = c.signers().get(0);
    assertEquals("RIPT01/MTE1Njc1NjQ5NzQyNjk5NTMxNTE0NzgwNDA3Mjgx", s.signerName());
    assertEquals("284544", s.serialNumber());
    assertTrue(s.issuer().contains("CN=InfoCert Servizi di Certificazione"), s.issuer());
    assertEquals("2016-05-18T08:21:57Z", s.signingTime());
    assertEquals(CmsFacts.VALID, s.verification(), s.verificationDetail());
    assertEquals(Boolean.FALSE, s.certificateValidAtSigning(), "certificate expired 2015-08-06");
    assertTrue(r.hasFlag(FlagName.CMS_SIGNING_TIME_OUTSIDE_CERT_VALIDITY));
    assertFalse(r.hasFlag(FlagName.CMS_SIGNATURE_INVALID));
  }

  @Test
  void spanishTestEnvelopeVerifies() {
    ForensicReport r = analyze("testPKCS7_signed_data_def.p7m", "application/pkcs7-mime");
    CmsFacts.Signer s = r.cms().signers().get(0);
    assertEquals("Usuario de pruebas 61", s.signerName());
    assertEquals("a1", s.serialNumber());
    assertEquals("2019-01-24T13:42:25Z", s.signingTime());
    assertEquals(CmsFacts.VALID, s.verification(), s.verificationDetail());
    assertEquals(Boolean.TRUE, s.certificateValidAtSigning());
    assertTrue(r.flags().isEmpty(), r.toJson());
  }

  @Test
  void detachedSignatureIsUncheckedWithItsChainAsGiven() {
    ForensicReport r = analyze("testDetached.p7s", "application/pkcs7-signature");
    CmsFacts c = r.cms();
    assertTrue(c.detached());
    assertNull(c.contentSha256());
    CmsFacts.Signer s = c.signers().get(0);
    assertEquals("Robert Muir", s.signerName());
    assertEquals("106dcb", s.serialNumber());
    assertEquals(CmsFacts.UNCHECKED, s.verification());
    assertEquals(Boolean.TRUE, s.signatureValueValid());
    assertEquals(3, c.certificates().size());
    assertTrue(c.certificates().get(0).signer());
    assertTrue(r.hasFlag(FlagName.CMS_SIGNATURE_UNVERIFIED));
  }
}
