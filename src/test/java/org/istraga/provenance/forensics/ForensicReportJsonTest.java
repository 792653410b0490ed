package org.istraga.provenance.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.istraga.IstragaException;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/** The report crosses a process boundary as JSON: field names, omissions and exact round trips. */
class ForensicReportJsonTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void pdfReportRoundTripsWithSnakeCaseNames() throws Exception {
    ForensicReport r =
        analyzer.analyze(
            Corpus.file("c_pdf_features/coverage-anomalies__tail-uncovered.pdf"),
            "application/pdf");
    String json = r.toJson();
    assertEquals(r, ForensicReport.fromJson(json));
    JsonNode n = new ObjectMapper().readTree(json);
    assertEquals("pdf", n.get("format").asText());
    assertEquals(7486, n.get("file_size").asLong());
    assertEquals(
        "20561be3ee5648213713254694f73a794636da607719e1cb507b3c056d495775",
        n.get("sha256").asText());
    JsonNode sig = n.get("pdf").get("signatures").get(0);
    assertEquals(7092, sig.get("signed_bytes_end").asLong());
    assertEquals("revision-tail-unsigned", sig.get("coverage_problems").get(0).asText());
    assertTrue(sig.get("certificates").get(0).has("not_after"));
    assertEquals(2, n.get("pdf").get("revision_count").asInt());
    JsonNode rev = n.get("revisions").get(0);
    assertEquals(7195, rev.get("byte_length").asLong());
    assertTrue(rev.has("page_count"));
    assertTrue(rev.has("text_truncated"));
    JsonNode flag = n.get("flags").get(0);
    assertEquals("pdf-incremental-updates", flag.get("name").asText());
    assertEquals("info", flag.get("severity").asText());
    assertFalse(n.has("office")); // nulls are omitted
    assertFalse(n.get("pdf").has("catalog_version"));
  }

  @Test
  void everyFormatRoundTrips() {
    for (String rel :
        new String[] {
          "e_office/testWORD_2006ml.docx",
          "e_office/testODFwithOOo3.odt",
          "e_office/E-MODELE_CONTRAT_2007_EN.doc",
          "f_email/complex.mbox",
          "f_email/testMSG.msg",
          "b_scans_ocr/testOCR.jpg",
          "h_text_html_csv_json_xml/multi-language.txt"
        }) {
      ForensicReport r = analyzer.analyze(Corpus.file(rel), null);
      assertEquals(r, ForensicReport.fromJson(r.toJson()), rel);
      assertEquals(r.toJson(), ForensicReport.fromJson(r.toJson()).toJson(), rel);
    }
    assertEquals(
        "none",
        analyzer
            .analyze(Corpus.file("h_text_html_csv_json_xml/multi-language.txt"), "text/plain")
            .format());
  }

  @Test
  void unknownFieldsAreIgnoredAndGarbageIsRejected() {
    ForensicReport r =
        ForensicReport.fromJson(
            "{\"format\":\"none\",\"file_size\":3,\"future_field\":{\"x\":1},"
                + "\"flags\":[{\"name\":\"some-new-flag\",\"severity\":\"warning\","
                + "\"message\":\"m\",\"evidence\":{\"a\":\"b\"}}]}");
    assertEquals("none", r.format());
    assertEquals("some-new-flag", r.flags().get(0).name());
    assertEquals(Severity.WARNING, r.flags().get(0).severity());
    IstragaException e =
        assertThrows(IstragaException.class, () -> ForensicReport.fromJson("{\"format\": [1,"));
    assertEquals(IstragaException.Kind.INCOMPATIBLE, e.kind());
  }

  @Test
  void flagNamesAreUniqueKebabCaseAndDocumented() throws Exception {
    String docs = java.nio.file.Files.readString(Corpus.projectDir().resolve("docs/provenance.md"));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (FlagName f : FlagName.values()) {
      assertTrue(
          docs.contains("| `" + f.id() + "` | " + f.severity().jsonName()),
          "docs/provenance.md flag table lacks " + f.id());
      assertTrue(f.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), f.id());
      assertTrue(seen.add(f.id()), f.id());
      assertEquals(f, FlagName.fromId(f.id()).orElseThrow());
    }
  }
}
