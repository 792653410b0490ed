package org.istraga.samples;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.apache.james.mime4j.stream.NameValuePair;

/**
 * Writes the e-mail with which the supplier sent the signed contract to the Ministry: RFC 5322,
 * MIME multipart/mixed with a Serbian Latin text part (quoted-printable UTF-8) and the Latin
 * contract PDF attached in base64. Date, Message-ID and MIME boundary are fixed; three Received
 * headers (newest first, as MTAs prepend them) trace the path from the sender's laptop to the
 * Ministry's mailbox server with times a few seconds after the Date header. Host names use the
 * reserved {@code .example} domain and addresses the RFC 5737 documentation ranges.
 *
 * <p>Built with Apache James mime4j. Not thread-safe.
 */
final class EmailDocument {

  static final String PATH = "leak/posta/2019-08-15-Ugovor-404-02-117-potpisan.eml";
  static final String ATTACHMENT_NAME = "Ugovor_MUP-TelekomNova_potpisan.pdf";
  static final String FROM = Story.SALES_LATIN + " <" + Story.SALES_EMAIL + ">";
  static final String TO = Story.MINISTRY_CONTACT_LATIN + " <" + Story.MINISTRY_CONTACT_EMAIL + ">";
  static final String CC = "Đorđe Radenković <" + Story.SUPPLIER_DIRECTOR_EMAIL + ">";
  static final String SUBJECT = "Ugovor br. " + Story.CONTRACT_NUMBER + " – potpisan primerak";
  static final OffsetDateTime DATE = OffsetDateTime.of(2019, 8, 15, 9, 42, 17, 0, Story.CEST);
  static final String MESSAGE_ID = "<20190815074217.4F1A2B7C@telekomnova.example>";
  static final String BOUNDARY = "----=_Part_2019081509421700_4F1A2B7C";

  private static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM uuuu HH:mm:ss xx", Locale.ROOT);

  /** The Received headers, newest (top) first. */
  static List<String> received() {
    return List.of(
        "from mailgw.mup.example (mailgw.mup.example [198.51.100.20])\r\n"
            + "\tby mbox2.mup.example (Postfix) with ESMTPS id 7C2D91E0A4\r\n"
            + "\tfor <" + Story.MINISTRY_CONTACT_EMAIL + ">; " + rfc(DATE.plusSeconds(6)),
        "from mail.telekomnova.example (mail.telekomnova.example [192.0.2.25])\r\n"
            + "\tby mailgw.mup.example (Postfix) with ESMTPS id 4B81C3F2D7\r\n"
            + "\tfor <" + Story.MINISTRY_CONTACT_EMAIL + ">; " + rfc(DATE.plusSeconds(4)),
        "from [10.20.1.57] (unknown [203.0.113.47])\r\n"
            + "\tby mail.telekomnova.example (Postfix) with ESMTPSA id 2E6F0A19B3\r\n"
            + "\tfor <" + Story.MINISTRY_CONTACT_EMAIL + ">; " + rfc(DATE.plusSeconds(1)));
  }

  static String body() {
    return String.join("\r\n",
        "Poštovani gospodine Obradoviću,",
        "",
        "u prilogu Vam dostavljamo potpisan primerak Ugovora br. " + Story.CONTRACT_NUMBER
            + " o proširenju eLTE mreže",
        "(JN br. " + Story.PROCUREMENT_NUMBER + "), zaključenog "
            + SerbianFormat.dateNumeric(Story.CONTRACT_DATE) + " godine u Beogradu.",
        "",
        "Ugovorena cena iznosi " + SerbianFormat.amount(Story.RSD_NET)
            + " dinara bez PDV-a, odnosno " + SerbianFormat.amount(Story.RSD_TOTAL)
            + " dinara sa PDV-om.",
        "Molimo Vas da avans od " + SerbianFormat.amount(Story.RSD_ADVANCE)
            + " dinara uplatite na račun " + Story.SUPPLIER_ACCOUNT + ".",
        "",
        "Kao što smo dogovorili, jednokratni popust od 57% na " + Story.BASE_STATIONS
            + " baznih stanica važi samo uz",
        "potpisivanje do 15.08.2019. Isporuku za Niš koordinira Infosistem Plus d.o.o.",
        "",
        "Srdačan pozdrav,",
        "",
        Story.SALES_LATIN,
        "Key account manager",
        "Telekom Nova d.o.o. | Bulevar Zorana Đinđića 64a, 11070 Novi Beograd",
        "tel. " + Story.SALES_PHONE,
        "");
  }

