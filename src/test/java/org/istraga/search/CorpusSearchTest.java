package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Corpus;
import org.istraga.testing.RequiresCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On real documents (the shared corpus; skipped with a message when absent): a Latin query finds
 * the Cyrillic procurement reports and a Cyrillic query finds Latin documents, and a scanned
 * Cyrillic report is found by a word that is only in its image once OCR has read it.
 */
@RequiresCorpus
class CorpusSearchTest {

  private static final String FOLDER = "i_serbian/crta_government_docs";
  private static final String SCAN = FOLDER + "/Izvestaj_o_sprovedenom_postupku_javne_nabavke_EMS.pdf";

  @TempDir static Path dir;
  static String caseDir;

  @BeforeAll
  static void ingest() {
    Path evidence = Corpus.file(FOLDER);
    caseDir = dir.resolve("case").toString();
    Cli.Result r = Cli.run("ingest", "--case", caseDir, "--json", evidence.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }

  /** Script of each hit, by file name, from its own record. */
  private static Map<String, String> scriptsOfHits(String query) throws IOException {
    Cli.Result r = Cli.run("search", "--case", caseDir, "--json", "--limit", "100", "--no-snippets", "--", query);
    assertEquals(ExitCode.OK, r.code(), r::toString);
    Map<String, String> out = new HashMap<>();
    for (JsonNode h : r.json().get("hits")) {
      String p = h.get("paths").get(0).asText();
      out.put(p.substring(p.lastIndexOf('/') + 1), h.has("script") ? h.get("script").asText() : "none");
    }
    return out;
  }

  @Test
  void latinQueryFindsTheCyrillicProcurementReports() throws IOException {
    Map<String, String> hits = scriptsOfHits("\"izveštaj o sprovedenom postupku javne nabavke\"");
    long cyrillicReports = hits.entrySet().stream()
        .filter(e -> e.getKey().startsWith("Izvestaj_o") && e.getValue().equals("cyrillic")).count();
    assertTrue(cyrillicReports >= 2, "both Cyrillic procurement reports: " + hits);
    assertEquals(hits, scriptsOfHits("\"izvestaj o sprovedenom postupku javne nabavke\""), "diacritics do not matter");
  }

  @Test
  void cyrillicQueryFindsLatinDocuments() throws IOException {
    Map<String, String> hits = scriptsOfHits("\"закона о буџетском систему\"");
    assertTrue(hits.values().contains("latin"), "Latin documents about the budget system law: " + hits);
    assertTrue(hits.containsKey("2711-12Lat.pdf"), hits.toString());
    assertEquals(hits, scriptsOfHits("\"zakona o budžetskom sistemu\""));
  }

  @Test
  void scannedCyrillicReportIsFoundByAWordOnlyInItsImage() throws IOException {
    Cli.Result r = Cli.run("search", "--case", caseDir, "--json", "--no-snippets", "name:\"" + SCAN.substring(SCAN.lastIndexOf('/') + 1) + "\"");
    JsonNode hit = r.json().get("hits").get(0);
    Cli.Result shown = Cli.run("show", "--case", caseDir, hit.get("id").asText(), "--json");
    JsonNode doc = shown.json().get("document");
    assumeTrue(doc.has("ocr_pages") && doc.get("ocr_pages").size() > 0 && shown.json().get("text_length").asLong() > 0,
        "SKIPPED: the scan " + SCAN + " has no OCR text yet (ocr_state " + doc.path("ocr_state").asText()
            + "); this test runs once the OCR stage fills it");
    Map<String, String> hits = scriptsOfHits("\"elektromreža srbije\"");
    assertTrue(hits.containsKey(SCAN.substring(SCAN.lastIndexOf('/') + 1)), "Latin words read by OCR from the Cyrillic image: " + hits);
    assertFalse(hits.isEmpty());
  }
}
