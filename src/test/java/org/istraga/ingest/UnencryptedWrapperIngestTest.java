package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.tika.PdfParser;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An "unencrypted wrapper" PDF (Acrobat: encrypt only file attachments): strings and streams use
 * the Identity crypt filter, only the attached files are encrypted. Every reader shows its pages
 * without a password (pdftotext reads corpus encrypted-attachment.pdf's "Example"), but the ingest
 * marked it {@code encrypted} with no text, because PDFBox refuses the empty password. Its pages
 * are now read; its attachment stays {@code encrypted}; the document is the original bytes.
 */
class UnencryptedWrapperIngestTest {

  @TempDir Path tmp;

  @Test
  void theWrapperDocumentIsReadAndItsAttachmentStaysEncrypted() throws Exception {
    byte[] pdf = wrapperPdf("/StmF /Identity");
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("zapisnik.pdf"), pdf);
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord r = recs.byPathSuffix("zapisnik.pdf");
    assertEquals("ok", r.status, r.statusReason);
    assertEquals(2, r.pageCount);
    assertEquals(2, r.pageStarts.length);
    int first = r.text.indexOf("Zapisnik sa sednice odbora");
    int second = r.text.indexOf("Drugi list");
    assertTrue(r.pageStarts[0] <= first && first < r.pageStarts[1], r.text);
    assertTrue(second >= r.pageStarts[1], r.text);
    assertEquals(Hashes.of(pdf).sha256(), r.id, "the document is the file's own bytes");
    assertArrayEquals(pdf, Files.readAllBytes(leak.resolve("zapisnik.pdf")), "evidence untouched");
    assertEquals(List.of("true"), r.metadata.get("pdf:encrypted"));
    assertEquals(List.of("1"), r.metadata.get(PdfParser.ENCRYPTED_ATTACHMENTS));

    DocumentRecord att = recs.byPathSuffix("zapisnik.pdf!/tajni-ugovor.txt");
    assertEquals("encrypted", att.status);
    assertTrue(att.statusReason.contains("--passwords"), att.statusReason);
    assertEquals(r.id, att.occurrences.get(0).parent());
    assertEquals(Hashes.of(CIPHERTEXT.getBytes(StandardCharsets.ISO_8859_1)).sha256(), att.id,
        "the attachment is kept as its stored (encrypted) bytes");
  }

  @Test
  void aPdfWhoseStreamsAreEncryptedStillNeedsThePassword() throws Exception {
    // Same file, but its page streams use the standard crypt filter: no reader opens it.
    byte[] pdf = wrapperPdf("/StmF /StdCF   ");
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("locked.pdf"), pdf);
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);
    DocumentRecord r = CaseRecords.read(caseDir).byPathSuffix("locked.pdf");
    assertEquals("encrypted", r.status, r.statusReason);
    assertTrue(r.text.isBlank(), r.text);
  }

  @Test
  void realWrappersFromTheCorpusAreRead() throws Exception {
    Path leak = tmp.resolve("leak");
    for (String name : List.of("encrypted-attachment.pdf", "embedded-encrypted-nocf.pdf")) {
      Evidence.write(leak.resolve(name),
          Files.readAllBytes(Corpus.file("c_pdf_features/" + name)));
    }
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord a = recs.byPathSuffix("encrypted-attachment.pdf");
    assertEquals("ok", a.status, a.statusReason);
    assertEquals(1, a.pageCount);
    assertTrue(a.text.contains("Example"), a.text);
    assertEquals("encrypted", recs.byPathSuffix("encrypted-attachment.pdf!/attachment.pdf").status);
    DocumentRecord b = recs.byPathSuffix("embedded-encrypted-nocf.pdf");
    assertEquals("ok", b.status, b.statusReason);
    assertEquals(1, b.pageCount);
    assertTrue(b.text.contains("Hello World"), b.text);
    assertEquals("encrypted", recs.byPathSuffix("embedded-encrypted-nocf.pdf!/vector-test.pdf").status);
  }

  /** Stands for the AES ciphertext of the attachment (the password is not needed by the test). */
  private static final String CIPHERTEXT =
      "\u0091\u0012\u00ff\u0007\u00e4\u0004\u000fD\u000cYs\u00ea;^.4\u00fa\u00e6\u00b9\u00b9\u0095\"";

  /**
   * A two-page wrapper with one attachment, written by hand (PDFBox does not write wrappers). Its
   * /U and /O do not match the empty password. {@code stmF} is 15 characters.
   */
  private static byte[] wrapperPdf(String stmF) {
    String page1 = "BT /F1 14 Tf 20 100 Td (Zapisnik sa sednice odbora) Tj ET";
    String page2 = "BT /F1 14 Tf 20 100 Td (Drugi list: prilog je zakljucan) Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(tajni-ugovor.txt)"
          + " 7 0 R] >> >> >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
      page("5 0 R"),
      page("6 0 R"),
      "<< /Length " + page1.length() + " >>\nstream\n" + page1 + "\nendstream",
      "<< /Length " + page2.length() + " >>\nstream\n" + page2 + "\nendstream",
      "<< /Type /Filespec /F (tajni-ugovor.txt) /UF (tajni-ugovor.txt) /EF << /F 8 0 R >> >>",
      "<< /Type /EmbeddedFile /Subtype /text#2Fplain /Filter /FlateDecode /Params << /Size 2048 >>"
          + " /Length " + CIPHERTEXT.length() + " >>\nstream\n" + CIPHERTEXT + "\nendstream",
      "<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /EncryptMetadata false "
          + stmF + " /StrF /Identity /EFF /StdCF"
          + " /CF << /StdCF << /AuthEvent /EFOpen /CFM /AESV3 /Length 32 >> >>"
          + " /O <" + "A1".repeat(48) + "> /U <" + "B2".repeat(48) + "> /OE <" + "C3".repeat(32)
          + "> /UE <" + "C3".repeat(32) + "> /Perms <" + "D4".repeat(16) + "> >>",
    };
    return build(objects, "/Root 1 0 R /Encrypt 9 0 R");
  }

  private static String page(String contents) {
    return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents " + contents
        + " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
        + " >> >>";
  }

  /** A PDF 1.7 file with a classic cross-reference table; object i + 1 is objects[i]. */
  private static byte[] build(String[] objects, String trailerEntries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
    long[] offsets = new long[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = out.size();
      out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    long xref = out.size();
    StringBuilder sb = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
    for (long o : offsets) {
      sb.append(String.format("%010d 00000 n \n", o));
    }
    String id = "0123456789ABCDEF0123456789ABCDEF";
    sb.append("trailer\n<< /Size ").append(objects.length + 1).append(' ').append(trailerEntries)
        .append(" /ID [<").append(id).append("> <").append(id).append(">] >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }
}
