package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Subprocess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files bigger than the main process's memory and texts longer than the text limit: the ingest
 * (a separate JVM with a 512 MB heap) hashes a multi-gigabyte file without holding it, refuses to
 * parse files over {@code --max-file-size} with status {@code too-large}, and cuts a huge text at
 * {@code --max-text}, marking it truncated.
 */
class LargeInputTest {

  @TempDir Path tmp;

  @Test
  void hugeFilesAndLongTextsStayWithinBounds() throws Exception {
    Path leak = tmp.resolve("leak");
    Files.createDirectories(leak);
    Path huge = leak.resolve("disk-image.bin");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(1_500_000_000L); // sparse: 1.5 GB of zeros, three times the heap
    }
    Path text = leak.resolve("transcript.txt");
    try (BufferedWriter w = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
      String line = "Transkript razgovora o ugovoru za mrežu eLTE i kamere Sigurnog grada. ";
      for (long written = 0; written < 12_000_000L; written += line.length()) {
        w.write(line);
      }
      w.write("NEEDLE-AT-THE-END");
    }
    Path caseDir = tmp.resolve("case");
    Process p = Subprocess.start(tmp.resolve("ingest.log"), "ingest", "--case", caseDir.toString(), "--ocr", "off",
        "--threads", "2", "--max-file-size", "1000000000", "--max-text", "5000000", leak.toString());
    assertTrue(p.waitFor(10, TimeUnit.MINUTES));
    String log = Files.readString(tmp.resolve("ingest.log"));
    assertEquals(ExitCode.OK, p.exitValue(), log);
    assertFalse(log.contains("OutOfMemoryError"), log);
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord img = recs.byPathSuffix("disk-image.bin");
    assertEquals("too-large", img.status);
    assertEquals(1_500_000_000L, img.size);
    assertEquals(64, img.id.length(), "hashed although not parsed");
    DocumentRecord tr = recs.byPathSuffix("transcript.txt");
    assertTrue(tr.textTruncated, "text cut at the limit");
    assertTrue(tr.text.length() <= 5_000_000 + 16, "text length " + tr.text.length());
    assertFalse(tr.text.contains("NEEDLE-AT-THE-END"));
    assertTrue(tr.statusReason.contains("--max-text"), tr.statusReason);
  }
}
