package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.ingest.CaseStatus;
import org.istraga.ingest.IngestSummary;
import org.istraga.ingest.OcrMode;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR stage on real scans from the corpus, in this JVM with forked workers. */
class OcrStageTest {

  @TempDir Path tmp;

  @Test
  void scannedCyrillicPagesYieldTheirWordsAfterIngest() throws Exception {
    TesseractTesting.require();
    Path scan = Corpus.file("b_scans_ocr/issue7229.pdf");
    Case kase = OcrCases.create(tmp.resolve("case"));
    IngestSummary s = OcrCases.ingest(kase, OcrMode.AUTO, scan);
    assertNotNull(s.ocr(), "the OCR stage runs after extraction");
    assertEquals(0, s.ocrPending());
    DocumentRecord r = OcrCases.record(kase, "issue7229.pdf");
    assertEquals("done", r.ocrState);
    assertArrayEquals(new int[] {1, 2}, r.ocrPages);
    assertEquals("ok", r.status);
    assertEquals("cyrillic", r.script);
    String page1 = PageMap.pageText(r.text, r.pageStarts, 1);
    String page2 = PageMap.pageText(r.text, r.pageStarts, 2);
    assertTrue(page1.contains("ШЕВРОЛЕ СПАРК"), page1);
    assertTrue(page1.contains("технического осмотра"), page1);
    assertTrue(page1.contains("KL1KF484J8C501419"), page1);
    assertTrue(page2.contains("Наименование параметра"), page2);
    assertTrue(page2.contains("201509121131107641165"), page2);
    List<JsonNode> ocr = OcrCases.ledger(kase, "ocr").stream()
        .filter(n -> r.id.equals(n.path("sha256").asText())).toList();
    assertEquals(1, ocr.size(), "one ledger entry for the document");
    assertEquals("[1,2]", ocr.get(0).path("pages").toString());
    assertEquals("srp+srp_latn+eng", ocr.get(0).path("languages").asText());
    assertTrue(ocr.get(0).path("tesseract").asText().startsWith("tesseract "));
    assertEquals(1, ocr.get(0).path("methods").path("jpeg").asInt(),
        "the scan's own JPEG page goes to Tesseract as it is: " + ocr.get(0).path("methods"));
    assertEquals(1, ocr.get(0).path("methods").path("gray" + PdfPageImages.DROPOUT).asInt(),
        "the page with a blue stamp and signature is decoded and the coloured ink faded: " + ocr.get(0).path("methods"));
  }

  @Test
  void aSerbianCyrillicScanReadInTheForkedWorker() throws Exception {
    TesseractInstall t = TesseractTesting.require();
    Path ems = Corpus.file("i_serbian/crta_government_docs/Izvestaj_o_sprovedenom_postupku_javne_nabavke_EMS.pdf");
    OcrOptions o = OcrCases.options(1);
    Files.createDirectories(tmp.resolve("run"));
    Path config = OcrTikaConfig.write(tmp.resolve("run/ocr-tika-config.xml"), tmp.resolve("run/emit"));
    try (OcrWorker w = new OcrWorker(config, tmp.resolve("run/worker"), o)) {
      OcrRequest req = new OcrRequest(OcrRequest.PDF, new int[] {1, 2}, o.languages(), t.binary().toString(),
          o.renderDpi(), o.pageTimeoutMillis(), tmp.resolve("run/work").toString(), null, "t1", null);
      OcrWorker.Answer a = w.ocr(ems, req);
      assertEquals(OcrWorker.Outcome.DONE, a.outcome(), a.message());
      assertEquals(2, a.pages().size());
      PageResult p1 = a.pages().get(0);
      assertEquals(1, p1.page());
      assertEquals("gray" + PdfPageImages.DROPOUT, p1.method(),
          "a JPEG shown turned on a /Rotate 270 page is decoded and turned upright; its blue stamp is faded");
      assertTrue(p1.text().contains("ИЗВЕШТАЈ О СПРОВЕДЕНОМ ПОСТУПКУ"), p1.text());
      assertTrue(p1.text().contains("Електромрежа Србије"), p1.text());
      assertTrue(p1.text().contains("Београд"), p1.text());
      PageResult p2 = a.pages().get(1);
      assertEquals("bilevel", p2.method(), "a JBIG2 page is decoded to a two-tone image, not rendered");
      assertTrue(p2.text().contains("Садржај"), p2.text());
      assertEquals(1, a.tesseractRuns(), "pages of one call share one Tesseract run");
    }
  }

