package org.istraga.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every record of a case, once each, as the watchlist re-tag and the custody check read them. */
class CaseIndexRecordsTest {

  @TempDir Path tmp;

  private static DocumentRecord record(String id, String text) {
    DocumentRecord r = new DocumentRecord();
    r.id = id;
    r.kind = "file";
    r.text = text;
    r.occurrences.add(new Occurrence("/leak/" + id.substring(0, 8) + ".pdf", "/leak", null, null, 0,
        id.substring(0, 8) + ".pdf", 1_000L));
    return r;
  }

  @Test
  void everyLiveRecordOnceInItsCurrentVersionAcrossSegments() throws Exception {
    Case kase = Case.openOrCreate(tmp.resolve("case"), IndexSchema.caseSchema());
    List<String> ids = new ArrayList<>();
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      for (int i = 0; i < 30; i++) {
        String id = String.format("%02x", i) + "ab".repeat(31);
        ids.add(id);
        index.put(record(id, "Ugovor br. " + i));
        if (i % 10 == 9) {
          index.commit(Map.of()); // several segments
        }
      }
      index.put(record(ids.get(3), "Aneks br. 3")); // replaced: the old version is deleted
      index.commit(Map.of());
    }
    List<String> seen = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      h.forEachRecord(r -> {
        seen.add(r.id);
        texts.add(r.text);
      });
    }
    assertEquals(30, seen.size());
    assertEquals(ids.stream().sorted().toList(), seen.stream().sorted().toList());
    assertEquals(1, texts.stream().filter("Aneks br. 3"::equals).count());
    assertEquals(0, texts.stream().filter("Ugovor br. 3"::equals).count());
  }

  @Test
  void theVisitorsExceptionStopsTheWalkAndReachesTheCaller() throws Exception {
    Case kase = Case.openOrCreate(tmp.resolve("case"), IndexSchema.caseSchema());
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      index.put(record("aa" + "0".repeat(62), "prvi"));
      index.put(record("bb" + "0".repeat(62), "drugi"));
      index.commit(Map.of());
    }
    int[] visits = {0};
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      IOException e = assertThrows(IOException.class, () -> h.forEachRecord(r -> {
        visits[0]++;
        throw new IOException("disk full while writing " + r.id);
      }));
      assertEquals(1, visits[0]);
      assertEquals(true, e.getMessage().startsWith("disk full while writing "));
    }
  }
}
