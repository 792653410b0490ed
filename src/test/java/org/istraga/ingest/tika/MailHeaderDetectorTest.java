package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/**
 * E-mail messages and mailboxes with HTML bodies are detected as mail, not as web pages, while
 * web pages, HTTP dumps and text stay what Tika says they are.
 */
class MailHeaderDetectorTest {

  static final String HTML_BODY = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
      + "</head><body><p>Poštovani, u prilogu je ugovor.</p></body></html>\r\n";

  /** A relayed message as an Exchange server stores it: transport headers first, HTML body. */
  static String relayedHtmlMessage() {
    StringBuilder s = new StringBuilder();
    s.append("Received: from relay.example.net (192.0.2.10) by HUB01.corp.local\r\n")
        .append(" (192.0.2.20) with Microsoft SMTP Server id 14.3.498.0; Mon, 10 Oct 2022\r\n")
        .append(" 15:11:35 -0500\r\n")
        .append("Authentication-Results: mx.corp.local; spf=None smtp.mailfrom=www@relay.example.net\r\n");
    for (int i = 0; i < 20; i++) {
      s.append("X-Filter-Data-").append(i).append(": A9a23:spSpFxSrnRjDE/aKheFpfAHQh9psomOdAWYlg6HP6ppLe6Wn9dL\r\n")
          .append(" +JFKcmJZKSZfU8pN4Dd6QWSNpSqhvBmdEtZ4Jv3d9q5o9\r\n");
    }
    s.append("Subject: =?UTF-8?B?VWdvdm9yIG8gamF2bm9qIG5hYmF2Y2k=?=\r\n")
        .append("Date: Mon, 10 Oct 2022 20:11:32 +0000\r\n")
        .append("Message-ID: <202210102011.29AKBWwn005317@relay.example.net>\r\n")
        .append("To: <nabavke@grad.example.rs>\r\n")
        .append("From: Marko Petrovic <marko@firma.example.rs>\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: text/html; charset=\"UTF-8\"\r\n")
        .append("\r\n")
        .append(HTML_BODY);
    return s.toString();
  }

  static String mboxWithHtmlMessage() {
    return "From marko@firma.example.rs Mon Jun 01 04:28:28 2009\n"
        + "Comments: a header Tika's mbox magic does not know\n"
        + "Content-Type: text/html; charset=utf-8\n"
        + "Content-Transfer-Encoding: 8bit\n"
        + "\n"
        + HTML_BODY
        + "\n";
  }

  @Test
  void relayedMessageWithHtmlBodyIsMailNotHtml() throws IOException {
    byte[] bytes = relayedHtmlMessage().getBytes(StandardCharsets.UTF_8);
    assertEquals(MediaType.TEXT_HTML, tika(bytes, null), "the defect: Tika alone reads the message as a page");
    assertEquals(MediaType.parse("message/rfc822"), detect(bytes, "poruka"));
    assertEquals(MediaType.parse("message/rfc822"), detect(bytes, null));
  }

  @Test
  void mailboxWhoseFirstMessageIsHtmlIsAMailbox() throws IOException {
    byte[] bytes = mboxWithHtmlMessage().getBytes(StandardCharsets.UTF_8);
    assertEquals(MediaType.TEXT_HTML, tika(bytes, "arhiva.mbox"), "the defect: Tika alone reads the mailbox as a page");
    assertEquals(MediaType.application("mbox"), detect(bytes, "arhiva.mbox"));
    assertEquals(MediaType.application("mbox"), detect(bytes, null));
  }

