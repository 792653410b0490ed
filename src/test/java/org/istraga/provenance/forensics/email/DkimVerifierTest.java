package org.istraga.provenance.forensics.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.istraga.provenance.forensics.DkimKeys;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DKIM verification against messages signed by an independent implementation (dkimpy; see
 * src/test/resources/provenance/dkim/generate_fixtures.py, which also verified them) and by a plain
 * test signer, including tampering.
 */
class DkimVerifierTest {

  private static final Path FIXTURES =
      Corpus.projectDir().resolve("src/test/resources/provenance/dkim");
  private static DkimKeys keys;

  @BeforeAll
  static void loadKeys() {
    keys = DkimKeys.load(FIXTURES.resolve("keys.txt"));
  }

  private static EmailFacts.DkimResult verify(byte[] message, DkimKeys k) {
    RawMessage m = RawMessage.parse(message);
    return DkimVerifier.verify(m, m.headers("DKIM-Signature").get(0), k);
  }

  private static byte[] fixture(String name) throws Exception {
    return Files.readAllBytes(FIXTURES.resolve(name));
  }

  @Test
  void dkimpySignedMessagesVerifyForEveryAlgorithmAndCanonicalization() throws Exception {
    for (String name :
        List.of(
            "rsa-sha256-relaxed.eml",
            "rsa-sha256-simple.eml",
            "rsa-sha1-relaxed-simple.eml",
            "rsa-sha256-length.eml",
            "ed25519-sha256.eml")) {
      EmailFacts.DkimResult r = verify(fixture(name), keys);
      assertEquals(DkimVerifier.PASS, r.bodyHash(), name + ": " + r.detail());
      assertEquals(DkimVerifier.PASS, r.signature(), name + ": " + r.detail());
      assertEquals(r.bh(), r.computedBodyHash(), name);
    }
  }

  @Test
  void withoutKeysTheBodyHashIsStillCheckedButTheSignatureIsUnknown() throws Exception {
    EmailFacts.DkimResult r = verify(fixture("rsa-sha256-relaxed.eml"), DkimKeys.none());
    assertEquals(DkimVerifier.PASS, r.bodyHash());
    assertEquals(DkimVerifier.UNKNOWN, r.signature());
    assertEquals("sender.example", r.d());
    assertEquals("rsa2024", r.s());
    assertEquals("relaxed/relaxed", r.c());
  }

  @Test
  void changedBodyFailsTheBodyHashButNotTheHeaderSignature() throws Exception {
    for (String name : List.of("rsa-sha256-relaxed.eml", "rsa-sha256-simple.eml")) {
      String msg = new String(fixture(name), StandardCharsets.ISO_8859_1);
      String tampered = msg.replace("2024/17", "2024/71");
      EmailFacts.DkimResult r = verify(tampered.getBytes(StandardCharsets.ISO_8859_1), keys);
      assertEquals(DkimVerifier.FAIL, r.bodyHash(), name);
      assertEquals(DkimVerifier.PASS, r.signature(), name);
    }
  }

  @Test
  void whitespaceChangesAreToleratedOnlyByRelaxedCanonicalization() throws Exception {
    String relaxed =
        new String(fixture("rsa-sha256-relaxed.eml"), StandardCharsets.ISO_8859_1)
            .replace("je   nacrt", "je nacrt");
    String simple =
        new String(fixture("rsa-sha256-simple.eml"), StandardCharsets.ISO_8859_1)
            .replace("je   nacrt", "je nacrt");
    assertEquals(
        DkimVerifier.PASS, verify(relaxed.getBytes(StandardCharsets.ISO_8859_1), keys).bodyHash());
    assertEquals(
        DkimVerifier.FAIL, verify(simple.getBytes(StandardCharsets.ISO_8859_1), keys).bodyHash());
  }

