package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.OcrMode;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR stage seen from outside: separate istraga processes, their environment, SIGKILL. */
class OcrProcessTest {

  @TempDir Path tmp;

  @Test
  void ocrOffRunsNoTesseractProcessEvenWhenOneIsInstalled() throws Exception {
    TesseractInstall real = TesseractTesting.require();
    Path corpus = Corpus.require();
    Path calls = tmp.resolve("tesseract-calls.log");
    Path fakeBin = tmp.resolve("bin");
    CliProcess.recordingTesseract(fakeBin, calls, real.binary());
    Map<String, String> env = Map.of("PATH", fakeBin + ":" + System.getenv("PATH"));

    // every scan, image, and Office file with pictures of the corpus's OCR folder
    CliProcess.Result off = CliProcess.run(tmp.resolve("log-off"), env, "ingest", "--case",
        tmp.resolve("case-off").toString(), "--ocr", "off", "--threads", "2",
        corpus.resolve("b_scans_ocr").toString());
    assertEquals(ExitCode.OK, off.exitCode(), off.err());
    assertFalse(Files.exists(calls), "tesseract was called with --ocr off");
    assertTrue(off.out().contains("OCR backlog:"), "the backlog is still recorded: " + off.out());

    // the same PATH with OCR on does reach the recording tesseract
    CliProcess.Result on = CliProcess.run(tmp.resolve("log-on"), env, "ingest", "--case",
        tmp.resolve("case-on").toString(), "--threads", "1", corpus.resolve("b_scans_ocr/testOCR.jpg").toString());
    assertEquals(ExitCode.OK, on.exitCode(), on.err());
    assertTrue(Files.exists(calls));
    assertTrue(Files.readString(calls).contains("testOCR.jpg"));
    Case kase = OcrCases.create(tmp.resolve("case-on"));
    assertTrue(OcrCases.record(kase, "testOCR.jpg").text.contains("Apache Tika"));
  }

  @Test
  void killedDuringOcrThenRerunFinishesWithEveryDocumentOnce() throws Exception {
    TesseractTesting.require();
    Path corpus = Corpus.require();
    Case kase = OcrCases.create(tmp.resolve("case"));
    OcrCases.ingest(kase, OcrMode.OFF, corpus.resolve("b_scans_ocr/21.pdf"), corpus.resolve("b_scans_ocr/testOCR.jpg"),
        corpus.resolve("b_scans_ocr/testOCR.png"), corpus.resolve("b_scans_ocr/testOCR_spacing.png"),
        corpus.resolve("b_scans_ocr/issue7200.pdf"), corpus.resolve("b_scans_ocr/testTIFF_multipage.tif"),
        corpus.resolve("b_scans_ocr/imagemagick-CCITTFaxDecode.pdf"));
    List<DocumentRecord> before = OcrCases.records(kase);
    long waiting = before.stream().filter(r -> "pending".equals(r.ocrState)).count();
    assertEquals(7, waiting);

    Process p = CliProcess.builder(tmp.resolve("log-1"), Map.of(), "ocr", "--case", kase.root().toString(),
        "--threads", "1", "--pages-per-call", "1", "--commit-interval", "0.2").start();
    Set<String> committedBeforeKill = new HashSet<>();
    long deadline = System.currentTimeMillis() + 300_000;
    while (committedBeforeKill.isEmpty() && p.isAlive() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      for (DocumentRecord r : OcrCases.records(kase)) {
        if (!"pending".equals(r.ocrState) && r.ocrPages.length > 0) {
          committedBeforeKill.add(r.id);
        }
      }
    }
    List<ProcessHandle> children = p.descendants().toList();
    p.destroyForcibly(); // SIGKILL
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertFalse(committedBeforeKill.isEmpty(), "some OCR was committed before the kill");
    long pendingAfterKill = OcrCases.records(kase).stream().filter(r -> "pending".equals(r.ocrState)).count();
    assertTrue(pendingAfterKill > 0, "the kill came before the end (else this test proves nothing)");
    for (ProcessHandle c : children) {
      c.onExit().get(120, TimeUnit.SECONDS); // the forked worker and its Tesseract end by themselves
    }

    CliProcess.Result rerun = CliProcess.run(tmp.resolve("log-2"), Map.of(), "ocr", "--case", kase.root().toString(),
        "--threads", "2");
    assertEquals(ExitCode.OK, rerun.exitCode(), rerun.err());

    List<DocumentRecord> after = OcrCases.records(kase);
    assertEquals(before.size(), after.size(), "no document lost or doubled");
    Set<String> ids = new HashSet<>();
    for (DocumentRecord r : after) {
      assertTrue(ids.add(r.id), "document " + r.id + " indexed twice");
      if (before.stream().anyMatch(b -> b.id.equals(r.id) && "pending".equals(b.ocrState))) {
        assertEquals("done", r.ocrState, r.firstPath());
      }
    }
    DocumentRecord scan = OcrCases.record(kase, "21.pdf");
    assertArrayEquals(new int[] {1, 2, 3, 4, 5}, scan.ocrPages);
    assertEquals(5, scan.pageStarts.length, "each page once");
    assertEquals(1, count(scan.text, "UNITED STATES DISTRICT COURT"), "page text not doubled");

    Map<String, Integer> entries = new HashMap<>();
    for (JsonNode n : OcrCases.ledger(kase, "ocr")) {
      entries.merge(n.path("sha256").asText(), 1, Integer::sum);
    }
    assertEquals(7, entries.size());
    for (String id : committedBeforeKill) {
      assertEquals(1, entries.get(id), "committed OCR is not redone");
    }
    assertTrue(OcrCases.chainIntact(kase), "the custody ledger chain survives the kill");
  }

  @Test
  void withoutTesseractIngestWarnsOnceAndKeepsTheBacklogWhileOcrFails() throws Exception {
    Path image = Corpus.file("b_scans_ocr/testOCR.jpg");
    Map<String, String> env = Map.of(TesseractInstall.ENV, tmp.resolve("no/such/tesseract").toString());
    Path caseDir = tmp.resolve("case");
    CliProcess.Result ingest = CliProcess.run(tmp.resolve("log-1"), env, "ingest", "--case", caseDir.toString(),
        image.toString());
    assertEquals(ExitCode.OK, ingest.exitCode(), ingest.err());
    assertEquals(1, count(ingest.err(), "warning"), ingest.err());
    assertTrue(ingest.err().contains(TesseractInstall.INSTALL_HINT), ingest.err());
    Case kase = OcrCases.create(caseDir);
    assertEquals("pending", OcrCases.record(kase, "testOCR.jpg").ocrState);

    CliProcess.Result ocr = CliProcess.run(tmp.resolve("log-2"), env, "ocr", "--case", caseDir.toString());
    assertEquals(ExitCode.NOT_FOUND, ocr.exitCode());
    assertTrue(ocr.err().contains("Tesseract not found"), ocr.err());
    assertTrue(ocr.err().contains(TesseractInstall.INSTALL_HINT), ocr.err());
    assertEquals("pending", OcrCases.record(kase, "testOCR.jpg").ocrState);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
