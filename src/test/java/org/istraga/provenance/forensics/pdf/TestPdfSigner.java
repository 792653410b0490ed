package org.istraga.provenance.forensics.pdf;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Test helper: makes a one-page PDF with PDFBox and signs it (detached CMS, SHA-256 with RSA) with a
 * fresh self-signed certificate for the given subject, the way signing software writes an
 * approval signature into an incremental update.
 */
final class TestPdfSigner {

  private TestPdfSigner() {}

  /** A freshly signed PDF; the certificate is valid from yesterday to tomorrow. */
  static byte[] signedPdf(String subjectDn) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    X500Name subject = new X500Name(subjectDn);
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate());
    long now = System.currentTimeMillis();
    X509CertificateHolder cert =
        new JcaX509v3CertificateBuilder(
                subject,
                BigInteger.valueOf(0x1234),
                new Date(now - 86_400_000L),
                new Date(now + 86_400_000L),
                subject,
                kp.getPublic())
            .build(signer);

    byte[] unsigned;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      unsigned = out.toByteArray();
    }
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(unsigned);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature sig = new PDSignature();
      sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      sig.setSignDate(Calendar.getInstance());
      doc.addSignature(
          sig,
          content -> {
            try {
              CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
              gen.addSignerInfoGenerator(
                  new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                      .build(signer, cert));
              gen.addCertificates(new JcaCertStore(List.of(cert)));
              return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                  .getEncoded();
            } catch (Exception e) {
              throw new java.io.IOException("test signing failed", e);
            }
          });
      doc.saveIncremental(out);
      return out.toByteArray();
    }
  }
}
