package org.istraga.provenance.forensics.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail forensics on the real corpus. Expected DKIM body-hash results and the recomputed hashes
 * were established with dkimpy (an independent implementation); Received chains and dates with
 * Python's email module and by reading the headers.
 */
class EmailForensicsCorpusTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  private ForensicReport analyze(String rel, String mediaType) {
    return analyzer.analyze(Corpus.file(rel), mediaType);
  }

  private static EmailFacts.DkimResult onlyDkim(ForensicReport r, int message) {
    List<EmailFacts.DkimResult> d = r.email().messages().get(message - 1).dkim();
    assertEquals(1, d.size());
    return d.get(0);
  }

  @Test
  void rfc6376ExampleMessageHasAPassingBodyHashAndItsReceivedHopParsed() {
    ForensicReport r = analyze("f_email/testRFC822_dkim.eml", "message/rfc822");
    assertEquals("email", r.format());
    EmailFacts.MessageFacts m = r.email().messages().get(0);
    assertEquals("<20030712040037.46341.5F8J@football.example.com>", m.messageId());
    assertEquals("2003-07-11T21:00:37-07:00", m.date());
    assertEquals(1, m.received().size());
    EmailFacts.ReceivedHop hop = m.received().get(0);
    assertEquals("client1.football.example.com [192.0.2.1]", hop.from());
    assertEquals("submitserver.example.com", hop.by());
    assertEquals("SUBMISSION", hop.with());
    assertEquals("2003-07-11T21:01:54-07:00", hop.timestamp());
    EmailFacts.DkimResult d = onlyDkim(r, 1);
    assertEquals("simple/simple", d.c());
    assertEquals("example.com", d.d());
    assertEquals("brisbane", d.s());
    assertEquals(List.of("Received", "From", "To", "Subject", "Date", "Message-ID"), d.h());
    assertEquals(DkimVerifier.PASS, d.bodyHash());
    assertEquals("2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=", d.computedBodyHash());
    assertEquals(DkimVerifier.UNKNOWN, d.signature());
    assertTrue(r.hasFlag(FlagName.EMAIL_DKIM_NO_KEY));
    assertFalse(r.hasFlag(FlagName.EMAIL_DATE_AFTER_FIRST_RECEIVED)); // 21:00:37 < 21:01:54
  }

  @Test
  void bodyHashResultsMatchDkimpy() {
    ForensicReport t13 = analyze("f_email/mail_test_13", null);
    EmailFacts.DkimResult pass = onlyDkim(t13, 1);
    assertEquals("mail90.suw15.mcsv.net", pass.d());
    assertEquals(DkimVerifier.PASS, pass.bodyHash());
    assertEquals("bNnZVRUR4XaAFpIwPTgrncrS9ySQHloF8jambVJR0VE=", pass.computedBodyHash());
    assertFalse(t13.hasFlag(FlagName.EMAIL_DKIM_BODY_HASH_FAIL));

    ForensicReport t5 = analyze("f_email/mail_test_5", null);
    EmailFacts.DkimResult fail5 = onlyDkim(t5, 1);
    assertEquals(DkimVerifier.FAIL, fail5.bodyHash());
    assertEquals("ZZwjeU+wfRDk4WVHsMS4/LovHimHU/AKyZHQ1Vjwv6M=", fail5.bh());
    assertEquals("SSbtLDE7d5WoIjIKgaXcgdSsJl99X9DKV/hSgR8HyEQ=", fail5.computedBodyHash());
    Flag flag = t5.flag(FlagName.EMAIL_DKIM_BODY_HASH_FAIL).orElseThrow();
    assertEquals(
        "ZZwjeU+wfRDk4WVHsMS4/LovHimHU/AKyZHQ1Vjwv6M=", flag.evidence().get("declared_bh"));
    assertEquals(
        "SSbtLDE7d5WoIjIKgaXcgdSsJl99X9DKV/hSgR8HyEQ=", flag.evidence().get("computed_bh"));

    EmailFacts.DkimResult fail6 = onlyDkim(analyze("f_email/mail_test_6", null), 1);
    assertEquals("simple/simple", fail6.c());
    assertEquals(DkimVerifier.FAIL, fail6.bodyHash());
    assertEquals("Ju7ThnCu2qSpCXhw05m/Qxh0MvHdmZRYg5aEF6Gy4Ms=", fail6.computedBodyHash());
  }

  @Test
  void mboxMessagesAreAnalyzedOneByOne() {
    ForensicReport r = analyze("f_email/complex.mbox", "application/mbox");
    assertEquals("mbox", r.email().container());
    assertEquals(3, r.email().messageCount());
    assertEquals(
        List.of(10, 13, 10), r.email().messages().stream().map(m -> m.received().size()).toList());
    assertTrue(r.email().messages().get(0).dkim().isEmpty());
    EmailFacts.DkimResult d = onlyDkim(r, 2);
    assertEquals("yahoo.com", d.d());
    assertEquals("relaxed/relaxed", d.c());
    assertEquals(DkimVerifier.FAIL, d.bodyHash());
    assertEquals("zIj8RdR11qKns2MXILQI8Iw6fv2Iy9kyNrVc0pV8jz4=", d.computedBodyHash());
    assertEquals("R8qzdi/IbLyO8UwpnaujDpT9E+6bJ7nkmZN2803EmRk=", d.bh());
    assertEquals("2", r.flag(FlagName.EMAIL_DKIM_BODY_HASH_FAIL).get().evidence().get("message"));
    // labelled as a single message, an mbox is still split at its envelope lines
    ForensicReport mislabelled = analyze("f_email/complex.mbox", "message/rfc822");
    assertEquals("mbox", mislabelled.email().container());
    assertEquals(3, mislabelled.email().messageCount());
  }

  @Test
  void forgedBottomReceivedHopIsOutOfOrder() {
    ForensicReport r = analyze("f_email/mail_malformed_3", null);
    EmailFacts.MessageFacts m = r.email().messages().get(0);
    assertEquals(3, m.received().size());
    assertEquals("2017-03-20T03:11:54+04:00", m.received().get(2).timestamp());
    assertEquals("2017-03-08T01:21:00Z", m.received().get(1).timestamp());
    Flag f = r.flag(FlagName.EMAIL_RECEIVED_OUT_OF_ORDER).orElseThrow();
    assertEquals("2017-03-20T03:11:54+04:00", f.evidence().get("earlier_hop_time"));
    assertEquals("2017-03-08T01:21:00Z", f.evidence().get("later_hop_time"));
    assertEquals("smtp.test.net", f.evidence().get("later_hop_by"));
    // an orderly chain is not flagged
    assertFalse(
        analyze("f_email/mail_test_10", null).hasFlag(FlagName.EMAIL_RECEIVED_OUT_OF_ORDER));
  }

  @Test
  void dateLaterThanFirstReceptionIsFlagged(@TempDir Path dir) throws Exception {
    String msg =
        Files.readString(Corpus.file("f_email/testRFC822_dkim.eml"), StandardCharsets.ISO_8859_1)
            .replace("Date: Fri, 11 Jul 2003 21:00:37", "Date: Fri, 11 Jul 2003 23:00:37");
    Path f = dir.resolve("backdated.eml");
    Files.writeString(f, msg, StandardCharsets.ISO_8859_1);
    ForensicReport r = analyzer.analyze(f, "message/rfc822");
    Flag flag = r.flag(FlagName.EMAIL_DATE_AFTER_FIRST_RECEIVED).orElseThrow();
    assertEquals("2003-07-11T23:00:37-07:00", flag.evidence().get("date"));
    assertEquals("2003-07-11T21:01:54-07:00", flag.evidence().get("first_received"));
    assertEquals("7123", flag.evidence().get("difference_seconds"));
    // Date is a signed header: the body hash still passes
    assertEquals(DkimVerifier.PASS, onlyDkim(r, 1).bodyHash());
  }

  @Test
  void outlookMessageUsesItsTransportHeaders() {
    ForensicReport r = analyze("f_email/testMSG.msg", "application/vnd.ms-outlook");
    assertEquals("msg", r.email().container());
    EmailFacts.MessageFacts m = r.email().messages().get(0);
    assertEquals(9, m.received().size());
    EmailFacts.DkimResult d = onlyDkim(r, 1);
    assertEquals("gmail.com", d.d());
    assertEquals(DkimVerifier.UNKNOWN, d.bodyHash());
    assertNull(d.computedBodyHash());
  }

  @Test
  void extensionlessOutlookFileAndAppleMailAreRecognized() {
    ForensicReport msg = analyze("f_email/mail_outlook_1", null);
    assertEquals("email", msg.format());
    assertEquals("msg", msg.email().container());
    ForensicReport emlx = analyze("f_email/testEMLX.emlx", null);
    assertEquals("email", emlx.format());
    assertEquals(
        "jira@apache.org", emlx.email().messages().get(0).from().replaceAll(".*<(.*)>.*", "$1"));
  }
}
