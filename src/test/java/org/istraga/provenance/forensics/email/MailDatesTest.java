package org.istraga.provenance.forensics.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail dates compared with Python's email.utils.parsedate_to_datetime over 27 forms: they agreed
 * except where Istraga is stricter or knows more zones, and on the C asctime form ("Tue Mar  7
 * 10:00:00 2023", written by old sendmail and some clients in Received and Date headers), which
 * Python reads and Istraga returned as no date at all.
 */
class MailDatesTest {

  @Test
  void asctimeFormIsRead() {
    assertEquals("2023-03-07T10:00Z", String.valueOf(MailDates.parse("Tue Mar  7 10:00:00 2023")));
    assertEquals(
        "2023-03-07T10:00+01:00", String.valueOf(MailDates.parse("Tue Mar 07 10:00:00 2023 +0100")));
    assertEquals(
        "2009-06-01T04:28:28-07:00", String.valueOf(MailDates.parse("Mon Jun  1 04:28:28 2009 PDT")));
  }

  @Test
  void rfc5322FormsStillWinAndImpossibleDatesStayUnread() {
    assertEquals(
        "2023-03-07T10:00+01:00", String.valueOf(MailDates.parse("Tue, 7 Mar 2023 10:00:00 +0100")));
    assertNull(MailDates.parse("Tue Feb 31 10:00:00 2023"));
    assertNull(MailDates.parse("no date here 2023"));
  }

  @Test
  void receivedHopWithAsctimeTimestampGetsItsTime(@TempDir Path dir) throws Exception {
    String eml =
        "Received: from relay.example.rs by mx.example.org (8.9.3/8.9.3);\r\n"
            + "\tTue Mar  7 10:00:05 2023\r\n"
            + "From: ana@example.rs\r\nTo: desk@example.org\r\nSubject: x\r\n"
            + "Date: Tue, 7 Mar 2023 09:59:00 +0000\r\n\r\nbody\r\n";
    Path f = dir.resolve("old.eml");
    Files.writeString(f, eml, StandardCharsets.US_ASCII);
    ForensicReport r = new ForensicAnalyzer(ForensicOptions.defaults()).analyze(f, "message/rfc822");
    assertEquals(
        "2023-03-07T10:00:05Z", r.email().messages().get(0).received().get(0).timestamp());
  }
}
