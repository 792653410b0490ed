package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.provenance.forensics.Severity;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Signature checks on the real signed PDFs of the corpus. Expected values were established
 * independently: byte ranges, revision ends and Contents positions by reading the bytes (Python);
 * validity with {@code openssl cms -verify -noverify} on the ByteRange bytes and {@code pdfsig};
 * Ed25519 and timestamp imprints with Python asn1crypto/cryptography where those tools cannot;
 * certificate validity with {@code openssl x509 -dates}.
 */
class PdfSignatureCorpusTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  private ForensicReport pdf(String name) {
    return analyzer.analyze(Corpus.file("c_pdf_features/" + name), "application/pdf");
  }

  private static PdfSignatureFacts sig(ForensicReport r, String field) {
    return r.pdf().signatures().stream()
        .filter(s -> s.fieldName().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no signature " + field));
  }

  @Test
  void untouchedSignedPdfsAreValidAndNotFlagged() {
    for (String name :
        List.of(
            "bug854315.pdf",
            "certified-with-indirect-refs-in-dir.pdf",
            "pades-with-old-style-signing-cert-attr.pdf",
            "sig-with-ski-sid.pdf",
            "signed_verified.pdf",
            "160F-2019.pdf")) {
      ForensicReport r = pdf(name);
      assertEquals(1, r.pdf().signatures().size(), name);
      PdfSignatureFacts s = r.pdf().signatures().get(0);
      assertEquals(PdfSignatureFacts.VALID, s.verification(), name + ": " + s.verificationDetail());
      assertTrue(s.coversWholeFile(), name);
      assertEquals(0, s.bytesAfterSigning(), name);
      assertEquals(List.of(), s.coverageProblems(), name);
      assertFalse(r.hasFlag(FlagName.PDF_SIGNATURE_INVALID), name);
      assertFalse(r.hasFlag(FlagName.PDF_SIGNATURE_PARTIAL_COVERAGE), name);
      assertFalse(r.hasFlag(FlagName.PDF_CHANGED_AFTER_SIGNING), name);
    }
  }

  @Test
  void signatureDetailsMatchPdfsig() {
    PdfSignatureFacts s = pdf("bug854315.pdf").pdf().signatures().get(0);
    assertEquals("Signature1", s.fieldName());
    assertEquals("approval", s.kind());
    assertEquals("adbe.pkcs7.detached", s.subFilter());
    assertEquals("Paul Frey (Qualified Signature)", s.signerName());
    assertEquals("2011-01-17T23:52:39+01:00", s.claimedSigningTime());
    assertEquals("SHA-256", s.digestAlgorithm());
    assertEquals(List.of(0L, 11870L, 77408L, 30124L), s.byteRange());
    assertEquals(107532L, s.signedBytesEnd());
    assertTrue(s.digestMatches());
    assertTrue(s.signatureValueValid());
    assertTrue(s.certificates().get(0).signer());
    assertTrue(s.certificates().get(0).subject().contains("CN=Paul Frey (Qualified Signature)"));
  }

  @Test
  void certificationSignatureIsRecognized() {
    // raw bytes: /Reference -> /TransformMethod /DocMDP, /TransformParams << /P 1 >>
    PdfSignatureFacts s = pdf("certified-with-indirect-refs-in-dir.pdf").pdf().signatures().get(0);
    assertEquals("certification", s.kind());
    assertEquals(1, s.mdpPermissions());
    // xfa_filled_imm1344e.pdf: "/DocMDP /TransformParams << /P 2 ..."; its UR3 has none
    ForensicReport xfa = pdf("xfa_filled_imm1344e.pdf");
    assertEquals(2, sig(xfa, "form1[0].SignatureField3[0]").mdpPermissions());
    assertEquals(null, sig(xfa, "/Perms/UR3").mdpPermissions());
  }

  @Test
  void signatureGapLargerThanContentsIsPartialCoverage() {
    ForensicReport r = pdf("coverage-anomalies__signature-gap-too-big.pdf");
    PdfSignatureFacts s = sig(r, "Sig1");
    // /Contents spans bytes 690..5882, but the ByteRange gap is 690..6692
    assertEquals(List.of(0L, 690L, 6692L, 400L), s.byteRange());
    assertTrue(s.coverageProblems().contains("gap-not-contents"));
    Flag f = r.flag(FlagName.PDF_SIGNATURE_PARTIAL_COVERAGE).orElseThrow();
    assertEquals(Severity.ALERT, f.severity());
    assertEquals("Sig1", f.evidence().get("field"));
  }

  @Test
  void unsignedRevisionTailAndLaterUpdateAreFlagged() {
    ForensicReport r = pdf("coverage-anomalies__tail-uncovered.pdf");
    PdfSignatureFacts s = sig(r, "Sig1");
    // signed bytes end at 7092; the signed revision ends at 7195; the file is 7486 bytes
    assertEquals(7092L, s.signedBytesEnd());
    assertEquals(List.of(7195L, 7486L), r.pdf().revisionEnds());
    assertEquals(List.of("revision-tail-unsigned"), s.coverageProblems());
    assertEquals(394L, s.bytesAfterSigning());
    assertEquals(1, s.revisionsAfterSigning());
    assertEquals(PdfSignatureFacts.VALID, s.verification()); // the bytes it does sign are intact
    Flag changed = r.flag(FlagName.PDF_CHANGED_AFTER_SIGNING).orElseThrow();
    assertEquals("394", changed.evidence().get("bytes_after_signing"));
    assertEquals("1", changed.evidence().get("revisions_after_signing"));
    assertEquals("false", changed.evidence().get("later_signature_covers_file"));
    assertTrue(r.hasFlag(FlagName.PDF_SIGNATURE_PARTIAL_COVERAGE));
  }

  @Test
  void tinyByteRangeIsPartialCoverage() {
    ForensicReport r = pdf("coverage-anomalies__weird-byterange.pdf");
    PdfSignatureFacts s = sig(r, "Sig1");
    assertEquals(List.of(0L, 10L, 20L, 30L), s.byteRange());
    assertEquals(50L, s.signedBytesEnd());
    assertEquals(7436L, s.bytesAfterSigning());
    assertEquals(List.of("gap-not-contents", "revision-tail-unsigned"), s.coverageProblems());
    assertTrue(r.hasFlag(FlagName.PDF_SIGNATURE_PARTIAL_COVERAGE));
    assertTrue(r.hasFlag(FlagName.PDF_CHANGED_AFTER_SIGNING));
  }

  @Test
  void updatesAfterAFirstSignatureAreReportedEvenWhenASecondSignatureCoversThem() {
    ForensicReport r = pdf("minimal-two-fields-signed-twice.pdf");
    PdfSignatureFacts first = sig(r, "Sig2"); // signed first (ByteRange ends at 26384)
    PdfSignatureFacts second = sig(r, "Sig1");
    assertEquals(26384L, first.signedBytesEnd());
    assertEquals(24443L, first.bytesAfterSigning());
    assertEquals(1, first.revisionsAfterSigning());
    assertTrue(second.coversWholeFile());
    assertEquals(PdfSignatureFacts.VALID, first.verification());
    assertEquals(PdfSignatureFacts.VALID, second.verification());
    List<Flag> changed = r.flags(FlagName.PDF_CHANGED_AFTER_SIGNING);
    assertEquals(1, changed.size());
    assertEquals("Sig2", changed.get(0).evidence().get("field"));
    assertEquals("true", changed.get(0).evidence().get("later_signature_covers_file"));

    for (String sneaky :
        List.of(
            "form-update-ap-indirect-sneaky-trailer.pdf",
            "form-update-override-appearance-stream-sneaky.pdf")) {
      ForensicReport s = pdf(sneaky);
      assertEquals(
          List.of("Sig1"),
          s.flags(FlagName.PDF_CHANGED_AFTER_SIGNING).stream()
              .map(f -> f.evidence().get("field"))
              .toList(),
          sneaky);
      assertEquals(2, s.pdf().revisionCount(), sneaky);
    }
  }

  @Test
  void alteredSignedFormIsInvalid() {
    ForensicReport r = pdf("xfa_filled_imm1344e.pdf");
    PdfSignatureFacts s = sig(r, "form1[0].SignatureField3[0]");
    assertEquals(PdfSignatureFacts.INVALID, s.verification());
    assertFalse(s.digestMatches());
    assertEquals(List.of(0L, 15651L, 48229L, 432917L), s.byteRange());
    Flag invalid =
        r.flags(FlagName.PDF_SIGNATURE_INVALID).stream()
            .filter(f -> f.evidence().get("field").equals("form1[0].SignatureField3[0]"))
            .findFirst()
            .orElseThrow();
    assertEquals(Severity.ALERT, invalid.severity());
    assertEquals("false", invalid.evidence().get("digest_matches"));
  }

  @Test
  void ed25519SignatureWithSha512AndTimestampsVerify() {
    ForensicReport ed = pdf("extensions-update-indirect.pdf");
    PdfSignatureFacts s2 = sig(ed, "Sig2");
    assertEquals("SHA-512", s2.digestAlgorithm());
    assertEquals(PdfSignatureFacts.VALID, s2.verification(), s2.verificationDetail());

    ForensicReport lta = pdf("pades-lta-dss-indirect-arrs-test-2.pdf");
    assertEquals(3, lta.pdf().signatures().size());
    PdfSignatureFacts ts =
        lta.pdf().signatures().stream()
            .filter(s -> "document_timestamp".equals(s.kind()))
            .findFirst()
            .orElseThrow();
    assertEquals("ETSI.RFC3161", ts.subFilter());
    assertEquals("2020-11-01T00:00:00Z", ts.timestampTime());
    assertTrue(ts.digestMatches());
    assertEquals(PdfSignatureFacts.VALID, ts.verification());
    assertEquals(7, lta.pdf().revisionCount());
  }

  @Test
  void signingAfterCertificateExpiryIsFlagged() {
    // Alice's certificate is valid 2020-01-01..2022-01-01; the signature claims 2022-11-16.
    ForensicReport r = pdf("extensions-update-indirect.pdf");
    Flag f =
        r.flags(FlagName.PDF_SIGNING_TIME_OUTSIDE_CERT_VALIDITY).stream()
            .filter(x -> x.evidence().get("field").equals("Sig1"))
            .findFirst()
            .orElseThrow();
    assertEquals("2022-01-01T00:00:00Z", f.evidence().get("not_after"));
    assertFalse(
        pdf("minimal-two-fields-signed-twice.pdf")
            .hasFlag(FlagName.PDF_SIGNING_TIME_OUTSIDE_CERT_VALIDITY));
  }

  @Test
  void usageRightsSignaturesAreNotReportedAsChangedAfterSigning() {
    // prefilled_f1040.pdf: Adobe's UR3 signature ends at 299340, the file is 306416 bytes
    ForensicReport r = pdf("prefilled_f1040.pdf");
    PdfSignatureFacts ur = sig(r, "/Perms/UR3");
    assertEquals("usage_rights", ur.kind());
    assertEquals(299340L, ur.signedBytesEnd());
    assertEquals(PdfSignatureFacts.VALID, ur.verification());
    assertFalse(r.hasFlag(FlagName.PDF_CHANGED_AFTER_SIGNING));
  }

  @Test
  void signatureOfAnUnopenableEncryptedPdfIsFoundInTheRawBytes() {
    ForensicReport r = pdf("signed-encrypted-pubkey-with-catalog-ref.pdf");
    assertEquals(1, r.pdf().signatures().size());
    PdfSignatureFacts s = r.pdf().signatures().get(0);
    assertEquals(List.of(0L, 5095L, 16737L, 713L), s.byteRange());
    assertEquals(PdfSignatureFacts.VALID, s.verification());
    assertTrue(r.errors().stream().anyMatch(e -> e.startsWith("pdf.open")));
    assertTrue(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE));
  }
}
