package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signer of a PDF signature made here with PDFBox and BouncyCastle, as the report names it. */
class PdfSignatureSignerTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void signerNameWithACommaIsTheNameNotItsEscapedDnForm(@TempDir Path dir) throws Exception {
    // pdfsig prints "Immigration, Refugees and Citizenship Canada"; the report printed the RFC 4514
    // escape "Immigration\, Refugees ..." as if the backslash were part of the name.
    Path pdf = dir.resolve("signed.pdf");
    Files.write(
        pdf,
        TestPdfSigner.signedPdf(
            "CN=Immigration\\, Refugees and Citizenship Canada, O=Government of Canada, C=CA"));
    ForensicReport r = analyzer.analyze(pdf, "application/pdf");
    PdfSignatureFacts s = r.pdf().signatures().get(0);
    assertEquals("valid", s.verification(), s.verificationDetail());
    assertEquals("Immigration, Refugees and Citizenship Canada", s.signerName());
    assertTrue(
        s.signerSubject().contains("CN=Immigration\\, Refugees and Citizenship Canada"),
        "the subject keeps its DN syntax: " + s.signerSubject());
  }

  @Test
  void signerNameInCyrillicIsReadAsWritten(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("potpisan.pdf");
    Files.write(pdf, TestPdfSigner.signedPdf("CN=Петар Петровић + SERIALNUMBER=123, C=RS"));
    PdfSignatureFacts s = analyzer.analyze(pdf, "application/pdf").pdf().signatures().get(0);
    assertEquals("valid", s.verification(), s.verificationDetail());
    assertEquals("Петар Петровић", s.signerName());
  }
}
