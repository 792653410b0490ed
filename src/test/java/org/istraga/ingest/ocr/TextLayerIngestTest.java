package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.OcrMode;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCR decision on PDFs whose text layer exists but is not the page's text, made at ingest
 * (with {@code --ocr off}, so no Tesseract is needed): misread Cyrillic is repaired without OCR,
 * a private-use text layer and a scan with only a Bates number join the OCR backlog with their
 * reason, and a scan under an earlier OCR's invisible text is not OCR'd again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextLayerIngestTest {

  @TempDir static Path tmp;
  Case kase;

  @BeforeAll
  void ingest() throws Exception {
    Path leak = Files.createDirectories(tmp.resolve("leak"));
    Evidence.write(leak.resolve("mup-ugovor.pdf"), TextLayerPdfs.misreadCyrillic());
    Evidence.write(leak.resolve("pua.pdf"), TextLayerPdfs.privateUseText());
    Evidence.write(leak.resolve("ocred-scan.pdf"), TextLayerPdfs.scanWithInvisibleText());
    Evidence.write(leak.resolve("bates-scan.pdf"), TextLayerPdfs.scanWithStamp("ISTRAGA-0001234"));
    Evidence.write(leak.resolve("letterhead.pdf"), TextLayerPdfs.logoWithShortText("Beograd, 15.03.2019."));
    Evidence.write(leak.resolve("plain.pdf"), TextLayerPdfs.ordinaryText(
        "Ugovor o javnoj nabavci broj 404-02-117/2019-06, vrednost 1.234.567,89 dinara.",
        "Đorđe Šušnjar potpisuje za naručioca; isporuka u roku od 30 dana.",
        "The supplier grants a one-time discount of 57% on the list price."));
    kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.OFF, leak);
  }

  @Test
  void cyrillicReadAsWindows1252IsReadAgainWithoutOcr() throws Exception {
    DocumentRecord r = OcrCases.record(kase, "mup-ugovor.pdf");
    String flat = r.text.replaceAll("\\s+", " ");
    for (String line : TextLayerPdfs.CYRILLIC) {
      assertTrue(flat.contains(line), "lacks \"" + line + "\": " + flat);
    }
    assertFalse(flat.contains("Ìèíèñòàðñòâî"), flat);
    assertEquals("none", r.ocrState, "repaired text is usable: no OCR");
    assertEquals("ok", r.status);
    assertTrue(r.statusReason.contains("read again as Windows-1251"), r.statusReason);
    assertEquals("cyrillic", r.script, "script computed from the repaired text");
    assertEquals(1, r.pageStarts.length);
  }

  @Test
  void privateUseTextLayerWaitsForOcrWithItsReason() throws Exception {
    DocumentRecord r = OcrCases.record(kase, "pua.pdf");
    assertTrue(r.text.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF), "the layer as extracted is kept");
    assertEquals("pending", r.ocrState);
    assertEquals(List.of(1), OcrPages.candidates(r));
    assertEquals(List.of(1), OcrPages.toRead(r, false));
    assertTrue(r.statusReason.contains("no usable text layer on page 1: text layer is unmapped glyphs"), r.statusReason);
  }

  @Test
  void invisibleTextOfAnEarlierOcrIsUsableAndNotReadAgain() throws Exception {
    DocumentRecord r = OcrCases.record(kase, "ocred-scan.pdf");
    String flat = r.text.replaceAll("\\s+", " ");
    assertTrue(flat.contains("UGOVOR O JAVNOJ NABAVCI"), flat);
    assertTrue(flat.contains("3.500 kamera"), flat);
    assertEquals("none", r.ocrState, r.statusReason);
    assertEquals(List.of(1), List.copyOf(PageRanges.parse(r.metadata.get(OcrPages.SCAN_IMAGE_PAGES).get(0), 1)),
        "the page's image is scan-sized");
    assertNull(r.statusReason);
  }

  @Test
  void scanWithOnlyABatesNumberWaitsForOcr() throws Exception {
    DocumentRecord r = OcrCases.record(kase, "bates-scan.pdf");
    assertTrue(r.text.contains("ISTRAGA-0001234"), r.text);
    assertTrue(r.text.strip().length() >= OcrPages.MIN_PAGE_CHARS, "more than the old threshold of text");
    assertEquals("pending", r.ocrState);
    assertEquals(List.of(1), OcrPages.candidates(r));
    assertTrue(r.statusReason.contains("no usable text layer on page 1: a scan-sized image with only a few words"), r.statusReason);
  }

  @Test
  void aSmallImageDoesNotMakeAShortPageAScan() throws Exception {
    DocumentRecord r = OcrCases.record(kase, "letterhead.pdf");
    assertTrue(r.text.contains("Beograd, 15.03.2019."), r.text);
    assertFalse(r.metadata.containsKey(OcrPages.SCAN_IMAGE_PAGES), r.metadata.toString());
    assertEquals("none", r.ocrState);
  }

  @Test
  void ordinaryTextIsNeitherChangedNorQueued() throws Exception {
    DocumentRecord r = OcrCases.record(kase, "plain.pdf");
    assertTrue(r.text.contains("Đorđe Šušnjar potpisuje za naručioca"), r.text);
    assertEquals("none", r.ocrState);
    assertNull(r.statusReason);
    assertFalse(r.metadata.containsKey(OcrPages.SCAN_IMAGE_PAGES));
    assertFalse(r.metadata.containsKey(OcrPages.UNMAPPED_GLYPH_PAGES));
  }
}
