package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.istraga.cases.Case;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.ingest.lang.LanguageDetector;
import org.istraga.ingest.tika.ExtractionLimits;
import org.istraga.ingest.tika.TikaConfigWriter;
import org.istraga.provenance.CustodyLedger;
import org.istraga.store.BlobStore;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file listed by the walk but gone before it is read gets the status {@code vanished}; one that
 * cannot be read gets {@code unreadable}; both are recorded in the custody ledger, and the worker
 * carries on with the next file.
 */
class VanishedFileTest {

  @TempDir Path tmp;

  @Test
  void fileThatDisappearsBeforeItIsReadIsVanished() throws Exception {
    Path root = tmp.resolve("leak");
    Path gone = Evidence.write(root.resolve("gone.txt"), "here when listed");
    Path stays = Evidence.write(root.resolve("stays.txt"), "still here");
    EvidenceFile listedGone = new EvidenceFile(gone, root, Files.size(gone), Files.getLastModifiedTime(gone).toMillis());
    EvidenceFile listedStays = new EvidenceFile(stays, root, Files.size(stays), Files.getLastModifiedTime(stays).toMillis());
    Files.delete(gone);
    // a path that cannot be read as a file (an I/O error on read; as root, permissions never fail)
    Path unreadable = Files.createDirectories(root.resolve("not-readable.bin"));
    EvidenceFile listedUnreadable = new EvidenceFile(unreadable, root, 0, 0);

    Case kase = Case.openOrCreate(tmp.resolve("case"), IndexSchema.caseSchema());
    IngestOptions opts = IngestOptions.defaults(List.of(root)).withOcr(OcrMode.OFF);
    IngestRun run = new IngestRun(kase, opts, new PrintWriter(Writer.nullWriter()));
    ExtractionLimits limits = ExtractionLimits.defaults();
    Path work = tmp.resolve("work");
    Path config = TikaConfigWriter.write(work.resolve("tika-config.xml"), work.resolve("spool"), limits, null);
    try (CaseIndex index = CaseIndex.openWriter(kase);
        CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
      FileIngester ingester = new FileIngester(new DocumentStore(index), new BlobStore(kase.layout().blobs()), ledger,
          new RecordAssembler(new LanguageDetector(), EntityAnnotator.standard(), OcrMode.OFF, limits.maxDepth()),
          limits, Passwords.none(), "test-run", run);
      try (FileIngester.Worker w = ingester.newWorker(config, work.resolve("spool"), work.resolve("tmp"), "off")) {
        w.ingest(listedGone);
        w.ingest(listedUnreadable);
        w.ingest(listedStays);
      }
      ledger.sync();
    }
    assertEquals(2, run.failureCount());
    assertEquals(java.util.Set.of(gone.toString()), run.vanished(), "reported missing at the end of the walk");
    assertTrue(Files.readString(kase.layout().ledger()).contains("\"status\":\"unreadable\""));
    String ledgerText = Files.readString(kase.layout().ledger());
    assertTrue(ledgerText.contains("gone.txt") && ledgerText.contains("\"status\":\"vanished\""), ledgerText);
    assertTrue(ledgerText.contains("stays.txt") && ledgerText.contains("\"status\":\"ok\""), "the next file is ingested");
  }

  /**
   * A file replaced, after the walk listed it, by a FIFO (whose opening would block the ingest for
   * good) or by a link to a file outside the evidence (which must never be read) is refused.
   */
  @Test
  void fileReplacedByAFifoOrALinkIsNotRead() throws Exception {
    Path root = tmp.resolve("leak2");
    Path outside = Evidence.write(tmp.resolve("outside/secret.txt"), "OUTSIDE-SECRET-5521");
    Path fifo = Evidence.write(root.resolve("was-a-file.txt"), "here when listed");
    Path link = Evidence.write(root.resolve("was-also-a-file.txt"), "here when listed too");
    Path stays = Evidence.write(root.resolve("stays.txt"), "still here");
    List<EvidenceFile> listed = new java.util.ArrayList<>();
    for (Path p : List.of(fifo, link, stays)) {
      listed.add(new EvidenceFile(p, root, Files.size(p), Files.getLastModifiedTime(p).toMillis()));
    }
    Files.delete(fifo);
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mk.waitFor());
    Files.delete(link);
    Files.createSymbolicLink(link, outside);

    Case kase = Case.openOrCreate(tmp.resolve("case2"), IndexSchema.caseSchema());
    IngestOptions opts = IngestOptions.defaults(List.of(root)).withOcr(OcrMode.OFF);
    IngestRun run = new IngestRun(kase, opts, new PrintWriter(Writer.nullWriter()));
    ExtractionLimits limits = ExtractionLimits.defaults();
    Path work = tmp.resolve("work2");
    Path config = TikaConfigWriter.write(work.resolve("tika-config.xml"), work.resolve("spool"), limits, null);
    try (CaseIndex index = CaseIndex.openWriter(kase);
        CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
      FileIngester ingester = new FileIngester(new DocumentStore(index), new BlobStore(kase.layout().blobs()), ledger,
          new RecordAssembler(new LanguageDetector(), EntityAnnotator.standard(), OcrMode.OFF, limits.maxDepth()),
          limits, Passwords.none(), "test-run", run);
      try (FileIngester.Worker w = ingester.newWorker(config, work.resolve("spool"), work.resolve("tmp"), "off")) {
        for (EvidenceFile f : listed) {
          w.ingest(f);
        }
      }
      ledger.sync();
    }
    assertEquals(2, run.failureCount());
    String ledgerText = Files.readString(kase.layout().ledger());
    assertTrue(ledgerText.contains("was-a-file.txt") && ledgerText.contains("no longer a regular file"), ledgerText);
    assertTrue(ledgerText.contains("was-also-a-file.txt"), ledgerText);
    assertTrue(!ledgerText.contains(org.istraga.store.Hashes.sha256("OUTSIDE-SECRET-5521".getBytes(
        java.nio.charset.StandardCharsets.UTF_8))), "the file behind the link was never hashed");
    assertTrue(ledgerText.contains("stays.txt") && ledgerText.contains("\"status\":\"ok\""), "the next file is ingested");
  }
}
