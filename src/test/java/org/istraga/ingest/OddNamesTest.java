package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names that are not valid UTF-8 (Latin-1 and CP1250 names from old machines), very long
 * names and deep paths are ingested, recorded losslessly ({@code \xNN} for invalid bytes), and
 * verified later.
 */
class OddNamesTest {

  @TempDir Path tmp;

  @Test
  void nonUtf8AndLongNamesAreIngestedAndVerified() throws Exception {
    Path leak = tmp.resolve("leak");
    Files.createDirectories(leak);
    // Latin-1 "café.txt" and CP1250 "Niš.txt" (0x9A = š), as old Windows and Mac zips leave them
    sh(leak, "printf 'Latin-1 named note about the annex' > \"$(printf 'caf\\351.txt')\"");
    sh(leak, "printf 'CP1250 named note about Nis' > \"$(printf 'Ni\\232.txt')\"");
    String longName = "u".repeat(200) + "-ugovor-sa-izuzetno-dugim-imenom.txt";
    Path deep = leak.resolve("a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t");
    Evidence.write(deep.resolve(longName), "A very long name, deep in the tree.");
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertEquals(3, r.json().get("files_seen").asLong());
    CaseRecords recs = CaseRecords.read(caseDir);
    DocumentRecord latin1 = recs.byPathSuffix("/caf\\xE9.txt");
    assertEquals("ok", latin1.status, latin1.statusReason);
    assertTrue(latin1.text.contains("annex"));
    DocumentRecord cp1250 = recs.byPathSuffix("/Ni\\x9A.txt");
    assertTrue(cp1250.text.contains("Nis"));
    assertTrue(recs.byPathSuffix(longName).text.contains("very long name"));

    Cli.Result again = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", leak.toString());
    assertEquals(3, again.json().get("files_unchanged").asLong(), "odd names are recognised as unchanged");
    Cli.Result verify = Cli.run("verify", "--case", caseDir.toString());
    assertEquals(ExitCode.OK, verify.code(), verify::toString);
  }

  private static void sh(Path dir, String script) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", script).directory(dir.toFile()).inheritIO().start();
    assertEquals(0, p.waitFor());
  }
}
