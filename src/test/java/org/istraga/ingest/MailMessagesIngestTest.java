package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.tika.MessageParser;
import org.istraga.ingest.tika.SignedDataParser;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail as leaks hold it, built here byte for byte and ingested once: bodies in the legacy
 * charsets their MIME headers declare, message text below nested multiparts (attachments with
 * inline images, signed mail), calendar invitations, address groups, obsolete dates and messages
 * without a date, Apple Mail {@code .emlx}, an mbox with an unquoted {@code From } line in a body,
 * and S/MIME encrypted mail. Each test checks the recorded fields and children against what the
 * message says.
 */
class MailMessagesIngestTest {

  private static final String CYRILLIC = "Поштовани, шаљем уговор. Ђ ђ Ћ ћ Џ џ Љ љ Њ њ.";
  private static final String LATIN = "Poštovani, šaljem ugovor. Čćđšž ČĆĐŠŽ.";
  private static final String RUSSIAN = "Уважаемый коллега, высылаю договор. Съешь же ещё этих мягких булок.";

  @TempDir static Path tmp;
  private static CaseRecords recs;

  @BeforeAll
  static void ingestAll() throws Exception {
    Path leak = tmp.resolve("leak");
    write(leak, "cp1251-qp.eml", declared("windows-1251", "quoted-printable", CYRILLIC, "Уговор о набавци Ђорђе"));
    write(leak, "cp1250-b64.eml", declared("windows-1250", "base64", LATIN, "Ugovor Šabac Žižić"));
    write(leak, "latin2-qp.eml", declared("ISO-8859-2", "quoted-printable", LATIN, "Ugovor Čačak Đurđević"));
    write(leak, "koi8-b64.eml", declared("KOI8-R", "base64", RUSSIAN, "Договор поставки"));
    write(leak, "mixed-related.eml", mixedRelated());
    write(leak, "raw-1251.eml", rawLegacyHeaders());
    write(leak, "gb2312.eml", ascii("From: a@example.cn\r\nTo: b@example.cn\r\nSubject: gb\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"gb2312\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString("朱镕基访问了上海。".getBytes(Charset.forName("GBK"))) + "\r\n"));
    write(leak, "wrong-boundary.eml", ascii("From: a@example.rs\r\nTo: b@example.rs\r\nSubject: granica\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n"
        + "--b\r\nContent-Type: text/plain\r\n\r\nTekst sa pogresnom granicom.\r\n--b--\r\n"));
    write(leak, "attachment-1251.eml", textAttachment("windows-1251", CYRILLIC, "pismo.txt"));
    write(leak, "signed.eml", pgpSigned());
    write(leak, "invite.eml", invitation());
    write(leak, "groups.eml", utf8("From: \"Petrović, Petar\" <petar@example.rs>\r\nTo: undisclosed-recipients:;\r\n"
        + "Cc: Tim: a@example.rs, \"B, B\" <b@example.rs>;, c@example.rs\r\nSubject: grupe\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMessage-ID: <groups@example.rs>\r\n\r\nadrese\r\n"));
    write(leak, "bcc.eml", ascii("From: Nabavke <nabavke@mup.example.rs>\r\n"
        + "Reply-To: =?UTF-8?Q?Marko_Petrovi=C4=87?= <marko.p@privatemail.example>\r\n"
        + "To: ponude@telekom.example.rs\r\nBcc: direktor@huawei.example.com, savetnik@example.org\r\n"
        + "Subject: ponuda\r\nDate: Wed, 15 Mar 2023 10:00:00 +0000\r\nMessage-ID: <bcc@example.rs>\r\n\r\n"
        + "Ponuda u prilogu.\r\n"));
    write(leak, "thread-1.eml", ascii("From: a@mup.example.rs\r\nTo: b@telekom.example.rs\r\nSubject: ponuda\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMessage-ID: <t1@mup.example.rs>\r\n\r\nPrva.\r\n"));
    write(leak, "thread-2.eml", ascii("From: b@telekom.example.rs\r\nTo: a@mup.example.rs\r\nSubject: Re: ponuda\r\n"
        + "Date: Wed, 15 Mar 2023 11:00:00 +0000\r\nMessage-ID: <t2@telekom.example.rs>\r\n"
        + "In-Reply-To: <t1@mup.example.rs>\r\n\r\nDruga.\r\n"));
    write(leak, "thread-3.eml", ascii("From: a@mup.example.rs\r\nTo: b@telekom.example.rs\r\nSubject: Re: Re: ponuda\r\n"
        + "Date: Wed, 15 Mar 2023 12:00:00 +0000\r\nMessage-ID: <t3@mup.example.rs>\r\n"
        + "In-Reply-To: <t2@telekom.example.rs>\r\nReferences: <t1@mup.example.rs>\r\n <t2@telekom.example.rs>\r\n\r\nTreca.\r\n"));
    write(leak, "tender.mhtml", ascii("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://nabavke.example.rs/tender\r\n"
        + "Subject: Tender 23/2019\r\nDate: Thu, 14 Mar 2019 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--a\"\r\n\r\n"
        + "------MultipartBoundary--a\r\nContent-Type: text/html\r\nContent-Location: https://nabavke.example.rs/tender\r\n\r\n"
        + "<html><body><h1>Javna nabavka 23/2019</h1><p>Procenjena vrednost 345.000.000 dinara.</p></body></html>\r\n"
        + "------MultipartBoundary--a\r\nContent-Type: text/css\r\nContent-Location: https://nabavke.example.rs/css/site%20main.css?v=3\r\n\r\n"
        + "body { color: black; }\r\n------MultipartBoundary--a--\r\n"));
    write(leak, "est.eml", ascii("From: a@example.com\r\nTo: b@example.com\r\nSubject: est\r\n"
        + "Date: Tue, 14 Mar 23 09:15:00 EST\r\nMessage-ID: <est@example.com>\r\n\r\nzone\r\n"));
    write(leak, "nodate.eml", ascii("Received: from mx1.example.rs by mx2.example.rs; Tue, 14 Mar 2023 09:20:00 +0100\r\n"
        + "Received: from laptop by mx1.example.rs; Tue, 14 Mar 2023 09:15:00 +0100\r\n"
        + "From: a@example.rs\r\nTo: b@example.rs\r\nSubject: bez datuma\r\nMessage-ID: <nodate@example.rs>\r\n\r\ntekst\r\n"));
    write(leak, "12345.emlx", emlx());
    write(leak, "box.mbox", ascii("From ana@example.rs Wed Mar 15 10:00:00 2023\n"
        + "From: ana@example.rs\nSubject: prva\nDate: Wed, 15 Mar 2023 10:00:00 +0000\n\nPrvi red.\n\n"
        + "From the minutes of the meeting: nothing.\nkraj prve\n\n"
        + "From ana@example.rs Wed Mar 15 10:01:00 2023\n"
        + "From: ana@example.rs\nSubject: druga\nDate: Wed, 15 Mar 2023 10:01:00 +0000\n\nDruga poruka.\n"));
    write(leak, "encrypted.eml", encrypted());
    Cli.Result r = Cli.run("ingest", "--case", tmp.resolve("case").toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    recs = CaseRecords.read(tmp.resolve("case"));
  }

  @Test
  void bodiesAreReadInTheCharsetTheirHeaderDeclares() {
    assertTrue(recs.byPathSuffix("/cp1251-qp.eml").text.contains(CYRILLIC), recs.byPathSuffix("/cp1251-qp.eml").text);
    assertTrue(recs.byPathSuffix("/cp1250-b64.eml").text.contains(LATIN), recs.byPathSuffix("/cp1250-b64.eml").text);
    assertTrue(recs.byPathSuffix("/latin2-qp.eml").text.contains(LATIN), recs.byPathSuffix("/latin2-qp.eml").text);
    assertTrue(recs.byPathSuffix("/koi8-b64.eml").text.contains(RUSSIAN), recs.byPathSuffix("/koi8-b64.eml").text);
    DocumentRecord m = recs.byPathSuffix("/cp1251-qp.eml");
    assertEquals("Уговор о набавци Ђорђе", m.subject, "subject in two encoded words over a folded line");
    assertEquals("Ђорђе Шћекић <djordje@example.rs>", m.emailFrom);
    assertEquals(List.of(), children(m), "the body is the message's text, not an attachment");
  }

  @Test
  void headersWrittenRawInALegacyCharsetAreRead() {
    DocumentRecord m = recs.byPathSuffix("/raw-1251.eml");
    assertEquals("Набавка канцеларијског материјала", m.subject);
    assertEquals("Ђорђе Петровић <d@example.rs>", m.emailFrom);
    assertTrue(m.text.contains("Тело поруке."), m.text);
    assertEquals(List.of("Уговор.txt"), children(m), "the attachment keeps its Cyrillic name");
  }

  @Test
  void multipartWhoseBoundaryNeverOccursKeepsItsText() {
    DocumentRecord m = recs.byPathSuffix("/wrong-boundary.eml");
    assertTrue(m.text.contains("Tekst sa pogresnom granicom."), m.text);
    assertFalse(m.text.contains("Content-Type"), "read again with the boundary its lines use: " + m.text);
  }

  @Test
  void gb2312BodyWithGbkCharactersIsReadWhole() {
    DocumentRecord m = recs.byPathSuffix("/gb2312.eml");
    assertTrue(m.text.contains("朱镕基访问了上海。"), m.text);
  }

  @Test
  void textAttachmentIsReadInItsDeclaredCharset() {
    DocumentRecord att = recs.byPathSuffix("/attachment-1251.eml!/pismo.txt");
    assertTrue(att.text.contains(CYRILLIC), att.text);
  }

  @Test
  void bodyBelowNestedMultipartsIsTheMessagesText() {
    DocumentRecord m = recs.byPathSuffix("/mixed-related.eml");
    assertTrue(m.text.contains("Izveštaj u prilogu, logo ispod."), m.text);
    assertEquals(List.of("logo.png", "izvestaj.txt"), children(m), "only the image and the attachment are children");

    DocumentRecord signed = recs.byPathSuffix("/signed.eml");
    assertTrue(signed.text.contains("Potpisana poruka SIGNEDTEXT."), signed.text);
    assertEquals(List.of("potpisan.txt", "signature.asc"), children(signed));
  }

  @Test
  void calendarAlternativeIsAnAttachmentAndTheTextStays() {
    DocumentRecord m = recs.byPathSuffix("/invite.eml");
    assertTrue(m.text.contains("Poziv na sastanak o tenderu."), m.text);
    assertFalse(m.text.contains("BEGIN:VCALENDAR"), m.text);
    List<DocumentRecord> kids = recs.all().stream()
        .filter(r -> r.occurrences.stream().anyMatch(o -> m.id.equals(o.parent()))).toList();
    assertEquals(1, kids.size(), kids.toString());
    assertEquals("text/calendar", kids.get(0).mediaType);
    assertTrue(kids.get(0).text.contains("SUMMARY:Sastanak o tenderu"), kids.get(0).text);
  }

  @Test
  void groupsGiveTheirMembersAndAnEmptyGroupNoAddress() {
    DocumentRecord m = recs.byPathSuffix("/groups.eml");
    assertEquals(List.of(), m.emailTo, "undisclosed-recipients:; names nobody");
    assertEquals(List.of("a@example.rs", "B, B <b@example.rs>", "c@example.rs"), m.emailCc);
    assertEquals("Petrović, Petar <petar@example.rs>", m.emailFrom);
  }

  @Test
  void blindCopiesAndReplyToAreRecordedAndSearchable() {
    DocumentRecord m = recs.byPathSuffix("/bcc.eml");
    assertEquals(List.of("direktor@huawei.example.com", "savetnik@example.org"), m.emailBcc);
    assertEquals(List.of("Marko Petrović <marko.p@privatemail.example>"), m.emailReplyTo);
    String caseDir = tmp.resolve("case").toString();
    // a blind copy is a recipient, the reply address speaks for the sender
    Cli.Result to = Cli.run("search", "--case", caseDir, "--json", "to:huawei.example.com");
    assertEquals(0, to.code(), to.err());
    assertTrue(to.out().contains(m.id), to.out());
    Cli.Result from = Cli.run("search", "--case", caseDir, "--json", "from:privatemail.example");
    assertEquals(0, from.code(), from.err());
    assertTrue(from.out().contains(m.id), from.out());
    Cli.Result show = Cli.run("show", "--case", caseDir, m.id);
    assertTrue(show.out().contains("direktor@huawei.example.com"), show.out());
    assertTrue(show.out().contains("marko.p@privatemail.example"), show.out());
  }

  @Test
  void repliesShareTheThreadOfTheirFirstMessage() {
    DocumentRecord third = recs.byPathSuffix("/thread-3.eml");
    assertEquals(List.of("t2@telekom.example.rs"), third.inReplyTo);
    assertEquals(List.of("t1@mup.example.rs", "t2@telekom.example.rs"), third.references);
    for (String name : List.of("/thread-1.eml", "/thread-2.eml", "/thread-3.eml")) {
      assertEquals("t1@mup.example.rs", recs.byPathSuffix(name).thread, name);
    }
    String caseDir = tmp.resolve("case").toString();
    for (String q : List.of("thread:\"t1@mup.example.rs\"", "thread:\"<t1@mup.example.rs>\"")) {
      Cli.Result r = Cli.run("search", "--case", caseDir, q);
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().startsWith("3 documents match"), q + ": " + r.out());
    }
    Cli.Result bare = Cli.run("search", "--case", caseDir, "message-id:\"t2@telekom.example.rs\"");
    assertTrue(bare.out().startsWith("1 document matches"), bare.out());
    Cli.Result show = Cli.run("show", "--case", caseDir, third.id);
    assertTrue(show.out().contains("thread:\"t1@mup.example.rs\""), show.out());
  }

