package org.istraga.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.istraga.provenance.LedgerVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsJournalTest {

  @TempDir Path tmp;

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  @Test
  void tagsAreFoldedAcrossCaseAccentsAndScriptAndRemovable() {
    FindingsJournal j = new FindingsJournal(tmp.resolve("findings.jsonl"));
    j.append(FindingsJournal.tagEntries("add", "Hitno", List.of(A, B), "ana", null));
    j.append(FindingsJournal.tagEntries("add", "ХИТНО", List.of(C), "bojan", null));
    j.append(FindingsJournal.tagEntries("add", "Niš", List.of(A), "ana", "text:nis"));
    j.append(FindingsJournal.tagEntries("remove", "hitno", List.of(B), "ana", null));
    Findings f = j.read();
    assertEquals(Set.of(A, C), f.idsWithTag("hitno"));
    assertEquals(Set.of(A, C), f.idsWithTag("Хитно"));
    assertEquals(Set.of(A), f.idsWithTag("nis"));
    assertEquals(Set.of("Hitno", "Niš"), f.tagsOf(A));
    assertEquals(Set.of(), f.tagsOf(B));
    assertEquals(Map.of("Hitno", 2L, "Niš", 1L), f.tagCounts(List.of(A, B, C)));
    assertEquals(Set.of("Hitno", "Niš"), f.tags().keySet());
    assertTrue(f.integrity().intact());
    assertEquals(4, f.integrity().entries());
  }

  @Test
  void largeTagBatchesAreSplitIntoLines() {
    FindingsJournal j = new FindingsJournal(tmp.resolve("findings.jsonl"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      ids.add(String.format("%064x", i));
    }
    j.append(FindingsJournal.tagEntries("add", "bulk", ids, "ana", "*:*"));
    Findings f = j.read();
    assertEquals(3, f.integrity().entries());
    assertEquals(2500, f.idsWithTag("bulk").size());
  }

  @Test
  void tornLastLineIsSkippedByReadersAndRepairedByTheNextWrite() throws Exception {
    Path file = tmp.resolve("findings.jsonl");
    FindingsJournal j = new FindingsJournal(file);
    j.append(FindingsJournal.tagEntries("add", "prvi", List.of(A), "ana", null));
    j.append(List.of(FindingsJournal.noteEntry(A, 2, "proveriti iznos", "ana")));
    String torn = "{\"seq\":3,\"ts\":\"2019-08-14T00:00:00Z\",\"type\":\"tag\",\"op\":\"add\",\"tag\":\"dru";
    Files.writeString(file, torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    Findings before = j.read();
    assertTrue(before.integrity().incompleteTail());
    assertTrue(before.integrity().intact());
    assertEquals(Set.of(A), before.idsWithTag("prvi"));
    assertEquals(1, before.notes().size());

    j.append(FindingsJournal.tagEntries("add", "drugi", List.of(B), "ana", null));
    Findings after = j.read();
    assertFalse(after.integrity().incompleteTail());
    assertTrue(after.integrity().intact());
    assertEquals(4, after.integrity().entries(), "two old entries, the recovery record and the new tag");
    assertEquals(Set.of(A), after.idsWithTag("prvi"));
    assertEquals(Set.of(B), after.idsWithTag("drugi"));
    List<String> types = new ArrayList<>();
    LedgerVerifier.verify(file, l -> types.add(l.type()));
    assertEquals(List.of("tag", "note", "recovered", "tag"), types);
  }

  @Test
  void editedLineBreaksTheChain() throws Exception {
    Path file = tmp.resolve("findings.jsonl");
    FindingsJournal j = new FindingsJournal(file);
    j.append(List.of(FindingsJournal.noteEntry(A, null, "izvor: Vesna", "ana")));
    j.append(List.of(FindingsJournal.noteEntry(A, null, "drugi izvor", "ana")));
    String s = Files.readString(file, StandardCharsets.UTF_8).replace("izvor: Vesna", "izvor: nepoznat");
    Files.writeString(file, s, StandardCharsets.UTF_8);
    Findings f = j.read();
    assertFalse(f.integrity().intact());
    assertEquals(1, f.integrity().problems().get(0).line());
  }

  @Test
  void concurrentWritersInOneProcessTakeTurns() throws Exception {
    FindingsJournal j = new FindingsJournal(tmp.resolve("findings.jsonl"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      fs.add(pool.submit(() -> {
        for (int i = 0; i < 25; i++) {
          j.append(FindingsJournal.tagEntries("add", "t" + thread + "-" + i, List.of(A), "w" + thread, null));
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    Findings f = j.read();
    assertTrue(f.integrity().intact());
    assertEquals(100, f.integrity().entries());
    assertEquals(100, f.tagsOf(A).size());
  }
}
