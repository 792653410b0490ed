package org.istraga.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.istraga.cases.CaseLayout;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Subprocess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs a process while it tags in a loop, three times at different points: every tag whose
 * write was acknowledged is in the journal, the journal stays readable with an intact chain, and
 * the next write works (repairing a torn last line if the kill left one).
 */
class TagKillTest {

  @TempDir Path tmp;

  @Test
  void acknowledgedTagsSurviveSigkill() throws Exception {
    Path c = CaseCopy.ofSamples(tmp.resolve("case"));
    DocumentRecord doc = CaseRecords.read(c).byPathSuffix("napomena-imena-i-mesta.txt");
    List<String> acked = new ArrayList<>();
    int[] killAfter = {3, 17, 29};
    for (int round = 0; round < killAfter.length; round++) {
      List<String> roundAcks = runAndKill(c, doc.id, "r" + round + "-", killAfter[round]);
      assertTrue(roundAcks.size() >= killAfter[round], "round " + round + " acknowledged " + roundAcks.size());
      acked.addAll(roundAcks);
      Findings f = new FindingsJournal(new CaseLayout(c)).read();
      assertTrue(f.integrity().intact(), "chain intact after kill " + round + ": " + f.integrity().problems());
      for (String tag : acked) {
        assertTrue(f.idsWithTag(tag).contains(doc.id), "acknowledged tag " + tag + " lost after kill " + round);
      }
    }
    Cli.Result after = Cli.run("tag", "--case", c.toString(), doc.id, "--add", "posle");
    assertEquals(ExitCode.OK, after.code(), after.toString());
    Findings f = new FindingsJournal(new CaseLayout(c)).read();
    assertTrue(f.integrity().intact());
    assertFalse(f.integrity().incompleteTail());
    assertTrue(f.tagsOf(doc.id).containsAll(acked));
    assertTrue(f.tagsOf(doc.id).contains("posle"));
  }

  private static List<String> runAndKill(Path c, String id, String prefix, int killAfter) throws Exception {
    List<String> cmd = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), TagLoop.class.getName(), c.toString(), id, prefix);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> acks = new CopyOnWriteArrayList<>();
    CountDownLatch enough = new CountDownLatch(killAfter);
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("ack ")) {
            acks.add(line.substring(4));
            enough.countDown();
          }
        }
      } catch (java.io.IOException e) {
        // the process was killed
      }
    });
    reader.start();
    boolean reached = enough.await(120, TimeUnit.SECONDS);
    Subprocess.killHard(p);
    reader.join(10_000);
    assertTrue(reached, "the loop acknowledged only " + acks.size() + " tags in 120 s");
    return new ArrayList<>(acks);
  }
}
