package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLock;
import org.istraga.cli.ExitCode;
import org.istraga.index.IndexSchema;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a one-line error naming the file or value, the documented exit code, and no damage. */
class IngestErrorsTest {

  @TempDir Path tmp;

  @Test
  void missingPathIsNamed() {
    Path missing = tmp.resolve("no-such-leak");
    Cli.Result r = Cli.run("ingest", "--case", tmp.resolve("case").toString(), missing.toString());
    assertEquals(ExitCode.NOT_FOUND, r.code(), r::toString);
    assertOneLine(r, "no-such-leak");
    assertFalse(Files.exists(tmp.resolve("case")), "nothing is created for a failed command");
  }

  @Test
  void caseOnReadOnlyDiskIsRefused() throws Exception {
    Path ro = tmp.resolve("ro");
    Files.createDirectories(ro);
    boolean mounted = mountReadOnly(ro);
    try {
      Path evidence = Evidence.write(tmp.resolve("leak/a.txt"), "text").getParent();
      Cli.Result r = Cli.run("ingest", "--case", ro.resolve("case").toString(), evidence.toString());
      assertEquals(ExitCode.IO, r.code(), r::toString);
      assertOneLine(r, ro.resolve("case").toString());
    } finally {
      if (mounted) {
        new ProcessBuilder("umount", ro.toString()).start().waitFor();
      }
    }
  }

  @Test
  void secondWriterIsRefusedWhileReadersWork() throws Exception {
    Path evidence = Evidence.write(tmp.resolve("leak/a.txt"), "Safe City contract").getParent();
    Path caseDir = tmp.resolve("case");
    assertEquals(ExitCode.OK, Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", evidence.toString()).code());
    Case c = Case.open(caseDir, IndexSchema.caseSchema());
    try (CaseLock held = CaseLock.acquire(c.layout(), "test holding the case")) {
      Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), evidence.toString());
      assertEquals(ExitCode.BUSY, r.code(), r::toString);
      assertOneLine(r, "being written by another process");
      Cli.Result status = Cli.run("status", "--case", caseDir.toString(), "--json");
      assertEquals(ExitCode.OK, status.code(), "readers work while a writer holds the case");
      assertEquals(1, status.json().get("files_seen").asLong());
    }
  }

  @Test
  void caseInsideEvidenceIsRefused() throws Exception {
    Path evidence = Evidence.write(tmp.resolve("leak/a.txt"), "text").getParent();
    Cli.Result r = Cli.run("ingest", "--case", evidence.resolve("case").toString(), evidence.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertOneLine(r, "overlap");
    assertFalse(Files.exists(evidence.resolve("case")), "nothing is written under the evidence");
  }

  @Test
  void caseReachedThroughALinkIntoTheEvidenceIsRefused() throws Exception {
    // held-out hostile audit: the overlap check compared the paths as written, so a case folder
    // given through a link that leads into the evidence was created there and walked as evidence
    Path evidence = Evidence.write(tmp.resolve("leak/a.txt"), "text").getParent();
    Path link = Files.createSymbolicLink(tmp.resolve("cases"), evidence);
    Cli.Result r = Cli.run("ingest", "--case", link.resolve("c").toString(), "--ocr", "off", evidence.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertOneLine(r, "overlap");
    assertFalse(Files.exists(evidence.resolve("c")), "nothing is written under the evidence");
    // the same through a link inside the evidence root given on the command line
    Path leakLink = Files.createSymbolicLink(tmp.resolve("leak-link"), tmp.resolve("leak"));
    Cli.Result around = Cli.run("ingest", "--case", tmp.resolve("leak/sub/c").toString(), "--ocr", "off",
        leakLink.toString());
    assertEquals(ExitCode.USAGE, around.code(), around::toString);
    assertFalse(Files.exists(evidence.resolve("sub")), "nothing is written under the evidence");
  }

  @Test
  void missingCaseForReadersIsNamed() {
    Cli.Result r = Cli.run("status", "--case", tmp.resolve("nothing-here").toString());
    assertEquals(ExitCode.NOT_FOUND, r.code(), r::toString);
    assertOneLine(r, "nothing-here");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("ingest", "--bogus");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().startsWith("istraga: "), r::toString);
  }

  @Test
  void unreadableFileGetsAStatusAndTheRunGoesOn() throws Exception {
    assumeTrue(!"root".equals(System.getProperty("user.name")),
        "SKIPPED: running as root, which reads files whatever their permissions");
    Path evidence = tmp.resolve("leak");
    Evidence.write(evidence.resolve("ok.txt"), "readable");
    Path locked = Evidence.write(evidence.resolve("locked.txt"), "secret");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", evidence.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertEquals(1, r.json().get("by_status").get("unreadable").asLong(), r::toString);
    assertTrue(CaseRecords.read(caseDir).byPathSuffix("ok.txt").text.contains("readable"));
  }

  private static void assertOneLine(Cli.Result r, String mustMention) {
    String err = r.err().strip();
    assertFalse(err.isEmpty(), "an error message is printed");
    assertEquals(1, err.lines().count(), "one line: " + err);
    assertTrue(err.startsWith("istraga: "), err);
    assertTrue(err.contains(mustMention), err);
    assertFalse(err.contains("Exception"), "no stack trace or exception class: " + err);
    assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
  }

  /** Mounts a read-only tmpfs (needs root); otherwise makes the folder read-only for this user. */
  private static boolean mountReadOnly(Path dir) throws IOException, InterruptedException {
    if ("root".equals(System.getProperty("user.name"))) {
      Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", dir.toString())
          .redirectErrorStream(true).start();
      boolean ok = p.waitFor() == 0;
      assumeTrue(ok, "SKIPPED: cannot mount a read-only file system here (mount failed)");
      return true;
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    return false;
  }
}
