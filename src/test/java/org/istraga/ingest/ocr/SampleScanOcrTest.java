package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.OcrMode;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fictional leak's scanned contract page, through a whole ingest with OCR. */
class SampleScanOcrTest {

  @Test
  void theScannedContractPageGivesTheContractNumberAndTheTotalAmount(@TempDir Path tmp) throws Exception {
    Path facts = Corpus.samples().resolve("facts.json");
    assumeTrue(Files.isRegularFile(facts), "SKIPPED: samples/facts.json not found at " + facts);
    TesseractTesting.require();
    JsonNode f = Json.mapper().readTree(facts.toFile());
    Path scan = Corpus.samples().resolve(f.path("scan").path("path").asText());
    String number = phrase(f, "contractNumber");
    String amount = phrase(f, "amountTotalDinara").split(" ")[0];
    assertTrue(f.path("scan").path("ocrMustRead").toString().contains(amount), "facts.json agrees with itself");

    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.AUTO, scan.getParent());
    DocumentRecord r = OcrCases.record(kase, scan.getFileName().toString());
    assertEquals("done", r.ocrState);
    assertArrayEquals(new int[] {1}, r.ocrPages);
    assertTrue(r.text.contains(number), "contract number " + number + " in:\n" + r.text);
    assertTrue(r.text.contains(amount), "amount " + amount + " in:\n" + r.text);
    assertEquals("cyrillic", r.script);
    assertEquals("sr", r.language);
  }

  private static String phrase(JsonNode facts, String key) {
    for (JsonNode p : facts.path("contract").path("phrases")) {
      if (key.equals(p.path("key").asText())) {
        return p.path("cyrillic").asText();
      }
    }
    throw new AssertionError("facts.json has no contract phrase " + key);
  }
}
