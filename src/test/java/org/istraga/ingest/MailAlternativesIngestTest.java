package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderings of a {@code multipart/alternative} that mail programs do not show: a plain-text
 * version that says something the HTML does not is in the message's text after the HTML; one that
 * repeats the HTML adds nothing; the paragraphs of a newsletter's plain version that only it holds
 * (links, text the HTML draws as images) are added, the repeated ones are not.
 */
class MailAlternativesIngestTest {

  @TempDir static Path tmp;
  private static CaseRecords recs;

  @BeforeAll
  static void ingestAll() throws Exception {
    Path leak = tmp.resolve("leak");
    write(leak, "different.eml", alternative(
        "Hi,\r\n\r\nThis is the transfer order for account 160-0000000123456-78.\r\n\r\n"
            + "Write only to chetan.k@private.example from now on.\r\n\r\nThanks,\r\nChetan\r\n",
        "<html><body><p>This is the html body of the main msg.</p></body></html>"));
    write(leak, "same.eml", alternative(
        "Dear colleague,\r\n\r\nThe tender documents are attached.\r\n\r\nRegards\r\n",
        "<html><body><p>Dear colleague,</p><p>The tender documents are <b>attached</b>.</p>"
            + "<p>Regards</p></body></html>"));
    write(leak, "newsletter.eml", alternative(
        "Spring offer for all our clients.\r\n\r\nFollow us: https://social.example.org/carlance\r\n"
            + "\r\nUnsubscribe: https://mail.example.org/u?id=52876\r\n",
        "<html><body><p>Spring offer for all our clients.</p><img src=\"cid:follow\" alt=\"\"></body></html>"));
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void plainVersionThatSaysSomethingElseIsInTheText() {
    DocumentRecord r = recs.byPathSuffix("different.eml");
    assertEquals("ok", r.status, r.statusReason);
    int html = r.text.indexOf("This is the html body of the main msg.");
    int plain = r.text.indexOf("This is the transfer order for account 160-0000000123456-78.");
    assertTrue(html >= 0, r.text);
    assertTrue(plain > html, "the plain version follows the shown HTML: " + r.text);
    assertTrue(r.text.contains("Chetan"), r.text);
    assertTrue(r.entities.stream().anyMatch(e -> e.value().equals("chetan.k@private.example")),
        () -> "the address in the plain version is found: " + r.entities);
  }

  @Test
  void plainVersionThatRepeatsTheHtmlAddsNothing() {
    DocumentRecord r = recs.byPathSuffix("same.eml");
    assertEquals(1, count(r.text, "The tender documents are"), r.text);
    assertEquals(1, count(r.text, "Dear colleague"), r.text);
  }

  @Test
  void onlyTheNewsletterParagraphsTheHtmlLacksAreAdded() {
    DocumentRecord r = recs.byPathSuffix("newsletter.eml");
    assertEquals(1, count(r.text, "Spring offer for all our clients."), r.text);
    assertTrue(r.text.contains("Follow us: https://social.example.org/carlance"), r.text);
    assertTrue(r.text.contains("Unsubscribe: https://mail.example.org/u?id=52876"), r.text);
    assertFalse(recs.all().stream().anyMatch(d -> d.firstPath().startsWith(
        r.firstPath() + "!/")), "no child comes from reading a rendering for comparison");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String alternative(String plain, String html) {
    return "From: Sender <sender@example.org>\r\nTo: receiver@example.org\r\nSubject: alternatives\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
        + "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + plain + "\r\n"
        + "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
        + "--alt--\r\n";
  }

  private static void write(Path dir, String name, String eml) throws Exception {
    Evidence.write(dir.resolve(name), eml.getBytes(StandardCharsets.UTF_8));
  }
}
