package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The encryption dictionary read from raw bytes (files that need a password). Its tokenizer paired
 * keys and values by position and did not count keywords ({@code true}, {@code false}) or arrays as
 * values, so every entry after {@code /EncryptMetadata false} was read under the wrong key (on
 * corpus embedded-encrypted-nocf.pdf: {@code StdCF=/CF}, {@code Identity=/StrF}; a dictionary
 * written with /EncryptMetadata before /P and /R lost its permissions and revision).
 */
class PdfRawEncryptionTest {

  @Test
  void entriesAfterABooleanOrAnArrayKeepTheirKeys() {
    String pdf =
        "%PDF-1.6\n"
            + "1 0 obj\n<< /Filter /Standard /EncryptMetadata false /Recipients [ <00ff> (a]b) ]"
            + " /V 4 /R 4 /Length 128 /StmF /StdCF /StrF /StdCF"
            + " /CF << /StdCF << /CFM /AESV2 /Length 16 >> >> /P -3648"
            + " /O <0011> /U <2233> >>\nendobj\n"
            + "trailer\n<< /Root 2 0 R /Encrypt 1 0 R >>\nstartxref\n0\n%%EOF\n";
    PdfFacts.Encryption e = PdfRawEncryption.read(pdf.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("Standard", e.filter());
    assertEquals(4, e.version());
    assertEquals(4, e.revision());
    assertEquals(128, e.keyLengthBits());
    assertTrue(e.userPasswordRequired());
    // P = -3648 sets bits 7 to 9 of 1 to 12: print and copy refused, form filling allowed.
    assertFalse(e.permissions().get("print"));
    assertFalse(e.permissions().get("extract_content"));
    assertTrue(e.permissions().get("fill_in_form"));
  }
}
