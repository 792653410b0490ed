package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encrypted PDFs, Office files and archives get status {@code encrypted}; {@code --passwords FILE}
 * tries the listed passwords and records which one opened each file (its line, never the password).
 */
class PasswordsTest {

  @TempDir Path tmp;

  /** Ingests {@code evidence} into a new case, with {@code passwords} when not null; asserts exit 0. */
  private CaseRecords ingest(String caseName, Path passwords, Path evidence) throws Exception {
    Path caseDir = tmp.resolve(caseName);
    List<String> args = new ArrayList<>(List.of("ingest", "--case", caseDir.toString(), "--ocr", "off"));
    if (passwords != null) {
      args.addAll(List.of("--passwords", passwords.toString()));
    }
    args.add(evidence.toString());
    Cli.Result r = Cli.run(args.toArray(new String[0]));
    assertEquals(ExitCode.OK, r.code(), r::toString);
    return CaseRecords.read(caseDir);
  }

  @Test
  void encryptedFilesAreReportedThenOpenedWithTheRightPassword() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("locked.pdf"), encryptedPdf("s3cret", "Confidential annex: GIS discount 92%"));
    Evidence.write(leak.resolve("locked.docx"), encryptedDocx("pa55word", "Memo on the Safe City bundle credit"));
    CaseRecords without = ingest("case-without", null, leak);
    assertEquals("encrypted", without.byPathSuffix("locked.pdf").status);
    assertEquals("encrypted", without.byPathSuffix("locked.docx").status);

    Path list = Evidence.write(tmp.resolve("passwords.txt"), "wrong-one\ns3cret\npa55word\n");
    CaseRecords with = ingest("case-with", list, leak);
    DocumentRecord pdf = with.byPathSuffix("locked.pdf");
    assertEquals("ok", pdf.status, pdf.statusReason);
    assertTrue(pdf.text.contains("GIS discount 92%"), pdf.text);
    assertEquals(2, pdf.passwordIndex);
    DocumentRecord docx = with.byPathSuffix("locked.docx");
    assertEquals("ok", docx.status, docx.statusReason);
    assertTrue(docx.text.contains("bundle credit"), docx.text);
    assertEquals(3, docx.passwordIndex);
    assertTrue(!Files.readString(tmp.resolve("case-with").resolve("ledger.jsonl")).contains("s3cret"),
        "passwords are not recorded");
  }

  @Test
  void encryptedArchiveOpensWithItsPassword() throws Exception {
    Path archive = Corpus.file("g_archives/test7Z_protected_passTika.7z");
    Path list = Evidence.write(tmp.resolve("passwords.txt"), "nope\nTika\n");
    DocumentRecord rec = ingest("case", list, archive).byPathSuffix("test7Z_protected_passTika.7z");
    assertEquals("ok", rec.status, rec.statusReason);
    assertEquals(2, rec.passwordIndex);
    DocumentRecord locked = ingest("case-no-list", null, archive).byPathSuffix("test7Z_protected_passTika.7z");
    assertEquals("encrypted", locked.status);
    assertNull(locked.passwordIndex);
  }

  @Test
  void passwordProtectedZipEntriesOpenWithThePasswordInBothZipEncryptions() throws Exception {
    Path leak = tmp.resolve("zips");
    byte[] memo = Evidence.docx("Vesna Mirković", "Vesna Mirković", "Beleška: popust od 92% na GIS softver");
    byte[] note = "Lozinka za arhivu je u drugom mejlu. Ugovor 404-02-117/2019-06.".getBytes(StandardCharsets.UTF_8);
    Evidence.write(leak.resolve("standard.zip"), encryptedZip("kamera2019", EncryptionMethod.ZIP_STANDARD, memo, note));
    Evidence.write(leak.resolve("aes.zip"), encryptedZip("kamera2019", EncryptionMethod.AES, memo, note));

    CaseRecords locked = ingest("zips-without", null, leak);
    for (String zip : new String[] {"standard.zip", "aes.zip"}) {
      assertEquals("encrypted", locked.byPathSuffix(zip).status, zip);
      assertTrue(locked.find(zip + "!/prilozi/beleska.docx").isEmpty(), "no text without the password: " + zip);
    }
    assertTrue(locked.find("!/procitaj.txt").isPresent(), "the entry that is not encrypted is read anyway");

    Path list = Evidence.write(tmp.resolve("zip-passwords.txt"), "Kamera2019\nkamera2019\n");
    Path with = tmp.resolve("zips-with");
    CaseRecords open = ingest("zips-with", list, leak);
    for (String zip : new String[] {"standard.zip", "aes.zip"}) {
      DocumentRecord root = open.byPathSuffix(zip);
      assertEquals("ok", root.status, zip + ": " + root.statusReason);
      assertEquals(2, root.passwordIndex, zip);
      DocumentRecord docx = open.byPathSuffix(zip + "!/prilozi/beleska.docx");
      assertEquals("ok", docx.status, docx.statusReason);
      assertTrue(docx.text.contains("popust od 92%"), docx.text);
      // the same memo is in both archives: one document, an occurrence under each
      assertTrue(docx.occurrences.stream().anyMatch(o -> o.path().endsWith(zip + "!/prilozi/beleska.docx")
          && root.id.equals(o.parent())), docx.occurrences.toString());
      assertTrue(open.byPathSuffix(zip + "!/tajno.txt").text.contains("404-02-117/2019-06"));
    }
    Cli.Result found = Cli.run("search", "--case", with.toString(), "--json", "\"popust od 92%\"");
    assertEquals(1, found.json().get("total").asInt(), found::toString);
    assertTrue(!Files.readString(with.resolve("ledger.jsonl")).contains("kamera2019"), "passwords are not recorded");
  }

  /** A ZIP with two encrypted entries (one in a folder) and one that is not encrypted. */
  static byte[] encryptedZip(String password, EncryptionMethod method, byte[] docx, byte[] text) throws Exception {
    Path file = Files.createTempFile("encrypted", ".zip");
    Files.delete(file);
    try (net.lingala.zip4j.ZipFile zip = new net.lingala.zip4j.ZipFile(file.toFile(), password.toCharArray())) {
      ZipParameters secret = new ZipParameters();
      secret.setEncryptFiles(true);
      secret.setEncryptionMethod(method);
      if (method == EncryptionMethod.AES) {
        secret.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
      }
      secret.setFileNameInZip("prilozi/beleska.docx");
      zip.addStream(new ByteArrayInputStream(docx), secret);
      ZipParameters secretText = new ZipParameters(secret);
      secretText.setFileNameInZip("tajno.txt");
      zip.addStream(new ByteArrayInputStream(text), secretText);
      ZipParameters plain = new ZipParameters();
      plain.setFileNameInZip("procitaj.txt");
      zip.addStream(new ByteArrayInputStream("Arhiva je zaštićena lozinkom.".getBytes(StandardCharsets.UTF_8)), plain);
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.delete(file);
    return bytes;
  }

  static byte[] encryptedPdf(String userPassword, String text) throws Exception {
    byte[] plain = Evidence.pdf(text);
    try (PDDocument doc = Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
          new AccessPermission());
      p.setEncryptionKeyLength(128);
      doc.protect(p);
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] encryptedDocx(String password, String text) throws Exception {
    byte[] plain = Evidence.docx("Author", "Editor", text);
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