  @Test
  void changedSignedHeaderFailsTheSignature() throws Exception {
    String msg = new String(fixture("ed25519-sha256.eml"), StandardCharsets.ISO_8859_1);
    String tampered =
        msg.replace("Date: Tue, 12 Mar 2024 09:15:30", "Date: Tue, 12 Mar 2024 10:15:30");
    EmailFacts.DkimResult r = verify(tampered.getBytes(StandardCharsets.ISO_8859_1), keys);
    assertEquals(DkimVerifier.PASS, r.bodyHash());
    assertEquals(DkimVerifier.FAIL, r.signature());
  }

  @Test
  void unsignedHeaderMayChangeFreely() throws Exception {
    String msg = new String(fixture("rsa-sha256-relaxed.eml"), StandardCharsets.ISO_8859_1);
    String tampered = msg.replace("id 4F2A1C0123", "id 0000000000"); // Received is not in h=
    EmailFacts.DkimResult r = verify(tampered.getBytes(StandardCharsets.ISO_8859_1), keys);
    assertEquals(DkimVerifier.PASS, r.signature());
  }

  @Test
  void contentAppendedAfterTheLengthLimitPassesButIsFlagged(@TempDir Path dir) throws Exception {
    String msg = new String(fixture("rsa-sha256-length.eml"), StandardCharsets.ISO_8859_1);
    String appended = msg + "P.S. Please wire the money to account 123.\r\n";
    Path file = dir.resolve("appended.eml");
    Files.write(file, appended.getBytes(StandardCharsets.ISO_8859_1));
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults().withDkimKeys(keys))
            .analyze(file, "message/rfc822");
    EmailFacts.DkimResult d = r.email().messages().get(0).dkim().get(0);
    assertEquals(70L, d.l());
    assertEquals(DkimVerifier.PASS, d.bodyHash());
    assertEquals(DkimVerifier.PASS, d.signature());
    assertTrue(r.hasFlag(FlagName.EMAIL_DKIM_LENGTH_LIMIT));
    assertEquals("70", r.flag(FlagName.EMAIL_DKIM_LENGTH_LIMIT).get().evidence().get("l"));
    // the untouched fixture: l= covers the whole body, no flag
    ForensicReport clean =
        new ForensicAnalyzer(ForensicOptions.defaults().withDkimKeys(keys))
            .analyze(FIXTURES.resolve("rsa-sha256-length.eml"), "message/rfc822");
    assertFalse(clean.hasFlag(FlagName.EMAIL_DKIM_LENGTH_LIMIT));
  }

  @Test
  void testSignerRoundTripAndTampering() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    String p = Base64.getEncoder().encodeToString(kp.getPublic().getEncoded());
    DkimKeys k =
        DkimKeys.parse("s1._domainkey.newsroom.example TXT \"v=DKIM1; k=rsa; p=" + p + "\"", "t");
    String message =
        "From: Source <source@newsroom.example>\r\n"
            + "To: desk@newsroom.example\r\n"
            + "Subject: Dokumenti   o  tenderu\r\n"
            + "Date: Wed, 3 Apr 2024 11:00:00 +0200\r\n"
            + "\r\n"
            + "Tender 17/2024 je   dobio   isti ponudjac.\t \r\n"
            + "\r\n\r\n";
    String signed =
        TestDkimSigner.sign(
            message,
            "newsroom.example",
            "s1",
            List.of("from", "to", "subject", "date"),
            kp.getPrivate());
    EmailFacts.DkimResult ok = verify(signed.getBytes(StandardCharsets.ISO_8859_1), k);
    assertEquals(DkimVerifier.PASS, ok.bodyHash(), ok.detail());
    assertEquals(DkimVerifier.PASS, ok.signature(), ok.detail());

    EmailFacts.DkimResult body =
        verify(signed.replace("17/2024", "18/2024").getBytes(StandardCharsets.ISO_8859_1), k);
    assertEquals(DkimVerifier.FAIL, body.bodyHash());
    assertEquals(DkimVerifier.PASS, body.signature());

    EmailFacts.DkimResult header =
        verify(signed.replace("To: desk@", "To: boss@").getBytes(StandardCharsets.ISO_8859_1), k);
    assertEquals(DkimVerifier.PASS, header.bodyHash());
    assertEquals(DkimVerifier.FAIL, header.signature());

    KeyPair other = g.generateKeyPair();
    DkimKeys wrong =
        DkimKeys.parse(
            "s1._domainkey.newsroom.example TXT \"p="
                + Base64.getEncoder().encodeToString(other.getPublic().getEncoded())
                + "\"",
            "t");
    assertEquals(
        DkimVerifier.FAIL, verify(signed.getBytes(StandardCharsets.ISO_8859_1), wrong).signature());

    DkimKeys revoked = DkimKeys.parse("s1._domainkey.newsroom.example TXT \"v=DKIM1; p=\"", "t");
    EmailFacts.DkimResult rev = verify(signed.getBytes(StandardCharsets.ISO_8859_1), revoked);
    assertEquals(DkimVerifier.FAIL, rev.signature());
    assertTrue(rev.detail().contains("revoked"), rev.detail());
  }

  @Test
  void messageCutFromAnMboxWithQuotedFromLinesStillPassesAndRawUtf8SenderReads(@TempDir Path dir)
      throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    DkimKeys k = DkimKeys.parse("s1._domainkey.newsroom.example TXT \"v=DKIM1; k=rsa; p="
        + Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()) + "\"", "t");
    String message = "From: \u00c4\u0090or\u00c4\u0091e <source@newsroom.example>\r\n" // "Đorđe" as raw UTF-8
        + "To: desk@newsroom.example\r\nSubject: racun\r\nDate: Wed, 3 Apr 2024 11:00:00 +0200\r\n\r\n"
        + "Pozdrav,\r\n\r\nFrom now on we use the new account.\r\n>From quoted by the sender\r\n";
    String signed = TestDkimSigner.sign(message, "newsroom.example", "s1",
        List.of("from", "to", "subject", "date"), kp.getPrivate());
    // the mailbox program quoted both lines (mboxrd); the message was cut out with its quoting kept
    String stored = signed.replace("\r\nFrom now", "\r\n>From now").replace("\r\n>From quoted", "\r\n>>From quoted");
    Path file = dir.resolve("racun.eml");
    Files.write(file, stored.getBytes(StandardCharsets.ISO_8859_1));
    ForensicReport r = new ForensicAnalyzer(ForensicOptions.defaults().withDkimKeys(k)).analyze(file, "message/rfc822");
    EmailFacts.DkimResult d = r.email().messages().get(0).dkim().get(0);
    assertEquals(DkimVerifier.PASS, d.bodyHash(), d.detail());
    assertEquals(DkimVerifier.PASS, d.signature(), d.detail());
    assertFalse(r.hasFlag(FlagName.EMAIL_DKIM_BODY_HASH_FAIL));
    assertEquals("\u0110or\u0111e <source@newsroom.example>", r.email().messages().get(0).from());

    // a real change to the body still fails, quoting or not
    Files.write(file, stored.replace("new account", "old account").getBytes(StandardCharsets.ISO_8859_1));
    ForensicReport changed = new ForensicAnalyzer(ForensicOptions.defaults().withDkimKeys(k)).analyze(file, "message/rfc822");
    assertEquals(DkimVerifier.FAIL, changed.email().messages().get(0).dkim().get(0).bodyHash());
    assertTrue(changed.hasFlag(FlagName.EMAIL_DKIM_BODY_HASH_FAIL));
  }

  @Test
  void signatureWithoutFromInHeaderListIsAnError() throws Exception {
    String msg =
        "DKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=s; h=subject; bh=abc=; b=abc=\r\n"
            + "From: a@x.example\r\nSubject: s\r\n\r\nbody\r\n";
    EmailFacts.DkimResult r = verify(msg.getBytes(StandardCharsets.ISO_8859_1), keys);
    assertEquals(DkimVerifier.ERROR, r.signature());
    assertEquals(DkimVerifier.FAIL, r.bodyHash());
  }
}
