package org.istraga.provenance.forensics.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenDocument signatures checked end to end: a package is signed in the test with the JDK's XML
 * signature API and a self-signed BouncyCastle certificate ({@link TestOdfSigner}), then analysed
 * as is and after one change each: a byte of a signed part, a part added, the signature value, the
 * signed date, a part removed. Also hostile signature parts (DTD, XPath transform, external
 * reference, duplicate Ids) and an unsigned package.
 */
class OdfSignatureVerificationTest {

  private static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
  private static final String SIG = "META-INF/documentsignatures.xml";
  private static TestOdfSigner signer;
  private static Map<String, byte[]> signed;

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @BeforeAll
  static void sign() throws Exception {
    long now = System.currentTimeMillis();
    signer =
        new TestOdfSigner(
            "CN=Ana Anić, O=Opština Zemun, C=RS",
            new Date(now - 86_400_000L),
            new Date(now + 365 * 86_400_000L));
    signed = signer.sign(TestOdfSigner.document(), java.time.Instant.ofEpochMilli(now).toString());
  }

  private ForensicReport analyze(Path dir, Map<String, byte[]> parts) throws Exception {
    return analyzer.analyze(TestPackages.write(dir.resolve("ugovor.odt"), parts), MEDIA_TYPE);
  }

  @Test
  void untouchedSignatureIsValidWithSignerCoverageAndTime(@TempDir Path dir) throws Exception {
    ForensicReport r = analyze(dir, signed);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(1, r.office().signatures().size());
    assertEquals(OfficeFacts.VALID, s.verification(), s.verificationDetail());
    assertEquals(Boolean.TRUE, s.signatureValueValid());
    assertEquals("Ana Anić", s.signerName());
    assertEquals("CN=Ana Anić,O=Opština Zemun,C=RS", s.signerSubject());
    assertEquals(s.signerSubject(), s.issuer());
    assertEquals(Boolean.TRUE, s.selfSigned());
    assertEquals("5ca1ab1e", s.serialNumber());
    assertEquals("rsa-sha256", s.signatureAlgorithm());
    assertEquals(Boolean.TRUE, s.signingTimeSigned());
    List<String> parts = new ArrayList<>();
    for (OfficeFacts.SignedReference ref : s.references()) {
      assertEquals(Boolean.TRUE, ref.digestMatches(), ref.uri());
      assertEquals("sha256", ref.digestAlgorithm());
      parts.add(ref.part());
    }
    assertEquals(
        java.util.Arrays.asList(
            "content.xml", "styles.xml", "meta.xml", "Pictures/pečat 1.png",
            "META-INF/manifest.xml", null),
        parts);
    assertEquals(List.of(), r.office().unsignedParts());
    assertEquals(List.of("mimetype", SIG), r.office().unsignedByConvention());
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNED));
    String message = r.flag(FlagName.OFFICE_SIGNED).orElseThrow().message();
    assertTrue(message.contains("1 valid, 0 invalid"), message);
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNATURE_INVALID));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNATURE_UNVERIFIED));
    assertFalse(r.hasFlag(FlagName.OFFICE_CHANGED_AFTER_SIGNING));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY));
    assertEquals(List.of(), r.errors());
  }

  @Test
  void oneByteChangedInSignedPartIsInvalidNamingThePart(@TempDir Path dir) throws Exception {
    String xml = new String(signed.get("content.xml"), StandardCharsets.UTF_8);
    int at = xml.indexOf("1.250.000") + 2; // 1.250.000 -> 1.950.000 is one byte
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    byte[] b = parts.get("content.xml").clone();
    b[at] = '9';
    parts.put("content.xml", b);
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals(Boolean.TRUE, s.signatureValueValid());
    assertEquals("changed after signing: content.xml", s.verificationDetail());
    assertEquals(Boolean.FALSE, s.references().get(0).digestMatches());
    Flag f = r.flag(FlagName.OFFICE_SIGNATURE_INVALID).orElseThrow();
    assertEquals("[\"content.xml\"]", f.evidence().get("changed_parts"));
    assertTrue(f.message().contains("content.xml"), f.message());
    assertFalse(r.hasFlag(FlagName.OFFICE_CHANGED_AFTER_SIGNING));
  }

  @Test
  void partAddedAfterSigningIsNotCovered(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.put("Pictures/zamena.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
    ForensicReport r = analyze(dir, parts);
    assertEquals(OfficeFacts.VALID, r.office().signatures().get(0).verification());
    assertEquals(List.of("Pictures/zamena.png"), r.office().unsignedParts());
    Flag f = r.flag(FlagName.OFFICE_CHANGED_AFTER_SIGNING).orElseThrow();
    assertEquals("[\"Pictures/zamena.png\"]", f.evidence().get("parts"));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNATURE_INVALID));
  }

  @Test
  void tamperedSignatureValueIsInvalid(@TempDir Path dir) throws Exception {
    String xml = new String(signed.get(SIG), StandardCharsets.UTF_8);
    int v = xml.indexOf("<SignatureValue>") + "<SignatureValue>".length() + 10;
    char c = xml.charAt(v);
    String tampered = xml.substring(0, v) + (c == 'A' ? 'B' : 'A') + xml.substring(v + 1);
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.put(SIG, tampered.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals(Boolean.FALSE, s.signatureValueValid());
    assertTrue(s.verificationDetail().startsWith("the signature value does not verify"));
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNATURE_INVALID));
  }

  @Test
  void alteredSigningDateBreaksItsReference(@TempDir Path dir) throws Exception {
    String xml = new String(signed.get(SIG), StandardCharsets.UTF_8);
    String tampered = xml.replaceFirst("(<dc:date[^>]*>)\\d{4}", "$12001");
    assertFalse(tampered.equals(xml));
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.put(SIG, tampered.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals("changed after signing: #idDate", s.verificationDetail());
    assertTrue(s.claimedSigningTime().startsWith("2001"));
    assertEquals(Boolean.FALSE, s.signingTimeSigned());
    // the forged date precedes the certificate's validity
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY));
  }

  @Test
  void xadesTimestampTimeAndAuthorityAreReported(@TempDir Path dir) throws Exception {
    // a timestamp added after signing (XAdES-T) sits outside the signed data: still valid
    Date stamped = new Date((System.currentTimeMillis() / 1000 - 60) * 1000);
    ForensicReport r =
        analyze(dir, signer.timestamped(signed, stamped, "Test Vremenski Žig", true));
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.VALID, s.verification(), s.verificationDetail());
    assertEquals(
        java.time.Instant.ofEpochMilli(stamped.getTime()).toString(), s.timestampTime());
    assertEquals("Test Vremenski Žig", s.timestampAuthority());
    assertEquals(Boolean.TRUE, s.timestampCoversSignature());
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNED));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNATURE_INVALID));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY));
  }

  @Test
  void timestampIssuedForOtherDataIsFlagged(@TempDir Path dir) throws Exception {
    Date stamped = new Date((System.currentTimeMillis() / 1000 - 60) * 1000);
    ForensicReport r = analyze(dir, signer.timestamped(signed, stamped, "Tuđi žig", false));
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.VALID, s.verification(), "the signature itself still holds");
    assertEquals(Boolean.FALSE, s.timestampCoversSignature());
    String message = r.flag(FlagName.OFFICE_SIGNATURE_INVALID).orElseThrow().message();
    assertTrue(message.contains("was issued for other data"), message);
  }

  @Test
  void timestampOutsideCertificateValidityIsFlagged(@TempDir Path dir) throws Exception {
    Date stamped = new Date(System.currentTimeMillis() + 400L * 86_400_000L);
    ForensicReport r = analyze(dir, signer.timestamped(signed, stamped, "Budući žig", true));
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY));
    assertEquals(
        r.office().signatures().get(0).timestampTime(),
        r.flag(FlagName.OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY)
            .orElseThrow()
            .evidence()
            .get("signing_time"));
  }

  @Test
  void signedPartRemovedIsInvalid(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.remove("styles.xml");
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals("signed but missing from the package: styles.xml", s.verificationDetail());
    assertEquals(
        "[\"styles.xml\"]",
        r.flag(FlagName.OFFICE_SIGNATURE_INVALID).orElseThrow().evidence().get("changed_parts"));
  }

  @Test
  void macroSignatureCoversOnlyTheMacros(@TempDir Path dir) throws Exception {
    Map<String, byte[]> doc = new LinkedHashMap<>(TestOdfSigner.document());
    doc.put("Basic/script-lc.xml", TestOdfSigner.bytes("<library:libraries xmlns:library="
        + "\"http://openoffice.org/2000/library\"/>"));
    doc.put("Basic/Standard/Module1.xml", TestOdfSigner.bytes("<script:module xmlns:script="
        + "\"http://openoffice.org/2000/script\">Sub Main\nEnd Sub</script:module>"));
    Map<String, byte[]> macroSigned =
        signer.sign(doc, "2024-01-02T03:04:05", n -> n.startsWith("Basic/"),
            "META-INF/macrosignatures.xml");
    ForensicReport r = analyze(dir, macroSigned);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals("META-INF/macrosignatures.xml", s.part());
    assertEquals(OfficeFacts.VALID, s.verification(), s.verificationDetail());
    // the document itself is not signed, and is not reported as changed after signing
    assertEquals(List.of(), r.office().unsignedParts());
    assertFalse(r.hasFlag(FlagName.OFFICE_CHANGED_AFTER_SIGNING));

    Map<String, byte[]> added = new LinkedHashMap<>(macroSigned);
    added.put("Basic/Standard/Module2.xml", TestOdfSigner.bytes("<m/>"));
    ForensicReport r2 = analyze(dir, added);
    assertEquals(List.of("Basic/Standard/Module2.xml"), r2.office().unsignedParts());
    assertTrue(r2.hasFlag(FlagName.OFFICE_CHANGED_AFTER_SIGNING));
  }

  @Test
  void unsignedPackageReportsNothing(@TempDir Path dir) throws Exception {
    ForensicReport r = analyze(dir, TestOdfSigner.document());
    assertNull(r.office().signatures());
    assertNull(r.office().unsignedParts());
    assertNull(r.office().unsignedByConvention());
    for (FlagName f :
        List.of(
            FlagName.OFFICE_SIGNED,
            FlagName.OFFICE_SIGNATURE_INVALID,
            FlagName.OFFICE_SIGNATURE_UNVERIFIED,
            FlagName.OFFICE_CHANGED_AFTER_SIGNING)) {
      assertFalse(r.hasFlag(f), f.id());
    }
  }

  @Test
  void signaturePartWithDtdIsRefusedUnexpanded(@TempDir Path dir) throws Exception {
    String xml = new String(signed.get(SIG), StandardCharsets.UTF_8);
    String bomb =
        "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
    String hostile = xml.replaceFirst("(<\\?xml[^>]*\\?>)?", "$1" + bomb);
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.put(SIG, hostile.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    assertNull(r.office().signatures());
    assertEquals(1, r.errors().size(), String.valueOf(r.errors()));
    assertTrue(r.errors().get(0).startsWith("office.signature " + SIG), r.errors().get(0));
    assertTrue(r.errors().get(0).contains("DOCTYPE"), r.errors().get(0));
  }

  @Test
  void xpathTransformIsNotEvaluated(@TempDir Path dir) throws Exception {
    String xml = new String(signed.get(SIG), StandardCharsets.UTF_8);
    String hostile =
        xml.replaceFirst(
            "<Transform Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>",
            "<Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\">"
                + "<XPath>count(//.)&gt;0</XPath></Transform>");
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.put(SIG, hostile.getBytes(StandardCharsets.UTF_8));
    OfficeFacts.Signature s = analyze(dir, parts).office().signatures().get(0);
    assertEquals(OfficeFacts.UNCHECKED, s.verification());
    assertEquals(
        "unsupported transform http://www.w3.org/TR/1999/REC-xpath-19991116",
        s.verificationDetail());
    assertEquals("Ana Anić", s.signerName());
  }

  @Test
  void externalReferenceIsNeverFetched(@TempDir Path dir) throws Exception {
    String xml = new String(signed.get(SIG), StandardCharsets.UTF_8);
    String hostile =
        xml.replaceFirst("URI=\"styles.xml\"", "URI=\"http://127.0.0.1:9/styles.xml\"");
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.put(SIG, hostile.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    // the signed information changed, so the value fails too; the reference is refused
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals(Boolean.FALSE, s.signatureValueValid());
    OfficeFacts.SignedReference ref = s.references().get(1);
    assertEquals("http://127.0.0.1:9/styles.xml", ref.uri());
    assertNull(ref.digestMatches());
    assertEquals("not a part of the package: http://127.0.0.1:9/styles.xml", ref.problem());
    assertEquals(List.of("styles.xml"), r.office().unsignedParts());
  }

  @Test
  void duplicateIdsAreRefused(@TempDir Path dir) throws Exception {
    String xml = new String(signed.get(SIG), StandardCharsets.UTF_8);
    String hostile =
        xml.replace(
            "</document-signatures>",
            "<extra Id=\"idDate\"><dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "2030-01-01T00:00:00Z</dc:date></extra></document-signatures>");
    Map<String, byte[]> parts = new LinkedHashMap<>(signed);
    parts.put(SIG, hostile.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.UNCHECKED, s.verification());
    assertEquals(
        "the Id \"idDate\" is used twice (a signature-wrapping pattern); not checked",
        s.verificationDetail());
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNATURE_UNVERIFIED));
  }
}