  @Test
  void aWebPageSavedAsMhtmlIsAPageWithNamedParts() {
    DocumentRecord page = recs.byPathSuffix("/tender.mhtml");
    assertEquals("html", page.typeGroup);
    assertTrue(page.text.contains("Procenjena vrednost 345.000.000 dinara."), page.text);
    assertEquals(null, page.emailFrom, "the browser that saved the page is no sender");
    assertFalse(page.authors.contains("Saved by Blink"), page.authors.toString());
    assertEquals("2019-03-14T09:00:00Z", page.date);
    assertTrue(children(page).contains("site main.css"), children(page).toString());
  }

  @Test
  void namedZonesAreFixedOffsetsAndAMessageWithoutDateIsDatedByItsFirstHop() {
    assertEquals("2023-03-14T14:15:00Z", recs.byPathSuffix("/est.eml").date, "EST is -0500 all year (RFC 5322)");
    DocumentRecord m = recs.byPathSuffix("/nodate.eml");
    assertEquals("2023-03-14T08:15:00Z", m.date, "the lowest Received header is the first hop");
    assertEquals(List.of("received"), m.metadata.get(MessageParser.DATE_SOURCE));
  }

  @Test
  void emlxPropertyListIsNoPartOfTheMessage() {
    DocumentRecord m = recs.byPathSuffix("/12345.emlx");
    assertEquals("Apple пошта", m.subject);
    assertTrue(m.text.contains("EMLX telo poruke čćđ."), m.text);
    assertFalse(m.text.contains("plist"), m.text);
    assertFalse(m.text.contains("8590195713"), m.text);
  }

