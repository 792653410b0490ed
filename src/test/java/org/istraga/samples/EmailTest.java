package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.junit.jupiter.api.Test;

/** The e-mail parses as RFC 5322 / MIME with the recorded headers and the contract attached. */
class EmailTest {

  private final JsonNode email = CommittedSamples.facts().get("email");

  @Test
  void headersAreTheRecordedOnes() throws IOException {
    Message m = parse();
    assertEquals(email.get("fromAddress").asText(), m.getFrom().get(0).getAddress());
    assertEquals(email.get("from").asText(), m.getFrom().get(0).getName() + " <"
        + m.getFrom().get(0).getAddress() + ">");
    assertEquals(email.get("toAddress").asText(), m.getTo().flatten().get(0).getAddress());
    assertEquals(email.get("subject").asText(), m.getSubject());
    assertEquals(email.get("messageId").asText(), m.getMessageId());
    assertEquals(email.get("date").asText(), m.getHeader().getField("Date").getBody());
    assertEquals(OffsetDateTime.parse(email.get("dateIso").asText()).toInstant(),
        m.getDate().toInstant());
  }

  @Test
  void receivedChainRunsForwardInTimeFromTheDateHeader() throws IOException {
    Message m = parse();
    List<Field> received = m.getHeader().getFields("Received");
    assertEquals(email.get("receivedCount").asInt(), received.size());
    assertTrue(received.size() >= 2 && received.size() <= 3);
    List<OffsetDateTime> times = new ArrayList<>();
    for (Field f : received) {
      String body = f.getBody();
      times.add(OffsetDateTime.parse(body.substring(body.lastIndexOf(';') + 1).strip(),
          DateTimeFormatter.RFC_1123_DATE_TIME));
    }
    assertEquals(CommittedSamples.strings(email.get("receivedTimes")),
        times.stream().map(EmailDocument::rfc).toList());
    OffsetDateTime sent = OffsetDateTime.parse(email.get("dateIso").asText());
    for (int i = 0; i < times.size(); i++) {
      assertFalse(times.get(i).isBefore(sent), "hop " + i + " before Date");
      if (i > 0) {
        assertFalse(times.get(i - 1).isBefore(times.get(i)), "newest hop first");
      }
    }
  }

  @Test
  void bodyIsSerbianLatinAndTheAttachmentIsTheLatinContract() throws IOException {
    Message m = parse();
    assertTrue(m.isMultipart());
    Multipart mp = (Multipart) m.getBody();
    assertEquals("mixed", mp.getSubType());
    assertEquals(2, mp.getBodyParts().size());
    Entity text = mp.getBodyParts().get(0);
    assertEquals("text/plain", text.getMimeType());
    String body = readText((TextBody) text.getBody());
    assertTrue(body.contains(email.get("bodyMentions").asText()), body);
    assertTrue(body.contains("Poštovani"));
    Entity pdf = mp.getBodyParts().get(1);
    assertEquals("application/pdf", pdf.getMimeType());
    assertEquals("base64", pdf.getContentTransferEncoding());
    assertEquals(email.get("attachmentName").asText(), pdf.getFilename());
    byte[] attached;
    try (InputStream in = ((SingleBody) pdf.getBody()).getInputStream()) {
      attached = in.readAllBytes();
    }
    assertArrayEquals(CommittedSamples.bytes(email.get("attachmentSameAs").asText()), attached);
    assertEquals(email.get("attachmentSha256").asText(), LeakFiles.sha256(attached));
  }

  private Message parse() throws IOException {
    byte[] raw = CommittedSamples.bytes(email.get("path").asText());
    return new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(raw));
  }

  private static String readText(TextBody body) throws IOException {
    try (InputStream in = body.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
