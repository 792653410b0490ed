package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attachment whose name a mail program wrote as raw UTF-8 in the MIME headers keeps that name
 * (mime4j alone drops it, and the attachment became "embedded-1"), and the message keeps its bytes.
 */
class AttachmentNameIngestTest {

  @TempDir Path tmp;

  @Test
  void rawUtf8AttachmentNameIsKept() throws Exception {
    String attachment = Base64.getEncoder().encodeToString(
        "Obaveštenje o dodeli ugovora 404-12/2023".getBytes(StandardCharsets.UTF_8));
    String msg = "From: =?UTF-8?B?" + Base64.getEncoder().encodeToString("Служба ФНС".getBytes(StandardCharsets.UTF_8))
        + "?= <sluzba@example.ru>\r\nTo: <nabavke@example.rs>\r\nSubject: Obavestenje\r\n"
        + "Date: Mon, 22 Aug 2016 16:56:09 +0300\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"2NqJR3m2cLnh\"\r\n\r\n"
        + "--2NqJR3m2cLnh\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nУ прилогу је обавештење.\r\n"
        + "--2NqJR3m2cLnh\r\nContent-Type: text/plain; name=\"Обавештење_о_додели.txt\"\r\n"
        + "Content-Disposition:attachment; filename=\"Обавештење_о_додели.txt\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n--2NqJR3m2cLnh--\r\n";
    byte[] bytes = msg.getBytes(StandardCharsets.UTF_8);
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("poruka.eml"), bytes);

    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord mail = recs.byPathSuffix("/poruka.eml");
    assertEquals(Hashes.sha256(bytes), mail.id, "the message is its own bytes");
    assertTrue(mail.text.contains("У прилогу је обавештење."), mail.text);
    DocumentRecord child = recs.byPathSuffix("/poruka.eml!/Обавештење_о_додели.txt");
    assertEquals("txt", child.ext);
    assertTrue(child.text.contains("Obaveštenje o dodeli ugovora 404-12/2023"), child.text);
  }
}
