package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mailboxes and e-mail messages embedded in archives, as a leak of a procurement office's mail
 * holds them: 8-bit UTF-8 and windows-1251 bodies, encoded Cyrillic headers, HTML-only messages.
 * Each message is a child with its own headers and text, byte for byte the message in the mailbox,
 * and named by the container when the container names it.
 */
class MailboxIngestTest {

  static final String BODY = "Уговор о јавној набавци број 404-12/2023. Наручилац Градска управа града Ниша "
      + "закључује са понуђачем Предузеће за изградњу путева д.о.о. из Београда уговор о извођењу "
      + "радова. Ђорђе Јовановић, директор; Љубица Њежић, службеница; Џевад Ћирић.";

  @TempDir Path tmp;

  @Test
  void mboxMessagesKeepTheirBytesHeadersAndCyrillicText() throws Exception {
    byte[] utf8Plain = message("Понуда за јавну набавку 404-12/2023", "Tue, 14 Mar 2023 09:15:00 +0100",
        "text/plain; charset=utf-8", BODY.getBytes(StandardCharsets.UTF_8));
    byte[] cp1251Html = message("Записник о отварању понуда", "Wed, 15 Mar 2023 11:00:00 +0100",
        "text/html; charset=windows-1251", ("<html><body><p>" + BODY + "</p></body></html>").getBytes("windows-1251"));
    byte[] latin = message("Ugovor – potpisana verzija, Čačak", "Thu, 16 Mar 2023 08:30:00 +0100",
        "text/plain; charset=windows-1250", "Ponuđač je dužan da dostavi garanciju, Šećer.".getBytes("windows-1250"));
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();
    for (byte[] m : List.of(utf8Plain, cp1251Html, latin)) {
      mbox.write("From djordje@gradnis.rs Tue Mar 14 09:15:00 2023\n".getBytes(StandardCharsets.US_ASCII));
      mbox.write(m);
      mbox.write('\n');
    }
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("inbox.mbox"), mbox.toByteArray());
    Evidence.write(leak.resolve("izvoz.zip"), Evidence.zip(Map.of("0001.eml", cp1251Html, "0002.eml", latin)));

    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord first = recs.byPathSuffix("/inbox.mbox!/Понуда за јавну набавку 404-12_2023.eml");
    assertEquals(Hashes.sha256(utf8Plain), first.id, "the child is the message's bytes, unchanged");
    assertEquals("Понуда за јавну набавку 404-12/2023", first.subject);
    assertEquals("Ђорђе Јовановић <djordje@gradnis.rs>", first.emailFrom);
    assertEquals(List.of("Љубица Њежић <ljubica@firma.rs>"), first.emailTo);
    assertEquals("2023-03-14T08:15:00Z", first.date);
    assertTrue(first.text.contains(BODY), first.text);
    assertEquals("cyrillic", first.script);
    assertEquals(1, first.occurrences.get(0).depth());

    DocumentRecord html = recs.byPathSuffix("/inbox.mbox!/Записник о отварању понуда.eml");
    assertEquals(Hashes.sha256(cp1251Html), html.id);
    assertTrue(html.stored, "an HTML-only message keeps its bytes");
    assertNull(html.statusReason);
    assertTrue(html.text.contains(BODY), html.text);
    assertEquals("2023-03-15T10:00:00Z", html.date);

    DocumentRecord third = recs.byPathSuffix("/inbox.mbox!/Ugovor – potpisana verzija, Čačak.eml");
    assertEquals(Hashes.sha256(latin), third.id);
    assertTrue(third.text.contains("Ponuđač je dužan da dostavi garanciju, Šećer."), third.text);

    // the same messages in a ZIP keep the ZIP's names, and are the same documents
    DocumentRecord zipped = recs.byPathSuffix("/izvoz.zip!/0001.eml");
    assertEquals(html.id, zipped.id);
    assertTrue(recs.find("/izvoz.zip!/0002.eml").isPresent(), recs.paths().toString());
    assertEquals(5, recs.all().size(), recs.paths().toString()); // 2 files, 3 distinct messages
  }

  private static byte[] message(String subject, String date, String contentType, byte[] body) throws Exception {
    String headers = "From: =?UTF-8?B?" + b64("Ђорђе Јовановић") + "?= <djordje@gradnis.rs>\n"
        + "To: =?windows-1251?B?" + Base64.getEncoder().encodeToString("Љубица Њежић".getBytes("windows-1251"))
        + "?= <ljubica@firma.rs>\n"
        + "Subject: =?UTF-8?B?" + b64(subject) + "?=\n"
        + "Date: " + date + "\n"
        + "Message-ID: <" + Math.abs(subject.hashCode()) + "@gradnis.rs>\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: " + contentType + "\n"
        + "Content-Transfer-Encoding: 8bit\n\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(headers.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.write('\n');
    return out.toByteArray();
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
