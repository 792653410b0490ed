package org.istraga.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {

  @TempDir Path dir;

  @Test
  void aNewRunClearsTheFoldersOfEarlierRunsAndNothingElse() throws Exception {
    Path tmp = dir.resolve("case/tmp");
    Path killed = Files.createDirectories(tmp.resolve("run-20261128-0001/worker-0/spool"));
    Files.writeString(killed.resolve("1-2"), "child bytes of a killed run");
    Path other = Files.createDirectories(tmp.resolve("ocr-pages"));
    Files.writeString(other.resolve("keep.txt"), "not a run folder");

    Path fresh = Scratch.freshRunFolder(tmp, "20261128-0002");

    assertEquals(tmp.resolve("run-20261128-0002"), fresh);
    assertTrue(Files.isDirectory(fresh));
    assertFalse(Files.exists(tmp.resolve("run-20261128-0001")), "a killed run's folder is cleared");
    assertEquals("not a run folder", Files.readString(other.resolve("keep.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void deletingNeverFollowsALinkOutOfTheScratchSpace() throws Exception {
    Path evidence = Files.createDirectories(dir.resolve("evidence"));
    Files.writeString(evidence.resolve("contract.pdf"), "%PDF-1.7 evidence");
    Path run = Files.createDirectories(dir.resolve("tmp/run-1"));
    Files.createSymbolicLink(run.resolve("link-to-evidence"), evidence);
    Files.createSymbolicLink(run.resolve("link-to-file"), evidence.resolve("contract.pdf"));

    Scratch.delete(run);

    assertFalse(Files.exists(run, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals("%PDF-1.7 evidence", Files.readString(evidence.resolve("contract.pdf")));
  }

  @Test
  void deletingWhatIsAlreadyGoneIsQuiet() {
    Scratch.delete(dir.resolve("never-made"));
    assertFalse(Files.exists(dir.resolve("never-made")));
  }
}
