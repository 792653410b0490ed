package org.istraga.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.tika.pipes.FailedToStartClientException;
import org.istraga.IstragaException;
import org.istraga.Version;
import org.istraga.document.DocumentKind;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.document.Occurrence;
import org.istraga.ingest.tika.Extraction;
import org.istraga.ingest.tika.ExtractionLimits;
import org.istraga.ingest.tika.PipesExtractor;
import org.istraga.provenance.CustodyLedger;
import org.istraga.store.BlobStore;
import org.istraga.store.Hashes;

/**
 * Ingests one evidence file: skip if unchanged, hash, deduplicate by SHA-256, extract new
 * contents, store children's bytes, write ledger entries, then the records. Ledger entries are
 * written before the records they describe, so every committed document has a durable ledger
 * entry.
 *
 * <p>Shared by all workers (thread-safe); each worker thread gets its own {@link Worker} owning
 * one forked parser process. Two workers that meet the same bytes at once extract them once: the
 * second waits for the first and only adds its path.
 */
final class FileIngester {

  private final DocumentStore store;
  private final BlobStore blobs;
  private final CustodyLedger ledger;
  private final RecordAssembler assembler;
  private final ExtractionLimits limits;
  private final String runId;
  private final IngestRun run;
  private final Passwords passwords;
  private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

  FileIngester(DocumentStore store, BlobStore blobs, CustodyLedger ledger, RecordAssembler assembler,
      ExtractionLimits limits, Passwords passwords, String runId, IngestRun run) {
    this.passwords = passwords;
    this.store = store;
    this.blobs = blobs;
    this.ledger = ledger;
    this.assembler = assembler;
    this.limits = limits;
    this.runId = runId;
    this.run = run;
  }

  Worker newWorker(Path tikaConfig, Path spool, Path workerTmp, String logLevel) throws IOException {
    return new Worker(new PipesExtractor(tikaConfig, spool, workerTmp, limits, logLevel), workerTmp);
  }

  /** One worker thread's state: its forked parser. Not thread-safe. */
  final class Worker implements Closeable {
    private final PipesExtractor extractor;
    private final Path scratch;

    Worker(PipesExtractor extractor, Path scratch) {
      this.extractor = extractor;
      this.scratch = scratch;
    }

    void ingest(EvidenceFile f) throws IOException, InterruptedException {
      String path = f.displayPath();
      if (store.isUnchanged(path, f.size(), f.mtime())) {
        run.fileUnchanged();
        run.fileRead(path);
        return;
      }
      Hashes.Digests d;
      try {
        if (!Files.readAttributes(f.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
          // replaced since the walk (by a FIFO, whose opening would block, or a link): not read
          throw new java.nio.file.FileSystemException(f.path().toString(), null, "no longer a regular file");
        }
        d = Hashes.of(f.path());
      } catch (IOException e) {
        ExtractionStatus s = IngestRun.statusOf(e);
        String reason = s == ExtractionStatus.VANISHED ? "file disappeared before it could be read"
            : "cannot read file: " + EvidenceWalker.describe(e);
        ledgerFile(f, null, s, reason);
        run.counted(s);
        run.failed(path, s, reason);
        run.unreadFile(f, s, reason);
        return;
      }
      run.bytesHashed(d.size());
      if (changedWhileReading(f)) {
        boolean gone = !Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS);
        ExtractionStatus s = gone ? ExtractionStatus.VANISHED : ExtractionStatus.CHANGED;
        String reason = gone ? "file disappeared while being read"
            : "file changed while being read; it is read again on the next run";
        ledgerFile(f, d, s, reason);
        run.counted(s);
        run.failed(path, s, reason);
        run.unreadFile(f, s, reason);
        return;
      }
      run.fileRead(path);
      boolean contentChanged = retirePreviousContent(path, d.sha256());
      if (contentChanged) {
        run.fileChanged();
      } else if (presentAt(d.sha256(), path)) {
        run.fileUnchanged(); // only its time changed (touched, copied back with new times)
      } else {
        run.fileNew();
      }
      Occurrence occ = new Occurrence(path, f.root().toString(), null, d.sha256(), 0,
          f.path().getFileName() == null ? path : org.istraga.store.RawPaths.display(f.path().getFileName()), f.mtime());

      CompletableFuture<Void> mine = new CompletableFuture<>();
      CompletableFuture<Void> other = inFlight.putIfAbsent(d.sha256(), mine);
      if (other != null) {
        awaitQuietly(other);
        addOccurrence(f, d, occ);
        return;
      }
      try {
        DocumentRecord existing = store.get(d.sha256());
        if (IngestRun.isSettled(existing)) {
          addOccurrence(f, d, occ);
          return;
        }
        extractAndStore(f, d);
      } finally {
        inFlight.remove(d.sha256(), mine);
        mine.complete(null);
      }
    }

