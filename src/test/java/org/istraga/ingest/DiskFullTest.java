package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.istraga.cli.ExitCode;
import org.istraga.provenance.LedgerVerifier;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disk full during ingest: the case lives on a small file system (tmpfs) that the evidence's
 * embedded children overflow. The run fails with a one-line error and exit code 6, the case stays
 * consistent (CheckIndex, ledger chain), and once space is freed the same command completes.
 */
class DiskFullTest {

  @TempDir Path tmp;
  Path mount;
  boolean mounted;

  @Test
  void diskFullIsReportedAndARerunCompletesAfterSpaceIsFreed() throws Exception {
    mount = tmp.resolve("small-disk");
    Files.createDirectories(mount);
    mounted = run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString()) == 0;
    assumeTrue(mounted, "SKIPPED: cannot mount a small tmpfs here (needs root); disk-full behaviour untested");
    Path evidence = tmp.resolve("leak");
    Random random = new Random(42);
    for (int i = 0; i < 8; i++) {
      byte[] noise = new byte[5 << 20];
      random.nextBytes(noise);
      Map<String, byte[]> entries = new LinkedHashMap<>();
      entries.put("scan-" + i + ".bin", noise);
      entries.put("note-" + i + ".txt", ("note " + i + " about the contract").getBytes());
      Evidence.write(evidence.resolve("archive-" + i + ".zip"), Evidence.zip(entries));
    }
    Path caseDir = mount.resolve("case");
    Cli.Result full = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1", evidence.toString());
    assertEquals(ExitCode.IO, full.code(), full::toString);
    String err = full.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains("disk full") && err.contains(caseDir.toString()), err);
    assertConsistent(caseDir);

    assertEquals(0, run("mount", "-o", "remount,size=256m", mount.toString()), "space freed");
    Cli.Result rerun = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", evidence.toString());
    assertEquals(ExitCode.OK, rerun.code(), rerun::toString);
    assertFalse(rerun.json().get("interrupted").asBoolean());
    assertEquals(ExitCode.OK, Cli.run("verify", "--case", caseDir.toString()).code());
    assertConsistent(caseDir);
  }

  private static void assertConsistent(Path caseDir) throws IOException {
    try (Directory dir = FSDirectory.open(caseDir.resolve("index"))) {
      if (DirectoryReader.indexExists(dir)) {
        try (CheckIndex ci = new CheckIndex(dir)) {
          assertTrue(ci.checkIndex().clean, "index passes CheckIndex");
        }
      }
    }
    LedgerVerifier.Result chain = LedgerVerifier.verify(caseDir.resolve("ledger.jsonl"), null);
    assertTrue(chain.intact(), chain.problems()::toString);
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      run("umount", mount.toString());
    }
  }

  private static int run(String... cmd) throws IOException, InterruptedException {
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start().waitFor();
  }
}