  @Test
  void unquotedFromLineInABodyDoesNotStartAMessage() {
    DocumentRecord box = recs.byPathSuffix("/box.mbox");
    List<DocumentRecord> messages = recs.all().stream()
        .filter(r -> r.occurrences.stream().anyMatch(o -> box.id.equals(o.parent()))).toList();
    assertEquals(2, messages.size(), messages.stream().map(DocumentRecord::firstPath).toList().toString());
    DocumentRecord first = recs.byPathSuffix("/box.mbox!/prva.eml");
    assertTrue(first.text.contains("From the minutes of the meeting: nothing.") && first.text.contains("kraj prve"),
        first.text);
  }

  @Test
  void smimeEncryptedMessageIsEncrypted() {
    DocumentRecord m = recs.byPathSuffix("/encrypted.eml");
    assertEquals("encrypted", m.status, m.statusReason);
    assertEquals("Šifrovano", m.subject, "the headers are still read");
    DocumentRecord envelope = recs.byPathSuffix("/encrypted.eml!/smime.p7m");
    assertEquals("encrypted", envelope.status, envelope.statusReason);
    // passwords cannot open it: the reason says what can
    assertTrue(envelope.statusReason.contains("private key"), envelope.statusReason);
    assertTrue(m.statusReason.contains("private key"), m.statusReason);
    assertTrue(envelope.metadata.get(SignedDataParser.RECIPIENT).get(0).contains("CN=Primalac"),
        envelope.metadata.toString());
  }

