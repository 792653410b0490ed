package org.istraga.provenance.forensics.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Office signatures (corpus {@code c_signed_or_protected_other}: a Word, an Excel and a
 * PowerPoint file signed in Microsoft Office 16 by "Allison, Timothy B." on 2019-09-27, XAdES with
 * the OPC relationships transform) are verified as Office shows them: valid. Tampered copies of
 * the Word file, written to a temporary folder, are not: a byte changed in the main part, a part
 * added, a signed part removed, the signature's signed time or value edited. The document
 * properties ({@code docProps/core.xml}) are outside Office signatures by design, so changing the
 * author leaves the signature valid; the report lists that part as unsigned by convention.
 */
class OoxmlSignatureCorpusTest {

  private static final String DIR = "c_signed_or_protected_other/";
  private static final String SIG = "_xmlsignatures/sig1.xml";
  private static final String SIGNER = "Allison, Timothy B. (TALLISON)";

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @ParameterizedTest
  @CsvSource({
    "testWORD_signed.docx, 11, word/document.xml, 2019-09-27T14:21:59Z",
    "testEXCEL_signed.xlsx, 10, xl/worksheets/sheet1.xml, 2019-09-27T15:20:12Z",
    "testPPT_signed.pptx, 36, ppt/slides/slide1.xml, 2019-09-27T15:22:58Z"
  })
  void realSignaturesVerify(String file, int references, String mainPart, String time)
      throws Exception {
    ForensicReport r = analyzer.analyze(Corpus.file(DIR + file), null);
    assertEquals(1, r.office().signatures().size());
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.VALID, s.verification(), s.verificationDetail());
    assertEquals(
        "signature value and " + references + " reference(s) verify", s.verificationDetail());
    assertEquals(Boolean.TRUE, s.signatureValueValid());
    assertEquals(SIGNER, s.signerName());
    assertEquals("DC=ORG,DC=MITRE,CN=MITRE Corporation PE CA-2", s.issuer());
    assertEquals(Boolean.FALSE, s.selfSigned());
    assertEquals("2018-05-04T12:53:01Z", s.notBefore());
    assertEquals("2020-09-23T14:21:09Z", s.notAfter());
    assertEquals("rsa-sha256", s.signatureAlgorithm());
    assertEquals(time, s.claimedSigningTime());
    assertEquals(Boolean.TRUE, s.signingTimeSigned());
    assertNull(s.timestampTime());
    assertEquals(references, s.references().size());
    assertTrue(
        s.references().stream().anyMatch(x -> mainPart.equals(x.part())), mainPart + " signed");
    assertTrue(s.references().stream().anyMatch(x -> "_rels/.rels".equals(x.part())));
    for (OfficeFacts.SignedReference ref : s.references()) {
      assertEquals(Boolean.TRUE, ref.digestMatches(), ref.uri());
      assertEquals(ref.part() == null ? null : Boolean.TRUE, ref.contentTypeMatches(), ref.uri());
    }
    assertEquals(List.of(), r.office().unsignedParts());
    assertTrue(r.office().unsignedByConvention().contains("docProps/core.xml"));
    assertTrue(r.office().unsignedByConvention().contains("[Content_Types].xml"));
    assertTrue(r.office().unsignedByConvention().contains(SIG));
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNED));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNATURE_INVALID));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNATURE_UNVERIFIED));
    assertFalse(r.hasFlag(FlagName.OFFICE_CHANGED_AFTER_SIGNING));
    assertFalse(r.hasFlag(FlagName.OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY));
    assertEquals(List.of(), r.errors());
  }

  private Map<String, byte[]> word() throws Exception {
    return TestPackages.read(Corpus.file(DIR + "testWORD_signed.docx"));
  }

  private ForensicReport analyze(Path dir, Map<String, byte[]> parts) throws Exception {
    return analyzer.analyze(TestPackages.write(dir.resolve("copy.docx"), parts), null);
  }

  @Test
  void byteChangedInDocumentIsInvalidNamingThePart(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = word();
    String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    ForensicReport r =
        analyze(
            dir,
            TestPackages.withByteChanged(parts, "word/document.xml", xml.indexOf("<w:t>") + 5));
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals("changed after signing: word/document.xml", s.verificationDetail());
    assertEquals(Boolean.TRUE, s.signatureValueValid());
    assertEquals(
        "[\"word/document.xml\"]",
        r.flag(FlagName.OFFICE_SIGNATURE_INVALID).orElseThrow().evidence().get("changed_parts"));
  }

  @Test
  void partAddedAfterSigningIsFlagged(@TempDir Path dir) throws Exception {
    // a new relationship (an Id the signer did not select) and its image: the signature still
    // verifies, as in Office, but the added part is covered by nothing
    Map<String, byte[]> parts = new LinkedHashMap<>(word());
    String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
    parts.put(
        "word/_rels/document.xml.rels",
        rels.replace(
                "</Relationships>",
                "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/image\" Target=\"media/image9.png\"/>"
                    + "</Relationships>")
            .getBytes(StandardCharsets.UTF_8));
    parts.put("word/media/image9.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    ForensicReport r = analyze(dir, parts);
    assertEquals(OfficeFacts.VALID, r.office().signatures().get(0).verification());
    assertEquals(List.of("word/media/image9.png"), r.office().unsignedParts());
    assertTrue(r.hasFlag(FlagName.OFFICE_CHANGED_AFTER_SIGNING));
  }

  @Test
  void signedRelationshipRetargetedIsInvalid(@TempDir Path dir) throws Exception {
    // the relationships transform protects the relationships the signer selected: retargeting
    // one of them (rId1, the styles part) breaks the signature
    Map<String, byte[]> parts = new LinkedHashMap<>(word());
    String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
    String changed = rels.replace("Target=\"styles.xml\"", "Target=\"styles2.xml\"");
    assertFalse(changed.equals(rels));
    parts.put("word/_rels/document.xml.rels", changed.getBytes(StandardCharsets.UTF_8));
    OfficeFacts.Signature s = analyze(dir, parts).office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals("changed after signing: word/_rels/document.xml.rels", s.verificationDetail());
  }

  @Test
  void contentTypeChangedAfterSigningIsInvalid(@TempDir Path dir) throws Exception {
    // [Content_Types].xml itself is never signed, but each part's type is, in its reference URI
    Map<String, byte[]> parts = new LinkedHashMap<>(word());
    String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
    String changed =
        types.replace(
            "wordprocessingml.document.main+xml",
            "vnd.ms-word.document.macroEnabled.main+xml");
    assertFalse(changed.equals(types));
    parts.put("[Content_Types].xml", changed.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals(
        "content type changed after signing ([Content_Types].xml): word/document.xml",
        s.verificationDetail());
    assertEquals(
        "[\"word/document.xml\"]",
        r.flag(FlagName.OFFICE_SIGNATURE_INVALID).orElseThrow().evidence().get("changed_parts"));
  }

  @Test
  void signedPartRemovedIsInvalid(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(word());
    parts.remove("word/settings.xml");
    OfficeFacts.Signature s = analyze(dir, parts).office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals("signed but missing from the package: word/settings.xml", s.verificationDetail());
  }

  @Test
  void editedSigningTimeBreaksTheSignedObject(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(word());
    String sig = new String(parts.get(SIG), StandardCharsets.UTF_8);
    String changed = sig.replace("2019-09-27T14:21:59Z", "2019-09-20T09:00:00Z");
    assertFalse(changed.equals(sig));
    parts.put(SIG, changed.getBytes(StandardCharsets.UTF_8));
    OfficeFacts.Signature s = analyze(dir, parts).office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertTrue(s.verificationDetail().startsWith("changed after signing: #idPackageObject"),
        s.verificationDetail());
    assertEquals(Boolean.FALSE, s.signingTimeSigned());
  }

  @Test
  void editedSignatureValueIsInvalid(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(word());
    String sig = new String(parts.get(SIG), StandardCharsets.UTF_8);
    String changed = sig.replace("<SignatureValue>Vu26", "<SignatureValue>Vu27");
    assertFalse(changed.equals(sig));
    parts.put(SIG, changed.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    OfficeFacts.Signature s = r.office().signatures().get(0);
    assertEquals(OfficeFacts.INVALID, s.verification());
    assertEquals(Boolean.FALSE, s.signatureValueValid());
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNATURE_INVALID));
  }

  @Test
  void documentPropertiesAreOutsideOfficeSignatures(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>(word());
    String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
    String changed =
        core.replace(">Allison, Timothy B.</dc:creator>", ">Petar Petrović</dc:creator>");
    assertFalse(changed.equals(core));
    parts.put("docProps/core.xml", changed.getBytes(StandardCharsets.UTF_8));
    ForensicReport r = analyze(dir, parts);
    assertEquals("Petar Petrović", r.office().author());
    assertEquals(OfficeFacts.VALID, r.office().signatures().get(0).verification());
    assertTrue(r.office().unsignedByConvention().contains("docProps/core.xml"));
    assertFalse(r.hasFlag(FlagName.OFFICE_CHANGED_AFTER_SIGNING));
  }
}