  @Test
  void inAMixedPdfOnlyTheScannedPageIsReadAndTheTextPageKeepsItsText() throws Exception {
    TesseractTesting.require();
    Path mixed = tmp.resolve("evidence/mixed.pdf");
    Files.createDirectories(mixed.getParent());
    try (PDDocument text = Loader.loadPDF(Corpus.file("a_text_pdf/safety_contract_MS.pdf").toFile());
        PDDocument scan = Loader.loadPDF(Corpus.file("b_scans_ocr/21.pdf").toFile());
        PDDocument out = new PDDocument()) {
      out.importPage(text.getPage(0));
      out.importPage(scan.getPage(0));
      out.save(mixed.toFile());
    }
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.OFF, mixed.getParent());
    DocumentRecord before = OcrCases.record(kase, "mixed.pdf");
    assertEquals("pending", before.ocrState);
    assertEquals(List.of(2), OcrPages.candidates(before));
    String textPage = PageMap.pageText(before.text, before.pageStarts, 1);
    assertTrue(textPage.strip().length() > 1000);

    OcrSummary s = new OcrRun(kase, OcrCases.options(2), new PrintWriter(new StringWriter())).run();
    assertEquals(1, s.documentsDone());
    assertEquals(1, s.pagesRead());
    DocumentRecord after = OcrCases.record(kase, "mixed.pdf");
    assertArrayEquals(new int[] {2}, after.ocrPages);
    assertEquals(textPage, PageMap.pageText(after.text, after.pageStarts, 1));
    String scanned = PageMap.pageText(after.text, after.pageStarts, 2);
    assertTrue(scanned.contains("PAPERMASTER"), scanned);
    assertTrue(scanned.contains("Noncompetition Agreement"), scanned);
    assertEquals("done", after.ocrState);
    assertEquals("[2]", OcrCases.ledger(kase, "ocr").get(0).path("pages").toString());
  }

  @Test
  void ocrAlwaysReadsPagesThatHaveATextLayerTooAndKeepsThatLayer() throws Exception {
    TesseractTesting.require();
    Path pdf = Corpus.file("b_scans_ocr/testPDF_JBIG2.pdf");
    Case kase = OcrCases.create(tmp.resolve("case"));
    IngestSummary s = OcrCases.ingest(kase, OcrMode.ALWAYS, pdf);
    assertNotNull(s.ocr());
    DocumentRecord r = OcrCases.record(kase, "testPDF_JBIG2.pdf");
    assertArrayEquals(new int[] {1}, r.ocrPages);
    String page = PageMap.pageText(r.text, r.pageStarts, 1);
    int layer = page.indexOf("This is a sample file to test images compressed using JBIG2.");
    assertTrue(layer >= 0, page);
    assertTrue(page.indexOf("JBIG2", layer + 60) > 0, "the OCR text follows the text layer: " + page);
  }

  @Test
  void theSameScannedPageInTwoDocumentsIsReadOnce() throws Exception {
    TesseractInstall real = TesseractTesting.require();
    Path evidence = tmp.resolve("evidence");
    Files.createDirectories(evidence);
    try (PDDocument scan = Loader.loadPDF(Corpus.file("b_scans_ocr/21.pdf").toFile())) {
      for (int[] pages : new int[][] {{0, 1}, {0, 2}}) {
        try (PDDocument out = new PDDocument()) {
          for (int p : pages) {
            out.importPage(scan.getPage(p));
          }
          out.save(evidence.resolve("pages-" + pages[0] + "-" + pages[1] + ".pdf").toFile());
        }
      }
    }
    Path calls = tmp.resolve("calls.log");
    Path wrapper = tmp.resolve("bin/tesseract");
    Files.createDirectories(wrapper.getParent());
    // records every image read (the list file's lines, or the single image), not --version
    Files.writeString(wrapper, "#!/bin/sh\ncase \"$1\" in -*) ;; *.txt) cat \"$1\" >> '" + calls
        + "';; *) echo \"$1\" >> '" + calls + "';; esac\nexec '" + real.binary() + "' \"$@\"\n");
    assertTrue(wrapper.toFile().setExecutable(true));
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.OFF, evidence);

    OcrSummary s = new OcrRun(kase, OcrCases.options(1).withTesseract(wrapper.toString()),
        new PrintWriter(new StringWriter())).run();
    assertEquals(2, s.documentsDone());
    assertEquals(3, Files.readAllLines(calls).size(), "three distinct page images, four pages");
    DocumentRecord a = OcrCases.record(kase, "pages-0-1.pdf");
    DocumentRecord b = OcrCases.record(kase, "pages-0-2.pdf");
    assertEquals(PageMap.pageText(a.text, a.pageStarts, 1), PageMap.pageText(b.text, b.pageStarts, 1));
    assertTrue(PageMap.pageText(b.text, b.pageStarts, 1).contains("PAPERMASTER"));
    assertTrue(OcrCases.ledger(kase, "ocr").stream().anyMatch(n -> n.path("methods").has("bilevel+reused")),
        "the ledger says which page reused an image read before");
  }

  @Test
  void statusCountsTheBacklogInDocumentsAndPages() throws Exception {
    Path scan = Corpus.file("b_scans_ocr/21.pdf");
    Path image = Corpus.file("b_scans_ocr/testOCR.jpg");
    Path text = Corpus.file("a_text_pdf/safety_contract_MS.pdf");
    Case kase = OcrCases.create(tmp.resolve("case"));
    IngestSummary s = OcrCases.ingest(kase, OcrMode.OFF, scan, image, text);
    assertEquals(2, s.ocrPending());
    CaseStatus st = CaseStatus.of(kase);
    assertEquals(2, st.ocrPending());
    assertEquals(6, st.ocrPendingPages(), "5 scanned pages and one image");
    assertEquals("none", OcrCases.record(kase, "safety_contract_MS.pdf").ocrState);
  }

  @Test
  void aStoppedRunCommitsWhatItFinishedAndTheNextRunDoesOnlyTheRest() throws Exception {
    TesseractTesting.require();
    Path corpus = Corpus.require();
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.OFF, corpus.resolve("b_scans_ocr/21.pdf"), corpus.resolve("b_scans_ocr/testOCR.jpg"),
        corpus.resolve("b_scans_ocr/testOCR.png"), corpus.resolve("b_scans_ocr/testOCR_spacing.png"),
        corpus.resolve("b_scans_ocr/issue7200.pdf"), corpus.resolve("b_scans_ocr/testTIFF_multipage.tif"));
    OcrRun first = new OcrRun(kase, OcrCases.options(1).withPagesPerCall(1), new PrintWriter(new StringWriter()));
    AtomicReference<OcrSummary> result = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        result.set(first.run());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    t.start();
    while (t.isAlive() && OcrCases.records(kase).stream().noneMatch(r -> "done".equals(r.ocrState))) {
      Thread.sleep(50);
    }
    first.requestStop();
    t.join(120_000);
    assertTrue(ProcessHandle.current().descendants()
        .noneMatch(p -> p.info().command().map(c -> c.endsWith("tesseract")).orElse(false)),
        "no Tesseract left running after the stop");
    OcrSummary s1 = result.get();
    assertTrue(s1.interrupted(), "stopped before the end");
    assertTrue(s1.pending() > 0);
    assertEquals(6, s1.documentsDone() + s1.pending());

    OcrSummary s2 = new OcrRun(kase, OcrCases.options(2), new PrintWriter(new StringWriter())).run();
    assertFalse(s2.interrupted());
    assertEquals(0, s2.pending());
    assertEquals(s1.pending(), s2.documentsDone() + s2.documentsFailed());
    java.util.Map<String, Integer> entries = new java.util.HashMap<>();
    for (JsonNode n : OcrCases.ledger(kase, "ocr")) {
      entries.merge(n.path("sha256").asText(), 1, Integer::sum);
    }
    assertEquals(6, entries.size());
    assertTrue(entries.values().stream().allMatch(n -> n == 1), "no document OCR'd twice: " + entries);
  }

  @Test
  void pagesFoundInTheCacheOfAnInterruptedRunAreNotReadAgain() throws Exception {
    TesseractTesting.require();
    Path scan = Corpus.file("b_scans_ocr/21.pdf");
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.OFF, scan);
    DocumentRecord r = OcrCases.record(kase, "21.pdf");
    PageCache cache = new PageCache(kase.layout().tmp().resolve("ocr-pages"));
    cache.save(r.id, OcrOptions.DEFAULT_LANGUAGES, List.of(
        new PageResult(1, "CACHED ONE", null, "bilevel"), new PageResult(2, "CACHED TWO", null, "bilevel"),
        new PageResult(3, "CACHED THREE", null, "bilevel"), new PageResult(4, "CACHED FOUR", null, "bilevel")), "o7");
    cache.save(r.id, "eng", List.of(new PageResult(5, "OTHER LANGUAGES", null, "bilevel")), "o8");

    OcrSummary s = new OcrRun(kase, OcrCases.options(2), new PrintWriter(new StringWriter())).run();
    assertEquals(1, s.pagesRead(), "only page 5 is OCR'd");
    DocumentRecord after = OcrCases.record(kase, "21.pdf");
    assertArrayEquals(new int[] {1, 2, 3, 4, 5}, after.ocrPages);
    assertEquals("CACHED ONE\n", PageMap.pageText(after.text, after.pageStarts, 1));
    assertEquals("CACHED FOUR\n", PageMap.pageText(after.text, after.pageStarts, 4));
    String p5 = PageMap.pageText(after.text, after.pageStarts, 5);
    assertFalse(p5.contains("OTHER LANGUAGES"), "cache entries made with other languages are ignored");
    assertTrue(p5.strip().length() > 100, p5);
    assertTrue(cache.documents().isEmpty(), "the cache is dropped once the text is committed");
  }
}
