package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.istraga.cases.Case;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.provenance.CustodyLedger;
import org.istraga.store.Fingerprints;
import org.istraga.store.Hashes;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files a complete walk reports missing: those under the walked roots it did not list,
 * or that it listed but were gone when read, except those under a folder it could not read or
 * list (not known to be gone), and children
 * whose container file it listed, whatever {@code !/} the names hold.
 */
class MissingFilesTest {

  @TempDir Path tmp;

  @Test
  void filesUnderAnUnreadableFolderAreNotMissingOthersAre() throws Exception {
    Path leak = tmp.resolve("leak");
    Path gone = Evidence.write(leak.resolve("gone.txt"), "Ovaj fajl je obrisan.");
    Path inside = Evidence.write(leak.resolve("locked/inside.txt"), "Ovaj je u fascikli koja se ne čita.");
    Path bang = Evidence.write(leak.resolve("x!/arhiva.zip"), Evidence.zip(Map.of("a!/b.txt",
        "Stavka u arhivi.".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    Path vanished = Evidence.write(leak.resolve("vanished.txt"), "Listan, pa nestao pre čitanja.");
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);

    Fingerprints seen = new Fingerprints();
    seen.add(bang.toString()); // the walk listed the archive
    seen.add(vanished.toString()); // and this file, gone when a worker came to read it
    seen.freeze();
    AtomicLong missing = new AtomicLong();
    Case kase = Case.open(caseDir, IndexSchema.caseSchema());
    try (CaseIndex index = CaseIndex.openWriter(kase);
        CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
      DocumentStore store = new DocumentStore(index);
      new MissingFiles(store, index, ledger, seen, java.util.Set.of(vanished.toString()), List.of(leak.resolve("locked").toString()), "test", missing,
          new AtomicLong())
          .mark(List.of(leak));
      store.refresh();
      assertEquals(2, missing.get(), "gone.txt and vanished.txt");
      assertTrue(store.get(Hashes.sha256(gone)).occurrences.get(0).missing());
      assertTrue(store.get(Hashes.sha256(vanished)).occurrences.get(0).missing(), "listed, then gone");
      assertFalse(store.get(Hashes.sha256(inside)).occurrences.get(0).missing(), "not reachable is not gone");
      DocumentRecord zip = store.get(Hashes.sha256(bang));
      assertFalse(zip.occurrences.get(0).missing());
      DocumentRecord child = store.get(Hashes.sha256("Stavka u arhivi.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertEquals(bang + "!/a!/b.txt", child.occurrences.get(0).path());
      assertFalse(child.occurrences.get(0).missing(), "its container was listed");
      ledger.sync();
    }
    assertTrue(Files.readString(caseDir.resolve("ledger.jsonl")).contains("\"type\":\"missing\""));
  }

  @Test
  void aFileRootNotListedIsMissingAndASiblingNamedLikeItIsNot() throws Exception {
    Path file = Evidence.write(tmp.resolve("dump/ugovor.txt"), "Ugovor o nabavci, potpisan i overen.");
    Path sibling = Evidence.write(tmp.resolve("dump/ugovor.txt.bak"), "Rezervna kopija, drugi sadržaj.");
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1",
        file.toString(), sibling.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);

    Fingerprints seen = new Fingerprints();
    seen.add(sibling.toString()); // the walk of the file root found nothing; the sibling root was listed
    seen.freeze();
    AtomicLong missing = new AtomicLong();
    Case kase = Case.open(caseDir, IndexSchema.caseSchema());
    try (CaseIndex index = CaseIndex.openWriter(kase);
        CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
      DocumentStore store = new DocumentStore(index);
      new MissingFiles(store, index, ledger, seen, java.util.Set.of(), List.of(), "test", missing, new AtomicLong())
          .mark(List.of(file, sibling));
      store.refresh();
      assertEquals(1, missing.get(), "the file root, not the sibling whose name only starts like it");
      assertTrue(store.get(Hashes.sha256(file)).occurrences.get(0).missing());
      assertFalse(store.get(Hashes.sha256(sibling)).occurrences.get(0).missing());
      ledger.sync();
    }
  }
}
