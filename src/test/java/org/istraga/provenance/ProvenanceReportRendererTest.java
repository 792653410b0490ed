package org.istraga.provenance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.istraga.Json;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/** The text form of a forensic report says which revision each signature signs, and lists them. */
class ProvenanceReportRendererTest {

  private static String render(String corpusFile) throws Exception {
    return render(corpusFile, "application/pdf");
  }

  private static String render(String corpusFile, String mediaType) throws Exception {
    var report = new ForensicAnalyzer(ForensicOptions.defaults()).analyze(Corpus.file(corpusFile), mediaType);
    StringWriter s = new StringWriter();
    ProvenanceReportRenderer.print(new PrintWriter(s), Json.mapper().readTree(report.toJson()));
    return s.toString();
  }

  @Test
  void twoSignaturesEachNameTheRevisionTheySignAndTheirCertificate() throws Exception {
    String out = render("c_pdf_features/minimal-signed-twice-both-created.pdf");
    assertTrue(out.contains("    signs revision 1 of 2 (bytes 0-83059); the signed bytes match"), out);
    assertTrue(out.contains("    signs revision 2 of 2 (bytes 0-107981); the signed bytes match"), out);
    assertTrue(out.contains("    signer certificate C=BE,ST=Vlaams-Brabant,L=Leuven,O=Test,OU=Test,CN=Lord Testerino,"
        + "E=testerino@example.com, issued by C=BE,"), out);
    assertTrue(out.contains(", serial cb4b1590c1a04cf3, valid 2020-08-03T12:52:19Z to 2294-05-19T12:52:19Z"), out);
    assertTrue(out.contains("    RFC 3161 timestamp: 2021-01-11T18:45:14Z"), out);
    assertTrue(out.contains("    1: bytes 0-83059, sha256 9e7cf84380853bef295d94f91021e1e63d850ebcccafa5f70ef22ba1fda06d5e"), out);
    assertTrue(out.contains("    2: bytes 0-107981 (the file as it is)"), out);
  }

  @Test
  void signatureThatStopsShortOfItsRevisionSignsNoWholeRevision() throws Exception {
    String out = render("c_pdf_features/coverage-anomalies__tail-uncovered.pdf");
    assertTrue(out.contains("    signs no whole revision (bytes 0-7092)"), out);
    assertTrue(out.contains("    coverage problems: [\"revision-tail-unsigned\"]"), out);
  }

  @Test
  void officeSignatureShowsItsCheckSignerAndSignedParts() throws Exception {
    String out = render("c_signed_or_protected_other/testWORD_signed.docx", null);
    assertTrue(out.contains("  Signature (_xmlsignatures/sig1.xml): signer Allison, Timothy B. (TALLISON), valid"
        + " — signature value and 11 reference(s) verify"), out);
    assertTrue(out.contains("    signer certificate DC=ORG,DC=MITRE,OU=Locations,OU=WM,OU=USERS,"
        + "CN=Allison\\, Timothy B. (TALLISON), issued by DC=ORG,DC=MITRE,CN=MITRE Corporation PE CA-2, serial"
        + " 1ec55c6300010000bee2, valid 2018-05-04T12:53:01Z to 2020-09-23T14:21:09Z; algorithm rsa-sha256"), out);
    assertTrue(out.contains("    claimed signing time 2019-09-27T14:21:59Z (covered by the signature;"), out);
    assertTrue(out.contains("    signs: _rels/.rels, word/_rels/document.xml.rels, word/document.xml,"), out);
    assertTrue(out.contains("  Parts outside the signatures by convention (may change without breaking them):"
        + " [\"[Content_Types].xml\",\"docProps/core.xml\""), out);
  }
}
