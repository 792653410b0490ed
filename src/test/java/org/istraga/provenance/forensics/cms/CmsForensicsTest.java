package org.istraga.provenance.forensics.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.istraga.provenance.ProvenanceReportRenderer;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed envelopes built here with BouncyCastle (a self-signed signer certificate, attached and
 * detached, with and without signed attributes, tampered, expired, timestamped) go through the
 * forensic analyzer as an ingest would hand them over, by media type.
 */
class CmsForensicsTest {

  private static final long DAY = 86_400_000L;
  private static final byte[] CONTRACT =
      ("UGOVOR O JAVNOJ NABAVCI br. 404-02-117/2019\n"
              + "Isporuka opreme za mrežu eLTE, ukupno 35 jedinica.\n")
          .getBytes(StandardCharsets.UTF_8);

  private static KeyPair keys;

  @TempDir Path tmp;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
  }

  private static X509CertificateHolder cert(String cn, Date from, Date to, boolean tsa)
      throws Exception {
    X500Name subject = new X500Name("CN=" + cn + ", O=Ministarstvo finansija, C=RS");
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    JcaX509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            subject, BigInteger.valueOf(0x5eed), from, to, subject, keys.getPublic());
    if (tsa) {
      b.addExtension(
          Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }
    return b.build(signer);
  }

  private static X509CertificateHolder currentCert() throws Exception {
    long now = System.currentTimeMillis();
    return cert("Petar Petrović", new Date(now - DAY), new Date(now + 365 * DAY), false);
  }

  private static CMSSignedData sign(
      byte[] content, boolean encapsulate, X509CertificateHolder cert, boolean direct)
      throws Exception {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
    gen.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setDirectSignature(direct)
            .build(signer, cert));
    gen.addCertificates(new JcaCertStore(List.of(cert)));
    return gen.generate(new CMSProcessableByteArray(content), encapsulate);
  }

  private ForensicReport analyze(String name, byte[] bytes, String mediaType) throws Exception {
    Path f = tmp.resolve(name);
    Files.write(f, bytes);
    return new ForensicAnalyzer(ForensicOptions.defaults()).analyze(f, mediaType);
  }

  /** Flips one byte of the first occurrence of {@code needle} in {@code der}. */
  private static byte[] tamper(byte[] der, byte[] needle) {
    byte[] out = der.clone();
    for (int i = 0; i + needle.length <= out.length; i++) {
      boolean at = true;
      for (int j = 0; j < needle.length && at; j++) {
        at = out[i + j] == needle[j];
      }
      if (at) {
        out[i + 12] ^= 0x01; // "U G O V O R   O   J A V" -> one letter changes
        return out;
      }
    }
    throw new AssertionError("content not found in the envelope");
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void attachedSignatureVerifiesAndNamesTheSigner() throws Exception {
    ForensicReport r =
        analyze("ugovor.txt.p7m", sign(CONTRACT, true, currentCert(), false).getEncoded(),
            "application/pkcs7-mime");
    assertEquals(ForensicReport.CMS, r.format());
    CmsFacts c = r.cms();
    assertNotNull(c, r.toJson());
    assertFalse(c.detached());
    assertEquals("data", c.contentType());
    assertEquals(CONTRACT.length, c.contentBytes());
    assertEquals(sha256(CONTRACT), c.contentSha256());
    assertEquals(1, c.signers().size());
    CmsFacts.Signer s = c.signers().get(0);
    assertEquals("Petar Petrović", s.signerName());
    assertEquals("5eed", s.serialNumber());
    assertTrue(s.issuer().contains("CN=Petar Petrović"), s.issuer());
    assertEquals("SHA-256", s.digestAlgorithm());
    assertEquals("SHA256withRSA", s.signatureAlgorithm());
    assertNotNull(s.signingTime());
    assertEquals(Boolean.TRUE, s.digestMatches());
    assertEquals(Boolean.TRUE, s.signatureValueValid());
    assertEquals(CmsFacts.VALID, s.verification(), s.verificationDetail());
    assertEquals(Boolean.TRUE, s.certificateValidAtSigning());
    assertEquals(1, c.certificates().size());
    assertTrue(c.certificates().get(0).signer());
    assertFalse(r.hasFlag(FlagName.CMS_SIGNATURE_INVALID), r.toJson());
    assertFalse(r.hasFlag(FlagName.CMS_SIGNATURE_UNVERIFIED), r.toJson());
    assertEquals(r, ForensicReport.fromJson(r.toJson()), "the report round-trips as JSON");
  }

  @Test
  void oneChangedByteOfTheContentMakesTheSignatureInvalid() throws Exception {
    byte[] der = sign(CONTRACT, true, currentCert(), false).getEncoded();
    ForensicReport r = analyze("ugovor.txt.p7m", tamper(der, CONTRACT), "application/pkcs7-mime");
    CmsFacts.Signer s = r.cms().signers().get(0);
    assertEquals(Boolean.FALSE, s.digestMatches());
    assertEquals(Boolean.TRUE, s.signatureValueValid(), "the signed attributes are untouched");
    assertEquals(CmsFacts.INVALID, s.verification());
    assertTrue(s.verificationDetail().contains("altered after signing"), s.verificationDetail());
    assertTrue(r.hasFlag(FlagName.CMS_SIGNATURE_INVALID), r.toJson());
  }

  @Test
  void withoutSignedAttributesTheSignatureIsCheckedOverTheContent() throws Exception {
    byte[] der = sign(CONTRACT, true, currentCert(), true).getEncoded();
    CmsFacts.Signer good = analyze("a.p7m", der, "application/pkcs7-mime").cms().signers().get(0);
    assertEquals(CmsFacts.VALID, good.verification(), good.verificationDetail());
    assertNull(good.signingTime());
    ForensicReport bad = analyze("b.p7m", tamper(der, CONTRACT), "application/pkcs7-mime");
    assertEquals(CmsFacts.INVALID, bad.cms().signers().get(0).verification());
    assertEquals(Boolean.FALSE, bad.cms().signers().get(0).signatureValueValid());
    assertTrue(bad.hasFlag(FlagName.CMS_SIGNATURE_INVALID));
  }

  @Test
  void detachedSignatureSaysTheContentIsNotInTheFile() throws Exception {
    ForensicReport r =
        analyze("ugovor.txt.p7s", sign(CONTRACT, false, currentCert(), false).getEncoded(),
            "application/pkcs7-signature");
    CmsFacts c = r.cms();
    assertTrue(c.detached());
    assertNull(c.contentBytes());
    CmsFacts.Signer s = c.signers().get(0);
    assertEquals(CmsFacts.UNCHECKED, s.verification());
    assertNull(s.digestMatches());
    assertEquals(Boolean.TRUE, s.signatureValueValid());
    assertTrue(s.verificationDetail().contains("not in this file"), s.verificationDetail());
    assertTrue(r.hasFlag(FlagName.CMS_SIGNATURE_UNVERIFIED), r.toJson());
    assertFalse(r.hasFlag(FlagName.CMS_SIGNATURE_INVALID));
  }

  /**
   * A signing time is the signer's own clock: one after the time of analysis (here an analysis
   * whose clock is set ten days back) is flagged like any other date from the future.
   */
  @Test
  void aSigningTimeAfterTheAnalysisIsADateInTheFuture() throws Exception {
    byte[] envelope = sign(CONTRACT, true, currentCert(), false).getEncoded();
    Path f = tmp.resolve("buduci.txt.p7m");
    Files.write(f, envelope);
    java.time.Clock past = java.time.Clock.fixed(java.time.Instant.now().minus(java.time.Duration.ofDays(10)),
        java.time.ZoneOffset.UTC);
    ForensicReport then = new ForensicAnalyzer(ForensicOptions.defaults().withClock(past)).analyze(f, "application/pkcs7-mime");
    assertTrue(then.hasFlag(FlagName.DATE_IN_FUTURE), then.toJson());
    ForensicReport now = analyze("sadasnji.txt.p7m", envelope, "application/pkcs7-mime");
    assertFalse(now.hasFlag(FlagName.DATE_IN_FUTURE), now.toJson());
  }

  @Test
  void signingWithAnExpiredCertificateIsFlagged() throws Exception {
    long now = System.currentTimeMillis();
    X509CertificateHolder expired =
        cert("Petar Petrović", new Date(now - 400 * DAY), new Date(now - 35 * DAY), false);
    ForensicReport r =
        analyze("ugovor.txt.p7m", sign(CONTRACT, true, expired, false).getEncoded(),
            "application/pkcs7-mime");
    CmsFacts.Signer s = r.cms().signers().get(0);
    assertEquals(CmsFacts.VALID, s.verification(), "the cryptography itself still holds");
    assertEquals(Boolean.FALSE, s.certificateValidAtSigning());
    assertTrue(r.hasFlag(FlagName.CMS_SIGNING_TIME_OUTSIDE_CERT_VALIDITY), r.toJson());
  }

  @Test
  void base64EnvelopeWithoutMediaTypeIsRecognisedAndRead() throws Exception {
    byte[] der = sign(CONTRACT, true, currentCert(), false).getEncoded();
    ForensicReport sniffed = analyze("x.bin", der, "application/octet-stream");
    assertEquals(ForensicReport.CMS, sniffed.format(), "DER signed-data is sniffed");
    byte[] b64 = Base64.getMimeEncoder().encode(der);
    ForensicReport r = analyze("ugovor.txt.p7m", b64, "application/pkcs7-mime");
    assertEquals("base64", r.cms().encoding());
    assertEquals(CmsFacts.VALID, r.cms().signers().get(0).verification());
  }

  @Test
  void signatureTimestampIsReadAndCheckedAgainstTheSignature() throws Exception {
    CMSSignedData cms = sign(CONTRACT, true, currentCert(), false);
    SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
    long now = System.currentTimeMillis();
    X509CertificateHolder tsaCert =
        cert("Vremenski žig", new Date(now - DAY), new Date(now + DAY), true);
    TimeStampTokenGenerator tsg =
        new TimeStampTokenGenerator(
            new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()),
                    tsaCert),
            new JcaDigestCalculatorProviderBuilder().build().get(
                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
    tsg.addCertificates(new JcaCertStore(List.of(tsaCert)));
    byte[] imprint = MessageDigest.getInstance("SHA-256").digest(si.getSignature());
    byte[] token =
        tsg.generate(
                new TimeStampRequestGenerator()
                    .generate(NISTObjectIdentifiers.id_sha256, imprint),
                BigInteger.ONE,
                new Date(now))
            .getEncoded();
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
            new DERSet(
                org.bouncycastle.asn1.ASN1Primitive.fromByteArray(token))));
    SignerInformation stamped =
        SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(v));
    byte[] der =
        CMSSignedData.replaceSigners(cms, new SignerInformationStore(stamped)).getEncoded();

    ForensicReport r = analyze("ugovor.txt.p7m", der, "application/pkcs7-mime");
    CmsFacts.Signer s = r.cms().signers().get(0);
    assertEquals(CmsFacts.VALID, s.verification(), s.verificationDetail());
    assertNotNull(s.timestampTime());
    assertEquals(Boolean.TRUE, s.timestampCoversSignature());

    StringWriter text = new StringWriter();
    ProvenanceReportRenderer.print(
        new PrintWriter(text),
        com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(r.toJson()));
    assertTrue(text.toString().contains("Signer Petar Petrović: valid"), text.toString());
    assertTrue(text.toString().contains("RFC 3161 timestamp: " + s.timestampTime()), text.toString());
  }

  @Test
  void garbageLabelledAsPkcs7IsAnErrorNotAValidSignature() throws Exception {
    ForensicReport r =
        analyze("broken.p7m", "not a signature at all".getBytes(StandardCharsets.US_ASCII),
            "application/pkcs7-mime");
    assertNull(r.cms());
    assertTrue(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE), r.toJson());
    assertFalse(r.errors().isEmpty());
  }
}
