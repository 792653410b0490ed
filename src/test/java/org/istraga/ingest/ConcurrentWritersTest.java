package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Subprocess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one case: while one ingest runs in another JVM, a second ingest is refused with
 * a clear message and exit code 4, and readers (status, verify's ledger check, search) keep
 * working on the last commit.
 */
class ConcurrentWritersTest {

  @TempDir Path tmp;

  @Test
  void secondProcessIsRefusedAndReadersWork() throws Exception {
    Path evidence = KillResumeTest.buildEvidence(tmp.resolve("leak"), 160);
    Path caseDir = tmp.resolve("case");
    Path log = tmp.resolve("first.log");
    Process first = Subprocess.start(log, "ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1",
        evidence.toString());
    try {
      waitForLock(caseDir, first);
      Cli.Result second = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", evidence.toString());
      assertEquals(ExitCode.BUSY, second.code(), second::toString);
      assertEquals(1, second.err().strip().lines().count(), second.err());
      assertTrue(second.err().contains("being written by another process"), second.err());
      Cli.Result status = Cli.run("status", "--case", caseDir.toString(), "--json");
      assertEquals(ExitCode.OK, status.code(), status::toString);
      Cli.Result ledger = Cli.run("ledger", "--case", caseDir.toString(), "--head");
      assertEquals(ExitCode.OK, ledger.code(), ledger::toString);
    } finally {
      assertTrue(first.waitFor(5, TimeUnit.MINUTES), "the first ingest finishes");
    }
    assertEquals(ExitCode.OK, first.exitValue(), Files.readString(log));
    Cli.Result after = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", evidence.toString());
    assertEquals(ExitCode.OK, after.code(), "the lock is free once the first process is done");
  }

  /** Waits until the other process holds the case's write lock (its note names its pid). */
  private static void waitForLock(Path caseDir, Process p) throws Exception {
    Path lock = caseDir.resolve("write.lock");
    for (int i = 0; i < 600; i++) {
      if (Files.exists(lock) && Files.readString(lock).contains("pid " + p.pid())) {
        return;
      }
      assertTrue(p.isAlive(), "first ingest still running");
      Thread.sleep(50);
    }
    throw new AssertionError("the first ingest never took the lock");
  }
}