    private void extractAndStore(EvidenceFile f, Hashes.Digests d) throws IOException, InterruptedException {
      RecordAssembler.Assembly a;
      if (d.size() > limits.maxFileBytes()) {
        a = new RecordAssembler.Assembly(assembler.unextracted(f, d, ExtractionStatus.TOO_LARGE,
            "larger than the " + limits.maxFileBytes() + "-byte limit; hashed, not parsed (raise --max-file-size)"),
            List.of());
      } else {
        Extraction ex = extract(f, null);
        if (ex.outcome() == Extraction.Outcome.FETCH_FAILED && !Files.exists(f.path(), LinkOption.NOFOLLOW_LINKS)) {
          a = new RecordAssembler.Assembly(assembler.unextracted(f, d, ExtractionStatus.VANISHED,
              "file disappeared while being parsed"), List.of());
          run.fileVanished(f.displayPath());
        } else {
          a = assembler.assemble(f, d, ex);
          if (encryptedItems(a) > 0 && !passwords.isEmpty()) {
            a = tryPasswords(f, d, a);
          }
          a = tryAngleDetection(f, d, a);
        }
      }
      storeChildren(a.children());
      DocumentRecord root = a.root();
      ExtractionStatus s = ExtractionStatus.fromLabel(root.status);
      ledgerFile(f, d, s, root.statusReason);
      DocumentRecord stored = store.update(root.id, existing -> merge(existing, root));
      if (stored == root) {
        run.documentAdded(false);
      }
      count(root);
    }

