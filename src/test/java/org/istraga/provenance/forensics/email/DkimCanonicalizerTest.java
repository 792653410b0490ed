package org.istraga.provenance.forensics.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonicalization against the worked examples and well-known values of RFC 6376. */
class DkimCanonicalizerTest {

  /** RFC 6376 section 3.4.6, the example message. */
  private static final String EXAMPLE =
      "A: X\r\n"
          + "B : Y\t\r\n"
          + "\tZ  \r\n"
          + "\r\n"
          + " C \r\n"
          + "D \t E\r\n"
          + "\r\n"
          + "\r\n";

  @Test
  void relaxedHeadersMatchRfcExample() {
    RawMessage m = RawMessage.parse(bytes(EXAMPLE));
    StringBuilder out = new StringBuilder();
    for (HeaderField f : m.headers()) {
      out.append(DkimCanonicalizer.header(f, "relaxed"));
    }
    assertEquals("a:X\r\nb:Y Z\r\n", out.toString());
  }

  @Test
  void simpleHeadersAreUnchanged() {
    RawMessage m = RawMessage.parse(bytes(EXAMPLE));
    StringBuilder out = new StringBuilder();
    for (HeaderField f : m.headers()) {
      out.append(DkimCanonicalizer.header(f, "simple"));
    }
    assertEquals("A: X\r\nB : Y\t\r\n\tZ  \r\n", out.toString());
  }

  @Test
  void relaxedBodyMatchesRfcExample() {
    RawMessage m = RawMessage.parse(bytes(EXAMPLE));
    assertEquals(" C\r\nD E\r\n", str(DkimCanonicalizer.body(m.body(), "relaxed")));
  }

  @Test
  void simpleBodyMatchesRfcExample() {
    RawMessage m = RawMessage.parse(bytes(EXAMPLE));
    assertEquals(" C \r\nD \t E\r\n", str(DkimCanonicalizer.body(m.body(), "simple")));
  }

  @Test
  void emptyBodiesHashToTheWellKnownValues() throws Exception {
    // RFC 6376 section 3.4.3/3.4.4: simple turns an empty body into CRLF, relaxed keeps it empty.
    assertEquals(
        "frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=",
        sha256(DkimCanonicalizer.body(new byte[0], "simple")));
    assertEquals(
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
        sha256(DkimCanonicalizer.body(bytes("\r\n\r\n"), "relaxed")));
  }

  @Test
  void bodyWithoutFinalLineBreakGetsOne() {
    assertEquals("abc\r\n", str(DkimCanonicalizer.body(bytes("abc"), "simple")));
    assertEquals("a b\r\n", str(DkimCanonicalizer.body(bytes("a  b  "), "relaxed")));
  }

  @Test
  void bareLineFeedsAreReadAsCrlf() {
    RawMessage m = RawMessage.parse(bytes("Subject: x\n\nline\n\n"));
    assertArrayEquals(bytes("line\r\n\r\n"), m.body());
    assertEquals("Subject: x\r\n", m.headers().get(0).raw());
  }

  @Test
  void headerSelectionIsBottomUpAndSkipsMissingOnes() {
    RawMessage m = RawMessage.parse(bytes("X: 1\r\nY: a\r\nX: 2\r\nX: 3\r\n\r\nbody\r\n"));
    List<HeaderField> picked =
        DkimCanonicalizer.select(m.headers(), List.of("x", "y", "x", "z", "x", "x"));
    assertEquals(
        List.of("X: 3\r\n", "Y: a\r\n", "X: 2\r\n", "X: 1\r\n"),
        picked.stream().map(HeaderField::raw).toList());
  }

  @Test
  void signatureValueIsBlankedButBodyHashIsKept() {
    String v = " v=1; a=rsa-sha256; bh=abc=; b=dGVz\r\n dA==; s=x";
    assertEquals(" v=1; a=rsa-sha256; bh=abc=; b=; s=x", DkimCanonicalizer.blankB(v));
    HeaderField f = new HeaderField("DKIM-Signature", "DKIM-Signature:" + v + "\r\n");
    assertEquals(
        "dkim-signature:v=1; a=rsa-sha256; bh=abc=; b=; s=x",
        DkimCanonicalizer.signatureHeaderWithoutB(f, "relaxed"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String str(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static String sha256(byte[] b) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