  // ---- messages ----

  private static byte[] declared(String charset, String transfer, String body, String subject) {
    Charset cs = Charset.forName(charset);
    int half = subject.length() / 2;
    String encodedSubject = word(subject.substring(0, half), cs) + "\r\n " + word(subject.substring(half), cs);
    String from = subject.startsWith("Уговор") ? word("Ђорђе Шћекић", cs) + " <djordje@example.rs>" : "djordje@example.rs";
    byte[] raw = body.getBytes(cs);
    String encoded = transfer.equals("base64") ? Base64.getMimeEncoder().encodeToString(raw) : quotedPrintable(raw);
    return ascii("From: " + from + "\r\nTo: Marko <marko@example.rs>\r\nSubject: " + encodedSubject + "\r\n"
        + "Date: Tue, 14 Mar 2023 09:15:00 +0100\r\nMessage-ID: <" + charset + "@example.rs>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=" + charset + "\r\nContent-Transfer-Encoding: " + transfer + "\r\n\r\n"
        + encoded + "\r\n");
  }

  private static String word(String text, Charset cs) {
    return "=?" + cs.name() + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(cs)) + "?=";
  }

  private static String quotedPrintable(byte[] raw) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (byte b : raw) {
      int c = b & 0xFF;
      String piece = c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c) : String.format("=%02X", c);
      if (column + piece.length() > 72) {
        out.append("=\r\n");
        column = 0;
      }
      out.append(piece);
      column += piece.length();
    }
    return out.toString();
  }

  private static byte[] rawLegacyHeaders() {
    Charset cp1251 = Charset.forName("windows-1251");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("From: "));
    out.writeBytes("Ђорђе Петровић".getBytes(cp1251));
    out.writeBytes(ascii(" <d@example.rs>\r\nTo: b@example.rs\r\nSubject: "));
    out.writeBytes("Набавка канцеларијског материјала".getBytes(cp1251));
    out.writeBytes(ascii("\r\nDate: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=windows-1251\r\n\r\n"));
    out.writeBytes("Тело поруке.".getBytes(cp1251));
    out.writeBytes(ascii("\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\""));
    out.writeBytes("Уговор.txt".getBytes(cp1251));
    out.writeBytes(ascii("\"\r\n\r\nugovor\r\n--b--\r\n"));
    return out.toByteArray();
  }

  private static byte[] textAttachment(String charset, String text, String name) {
    return ascii("From: a@example.rs\r\nTo: b@example.rs\r\nSubject: prilog\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
        + "--b\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nU prilogu.\r\n"
        + "--b\r\nContent-Type: text/plain; charset=" + charset + "\r\n"
        + "Content-Disposition: attachment; filename=\"" + name + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(text.getBytes(Charset.forName(charset))) + "\r\n--b--\r\n");
  }

  private static byte[] mixedRelated() {
    String png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    return utf8("From: ana@example.rs\r\nTo: bora@example.rs\r\nSubject: izvestaj\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
        + "--outer\r\nContent-Type: multipart/related; boundary=\"rel\"\r\n\r\n"
        + "--rel\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "<html><body><p>Izveštaj u prilogu, logo ispod.</p><img src=\"cid:logo1\"></body></html>\r\n"
        + "--rel\r\nContent-Type: image/png\r\nContent-ID: <logo1>\r\nContent-Disposition: inline; filename=\"logo.png\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + png + "\r\n--rel--\r\n"
        + "--outer\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=\"izvestaj.txt\"\r\n\r\n"
        + "Prilog: izveštaj o nabavci.\r\n--outer--\r\n");
  }

  private static byte[] pgpSigned() {
    return utf8("From: ana@example.rs\r\nTo: bora@example.rs\r\nSubject: potpisano\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/signed; micalg=pgp-sha256; protocol=\"application/pgp-signature\"; boundary=\"sig\"\r\n\r\n"
        + "--sig\r\nContent-Type: multipart/mixed; boundary=\"in\"\r\n\r\n"
        + "--in\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPotpisana poruka SIGNEDTEXT.\r\n"
        + "--in\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=\"potpisan.txt\"\r\n\r\n"
        + "potpisani prilog\r\n--in--\r\n"
        + "--sig\r\nContent-Type: application/pgp-signature; name=\"signature.asc\"\r\n"
        + "Content-Disposition: attachment; filename=\"signature.asc\"\r\n\r\n"
        + "-----BEGIN PGP SIGNATURE-----\r\n\r\niQEzBAEBCAAdFiEE\r\n=abcd\r\n-----END PGP SIGNATURE-----\r\n--sig--\r\n");
  }

  private static byte[] invitation() {
    return utf8("From: ana@example.rs\r\nTo: bora@example.rs\r\nSubject: Poziv\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
        + "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPoziv na sastanak o tenderu.\r\n"
        + "--alt\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        + "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1@example.rs\r\n"
        + "DTSTART:20230320T090000Z\r\nSUMMARY:Sastanak o tenderu\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--alt--\r\n");
  }

  private static byte[] emlx() {
    byte[] message = utf8("From: ana@example.rs\nTo: bora@example.rs\nSubject: =?utf-8?B?"
        + Base64.getEncoder().encodeToString("Apple пошта".getBytes(StandardCharsets.UTF_8))
        + "?=\nDate: Wed, 15 Mar 2023 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n"
        + "Content-Transfer-Encoding: 8bit\n\nEMLX telo poruke čćđ.\n");
    String plist = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
        + "\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii(message.length + "        \n"));
    out.writeBytes(message);
    out.writeBytes(ascii(plist));
    return out.toByteArray();
  }

  private static byte[] encrypted() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair keys = gen.generateKeyPair();
    X500Name name = new X500Name("CN=Primalac");
    Date now = new Date();
    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
        name, BigInteger.valueOf(4242), now, new Date(now.getTime() + 86_400_000L), name, keys.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    CMSEnvelopedDataGenerator env = new CMSEnvelopedDataGenerator();
    env.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(cert));
    byte[] der = env.generate(new CMSProcessableByteArray(utf8("Content-Type: text/plain\r\n\r\ntajna\r\n")),
        new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES128_CBC).build()).getEncoded();
    return ascii("From: ana@example.rs\r\nTo: bora@example.rs\r\nSubject: =?utf-8?Q?=C5=A0ifrovano?=\r\n"
        + "Date: Wed, 15 Mar 2023 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\"\r\n"
        + "Content-Disposition: attachment; filename=\"smime.p7m\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(der) + "\r\n");
  }

  // ---- helpers ----

  private static List<String> children(DocumentRecord parent) {
    return recs.all().stream()
        .flatMap(r -> r.occurrences.stream().filter(o -> parent.id.equals(o.parent())))
        .map(o -> o.name())
        .sorted((a, b) -> order(a) - order(b))
        .toList();
  }

  /** Children in the order of the test's expectations: images, then text, then signatures. */
  private static int order(String name) {
    return name.endsWith(".png") ? 0 : name.endsWith(".txt") ? 1 : 2;
  }

  private static void write(Path dir, String name, byte[] bytes) throws Exception {
    Evidence.write(dir.resolve(name), bytes);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
