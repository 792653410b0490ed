package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.ingest.EntityAnnotator;
import org.istraga.ingest.lang.LanguageDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OcrMergeTest {

  private static LanguageDetector languages;

  @BeforeAll
  static void load() {
    languages = new LanguageDetector();
  }

  private static DocumentRecord pdf(String status, String... pages) {
    DocumentRecord r = new DocumentRecord();
    r.id = "a".repeat(64);
    r.typeGroup = "pdf";
    r.mediaType = "application/pdf";
    r.status = status;
    r.ocrState = "pending";
    StringBuilder sb = new StringBuilder();
    r.pageStarts = new int[pages.length];
    for (int i = 0; i < pages.length; i++) {
      r.pageStarts[i] = sb.length();
      sb.append(pages[i]);
    }
    r.text = sb.toString();
    r.pageCount = pages.length;
    return r;
  }

  @Test
  void ocrTextReplacesOnlyTheEmptyPagesAndOffsetsFollow() {
    String p1 = "Ugovor o javnoj nabavci broj 17 potpisan je u Beogradu.\n";
    String p3 = "Treća strana sadrži potpise ugovornih strana i pečate.\n";
    DocumentRecord r = pdf("ok", p1, "\n", p3);
    new OcrMerge(languages, EntityAnnotator.standard(), 1_000_000).apply(r, List.of(
        new PageResult(2, "  Skenirana strana: iznos 1.250.000 dinara  ", null, "jpeg")));
    assertEquals(3, r.pageStarts.length);
    assertEquals(p1, PageMap.pageText(r.text, r.pageStarts, 1));
    assertEquals("Skenirana strana: iznos 1.250.000 dinara\n", PageMap.pageText(r.text, r.pageStarts, 2));
    assertEquals(p3, PageMap.pageText(r.text, r.pageStarts, 3));
    assertArrayEquals(new int[] {2}, r.ocrPages);
    assertEquals("done", r.ocrState);
    assertEquals("ok", r.status);
    assertEquals(3, r.pageCount);
    assertTrue(r.entities.stream().anyMatch(e -> "money".equals(e.type()) && e.page() == 2),
        "entities are found again, with their pages, in the new text: " + r.entities);
  }

  @Test
  void anEmptyScanBecomesOkWithScriptAndLanguageOfTheNewText() {
    DocumentRecord r = pdf("empty", "", "");
    r.statusReason = "awaiting OCR";
    new OcrMerge(languages, EntityAnnotator.standard(), 1_000_000).apply(r, List.of(
        new PageResult(1, "ИЗВЕШТАЈ О СПРОВЕДЕНОМ ПОСТУПКУ ЈАВНЕ НАБАВКЕ", null, "bilevel"),
        new PageResult(2, "Наручилац је Јавно предузеће Електромрежа Србије, Београд, Кнеза Милоша 11.", null,
            "bilevel")));
    assertEquals("ok", r.status);
    assertNull(r.statusReason);
    assertEquals("cyrillic", r.script);
    assertEquals("sr", r.language);
    assertArrayEquals(new int[] {1, 2}, r.ocrPages);
    assertTrue(PageMap.pageText(r.text, r.pageStarts, 2).startsWith("Наручилац"));
  }

  @Test
  void whenNoPageCanBeReadTheStateIsFailedWithTheReason() {
    DocumentRecord r = pdf("empty", "", "");
    r.statusReason = "awaiting OCR";
    new OcrMerge(languages, EntityAnnotator.standard(), 1_000_000).apply(r, List.of(
        new PageResult(1, null, "Tesseract failed (exit 1): cannot read", null),
        new PageResult(2, null, "Tesseract failed (exit 1): cannot read", null)));
    assertEquals("failed", r.ocrState);
    assertEquals("empty", r.status);
    assertEquals("OCR failed on pages 1, 2: Tesseract failed (exit 1): cannot read", r.statusReason);
    assertEquals(0, r.ocrPages.length);
  }

  @Test
  void aPartialFailureKeepsTheTextAndNamesTheFailedPage() {
    DocumentRecord r = pdf("empty", "", "");
    new OcrMerge(languages, EntityAnnotator.standard(), 1_000_000).apply(r, List.of(
        new PageResult(1, "Some recognized words on the first page.", null, "render"),
        new PageResult(2, null, "OCR did not finish within the time limit", null)));
    assertEquals("done", r.ocrState);
    assertEquals("ok", r.status);
    assertEquals("OCR failed on page 2: OCR did not finish within the time limit", r.statusReason);
    assertArrayEquals(new int[] {1}, r.ocrPages);
  }

  @Test
  void everyPageModeKeepsTheTextLayerBeforeTheOcrText() {
    String layer = "Text layer of the first page, long enough.\n";
    DocumentRecord r = pdf("ok", layer);
    new OcrMerge(languages, EntityAnnotator.standard(), 1_000_000).apply(r, List.of(new PageResult(1, "OCR of the first page", null, "render")));
    assertEquals(layer + "OCR of the first page\n", r.text);
  }

  @Test
  void imageFramesGetPageOffsetsOnlyWhenThereAreSeveral() {
    DocumentRecord one = new DocumentRecord();
    one.typeGroup = "image";
    one.status = "empty";
    new OcrMerge(languages, EntityAnnotator.standard(), 1_000_000).apply(one, List.of(new PageResult(1, "Apache Tika\nOCR Testing", null, "image")));
    assertEquals("Apache Tika\nOCR Testing\n", one.text);
    assertEquals(0, one.pageStarts.length);
    assertArrayEquals(new int[] {1}, one.ocrPages);

    DocumentRecord tiff = new DocumentRecord();
    tiff.typeGroup = "image";
    tiff.status = "empty";
    new OcrMerge(languages, EntityAnnotator.standard(), 1_000_000).apply(tiff, List.of(new PageResult(1, "Page 1", null, "image"),
        new PageResult(2, "Page 2", null, "image")));
    assertArrayEquals(new int[] {0, 7}, tiff.pageStarts);
    assertEquals("Page 2\n", PageMap.pageText(tiff.text, tiff.pageStarts, 2));
    assertEquals(2, tiff.pageCount);
  }

  @Test
  void textBeyondTheLimitIsCutAndMarked() {
    DocumentRecord r = pdf("empty", "", "");
    new OcrMerge(languages, EntityAnnotator.standard(), 20).apply(r, List.of(new PageResult(1, "0123456789", null, "render"),
        new PageResult(2, "abcdefghijklmnopqrstuvwxyz", null, "render")));
    assertEquals(20, r.text.length());
    assertTrue(r.textTruncated);
    assertTrue(r.statusReason.contains("--max-text"));
  }
}
