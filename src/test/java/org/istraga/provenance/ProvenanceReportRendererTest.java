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
    var report = new ForensicAnalyzer(ForensicOptions.defaults()).analyze(Corpus.file(corpusFile), "application/pdf");
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
}