  void write(byte[] attachment, LeakFiles files, FactSheet facts) throws IOException {
    try {
      files.write(PATH, build(attachment));
    } catch (MimeException e) {
      throw new IllegalStateException("a fixed header of the sample e-mail does not parse", e);
    }
    ObjectNode m = facts.section("email");
    m.put("path", PATH);
    m.put("from", FROM);
    m.put("fromAddress", Story.SALES_EMAIL);
    m.put("to", TO);
    m.put("toAddress", Story.MINISTRY_CONTACT_EMAIL);
    m.put("cc", CC);
    m.put("subject", SUBJECT);
    m.put("date", rfc(DATE));
    m.put("dateIso", ISO_OFFSET_DATE_TIME.format(DATE));
    m.put("messageId", MESSAGE_ID);
    m.put("attachmentName", ATTACHMENT_NAME);
    m.put("attachmentSha256", LeakFiles.sha256(attachment));
    m.put("attachmentSameAs", ContractDocuments.LATIN_PATH);
    m.put("receivedCount", received().size());
    ArrayNode hops = m.putArray("receivedTimes");
    hops.add(rfc(DATE.plusSeconds(6)));
    hops.add(rfc(DATE.plusSeconds(4)));
    hops.add(rfc(DATE.plusSeconds(1)));
    m.put("bodyMentions", "Ugovora br. " + Story.CONTRACT_NUMBER);
  }

  private static byte[] build(byte[] attachment) throws IOException, MimeException {
    BasicBodyFactory bodies = new BasicBodyFactory();
    MultipartBuilder multipart = MultipartBuilder.create("mixed")
        .setPreamble("This is a multi-part message in MIME format.")
        .addBodyPart(BodyPartBuilder.create()
            .setBody(bodies.textBody(body(), StandardCharsets.UTF_8))
            .setContentType("text/plain", new NameValuePair("charset", "UTF-8"))
            .setContentTransferEncoding("quoted-printable"))
        .addBodyPart(BodyPartBuilder.create()
            .setBody(bodies.binaryBody(attachment))
            .setContentType("application/pdf", new NameValuePair("name", ATTACHMENT_NAME))
            .setContentTransferEncoding("base64")
            .setContentDisposition("attachment", ATTACHMENT_NAME));
    Message.Builder message = Message.Builder.of();
    message.addField(DefaultFieldParser.parse("Return-Path: <" + Story.SALES_EMAIL + ">"));
    for (String hop : received()) {
      message.addField(DefaultFieldParser.parse("Received: " + hop));
    }
    message.setFrom(FROM)
        .setTo(TO)
        .setCc(DefaultAddressParser.DEFAULT.parseMailbox(CC))
        .setSubject(SUBJECT)
        .setMessageId(MESSAGE_ID)
        .addField(DefaultFieldParser.parse("Date: " + rfc(DATE)));
    message.addField(DefaultFieldParser.parse("MIME-Version: 1.0"));
    message.addField(DefaultFieldParser.parse("X-Mailer: Microsoft Outlook 16.0"));
    message.addField(DefaultFieldParser.parse("Content-Language: sr-Latn-RS"));
    message.setBody(multipart.build());
    message.setContentType("multipart/mixed", new NameValuePair("boundary", BOUNDARY));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DefaultMessageWriter().writeMessage(message.build(), out);
    return out.toByteArray();
  }

  /** {@code Thu, 15 Aug 2019 09:42:17 +0200}. */
  static String rfc(OffsetDateTime t) {
    return RFC_5322.format(t);
  }
}
