package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.provenance.LedgerVerifier;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.Subprocess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during the second run of an incremental sequence (files changed, added, renamed, copied
 * and deleted since the first run), at several moments, then a complete rerun: the case ends
 * exactly as a case that ran the same two ingests uninterrupted — the same documents, each path
 * present or missing or replaced the same way, the same status counts — and custody verifies.
 */
class IncrementalKillResumeTest {

  static final int KILL_POINTS = 8;

  @TempDir Path tmp;

  @Test
  void killedIncrementalRunResumesToTheSameCase() throws Exception {
    Path evidence = KillResumeTest.buildEvidence(tmp.resolve("leak"), 70);
    Path reference = tmp.resolve("reference-case");
    Path caseDir = tmp.resolve("case");
    for (Path c : List.of(reference, caseDir)) {
      Cli.Result r = Cli.run("ingest", "--case", c.toString(), "--ocr", "off", "--threads", "2", evidence.toString());
      assertEquals(ExitCode.OK, r.code(), r::toString);
    }
    mutate(evidence);
    // the uninterrupted second run, in a process as the killed ones: its duration sets the kill
    // moments, so they fall inside the run on a fast machine and on a loaded one alike
    long runMillis = Subprocess.timedRun(tmp.resolve("logs/reference.log"),
        "ingest", "--case", reference.toString(), "--ocr", "off", "--threads", "2", evidence.toString());

    Random random = new Random(20261128L);
    int killedMidRun = 0;
    for (int i = 0; i < KILL_POINTS; i++) {
      // between a fifth and four fifths of the uninterrupted run: nothing commits before 15 s,
      // so each killed run starts over from the first run's case and runs as long again
      long delay = runMillis / 5 + random.nextInt((int) Math.max(1, runMillis * 3 / 5));
      if (Subprocess.killedAfter(delay, tmp.resolve("logs/run-" + i + ".log"),
          "ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "2", evidence.toString())) {
        killedMidRun++;
      }
      LedgerVerifier.Result chain = LedgerVerifier.verify(caseDir.resolve("ledger.jsonl"), null);
      assertTrue(chain.intact(), "ledger chain after kill " + i + ": " + chain.problems());
    }
    System.out.printf("killed %d of %d runs mid-way (uninterrupted run: %d ms)%n", killedMidRun,
        KILL_POINTS, runMillis);
    assertTrue(killedMidRun >= KILL_POINTS / 2, "most runs were killed mid-way: " + killedMidRun);
    Cli.Result last = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", evidence.toString());
    assertEquals(ExitCode.OK, last.code(), last::toString);

    assertEquals(places(CaseRecords.read(reference)), places(CaseRecords.read(caseDir)),
        "every document with the same paths, present, missing or replaced, as without kills");
    JsonNode refStatus = IncrementalIngestTest.status(reference);
    JsonNode status = IncrementalIngestTest.status(caseDir);
    for (String field : List.of("files_seen", "files_missing", "documents", "by_status")) {
      assertEquals(refStatus.get(field), status.get(field), field);
    }
    JsonNode rerun = IncrementalIngestTest.ingest(caseDir, evidence);
    assertEquals(0, rerun.get("documents_added").asLong());
    assertEquals(0, rerun.get("by_status").size(), "an unchanged tree parses nothing: " + rerun);
    IncrementalIngestTest.assertVerifies(caseDir);
  }

  /** Changes a third of the files, renames, copies and deletes some, adds new ones. */
  static void mutate(Path evidence) throws Exception {
    List<Path> files = new ArrayList<>();
    try (var s = Files.walk(evidence)) {
      s.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      String name = f.getFileName().toString();
      switch (i % 9) {
        case 0, 4 -> {
          if (name.endsWith(".txt")) {
            Files.writeString(f, Files.readString(f) + " izmenjeno " + i);
          }
        }
        case 1 -> Files.move(f, f.resolveSibling("renamed-" + name));
        case 2 -> Files.copy(f, evidence.resolve("d0/copied-" + i + "-" + name));
        case 3 -> Files.delete(f);
        case 5 -> {
          Path to = evidence.resolve("moved/" + i + "/" + name);
          Files.createDirectories(to.getParent());
          Files.move(f, to);
        }
        default -> { }
      }
    }
    for (int i = 0; i < 25; i++) {
      Evidence.write(evidence.resolve("new/n-" + i + ".txt"), "Nova beleška " + i + " o isporuci kamera.");
    }
  }

  /** Each document id to its sorted occurrence states (path, embedded, missing, replaced). */
  private static Map<String, TreeSet<String>> places(CaseRecords recs) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (DocumentRecord r : recs.all()) {
      TreeSet<String> s = new TreeSet<>();
      for (Occurrence o : r.occurrences) {
        s.add(o.path() + (o.missing() ? " missing" : "") + (o.replaced() ? " replaced" : ""));
      }
      assertTrue(out.put(r.id, s) == null, "document once: " + r.id);
    }
    return out;
  }
}
