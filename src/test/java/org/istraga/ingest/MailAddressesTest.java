package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.istraga.testing.Corpus;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Senders and recipients from the metadata of RFC 822 parsers and of Outlook's parsers. */
class MailAddressesTest {

  @TempDir java.nio.file.Path tmp;

  private static Metadata outlookMessage() {
    // what Tika's OutlookExtractor writes for a .msg sent to two people, one copied
    Metadata m = new Metadata();
    m.set("Message-From", "Marko Petrović");
    m.set("Message:From-Name", "Marko Petrović");
    m.set("Message:From-Email", "marko.petrovic@mup.example.rs");
    m.set("Message-To", "Ana Jović; Telekom ponude");
    m.add("Message:To-Display-Name", "Ana Jović");
    m.add("Message:To-Display-Name", "Telekom ponude");
    m.add("Message:To-Email", "ana.jovic@mup.example.rs");
    m.add("Message:To-Email", "SMTP:ponude@telekom.example.rs");
    m.set("Message-Cc", "Direktor");
    m.add("Message:CC-Display-Name", "Direktor");
    m.add("Message:CC-Email",
        "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=DIREKTOR");
    m.set("Message-Bcc", "");
    m.add(Metadata.MESSAGE_RAW_HEADER_PREFIX + "Reply-To",
        "=?UTF-8?Q?Marko_Petrovi=C4=87?= <marko.p@privatemail.example>");
    return m;
  }

  @Test
  void outlookNamesAndAddressesArePaired() {
    Metadata m = outlookMessage();
    assertEquals("Marko Petrović <marko.petrovic@mup.example.rs>", MailAddresses.from(m));
    assertEquals(List.of("Ana Jović <ana.jovic@mup.example.rs>", "Telekom ponude <ponude@telekom.example.rs>"),
        MailAddresses.recipients(m, MailAddresses.Role.TO));
    // an Exchange-internal X.500 address is no e-mail address: the name stands alone
    assertEquals(List.of("Direktor"), MailAddresses.recipients(m, MailAddresses.Role.CC));
    assertEquals(List.of(), MailAddresses.recipients(m, MailAddresses.Role.BCC));
    assertEquals(List.of("Marko Petrović <marko.p@privatemail.example>"), MailAddresses.replyTo(m));
  }

  @Test
  void rfc822ValuesAreKeptAsTheParserWroteThem() {
    Metadata m = new Metadata();
    m.set("Message-From", "Ђорђе Шћекић <djordje@example.rs>");
    m.add("Message-To", "a@example.rs");
    m.add("Message-To", "B, B <b@example.rs>");
    assertEquals("Ђорђе Шћекић <djordje@example.rs>", MailAddresses.from(m));
    assertEquals(List.of("a@example.rs", "B, B <b@example.rs>"), MailAddresses.recipients(m, MailAddresses.Role.TO));
    assertEquals(List.of(), MailAddresses.replyTo(m));
  }

  @Test
  void aPstItemWithoutAWholeRecipientListGetsItsRecipientTable() {
    Metadata m = new Metadata();
    m.set("Message:From-Name", "Allison, Timothy B.");
    m.set("Message:From-Email", "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=C303-ALLISON, TI");
    m.add("Message:To-Display-Name", "Allison, Timothy B.");
    m.add("Message:To-Display-Name", "Allison, Timothy B.");
    m.add("Message:To-Email", "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=c303-Allison, Ti");
    assertEquals("Allison, Timothy B.", MailAddresses.from(m));
    assertEquals(List.of("Allison, Timothy B."), MailAddresses.recipients(m, MailAddresses.Role.TO));
  }

  @Test
  void outlookNamesWithoutAddressesAreListedOneByOne() {
    Metadata m = new Metadata();
    m.set("Message-To", "Ana Jović; Petar Petrović");
    m.add("Message:To-Display-Name", "Ana Jović");
    m.add("Message:To-Display-Name", "Petar Petrović");
    m.add("Message:To-Email", "/O=ORG/OU=GROUP/CN=RECIPIENTS/CN=ANA");
    m.add("Message:To-Email", "/O=ORG/OU=GROUP/CN=RECIPIENTS/CN=PETAR");
    assertEquals(List.of("Ana Jović", "Petar Petrović"), MailAddresses.recipients(m, MailAddresses.Role.TO));
  }

  @Test
  void onlyInternetAddressesCount() {
    assertEquals("a@example.rs", MailAddresses.smtp("SMTP:a@example.rs"));
    assertNull(MailAddresses.smtp("/O=ORG/CN=A@B"));
    assertNull(MailAddresses.smtp("Nouvel utilisateur de Outlook Express"));
    assertNull(MailAddresses.smtp("a@b@c"));
  }

  @Test
  void theSenderOfARealOutlookMessageHasItsAddressAndDomain() throws Exception {
    java.nio.file.Path msg = Corpus.file("f_email/testMSG.msg");
    java.nio.file.Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", msg.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    assertEquals("Jukka Zitting <jukka.zitting@gmail.com>", recs.byPathSuffix("testMSG.msg").emailFrom);
    Cli.Result s = Cli.run("search", "--case", caseDir.toString(), "from:gmail.com");
    assertEquals(ExitCode.OK, s.code(), s::toString);
    assertEquals(true, s.out().contains("1 document matches"), s.out());
  }
}
