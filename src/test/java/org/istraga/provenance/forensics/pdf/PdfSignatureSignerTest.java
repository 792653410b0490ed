package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signature fields of PDFs made here with PDFBox and BouncyCastle: the signer as the report names
 * it, and fields left unsigned.
 */
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
  void signatureFieldsLeftEmptyAreListedAndSignedOnesAreNot(@TempDir Path dir) throws Exception {
    // pdfsig lists such a field ("The signature form field is not signed.", corpus
    // testPDF_sigflags.pdf); the report did not mention it.
    Path pdf = dir.resolve("prepared.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      field.setPartialName("Potpis direktora");
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(50, 50, 200, 40));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      form.getFields().add(field);
      doc.save(pdf.toFile());
    }
    ForensicReport r = analyzer.analyze(pdf, "application/pdf");
    assertEquals(java.util.List.of("Potpis direktora"), r.pdf().unsignedSignatureFields());
    assertEquals(0, r.pdf().signatures().size());

    Path signed = dir.resolve("signed.pdf");
    Files.write(signed, TestPdfSigner.signedPdf("CN=Ana Anić, C=RS"));
    ForensicReport s = analyzer.analyze(signed, "application/pdf");
    assertEquals(1, s.pdf().signatures().size());
    assertEquals(null, s.pdf().unsignedSignatureFields());
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
