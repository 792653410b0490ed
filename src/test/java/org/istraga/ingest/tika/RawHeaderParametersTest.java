package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Raw UTF-8 attachment names become encoded words; every other byte passes unchanged. */
class RawHeaderParametersTest {

  static String message(String typeLine, String dispositionLine, String bodyLine) {
    return "From: a@example.org\r\nSubject: Уговор\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
        + "--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + bodyLine + "\r\n"
        + "--XX\r\n" + typeLine + "\r\n" + dispositionLine + "\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==\r\n--XX--\r\n";
  }

  private static String view(byte[] bytes) throws Exception {
    try (RawHeaderParameters in = new RawHeaderParameters(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String word(String s) {
    return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
  }

  @Test
  void rawUtf8NamesBecomeEncodedWords() throws Exception {
    String raw = message("Content-Type: application/octet-stream;\r\n\tname=\"ФНС_РФ558.zip\"",
        "Content-Disposition:attachment; filename=Уговор_број_7.zip", "Тело: name=\"остаје\"");
    String expected = message("Content-Type: application/octet-stream;\r\n\tname=\"" + word("ФНС_РФ558.zip") + "\"",
        "Content-Disposition:attachment; filename=\"" + word("Уговор_број_7.zip") + "\"", "Тело: name=\"остаје\"");
    assertEquals(expected, view(raw.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void legacyCharsetHeadersAreReadAsUtf8AndTheBodyPassesUnchanged() throws Exception {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] raw = message("Content-Type: application/pdf", "Content-Disposition: attachment; filename=\"Уговор.pdf\"",
        "Тело остаје у windows-1251.").getBytes(cp1251);
    String expected = message("Content-Type: application/pdf",
        "Content-Disposition: attachment; filename=\"" + word("Уговор.pdf") + "\"", "Тело остаје у windows-1251.");
    String body = "Тело остаје у windows-1251.";
    int at = expected.indexOf(body);
    java.io.ByteArrayOutputStream want = new java.io.ByteArrayOutputStream();
    want.writeBytes(expected.substring(0, at).getBytes(StandardCharsets.UTF_8)); // headers now UTF-8
    want.writeBytes(body.getBytes(cp1251)); // the body's bytes are not touched
    want.writeBytes(expected.substring(at + body.length()).getBytes(StandardCharsets.UTF_8));
    try (RawHeaderParameters in = new RawHeaderParameters(new ByteArrayInputStream(raw))) {
      assertArrayEquals(want.toByteArray(), in.readAllBytes());
    }
    byte[] subject = "Subject: Набавка\r\n\r\nx".getBytes(cp1251);
    try (RawHeaderParameters in = new RawHeaderParameters(new ByteArrayInputStream(subject))) {
      assertEquals("Subject: Набавка\r\n\r\nx", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void asciiEncodedNamesAndLongLinesPassUnchanged() throws Exception {
    byte[] ascii = message("Content-Type: application/pdf; name=\"ugovor.pdf\"",
        "Content-Disposition: attachment; filename=\"" + word("Уговор.pdf") + "\"", "x").getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(ascii, view(ascii).getBytes(StandardCharsets.UTF_8));
    assertNull(RawHeaderParameters.encodedWord("plain.txt"));
    byte[] longBody = message("Content-Type: application/pdf", "Content-Disposition: attachment",
        "Ж".repeat(RawHeaderParameters.MAX_LINE)).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(longBody, view(longBody).getBytes(StandardCharsets.UTF_8));
  }
}