  @Test
  void mailboxWhoseFirstMessageTikaTakesForAMessageIsAMailbox() throws IOException {
    byte[] bytes = ("From djordje@example.rs Wed Mar 15 10:00:00 2023\n"
        + "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.rs; s=sel1; b=" + "b".repeat(400) + "\n"
        + "From: djordje@example.rs\nTo: b@example.rs\nSubject: prva\nDate: Wed, 15 Mar 2023 10:00:00 +0100\n"
        + "Message-ID: <1@example.rs>\n\nPrva.\n\n"
        + "From x@example.rs Wed Mar 15 11:00:00 2023\nFrom: x@example.rs\nSubject: druga\n\nDruga.\n")
        .getBytes(StandardCharsets.US_ASCII);
    assertEquals(MediaType.parse("message/rfc822"), tika(bytes, null), "the defect: Tika alone sees one message");
    assertEquals(MediaType.application("mbox"), detect(bytes, null));
    assertEquals(MediaType.application("mbox"), detect(bytes, "Inbox"));
  }

  @Test
  void whatTikaAlreadyKnowsStays() throws IOException {
    String plainMessage = "From: a@example.org\nTo: b@example.org\nSubject: Hi\nDate: Tue, 14 Mar 2023 09:15:00 +0100\n\nBody\n";
    assertEquals(MediaType.parse("message/rfc822"), detect(plainMessage.getBytes(StandardCharsets.US_ASCII), null));
    byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(MediaType.application("pdf"), detect(pdf, "x.pdf"));
  }

  @Test
  void pagesHttpDumpsAndTextAreNotMail() throws IOException {
    assertEquals(MediaType.TEXT_HTML, detect(HTML_BODY.getBytes(StandardCharsets.UTF_8), "strana.html"));
    // HTTP headers have no sender or transport field: this detector leaves Tika's answer as it is
    byte[] http = ("HTTP-Date: Mon, 10 Oct 2022 20:11:32 GMT\r\nContent-Type: text/html; charset=UTF-8\r\n"
        + "Server: nginx\r\n\r\n" + HTML_BODY).getBytes(StandardCharsets.UTF_8);
    assertEquals(MediaType.TEXT_HTML, tika(http, null));
    assertEquals(MediaType.TEXT_HTML, detect(http, null));
    // a memo whose first line is a field but whose next line is prose
    String memo = "From: Sektor za nabavke\nOvo je beleska o sastanku odrzanom u utorak.\n\n<html><body>x</body></html>";
    assertEquals(MediaType.TEXT_HTML, detect(memo.getBytes(StandardCharsets.UTF_8), null));
    // a line starting with "From " that is not an mbox separator
    String prose = "From Belgrade to Nis the road is long.\nComments: travel\nContent-Type: text/html\n\n<html><body>x</body></html>";
    assertEquals(MediaType.TEXT_HTML, detect(prose.getBytes(StandardCharsets.UTF_8), null));
    String csv = "from,to,subject\na@example.org,b@example.org,Hi\n";
    assertEquals(MediaType.TEXT_PLAIN, detect(csv.getBytes(StandardCharsets.US_ASCII), "x.txt"));
  }

  @Test
  void headerBlockCutByTheReadLimitCounts() {
    StringBuilder s = new StringBuilder("Received: from a by b; Mon, 10 Oct 2022 15:11:35 -0500\n")
        .append("From: x@example.org\nTo: y@example.org\nSubject: s\n");
    while (s.length() < MailHeaderDetector.READ_LIMIT + 100) {
      s.append("X-Long: ").append("abcdefghij".repeat(7)).append('\n');
    }
    byte[] head = java.util.Arrays.copyOf(s.toString().getBytes(StandardCharsets.US_ASCII), MailHeaderDetector.READ_LIMIT);
    assertEquals(MediaType.parse("message/rfc822"), MailHeaderDetector.sniff(head));
  }

  private static MediaType detect(byte[] bytes, String name) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return new MailHeaderDetector().detect(in, metadata(name));
    }
  }

  private static MediaType tika(byte[] bytes, String name) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return new DefaultDetector().detect(in, metadata(name));
    }
  }

  private static Metadata metadata(String name) {
    Metadata m = new Metadata();
    if (name != null) {
      m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    return m;
  }
}
