package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File arguments that are folders, missing, or in missing folders: clear errors, documented codes, no work lost. */
class FileArgumentsTest {

  @TempDir Path tmp;

  private static void assertOneLineError(Cli.Result r, int code, String start) {
    assertEquals(code, r.code(), r::toString);
    assertTrue(r.err().startsWith("istraga: " + start), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertTrue(r.out().isEmpty(), r.out());
  }

  @Test
  void aFolderGivenWhereAFileIsReadIsAUsageErrorNamingIt() throws Exception {
    String c = SampleCase.get().toString();
    String dir = tmp.toString();
    assertOneLineError(Cli.run("hits", "--case", c, dir), ExitCode.USAGE, "terms file " + dir + " is a folder");
    assertOneLineError(Cli.run("export", "--case", c, "--ids", dir, "--format", "csv", "--out", "-"),
        ExitCode.USAGE, "ids file " + dir + " is a folder");
    assertOneLineError(Cli.run("watchlist", "--case", c, dir), ExitCode.USAGE, "watchlist file " + dir + " is a folder");
    assertOneLineError(Cli.run("provenance", "--case", c, "--dkim-keys", dir, "1f67c46c1804"),
        ExitCode.USAGE, "DKIM key file " + dir + " is a folder");
    assertOneLineError(Cli.run("watchlist", "--case", c, tmp.resolve("nope.txt").toString()),
        ExitCode.NOT_FOUND, "watchlist file " + tmp.resolve("nope.txt") + " does not exist");
  }

  @Test
  void ingestChecksEveryFileOptionBeforeCreatingTheCase() {
    Path c = tmp.resolve("new-case");
    String leak = SampleCase.leak().toString();
    assertOneLineError(Cli.run("ingest", "--case", c.toString(), "--passwords", tmp.toString(), leak),
        ExitCode.USAGE, "password file " + tmp + " is a folder");
    assertOneLineError(Cli.run("ingest", "--case", c.toString(), "--dkim-keys", tmp.resolve("keys.txt").toString(), leak),
        ExitCode.NOT_FOUND, "DKIM key file " + tmp.resolve("keys.txt") + " does not exist");
    assertFalse(Files.exists(c), "a refused ingest created " + c);
  }

  @Test
  void hitsChecksTheCsvPathBeforeRunningTheQueries() throws Exception {
    String c = SampleCase.get().toString();
    Path terms = Files.writeString(tmp.resolve("terms.txt"), "ugovor\n");
    Path missing = tmp.resolve("no-such-folder").resolve("report.csv");
    assertOneLineError(Cli.run("hits", "--case", c, terms.toString(), "--csv", missing.toString()),
        ExitCode.NOT_FOUND, "folder " + missing.getParent() + " does not exist");
    assertOneLineError(Cli.run("hits", "--case", c, terms.toString(), "--csv", tmp.toString()),
        ExitCode.USAGE, "--csv " + tmp + " is a folder");
  }

  @Test
  void aFailingCsvWriteKeepsTheReportOnStdout() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs /dev/full (Linux) to simulate a full disk");
    Path terms = Files.writeString(tmp.resolve("terms.txt"), "ugovor\n");
    Cli.Result r = Cli.run("hits", "--case", SampleCase.get().toString(), terms.toString(), "--csv", full.toString());
    assertEquals(ExitCode.IO, r.code(), r::toString);
    assertTrue(r.out().startsWith("1 query, 0 errors"), r.out());
    assertTrue(r.out().contains("ugovor"), r.out());
    assertTrue(r.err().startsWith("istraga: cannot write --csv /dev/full: No space left on device; the report above is complete"),
        r.err());
  }

  @Test
  void cyrillicFileNamesWorkForTermsAndCsv() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("Истрага"));
    Path terms = Files.writeString(dir.resolve("термини.txt"), "Ниш\nуговор\n", StandardCharsets.UTF_8);
    Path csv = dir.resolve("извештај.csv");
    Cli.Result r = Cli.run("hits", "--case", SampleCase.get().toString(), terms.toString(), "--csv", csv.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.get(1).startsWith("1,Ниш,"), rows.toString());
    assertFalse(rows.get(1).startsWith("1,Ниш,0,"), "Ниш should find Niš: " + rows);
  }
}
