package org.istraga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers out of range and odd --case values: a one-line usage error naming the option, before any work. */
class OptionValuesTest {

  @TempDir Path tmp;

  private static void assertUsage(Cli.Result r, String message) {
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals("istraga: " + message + "\n", r.err());
    assertTrue(r.out().isEmpty(), r.out());
  }

  @Test
  void threadsAndTimeoutsBelowOneAreRefusedByName() {
    String c = SampleCase.get().toString();
    assertUsage(Cli.run("verify", "--case", c, "--threads", "0"), "--threads must be at least 1, not 0");
    assertUsage(Cli.run("verify", "--case", c, "--threads", "-2"), "--threads must be at least 1, not -2");
    assertUsage(Cli.run("ocr", "--case", c, "--timeout", "-1"), "--timeout must be at least 1, not -1");
    assertUsage(Cli.run("ocr", "--case", c, "--timeout", "99999999999999999"),
        "--timeout 99999999999999999 is too large; give seconds, e.g. --timeout 600");
    assertUsage(Cli.run("search", "--case", c, "--facet-top", "0", "ugovor"), "--facet-top must be at least 1, not 0");
  }

  @Test
  void ingestWithABadValueLeavesNoCaseFolderBehind() {
    String leak = SampleCase.leak().toString();
    String[][] mistakes = {
      {"--threads", "0", "--threads must be at least 1, not 0"},
      {"--timeout", "-5", "--timeout must be at least 1, not -5"},
      {"--max-text", "-1", "--max-text must be at least 1, not -1"},
      {"--max-depth", "0", "--max-depth must be at least 1, not 0"},
      {"--worker-heap", "-512", "--worker-heap must be at least 1, not -512"},
    };
    for (String[] m : mistakes) {
      Path c = tmp.resolve("case");
      assertUsage(Cli.run("ingest", "--case", c.toString(), m[0], m[1], leak), m[2]);
      assertFalse(Files.exists(c), m[0] + " " + m[1] + " created " + c);
    }
  }

  @Test
  void anEmptyCaseIsNotTheWorkingDirectoryAndAFileIsNotACase() throws Exception {
    assertUsage(Cli.run("search", "--case", "", "ugovor"), "--case is empty; give the case folder, e.g. --case ~/cases/leak");
    assertUsage(Cli.run("ingest", "--case", " ", SampleCase.leak().toString()),
        "--case is empty; give the case folder, e.g. --case ~/cases/leak");
    Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
    assertUsage(Cli.run("status", "--case", file.toString()),
        "case path " + file + " is a file, not a folder; give --case a case folder");
  }
}
