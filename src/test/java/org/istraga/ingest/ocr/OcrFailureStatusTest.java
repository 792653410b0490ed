package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.Json;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose OCR failed is not silently "empty": status lists it under the OCR failures
 * with the reason, and {@code ocr:failed} finds it.
 */
class OcrFailureStatusTest {

  @TempDir Path tmp;

  @Test
  void anImageTesseractCannotReadIsListedAsAnOcrFailure() throws Exception {
    TesseractTesting.require();
    Path evidence = Files.createDirectories(tmp.resolve("leak"));
    // starts like a PNG (so it is handed to Tesseract) but its data is cut off
    byte[] png = new byte[64];
    byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(sig, 0, png, 0, sig.length);
    Files.write(evidence.resolve("skenirano.png"), png);
    Files.writeString(evidence.resolve("ugovor.txt"), "Ugovor o javnoj nabavci");
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), evidence.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);

    Cli.Result status = Cli.run("status", "--case", caseDir.toString(), "--json");
    assertEquals(ExitCode.OK, status.code(), status::toString);
    JsonNode ocrFailures = Json.mapper().readTree(status.out()).path("ocr_failures");
    assertEquals(1, ocrFailures.size(), status.out());
    assertTrue(ocrFailures.get(0).path("path").asText().endsWith("skenirano.png"));
    assertTrue(ocrFailures.get(0).path("reason").asText().contains("OCR"), ocrFailures.toString());

    Cli.Result text = Cli.run("status", "--case", caseDir.toString());
    assertTrue(text.out().contains("OCR failed (1 documents"), text.out());

    Cli.Result search = Cli.run("search", "--case", caseDir.toString(), "--json", "ocr:failed");
    assertEquals(1, Json.mapper().readTree(search.out()).path("total").asInt(), search.out());
  }
}
