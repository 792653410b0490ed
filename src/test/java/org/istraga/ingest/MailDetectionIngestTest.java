package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message exported without an extension whose headers start with relay fields and whose body is
 * HTML, and a mailbox whose first message is HTML, are ingested as mail (headers, attachments,
 * messages), not as web pages (Tika alone detects both as text/html).
 */
class MailDetectionIngestTest {

  @TempDir Path tmp;

  @Test
  void relayedHtmlMessageAndHtmlMailboxAreMail() throws Exception {
    String boundary = "B_3748259537_1769991493";
    StringBuilder msg = new StringBuilder()
        .append("Received: from relay.example.net (192.0.2.10) by HUB01.corp.local\r\n")
        .append(" (192.0.2.20) with Microsoft SMTP Server id 14.3.498.0; Mon, 10 Oct 2022\r\n")
        .append(" 15:11:35 -0500\r\n")
        .append("Authentication-Results: mx.corp.local; spf=None smtp.mailfrom=www@relay.example.net\r\n");
    for (int i = 0; i < 20; i++) { // a filter's long folded fields, as relays add them
      msg.append("X-Filter-Data-").append(i).append(": A9a23:spSpFxSrnRjDE/aKheFpfAHQh9psomOdAWYlg6HP6ppLe6Wn9dL\r\n")
          .append(" +JFKcmJZKSZfU8pN4Dd6QWSNpSqhvBmdEtZ4Jv3d9q5o9\r\n");
    }
    msg.append("Subject: Ugovor o javnoj nabavci\r\n")
        .append("Date: Mon, 10 Oct 2022 20:11:32 +0000\r\n")
        .append("Message-ID: <202210102011.29AKBWwn005317@relay.example.net>\r\n")
        .append("To: <nabavke@grad.example.rs>\r\n")
        .append("From: Marko Petrovic <marko@firma.example.rs>\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
        .append("--").append(boundary).append("\r\n")
        .append("Content-Type: text/html; charset=\"UTF-8\"\r\n\r\n")
        .append("<html><body><p>Poštovani, u prilogu je predračun.</p></body></html>\r\n")
        .append("--").append(boundary).append("\r\n")
        .append("Content-Type: text/plain; name=\"predracun.txt\"\r\n")
        .append("Content-Disposition: attachment; filename=\"predracun.txt\"\r\n")
        .append("Content-Transfer-Encoding: base64\r\n\r\n")
        .append(Base64.getEncoder().encodeToString("Predracun broj 17/2022, iznos 69.900 dinara".getBytes(StandardCharsets.UTF_8)))
        .append("\r\n--").append(boundary).append("--\r\n");
    String mbox = "From marko@firma.example.rs Mon Jun 01 04:28:28 2009\n"
        + "Comments: a header Tika's mbox magic does not know\n"
        + "Content-Type: text/html; charset=utf-8\n"
        + "Content-Transfer-Encoding: 8bit\n"
        + "\n"
        + "<html><head></head><body><p>Sastanak je u utorak.</p></body></html>\n"
        + "\n";
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("poruka_17"), msg.toString().getBytes(StandardCharsets.UTF_8));
    Evidence.write(leak.resolve("arhiva.mbox"), mbox.getBytes(StandardCharsets.UTF_8));

    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord mail = recs.byPathSuffix("/poruka_17");
    assertEquals("message/rfc822", mail.mediaType);
    assertEquals("Ugovor o javnoj nabavci", mail.subject);
    assertEquals("Marko Petrovic <marko@firma.example.rs>", mail.emailFrom);
    assertEquals("2022-10-10T20:11:32Z", mail.date);
    assertTrue(mail.text.contains("u prilogu je predračun"), mail.text);
    assertFalse(mail.text.contains("Authentication-Results"), "headers are not body text: " + mail.text);
    DocumentRecord attachment = recs.byPathSuffix("/poruka_17!/predracun.txt");
    assertTrue(attachment.text.contains("Predracun broj 17/2022"), attachment.text);

    DocumentRecord box = recs.byPathSuffix("/arhiva.mbox");
    assertEquals("application/mbox", box.mediaType);
    DocumentRecord first = recs.all().stream()
        .filter(d -> d.firstPath().contains("/arhiva.mbox!/")).findFirst().orElseThrow(() -> new AssertionError(recs.paths()));
    assertEquals("message/rfc822", first.mediaType);
    assertTrue(first.text.contains("Sastanak je u utorak."), first.text);
  }
}
