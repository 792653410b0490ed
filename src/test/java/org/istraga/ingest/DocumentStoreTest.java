package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store answers "was this file seen?", "which documents are at this path?" and "what is this
 * document's record?" the same way for records still pending in memory and for records already
 * in the index's searcher, and a record's new version replaces the places of its old one (a path
 * marked missing is still listed at its path, but no longer counts as an unchanged file).
 */
class DocumentStoreTest {

  @TempDir Path tmp;

  private static DocumentRecord record(String id, long size, Occurrence... where) {
    DocumentRecord r = new DocumentRecord();
    r.id = id;
    r.size = size;
    r.kind = "file";
    r.text = "Ugovor o nabavci opreme " + id;
    r.occurrences.addAll(List.of(where));
    return r;
  }

  private static Occurrence file(String path, long mtime) {
    return new Occurrence(path, "/leak", null, null, 0, path.substring(path.lastIndexOf('/') + 1), mtime);
  }

  @Test
  void pendingAndRefreshedRecordsAreFoundAlike() throws Exception {
    Case kase = Case.openOrCreate(tmp.resolve("case"), IndexSchema.caseSchema());
    String a = "a".repeat(64);
    String b = "b".repeat(64);
    String child = "c".repeat(64);
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      DocumentStore store = new DocumentStore(index);
      store.update(a, prev -> record(a, 100, file("/leak/ugovor.pdf", 1_000)));
      store.update(b, prev -> record(b, 200, file("/leak/kopija/ugovor.pdf", 2_000), file("/leak/aneks.pdf", 3_000)));
      store.update(child, prev -> record(child, 50,
          new Occurrence("/leak/arhiva.zip!/memo.docx", "/leak", "z".repeat(64), "z".repeat(64), 1, "memo.docx", 4_000L)));

      for (int round = 0; round < 2; round++) {
        String when = round == 0 ? "pending" : "after a refresh";
        assertTrue(store.isUnchanged("/leak/ugovor.pdf", 100, 1_000), when);
        assertFalse(store.isUnchanged("/leak/ugovor.pdf", 100, 1_001), "another mtime, " + when);
        assertFalse(store.isUnchanged("/leak/ugovor.pdf", 101, 1_000), "another size, " + when);
        assertTrue(store.isUnchanged("/leak/aneks.pdf", 200, 3_000), "second path of a record, " + when);
        assertFalse(store.isUnchanged("/leak/arhiva.zip!/memo.docx", 50, 4_000), "embedded children are not files, " + when);
        assertEquals(List.of(b), store.idsAtPath("/leak/kopija/ugovor.pdf"), when);
        assertEquals(List.of(child), store.idsAtPath("/leak/arhiva.zip!/memo.docx"), when);
        assertEquals(List.of(), store.idsAtPath("/leak/nema.pdf"), when);
        assertEquals(200, store.get(b).size, when);
        assertNull(store.get("d".repeat(64)), when);
        store.refresh();
      }

      // a new version: the file moved (its old place is gone, missing) and got a second path
      store.update(a, prev -> {
        DocumentRecord next = record(a, 100, file("/leak/novo/ugovor.pdf", 5_000), file("/leak/ugovor.pdf", 1_000).withMissing(true));
        assertEquals(1, prev.occurrences.size(), "the update sees the refreshed record");
        return next;
      });
      store.update(b, prev -> record(b, 200, file("/leak/aneks.pdf", 3_000)));
      for (int round = 0; round < 2; round++) {
        String when = round == 0 ? "pending" : "after a refresh";
        assertTrue(store.isUnchanged("/leak/novo/ugovor.pdf", 100, 5_000), when);
        assertFalse(store.isUnchanged("/leak/ugovor.pdf", 100, 1_000), "a missing place is not unchanged, " + when);
        assertEquals(List.of(), store.idsAtPath("/leak/kopija/ugovor.pdf"), "a dropped place, " + when);
        assertEquals(List.of(b), store.idsAtPath("/leak/aneks.pdf"), "a kept place, " + when);
        assertEquals(List.of(a), store.idsAtPath("/leak/ugovor.pdf"), "a place marked missing is still listed, " + when);
        store.refresh();
      }
    }
  }

  @Test
  void aRecordChangedManyTimesIsIndexedOnceAtRefresh() throws Exception {
    Case kase = Case.openOrCreate(tmp.resolve("case2"), IndexSchema.caseSchema());
    String id = "e".repeat(64);
    try (CaseIndex index = CaseIndex.openWriter(kase)) {
      DocumentStore store = new DocumentStore(index);
      for (int i = 0; i < 5_000; i++) {
        Occurrence o = new Occurrence("/leak/a.zip!/copy-" + i + "/logo.png", "/leak", "z".repeat(64), "z".repeat(64), 1,
            "logo.png", null);
        store.update(id, prev -> {
          DocumentRecord r = prev == null ? record(id, 10) : prev;
          r.occurrences = IngestRun.withOccurrences(r.occurrences, List.of(o));
          return r;
        });
      }
      assertEquals(5_000, store.get(id).occurrences.size(), "pending: read your writes");
      assertNull(index.get(id), "nothing is written to the index before a refresh");
      assertEquals(List.of(id), store.idsAtPath("/leak/a.zip!/copy-4999/logo.png"));
      store.refresh();
      DocumentRecord indexed = index.get(id);
      assertEquals(5_000, indexed.occurrences.size(), "the refresh wrote the last version");
      assertEquals("/leak/a.zip!/copy-0/logo.png", indexed.occurrences.get(0).path(), "places keep their order");
      assertEquals(List.of(id), store.idsAtPath("/leak/a.zip!/copy-4999/logo.png"));
    }
  }

  @Test
  void withOccurrencesReplacesByPathInPlace() {
    Occurrence a = file("/leak/a.txt", 1);
    Occurrence b = file("/leak/b.txt", 2);
    Occurrence a2 = file("/leak/a.txt", 3);
    Occurrence c = file("/leak/c.txt", 4);
    assertEquals(List.of(a2, b, c), IngestRun.withOccurrences(List.of(a, b), List.of(a2, c)));
    assertEquals(List.of(a2, b), IngestRun.withOccurrence(List.of(a, b), a2), "the same as one at a time");
  }
}