    private Extraction extract(EvidenceFile f, org.apache.tika.parser.ParseContext ctx)
        throws IOException, InterruptedException {
      String task = run.nextTaskId();
      Path copy = null;
      Path parsed = f.path();
      if (!org.istraga.store.RawPaths.isPlain(f.path())) {
        // the forked parser opens files by name, and this name is not valid UTF-8: parse a copy
        String ext = MetadataMapper.extension(f.displayPath());
        copy = scratch.resolve(task + (ext == null ? ".bin" : "." + ext));
        Files.createDirectories(scratch);
        Files.copy(f.path(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        parsed = copy;
      }
      Extraction ex;
      try {
        ex = extractor.extract(task, parsed, ctx);
      } catch (FailedToStartClientException e) {
        throw new IstragaException(IstragaException.Kind.INTERNAL,
            "cannot start the Tika parser process: " + e.getMessage(), e);
      } finally {
        if (copy != null) {
          Files.deleteIfExists(copy);
        }
      }
      failIfCaseDiskFull(ex);
      return ex;
    }

    /**
     * Parses the file again with each supplied password until nothing in it fails; keeps the
     * attempt with the fewest failed items (then the most text), and records which password
     * opened it. A wrong password often shows as corrupt data rather than as "encrypted", so
     * attempts are compared on all failures, not only on encryption.
     */
    private RecordAssembler.Assembly tryPasswords(EvidenceFile f, Hashes.Digests d, RecordAssembler.Assembly first)
        throws IOException, InterruptedException {
      RecordAssembler.Assembly best = first;
      int bestIndex = 0;
      for (int i = 0; i < passwords.list().size() && failedItems(best) > 0; i++) {
        org.apache.tika.parser.ParseContext ctx = new org.apache.tika.parser.ParseContext();
        ctx.set(org.apache.tika.parser.PasswordProvider.class,
            new org.istraga.ingest.tika.FixedPasswordProvider(passwords.list().get(i)));
        RecordAssembler.Assembly attempt = assembler.assemble(f, d, extract(f, ctx));
        if (better(attempt, best)) {
          discardSpool(best);
          best = attempt;
          bestIndex = i + 1;
        } else {
          discardSpool(attempt);
        }
      }
      if (bestIndex > 0) {
        best.root().passwordIndex = bestIndex;
        String note = "opened with password " + bestIndex + " of --passwords";
        best.root().statusReason = best.root().statusReason == null ? note : best.root().statusReason + "; " + note;
      }
      return best;
    }

    /**
     * Parses the file again with Tika's PDF angle detection when the text of a PDF in it came out
     * broken into letters ({@link BrokenLetters}: text drawn rotated), and keeps that attempt when
     * it has fewer broken runs and no more failed items. Angle detection costs 45% to 62% more
     * PDF parsing (docs/benchmarks.md), so only such files pay it, once more. Files opened with a
     * password are left as they are.
     */
    private RecordAssembler.Assembly tryAngleDetection(EvidenceFile f, Hashes.Digests d, RecordAssembler.Assembly first)
        throws IOException, InterruptedException {
      int broken = brokenPdfRuns(first);
      if (broken == 0 || first.root().passwordIndex != null) {
        return first;
      }
      org.apache.tika.parser.ParseContext ctx = new org.apache.tika.parser.ParseContext();
      org.apache.tika.parser.pdf.PDFParserConfig pdf = new org.apache.tika.parser.pdf.PDFParserConfig();
      pdf.setDetectAngles(true);
      ctx.set(org.apache.tika.parser.pdf.PDFParserConfig.class, pdf);
      RecordAssembler.Assembly attempt = assembler.assemble(f, d, extract(f, ctx));
      if (brokenPdfRuns(attempt) < broken && failedItems(attempt) <= failedItems(first)) {
        discardSpool(first);
        return attempt;
      }
      discardSpool(attempt);
      return first;
    }

    private static int brokenPdfRuns(RecordAssembler.Assembly a) {
      int n = "pdf".equals(a.root().typeGroup) ? BrokenLetters.runs(a.root().text) : 0;
      for (RecordAssembler.Child c : a.children()) {
        if ("pdf".equals(c.record().typeGroup)) {
          n += BrokenLetters.runs(c.record().text);
        }
      }
      return n;
    }

    private static boolean better(RecordAssembler.Assembly a, RecordAssembler.Assembly b) {
      int fa = failedItems(a);
      int fb = failedItems(b);
      return fa < fb || fa == fb && textLength(a) > textLength(b);
    }

    private static int failedItems(RecordAssembler.Assembly a) {
      int n = ExtractionStatus.fromLabel(a.root().status).isFailure() ? 1 : 0;
      for (RecordAssembler.Child c : a.children()) {
        if (ExtractionStatus.fromLabel(c.record().status).isFailure()) {
          n++;
        }
      }
      return n;
    }

    private static long textLength(RecordAssembler.Assembly a) {
      long n = a.root().text.length();
      for (RecordAssembler.Child c : a.children()) {
        n += c.record().text.length();
      }
      return n;
    }

    private static void discardSpool(RecordAssembler.Assembly a) throws IOException {
      for (RecordAssembler.Child c : a.children()) {
        if (c.spool() != null) {
          Files.deleteIfExists(c.spool());
        }
      }
    }

    private static int encryptedItems(RecordAssembler.Assembly a) {
      int n = ExtractionStatus.ENCRYPTED.label().equals(a.root().status) ? 1 : 0;
      for (RecordAssembler.Child c : a.children()) {
        if (ExtractionStatus.ENCRYPTED.label().equals(c.record().status)) {
          n++;
        }
      }
      return n;
    }

    /**
     * Stores the children of one file: each child's bytes and ledger entry, then its document;
     * the documents of children that share their bytes are stored once, with the places of all
     * of them. An archive of 100,000 identical (or empty) entries is one document with 100,000
     * places, merged in linear time and written once. Memory beyond the assembly itself: one set
     * entry per child, and the places of repeated contents.
     */
    private void storeChildren(List<RecordAssembler.Child> children) throws IOException {
      java.util.Set<String> seen = new java.util.HashSet<>();
      java.util.Set<String> repeated = new java.util.HashSet<>();
      for (RecordAssembler.Child c : children) {
        if (!seen.add(c.record().id)) {
          repeated.add(c.record().id);
        }
      }
      seen = null;
      Map<String, DocumentRecord> firstOf = new LinkedHashMap<>();
      Map<String, Map<String, Occurrence>> places = new java.util.HashMap<>();
      for (RecordAssembler.Child c : children) {
        DocumentRecord r = storeChildBytes(c);
        if (!repeated.contains(r.id)) {
          storeChild(r);
          continue;
        }
        DocumentRecord first = firstOf.putIfAbsent(r.id, r);
        Map<String, Occurrence> at = places.computeIfAbsent(r.id, k -> new LinkedHashMap<>());
        for (Occurrence o : r.occurrences) {
          at.put(o.path(), o);
        }
        if (first != null) {
          first.stored = first.stored || r.stored;
        }
      }
      for (DocumentRecord r : firstOf.values()) {
        r.occurrences = new java.util.ArrayList<>(places.get(r.id).values());
        storeChild(r);
      }
    }

    private void storeChild(DocumentRecord r) throws IOException {
      DocumentRecord stored = store.update(r.id, existing -> merge(existing, r));
      if (stored == r) {
        run.documentAdded(true);
      }
    }

    /** Moves one child's bytes into the blob store and writes its ledger entry; returns its record. */
    private DocumentRecord storeChildBytes(RecordAssembler.Child c) throws IOException {
      DocumentRecord r = c.record();
      if (c.spool() != null) {
        blobs.moveIn(c.spool(), r.id);
        r.stored = true;
      }
      Occurrence o = r.occurrences.get(0);
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("run", runId);
      e.put("path", o.path());
      e.put("parent", o.parent());
      e.put("root_id", o.rootId());
      e.put("depth", o.depth());
      e.put("kind", r.kind);
      e.put("size", r.size);
      e.put("sha256", r.id);
      e.put("sha1", r.sha1);
      e.put("md5", r.md5);
      e.put("stored", c.spool() != null);
      e.put("status", r.status);
      ledger.append("child", e);
      count(r);
      return r;
    }

    private void count(DocumentRecord r) {
      ExtractionStatus s = ExtractionStatus.fromLabel(r.status);
      run.counted(s);
      if (s.isFailure()) {
        run.failed(r.firstPath(), s, r.statusReason);
      }
    }

    private void addOccurrence(EvidenceFile f, Hashes.Digests d, Occurrence occ) throws IOException {
      DocumentRecord existing = store.get(d.sha256());
      ledgerFile(f, d, existing == null ? ExtractionStatus.OK : ExtractionStatus.fromLabel(existing.status),
          "same bytes as an already ingested document");
      store.update(d.sha256(), r -> {
        if (r == null) {
          return null;
        }
        r.occurrences = IngestRun.withOccurrence(r.occurrences, occ);
        r.kind = kindOf(r);
        return r;
      });
    }

    /** True when the document with these bytes is recorded as present at this file path. */
    private boolean presentAt(String sha256, String path) throws IOException {
      DocumentRecord r = store.get(sha256);
      return r != null && r.occurrences.stream().anyMatch(o -> !o.isEmbedded() && !o.missing() && o.path().equals(path));
    }

    /**
     * Marks this path as no longer holding its previous content (the file was changed).
     *
     * @return true when the path held other content before
     */
    private boolean retirePreviousContent(String path, String newSha) throws IOException {
      boolean changed = false;
      for (String id : store.idsAtPath(path)) {
        if (id.equals(newSha)) {
          continue;
        }
        changed = true;
        store.update(id, r -> {
          if (r == null) {
            return null;
          }
          List<Occurrence> out = new java.util.ArrayList<>();
          for (Occurrence o : r.occurrences) {
            out.add(o.path().equals(path) ? o.asReplaced() : o);
          }
          r.occurrences = out;
          return r;
        });
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("run", runId);
        e.put("path", path);
        e.put("old_sha256", id);
        e.put("new_sha256", newSha);
        ledger.append("replaced", e);
      }
      return changed;
    }

    private void ledgerFile(EvidenceFile f, Hashes.Digests d, ExtractionStatus status, String reason) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("run", runId);
      e.put("path", f.displayPath());
      e.put("root", f.root().toString());
      e.put("size", d == null ? f.size() : d.size());
      e.put("mtime", java.time.Instant.ofEpochMilli(f.mtime()).toString());
      if (d != null) {
        e.put("sha256", d.sha256());
        e.put("sha1", d.sha1());
        e.put("md5", d.md5());
      }
      e.put("status", status.label());
      if (reason != null) {
        e.put("reason", reason);
      }
      e.put("istraga", Version.istraga());
      e.put("tika", Version.tika());
      ledger.append("file", e);
    }

    private boolean changedWhileReading(EvidenceFile f) throws IOException {
      try {
        BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.size() != f.size() || a.lastModifiedTime().toMillis() != f.mtime();
      } catch (NoSuchFileException e) {
        return true;
      }
    }

    @Override
    public void close() throws IOException {
      extractor.close();
    }
  }

