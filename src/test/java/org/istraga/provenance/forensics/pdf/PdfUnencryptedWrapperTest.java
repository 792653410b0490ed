package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An "unencrypted wrapper" (Acrobat: encrypt only file attachments; ISO 32000-2 7.6.7): strings
 * and streams use the Identity crypt filter, only the attachments are AES-encrypted and need the
 * password. pdfinfo and pdfdetach read such a file without a password (corpus
 * encrypted-attachment.pdf: 1 page, 1 attachment); the report said "needs a password to open",
 * listed no page, font or attachment and flagged the analysis incomplete. The file here is built
 * by hand with a user password that is not empty (its /U and /O do not match the empty one).
 */
class PdfUnencryptedWrapperTest {

  @Test
  void documentOfAnUnencryptedWrapperIsReadAndOnlyTheAttachmentsAreSaidToBeLocked(
      @TempDir Path dir) throws Exception {
    byte[] bytes = wrapperPdf();
    Path pdf = dir.resolve("wrapper.pdf");
    Files.write(pdf, bytes);
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults()).analyze(pdf, "application/pdf");

    assertEquals(List.of(), r.errors());
    PdfFacts p = r.pdf();
    assertEquals(1, p.pageCount());
    assertEquals("Wrapper cover", p.info().title());
    assertEquals(1, p.embeddedFiles().size());
    assertEquals("secret-contract.txt", p.embeddedFiles().get(0).name());
    PdfFacts.Encryption e = p.encryption();
    assertEquals(Boolean.TRUE, e.embeddedFilesOnly());
    assertFalse(e.userPasswordRequired());
    assertEquals(6, e.revision());
    Flag f = r.flag(FlagName.PDF_ENCRYPTED).orElseThrow();
    assertTrue(f.message().startsWith("Only the attached files are encrypted"), f.message());
    assertEquals("true", f.evidence().get("embedded_files_only"));
    assertFalse(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE));
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
        r.sha256(),
        "the report describes the file's own bytes");
    assertEquals(bytes.length, p.revisionEnds().get(0));
  }

  @Test
  void aDocumentWhoseStreamsAreEncryptedStillNeedsThePassword(@TempDir Path dir)
      throws Exception {
    String full = new String(wrapperPdf(), StandardCharsets.ISO_8859_1);
    // Same length: the stream filter is the standard one, not Identity.
    full = full.replace("/StmF /Identity", "/StmF /StdCF   ");
    Path pdf = dir.resolve("locked.pdf");
    Files.write(pdf, full.getBytes(StandardCharsets.ISO_8859_1));
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults()).analyze(pdf, "application/pdf");
    PdfFacts.Encryption e = r.pdf().encryption();
    assertTrue(e.userPasswordRequired());
    assertEquals(null, e.embeddedFilesOnly());
    assertEquals(-1, r.pdf().pageCount());
    assertTrue(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE));
  }

  private static byte[] wrapperPdf() {
    String hex48a = "A1".repeat(48);
    String hex48b = "B2".repeat(48);
    String hex32 = "C3".repeat(32);
    String content = "BT /F1 18 Tf 20 100 Td (Open the attachment) Tj ET";
    String attachment = "\u0091\u0012\u00ff\u0007 not plaintext: AES in the real thing \u0001";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(secret-contract.txt)"
          + " 6 0 R] >> >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R"
          + " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
          + " >> >>",
      "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
      "<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /EncryptMetadata false"
          + " /StmF /Identity /StrF /Identity /EFF /StdCF"
          + " /CF << /StdCF << /AuthEvent /EFOpen /CFM /AESV3 /Length 32 >> >>"
          + " /O <" + hex48a + "> /U <" + hex48b + "> /OE <" + hex32 + "> /UE <" + hex32 + ">"
          + " /Perms <" + "D4".repeat(16) + "> >>",
      "<< /Type /Filespec /F (secret-contract.txt) /UF (secret-contract.txt) /EF << /F 7 0 R >> >>",
      "<< /Type /EmbeddedFile /Params << /Size 2048 >> /Length "
          + attachment.length()
          + " >>\nstream\n"
          + attachment
          + "\nendstream",
      "<< /Title (Wrapper cover) /Producer (hand-made test) >>"
    };
    return TestPdfBuilder.build("1.7", objects, "/Root 1 0 R /Info 8 0 R /Encrypt 5 0 R");
  }
}
