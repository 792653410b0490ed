package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs encrypted for recipients' certificates (Adobe.PubSec) or by a rights-management server
 * (MicrosoftIRMServices, Adobe.APS, FileOpen...) make PDFBox fail with an I/O error, not a password
 * error. The report then had no encryption section and no pdf-encrypted flag, only "No security
 * handler for filter MicrosoftIRMServices" among the errors (corpus testMicrosoftIRMServices.pdf's
 * attachment; signed-encrypted-pubkey-with-catalog-ref.pdf), although the encryption dictionary is
 * never encrypted and says what protects the file.
 */
class PdfForeignSecurityHandlerTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void rightsManagementHandlerIsReportedFromTheRawDictionary(@TempDir Path dir) throws Exception {
    ForensicReport r = analyze(dir, "/Filter /MicrosoftIRMServices /V 4 /Length 128");
    PdfFacts.Encryption e = r.pdf().encryption();
    assertEquals("MicrosoftIRMServices", e.filter());
    assertEquals(4, e.version());
    assertEquals(128, e.keyLengthBits());
    assertTrue(e.userPasswordRequired());
    Flag f = r.flag(FlagName.PDF_ENCRYPTED).orElseThrow();
    assertTrue(f.message().contains("MicrosoftIRMServices security handler"), f.message());
    assertTrue(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE), "the content itself stays unread");
  }

  @Test
  void certificateEncryptionIsReportedWithItsSubFilterAndPermissions(@TempDir Path dir)
      throws Exception {
    ForensicReport r =
        analyze(
            dir,
            "/Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 5 /Length 256 /P -3392"
                + " /CF << /DefaultCryptFilter << /CFM /AESV3 /Recipients [<3082>] >> >>"
                + " /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter");
    PdfFacts.Encryption e = r.pdf().encryption();
    assertEquals("Adobe.PubSec", e.filter());
    assertEquals("adbe.pkcs7.s5", e.subFilter());
    assertEquals(Boolean.FALSE, e.permissions().get("print"), "P -3392 leaves bit 3 clear");
    assertTrue(r.flag(FlagName.PDF_ENCRYPTED).orElseThrow().message().contains("Adobe.PubSec"));
  }

  private ForensicReport analyze(Path dir, String encryptEntries) throws Exception {
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
      "<< " + encryptEntries + " >>"
    };
    Path pdf = dir.resolve("protected.pdf");
    Files.write(pdf, TestPdfBuilder.build("1.6", objects, "/Root 1 0 R /Encrypt 4 0 R"));
    return analyzer.analyze(pdf, "application/pdf");
  }
}