  /**
   * A parser that ran out of disk space while spooling into the case reports it as a parse error;
   * that is not the file's fault. Stop the run instead of recording a wrong status: the file is
   * extracted again once space is freed.
   */
  static void failIfCaseDiskFull(Extraction ex) throws IOException {
    for (org.istraga.ingest.tika.ExtractedItem it : ex.items()) {
      for (String name : it.metadata().names()) {
        if (!name.startsWith("X-TIKA:EXCEPTION")) {
          continue;
        }
        for (String v : it.metadata().getValues(name)) {
          if (v != null && (v.contains("No space left on device") || v.contains("Disk quota exceeded"))) {
            throw new IOException("No space left on device (while the parser wrote into the case)");
          }
        }
      }
    }
    if (ex.message() != null && ex.message().contains("No space left on device")) {
      throw new IOException("No space left on device (while the parser wrote into the case)");
    }
  }

  /**
   * Merges a freshly built record into what is stored: new contents are stored as built; for
   * known contents only the occurrences are merged, unless the stored record is from a failed
   * attempt that a new extraction supersedes.
   */
  static DocumentRecord merge(DocumentRecord existing, DocumentRecord incoming) {
    if (existing == null) {
      incoming.kind = kindOf(incoming);
      return incoming;
    }
    if (!IngestRun.isSettled(existing)) {
      // a new extraction supersedes a failed attempt; keep the other places it was found
      java.util.Set<String> incomingPaths = new java.util.HashSet<>();
      for (Occurrence o : incoming.occurrences) {
        incomingPaths.add(o.path());
      }
      for (Occurrence o : existing.occurrences) {
        if (incomingPaths.add(o.path())) {
          incoming.occurrences.add(o);
        }
      }
      incoming.kind = kindOf(incoming);
      return incoming;
    }
    existing.occurrences = IngestRun.withOccurrences(existing.occurrences, incoming.occurrences);
    existing.stored = existing.stored || incoming.stored;
    existing.kind = kindOf(existing);
    return existing;
  }

  /** file when found as a file anywhere; otherwise embedded or revision as extracted. */
  static String kindOf(DocumentRecord r) {
    for (Occurrence o : r.occurrences) {
      if (!o.isEmbedded()) {
        return DocumentKind.FILE.label();
      }
    }
    return DocumentKind.REVISION.label().equals(r.kind) ? r.kind : DocumentKind.EMBEDDED.label();
  }

  private static void awaitQuietly(CompletableFuture<Void> f) throws InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      // the other worker's failure is reported by that worker
    }
  }
}
