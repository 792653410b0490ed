package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Tesseract CLI reads the contract number and the amount from the scanned page
 * ({@code tesseract img stdout -l srp+srp_latn+eng}, one thread). Skipped, with a visible
 * message, where tesseract or its Serbian/English data is not installed.
 */
class ScanOcrTest {

  @TempDir Path temp;

  @Test
  void tesseractReadsTheContractNumberAndTheAmount() throws Exception {
    JsonNode scan = CommittedSamples.facts().get("scan");
    String langs = scan.get("ocrLanguages").asText();
    String installed = run(List.of("tesseract", "--list-langs"));
    assumeTrue(installed != null,
        "SKIPPED: tesseract is not installed (apt-get install tesseract-ocr)");
    for (String lang : langs.split("\\+")) {
      assumeTrue(installed.lines().anyMatch(l -> l.strip().equals(lang)),
          "SKIPPED: tesseract language data '" + lang + "' is not installed");
    }
    Path png = temp.resolve("scan.png");
    try (PDDocument doc = Loader.loadPDF(CommittedSamples.bytes(scan.get("path").asText()))) {
      PDResources res = doc.getPage(0).getResources();
      COSName name = res.getXObjectNames().iterator().next();
      PDImageXObject image = (PDImageXObject) res.getXObject(name);
      assertTrue(ImageIO.write(image.getImage(), "png", png.toFile()));
    }
    String text = run(List.of("tesseract", png.toString(), "stdout", "-l", langs));
    assertTrue(text != null, "tesseract failed on " + png);
    for (String expected : CommittedSamples.strings(scan.get("ocrMustRead"))) {
      assertTrue(text.contains(expected), "OCR output lacks \"" + expected + "\":\n" + text);
    }
  }

  /** Runs a command with OMP_THREAD_LIMIT=1; its stdout, or null if it cannot run or fails. */
  private static String run(List<String> command) throws InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return null;
    }
    String out;
    try {
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      p.destroy();
      return null;
    }
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return null;
    }
    assertEquals(0, p.exitValue(), "exit status of " + command);
    return out;
  }
}
