package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractRunnerTest {

  @TempDir Path tmp;

  @Test
  void aFileThatIsNotAnImageIsNeverHandedToTesseract() throws Exception {
    TesseractInstall t = TesseractTesting.require();
    Path secret = tmp.resolve("private/notes.png");
    Files.createDirectories(secret.getParent());
    Files.copy(Corpus.file("b_scans_ocr/testOCR.png"), secret);
    Path hostile = tmp.resolve("evidence/scan.jpg");
    Files.createDirectories(hostile.getParent());
    Files.writeString(hostile, secret.toAbsolutePath() + "\n", StandardCharsets.UTF_8);

    // the tesseract command itself reads such a file as a list of images to OCR
    Process p = new ProcessBuilder(t.binary().toString(), hostile.toString(), "stdout", "-l", "eng")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String leaked = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(leaked.contains("contains some words"), "precondition: the attack works on bare tesseract");

    TesseractRunner runner = new TesseractRunner(t.binary().toString(), "eng", 60_000, tmp);
    List<TesseractRunner.Text> out = runner.frames(hostile);
    assertEquals(1, out.size());
    assertFalse(out.get(0).ok());
    assertNull(out.get(0).text());
    assertEquals(0, runner.runs(), "no tesseract process was started");
  }

  @Test
  void severalPagesAreReadInOneRunAndSplitBackInOrder() throws Exception {
    TesseractInstall t = TesseractTesting.require();
    Path a = Files.copy(Corpus.file("b_scans_ocr/testOCR.jpg"), tmp.resolve("a.jpg"));
    Path b = Files.copy(Corpus.file("b_scans_ocr/testOCR_spacing.png"), tmp.resolve("b.png"));
    TesseractRunner runner = new TesseractRunner(t.binary().toString(), "eng", 60_000, tmp);
    List<TesseractRunner.Text> out = runner.pages(List.of(new PageImage(3, a, 0, "jpeg", null),
        new PageImage(4, b, 0, "jpeg", null)));
    assertEquals(1, runner.runs());
    assertTrue(out.get(0).text().contains("Apache Tika"), out.get(0).text());
    assertTrue(out.get(1).text().contains("quick brown fox"), out.get(1).text());
  }

  @Test
  void outputIsSplitAtPageSeparatorsToleratingATrailingOne() {
    assertEquals(List.of("a\n", "", "b\n"), TesseractRunner.split("a\n\f\fb\n"));
    assertEquals(List.of("a\n", "b\n"), TesseractRunner.split("a\n\fb\n\f"));
    assertEquals(List.of(""), TesseractRunner.split(""));
  }
}
