package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
 * SIGKILL at 20 different moments of an ingest, each followed by a rerun that is killed again,
 * then a final complete rerun. After every kill the committed index passes Lucene's CheckIndex and
 * the ledger chain holds; at the end the case holds exactly the documents an uninterrupted ingest
 * produces, each once, every file at its path once, and custody verifies.
 */
class KillResumeTest {

  static final int KILL_POINTS = 20;

  @TempDir Path tmp;

  @Test
  void killedIngestsResumeWithNothingLostOrDoubled() throws Exception {
    Path evidence = buildEvidence(tmp.resolve("leak"), 160);
    Path reference = tmp.resolve("reference-case");
    // the uninterrupted ingest, in a process as the killed ones: its duration sets the kill moments,
    // so they fall inside a run on a fast machine and on a loaded one alike
    long runMillis = Subprocess.timedRun(tmp.resolve("logs/reference.log"),
        "ingest", "--case", reference.toString(), "--ocr", "off", "--threads", "2", evidence.toString());
    Set<String> expectedIds = ids(CaseRecords.read(reference));

    Path caseDir = tmp.resolve("case");
    // findings recorded before the kills: they live outside the index and must survive them all
    Path first = evidence.resolve("d0/note-0.txt");
    Cli.Result seed = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", first.toString());
    assertEquals(ExitCode.OK, seed.code(), seed::toString);
    String noteId = org.istraga.store.Hashes.sha256(first);
    assertEquals(ExitCode.OK, Cli.run("tag", "--case", caseDir.toString(), noteId, "--add", "hitno").code());
    assertEquals(ExitCode.OK, Cli.run("note", "--case", caseDir.toString(), noteId, "Proveriti potpis.").code());
    Random random = new Random(20261127L);
    int killedMidRun = 0;
    for (int i = 0; i < KILL_POINTS; i++) {
      // a tenth to nine tenths of the uninterrupted run (work commits every 15 s, so a later run
      // may have less left to do; the early kill moments still fall inside it)
      long delay = runMillis / 10 + random.nextInt((int) Math.max(1, runMillis * 8 / 10));
      long started = System.nanoTime();
      if (Subprocess.killedAfter(delay, tmp.resolve("logs/run-" + i + ".log"),
          "ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "2", evidence.toString())) {
        killedMidRun++;
      } else {
        // the run ended before its kill: what the earlier runs committed left it less to do (all
        // of it, once the case is complete), so later kill moments are drawn from its duration
        runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      }
      if (Files.exists(caseDir.resolve("index"))) {
        assertIndexClean(caseDir.resolve("index"));
      }
      LedgerVerifier.Result chain = LedgerVerifier.verify(caseDir.resolve("ledger.jsonl"), null);
      assertTrue(chain.intact(), "ledger chain after kill " + i + ": " + chain.problems());
    }
    System.out.printf("killed %d of %d runs mid-way (uninterrupted run: %d ms)%n", killedMidRun,
        KILL_POINTS, runMillis);
    assertTrue(killedMidRun >= KILL_POINTS / 2, "most runs were killed mid-way: " + killedMidRun);

    Cli.Result last = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--json", evidence.toString());
    assertEquals(ExitCode.OK, last.code(), last::toString);
    assertFalse(last.json().get("interrupted").asBoolean());
    assertIndexClean(caseDir.resolve("index"));

    CaseRecords recs = CaseRecords.read(caseDir);
    assertEquals(expectedIds, ids(recs), "the same documents as an uninterrupted ingest");
    assertEquals(recs.all().size(), ids(recs).size(), "each document exactly once");
    Map<String, Integer> perPath = new HashMap<>();
    for (DocumentRecord r : recs.all()) {
      for (Occurrence o : r.occurrences) {
        if (!o.missing()) {
          perPath.merge(o.path(), 1, Integer::sum);
        }
      }
    }
    try (var files = Files.walk(evidence)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        assertEquals(1, perPath.getOrDefault(f.toString(), 0), "exactly one document at " + f);
      }
    }
    Cli.Result verify = Cli.run("verify", "--case", caseDir.toString());
    assertEquals(ExitCode.OK, verify.code(), verify::toString);
    org.istraga.findings.Findings findings = new org.istraga.findings.FindingsJournal(caseDir.resolve("findings.jsonl")).read();
    assertEquals(Set.of(noteId), findings.idsWithTag("hitno"), "tags intact");
    assertEquals(1, findings.notesOf(noteId).size(), "notes intact");
    assertTrue(findings.integrity().intact(), "findings journal chain intact");
  }

  private static Set<String> ids(CaseRecords recs) {
    Set<String> ids = new HashSet<>();
    for (DocumentRecord r : recs.all()) {
      ids.add(r.id);
    }
    return ids;
  }

  private static void assertIndexClean(Path index) throws Exception {
    try (Directory dir = FSDirectory.open(index)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
        return;
      }
      try (CheckIndex ci = new CheckIndex(dir)) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ci.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        CheckIndex.Status s = ci.checkIndex();
        assertTrue(s.clean, () -> "CheckIndex: " + log.toString(StandardCharsets.UTF_8));
      }
    }
  }

  /** A tree of text files, multi-page PDFs, e-mails with attachments, nested ZIPs and duplicates. */
  static Path buildEvidence(Path root, int n) throws Exception {
    Random r = new Random(7);
    String[] words = {"ugovor", "Ministarstvo", "kamera", "eLTE", "Safe", "City", "popust", "aneks", "ponuda",
        "Niš", "Beograd", "isporuka", "jedinica", "mreža", "softver", "GIS", "faktura", "račun", "plaćanje"};
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder("Document " + i + ": ");
      for (int w = 0; w < 40; w++) {
        sb.append(words[r.nextInt(words.length)]).append(' ');
      }
      String text = sb.toString();
      String dir = "d" + (i % 7);
      switch (i % 5) {
        case 0 -> Evidence.write(root.resolve(dir + "/note-" + i + ".txt"), text);
        case 1 -> Evidence.write(root.resolve(dir + "/report-" + i + ".pdf"),
            Evidence.pdf(text.replace("š", "s").replace("ž", "z").replace("č", "c").replace("ć", "c"), "Page two of " + i));
        case 2 -> Evidence.write(root.resolve(dir + "/mail-" + i + ".eml"), Evidence.eml("a@vendor.example",
            "b@ministry.example", "Offer " + i, text, "offer-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8),
            "text/plain"));
        case 3 -> {
          Map<String, byte[]> inner = new LinkedHashMap<>();
          inner.put("inner-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8));
          Map<String, byte[]> outer = new LinkedHashMap<>();
          outer.put("readme-" + i + ".txt", ("outer " + text).getBytes(StandardCharsets.UTF_8));
          outer.put("nested-" + i + ".zip", Evidence.zip(inner));
          Evidence.write(root.resolve(dir + "/archive-" + i + ".zip"), Evidence.zip(outer));
        }
        default -> {
          Path a = Evidence.write(root.resolve(dir + "/dup-" + i + ".txt"), "duplicate " + (i % 3) + " " + words[i % 3]);
          Evidence.write(root.resolve("d" + ((i + 1) % 7) + "/copy-of-dup-" + i + ".txt"), Files.readAllBytes(a));
        }
      }
    }
    return root;
  }
}
