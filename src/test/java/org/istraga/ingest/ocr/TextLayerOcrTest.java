package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.ingest.OcrMode;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With Tesseract: a page whose text layer is private-use characters and a scan with only a Bates
 * number are read by OCR in {@code --ocr auto}, the OCR text following the layer as extracted; a
 * scan under an earlier OCR's invisible text is not read again.
 */
class TextLayerOcrTest {

  @TempDir Path tmp;

  @Test
  void unusableLayersAreReadByOcrAndEarlierOcrIsKept() throws Exception {
    TesseractTesting.require();
    Path leak = Files.createDirectories(tmp.resolve("leak"));
    Evidence.write(leak.resolve("pua.pdf"), TextLayerPdfs.privateUseText());
    Evidence.write(leak.resolve("bates-scan.pdf"), TextLayerPdfs.scanWithStamp("ISTRAGA-0001234"));
    Evidence.write(leak.resolve("ocred-scan.pdf"), TextLayerPdfs.scanWithInvisibleText());
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.AUTO, leak);

    DocumentRecord pua = OcrCases.record(kase, "pua.pdf");
    assertEquals("done", pua.ocrState, pua.statusReason);
    assertArrayEquals(new int[] {1}, pua.ocrPages);
    String page = PageMap.pageText(pua.text, pua.pageStarts, 1);
    int ocrStart = firstOcrWord(page);
    assertTrue(page.substring(0, ocrStart).chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF),
        "the extracted layer stays, before the OCR text: " + page);
    assertWords("pua.pdf", page.substring(ocrStart));

    DocumentRecord bates = OcrCases.record(kase, "bates-scan.pdf");
    assertEquals("done", bates.ocrState, bates.statusReason);
    assertArrayEquals(new int[] {1}, bates.ocrPages);
    assertTrue(bates.text.contains("ISTRAGA-0001234"), bates.text);
    assertWords("bates-scan.pdf", bates.text);

    DocumentRecord ocred = OcrCases.record(kase, "ocred-scan.pdf");
    assertEquals("none", ocred.ocrState);
    assertArrayEquals(new int[0], ocred.ocrPages);
    assertWords("ocred-scan.pdf", ocred.text);
    List<String> read = new ArrayList<>();
    for (JsonNode n : OcrCases.ledger(kase, "ocr")) {
      read.add(n.path("path").asText().replaceAll(".*/", ""));
    }
    assertTrue(read.contains("pua.pdf") && read.contains("bates-scan.pdf"), read.toString());
    assertFalse(read.contains("ocred-scan.pdf"), "the earlier OCR layer is not read again: " + read);
  }

  private static int firstOcrWord(String page) {
    int i = page.indexOf("UGOVOR");
    assertTrue(i >= 0, "OCR found the heading: " + page);
    return i;
  }

  private static void assertWords(String what, String text) {
    String flat = text.replaceAll("\\s+", " ");
    for (String expected : new String[] {"JAVNOJ NABAVCI", "35 jedinica", "3.500 kamera", "one-time discount"}) {
      assertTrue(flat.contains(expected), what + " lacks \"" + expected + "\": " + flat);
    }
  }
}
