package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Permissions of the revision 2 standard security handler. qpdf and readers derive form filling,
 * accessibility and assembly from bits 6, 5 and 4 there; bits 9 to 12 mean nothing in revision 2
 * but are 1 in almost every such file (Acrobat writes /P -60). The report used to read them and
 * called allowed what is refused (corpus jetblue_coc.pdf: three of eight permissions differed
 * from qpdf --show-encryption).
 */
class PdfPermissionsTest {

  private static final byte[] PAD =
      HexFormat.of()
          .parseHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
  private static final byte[] ID = HexFormat.of().parseHex(TestPdfBuilder.ID);

  @Test
  void revision2FileWithBits9To12SetGrantsOnlyWhatBits3To6Grant(@TempDir Path dir)
      throws Exception {
    Path pdf = dir.resolve("rc4-40.pdf");
    Files.write(pdf, rc4Revision2Pdf(-60)); // print only
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults()).analyze(pdf, "application/pdf");
    PdfFacts.Encryption e = r.pdf().encryption();
    assertEquals(2, e.revision());
    assertFalse(e.userPasswordRequired(), "opened with the empty user password: " + r.errors());
    Map<String, Boolean> p = e.permissions();
    assertTrue(p.get("print"));
    assertTrue(p.get("print_high_quality"));
    assertFalse(p.get("modify"));
    assertFalse(p.get("extract_content"));
    assertFalse(p.get("extract_for_accessibility"));
    assertFalse(p.get("modify_annotations"));
    assertFalse(p.get("fill_in_form"));
    assertFalse(p.get("assemble_document"));
  }

  @Test
  void revision2WithAnnotationsAllowedAllowsFormFilling() {
    // P = -20: bits 3, 4 and 6 set (print, modify, annotations), bit 5 (copy) clear.
    Map<String, Boolean> p = PdfPermissions.decode(-20, 2);
    assertTrue(p.get("fill_in_form"));
    assertTrue(p.get("assemble_document"));
    assertFalse(p.get("extract_for_accessibility"));
  }

  @Test
  void revision3ReadsBits9To12AndBit6AlsoAllowsFormFilling() {
    // P = -64 (bits 3 to 6 clear, 9 to 12 set): Table 22 grants forms, accessibility, assembly.
    Map<String, Boolean> p = PdfPermissions.decode(-64, 3);
    assertFalse(p.get("print"));
    assertFalse(p.get("print_high_quality"), "no printing at all, so none at high quality");
    assertTrue(p.get("fill_in_form"));
    assertTrue(p.get("extract_for_accessibility"));
    assertTrue(p.get("assemble_document"));
    // P = -288: bit 6 set, bit 9 clear: "fill in interactive form fields" still allowed.
    Map<String, Boolean> q = PdfPermissions.decode(-288, 4);
    assertTrue(q.get("modify_annotations"));
    assertTrue(q.get("fill_in_form"));
  }

  /** A one-page PDF encrypted with the 40-bit RC4 handler (V 1, R 2) and an empty user password. */
  private static byte[] rc4Revision2Pdf(int p) throws Exception {
    byte[] owner = MessageDigest.getInstance("SHA-256").digest("owner".getBytes());
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    md5.update(PAD);
    md5.update(owner);
    md5.update(new byte[] {(byte) p, (byte) (p >> 8), (byte) (p >> 16), (byte) (p >> 24)});
    md5.update(ID);
    byte[] key = java.util.Arrays.copyOf(md5.digest(), 5);
    Cipher rc4 = Cipher.getInstance("ARCFOUR");
    rc4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ARCFOUR"));
    byte[] user = rc4.doFinal(PAD);
    HexFormat hex = HexFormat.of().withUpperCase();
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
      "<< /Filter /Standard /V 1 /R 2 /O <"
          + hex.formatHex(owner)
          + "> /U <"
          + hex.formatHex(user)
          + "> /P "
          + p
          + " >>"
    };
    return TestPdfBuilder.build("1.3", objects, "/Root 1 0 R /Encrypt 4 0 R");
  }
}
