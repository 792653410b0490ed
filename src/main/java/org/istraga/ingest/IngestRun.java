package org.istraga.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.istraga.IstragaException;
import org.istraga.Version;
import org.istraga.cases.Case;
import org.istraga.cases.CaseLock;
import org.istraga.cases.Scratch;
import org.istraga.document.DocumentRecord;
import org.istraga.document.ExtractionStatus;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.ingest.lang.LanguageDetector;
import org.istraga.ingest.ocr.OcrOptions;
import org.istraga.ingest.ocr.OcrQueue;
import org.istraga.ingest.ocr.OcrStage;
import org.istraga.ingest.ocr.OcrSummary;
import org.istraga.ingest.ocr.TesseractInstall;
import org.istraga.ingest.tika.ExtractionLimits;
import org.istraga.ingest.tika.TikaConfigWriter;
import org.istraga.provenance.CustodyLedger;
import org.istraga.store.BlobStore;
import org.istraga.store.Fingerprints;
import org.istraga.store.Hashes;

/**
 * One ingest run over a case: walks the evidence roots, hashes every file, extracts new contents
 * in forked Tika processes, stores children's bytes, indexes the records, and writes the custody
 * ledger; commits regularly so that a run stopped at any moment (Ctrl-C or kill -9) loses at most
 * the work since the last commit, which a rerun redoes with no document lost or doubled.
 *
 * <p>Threads: one walker, {@link IngestOptions#threads()} workers (each owning one warm forked
 * parser process), and the calling thread, which reports progress and commits. The case's write
 * lock is held for the whole run.
 */
public final class IngestRun {

  /** Most failures listed in a summary. */
  static final int MAX_LISTED_FAILURES = 100;

  private final Case kase;
  private final IngestOptions opts;
  private final PrintWriter err;
  private final IngestProgress progress;

  private final AtomicLong filesSeen = new AtomicLong();
  private final AtomicLong filesNew = new AtomicLong();
  private final AtomicLong filesChanged = new AtomicLong();
  private final AtomicLong filesUnchanged = new AtomicLong();
  private final AtomicLong filesMissing = new AtomicLong();
  private final AtomicLong filesMissingElsewhere = new AtomicLong();
  private final AtomicLong filesSkipped = new AtomicLong();
  private final AtomicLong documentsAdded = new AtomicLong();
  private final AtomicLong childrenAdded = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicInteger taskCounter = new AtomicInteger();
  private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<IngestSummary.Failure> failures = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failureCount = new AtomicInteger();
  private final Fingerprints seen = new Fingerprints();
  /** Files listed by the walk but gone when a worker came to read them. */
  private final java.util.Set<String> vanished = ConcurrentHashMap.newKeySet();
  /** Files and folders under the roots that could not be read or listed during this run's walk. */
  private final List<String> unreachable = java.util.Collections.synchronizedList(new ArrayList<>());
  /** The roots this run walks, each once ({@link EvidenceWalker#distinctRoots}); set by run(). */
  private volatile List<Path> roots;
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private volatile boolean stopping;
  private volatile OcrStage ocrStage;
  /** Files met but not read; loaded from the case when the run starts. */
  private volatile UnreadFiles unread;
  /** This run's id; set by run() before any thread starts. */
  private volatile String currentRun = "";

  public IngestRun(Case kase, IngestOptions opts, PrintWriter err) {
    this.kase = kase;
    this.opts = opts;
    this.err = err;
    this.progress = new IngestProgress(err, opts.progress());
    this.unread = UnreadFiles.empty(kase.layout().unread());
  }

  /** Asks a running ingest to stop after the files in flight; it then commits and returns. */
  public void requestStop() {
    stopping = true;
    OcrStage s = ocrStage;
    if (s != null) {
      s.requestStop();
    }
  }

  /**
   * Runs the OCR stage over the case's backlog. A missing Tesseract is a warning, not a failure:
   * the documents stay in the backlog for 'istraga ocr'.
   */
  private OcrSummary runOcr(CaseIndex index, CustodyLedger ledger, String runId, Path runTmp)
      throws InterruptedException {
    OcrOptions o = OcrOptions.defaults(opts.threads(), opts.ocrLanguages())
        .withAllPages(opts.ocr() == OcrMode.ALWAYS)
        .withMaxTextChars(opts.limits().maxTextChars())
        .withProgress(opts.progress())
        .withCommitIntervalMillis(opts.commitIntervalMillis());
    OcrStage stage = new OcrStage(kase, index, ledger, o, runId, runTmp, err);
    ocrStage = stage;
    if (stopping) {
      return null;
    }
    try {
      OcrSummary s = stage.run();
      return s.skippedReason() == null ? s : null;
    } catch (TesseractInstall.Unavailable e) {
      err.println("istraga: warning: " + e.getMessage()
          + "; documents waiting for OCR stay in the backlog ('istraga ocr' works it off later)");
      err.flush();
      return null;
    }
  }

  /**
   * Runs the ingest to the end (or until {@link #requestStop()}).
   *
   * @throws IstragaException BUSY when another process writes to the case, IO when the case
   *     cannot be written (disk full, read-only)
   */
  public IngestSummary run() throws InterruptedException {
    long started = System.currentTimeMillis();
    String runId = Instant.now().toString().replaceAll("[^0-9TZ]", "") + "-" + ProcessHandle.current().pid();
    currentRun = runId;
    roots = walkedRoots();
    try (CaseLock lock = CaseLock.acquire(kase.layout(), "ingest");
        CaseIndex index = CaseIndex.openWriter(kase);
        CustodyLedger ledger = CustodyLedger.openForAppend(kase.layout().ledger())) {
      Path runTmp = Scratch.freshRunFolder(kase.layout().tmp(), runId);
      unread = UnreadFiles.load(kase.layout().unread());
      ledger.append("run-start", runStartEntry(runId));
      DocumentStore store = new DocumentStore(index);
      BlobStore blobs = new BlobStore(kase.layout().blobs());
      RecordAssembler assembler = new RecordAssembler(new LanguageDetector(), EntityRetagger.annotatorFor(kase), opts.ocr(),
          opts.limits().maxDepth());
      FileIngester ingester = new FileIngester(store, blobs, ledger, assembler, opts.limits(),
          opts.passwords() == null ? Passwords.none() : Passwords.load(opts.passwords()), runId, this);

      BlockingQueue<EvidenceFile> queue = new ArrayBlockingQueue<>(Math.max(64, opts.threads() * 16));
      EvidenceFile poison = new EvidenceFile(Path.of("/"), Path.of("/"), -1, -1);
      CountDownLatch workersDone = new CountDownLatch(opts.threads());
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < opts.threads(); i++) {
        Path workerDir = runTmp.resolve("worker-" + i);
        Path spool = workerDir.resolve("spool");
        Path tikaConfig = TikaConfigWriter.write(workerDir.resolve("tika-config.xml"), spool, opts.limits(),
            opts.dkimKeys());
        Path workerTmp = workerDir.resolve("tmp");
        Thread t = new Thread(() -> workerLoop(queue, poison, ingester, tikaConfig, spool, workerTmp, workersDone),
            "istraga-ingest-" + i);
        t.setDaemon(true);
        workers.add(t);
        t.start();
      }
      AtomicReference<Boolean> walkComplete = new AtomicReference<>(false);
      Thread walker = new Thread(() -> walk(queue, poison, ledger, walkComplete), "istraga-walker");
      walker.setDaemon(true);
      walker.start();

      long lastCommit = System.currentTimeMillis();
      try {
        while (!workersDone.await(500, TimeUnit.MILLISECONDS)) {
          progress.update(this);
          if (fatal.get() != null) {
            stopping = true;
          }
          if (System.currentTimeMillis() - lastCommit >= opts.commitIntervalMillis() && fatal.get() == null) {
            store.refresh(); // pending records are written to the index only here
            commit(index, ledger);
            lastCommit = System.currentTimeMillis();
          }
        }
      } catch (InterruptedException e) {
        stopping = true;
        walker.interrupt();
        for (Thread t : workers) {
          t.interrupt();
        }
        workersDone.await(30, TimeUnit.SECONDS);
        Thread.currentThread().interrupt();
      }
      walker.join(10_000);
      rethrowFatal();
      boolean complete = walkComplete.get() && !stopping;
      if (complete) {
        store.refresh();
        seen.freeze();
        new MissingFiles(store, index, ledger, seen, vanished, List.copyOf(unreachable), runId, filesMissing,
            filesMissingElsewhere).mark(roots);
        unread.walked(roots.stream().map(org.istraga.store.RawPaths::display).toList(), runId);
      }
      progress.finish(this);
      OcrSummary ocr = null;
      if (complete && opts.ocr() != OcrMode.OFF) {
        store.refresh();
        commit(index, ledger); // extracted text is durable and searchable before the long OCR stage
        ocr = runOcr(index, ledger, runId, runTmp);
      }
      store.refresh();
      long ocrPending = OcrQueue.count(index);
      IngestSummary summary = summary(runId, started, !complete || ocr != null && ocr.interrupted(), ocrPending, ocr,
          assembler.entityMillis());
      ledger.append("run-end", runEndEntry(summary));
      commit(index, ledger);
      if (complete) {
        // merges the writer would abort on close: without them every later search pays for the small
        // segments of this run's last minutes; a kill while waiting keeps the commit above
        index.commitMerged();
      }
      Scratch.delete(runTmp);
      return summary;
    } catch (IOException e) {
      throw caseWriteFailure(e);
    }
  }

  private void workerLoop(BlockingQueue<EvidenceFile> queue, EvidenceFile poison, FileIngester ingester,
      Path tikaConfig, Path spool, Path workerTmp, CountDownLatch done) {
    try (FileIngester.Worker w = ingester.newWorker(tikaConfig, spool, workerTmp, opts.parserLogLevel())) {
      while (true) {
        EvidenceFile f = queue.take();
        if (f == poison) {
          queue.put(poison);
          break;
        }
        if (stopping || fatal.get() != null) {
          continue;
        }
        w.ingest(f);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IstragaException e) {
      fatal.compareAndSet(null, e);
    } catch (IOException | RuntimeException | Error e) {
      fatal.compareAndSet(null, e);
    } finally {
      done.countDown();
    }
  }

  private void walk(BlockingQueue<EvidenceFile> queue, EvidenceFile poison, CustodyLedger ledger,
      AtomicReference<Boolean> complete) {
    try {
      boolean finished = new EvidenceWalker(roots).walk(new EvidenceWalker.Listener() {
        @Override
        public boolean file(EvidenceFile file) throws InterruptedException {
          if (stopping || fatal.get() != null) {
            return false;
          }
          filesSeen.incrementAndGet();
          progress.listed(file.size());
          seen.add(file.displayPath());
          queue.put(file);
          return true;
        }

        @Override
        public void link(Path link, Path root, String target) {
          filesSkipped.incrementAndGet();
          Map<String, Object> e = new LinkedHashMap<>();
          e.put("path", link.toString());
          e.put("root", root.toString());
          e.put("target", target);
          e.put("note", "symbolic link recorded, not followed");
          ledger.append("link", e);
        }

        @Override
        public void skipped(Path path, Path root, String reason) {
          filesSkipped.incrementAndGet();
          Map<String, Object> e = new LinkedHashMap<>();
          e.put("path", path.toString());
          e.put("root", root.toString());
          e.put("reason", reason);
          ledger.append("skipped", e);
          failed(path.toString(), ExtractionStatus.UNREADABLE, reason);
          unread.unread(org.istraga.store.RawPaths.display(path), org.istraga.store.RawPaths.display(root),
              ExtractionStatus.UNREADABLE.label(), reason, currentRun);
        }

        @Override
        public void unreadable(Path path, Path root, String reason) {
          unreachable.add(org.istraga.store.RawPaths.display(path));
          skipped(path, root, reason);
        }
      });
      complete.set(finished);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      fatal.compareAndSet(null, e);
    } finally {
      try {
        queue.put(poison);
      } catch (InterruptedException e) {
        queue.offer(poison);
        Thread.currentThread().interrupt();
      }
    }
  }

  private void commit(CaseIndex index, CustodyLedger ledger) {
    try {
      ledger.sync();
      unread.save();
      Map<String, String> data = new LinkedHashMap<>();
      data.put("ledger_head", ledger.head());
      data.put("committed_at", Instant.now().toString());
      data.put("istraga_version", Version.istraga());
      index.commit(data);
    } catch (IOException e) {
      throw caseWriteFailure(e);
    }
  }

  private void rethrowFatal() {
    Throwable t = fatal.get();
    if (t == null) {
      return;
    }
    if (t instanceof IstragaException) {
      throw (IstragaException) t;
    }
    if (t instanceof IOException) {
      throw caseWriteFailure((IOException) t);
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    throw new IstragaException(IstragaException.Kind.INTERNAL, "ingest failed: " + t, t);
  }

  IstragaException caseWriteFailure(IOException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("No space left") || msg.contains("Disk quota")) {
      return IstragaException.io("disk full while writing case " + kase.root()
          + "; free space and rerun the same command: the case is consistent up to its last commit", e);
    }
    if (e instanceof AccessDeniedException || msg.contains("Read-only file system")) {
      return IstragaException.io("cannot write case " + kase.root() + " (" + msg
          + "); put the case on a writable disk", e);
    }
    return IstragaException.io("cannot write case " + kase.root() + ": " + msg, e);
  }

  /**
   * The distinct roots of this run (a root given through a symbolic link walks the link's
   * target); refuses one that the link resolution puts inside the case folder or around it.
   */
  private List<Path> walkedRoots() {
    List<Path> out;
    try {
      out = EvidenceWalker.distinctRoots(opts.roots());
    } catch (IOException e) {
      throw IstragaException.notFound("evidence path cannot be resolved (" + e.getMessage()
          + "); check that the link leads to an existing folder or file");
    }
    CaseEvidenceSeparation.requireApart(out, kase.root());
    return out;
  }

  private Map<String, Object> runStartEntry(String runId) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("run", runId);
    e.put("roots", roots.stream().map(org.istraga.store.RawPaths::display).toList());
    List<String> given = opts.roots().stream().map(p -> org.istraga.store.RawPaths.display(p.toAbsolutePath().normalize()))
        .toList();
    if (!given.equals(e.get("roots"))) {
      e.put("roots_given", given);
    }
    e.put("istraga", Version.istraga());
    e.put("tika", Version.tika());
    e.put("lucene", Version.lucene());
    e.put("java", System.getProperty("java.version"));
    e.put("threads", opts.threads());
    e.put("ocr", opts.ocr().name().toLowerCase(java.util.Locale.ROOT));
    ExtractionLimits l = opts.limits();
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("timeout_ms", l.timeoutMillis());
    limits.put("max_text_chars", l.maxTextChars());
    limits.put("max_children", l.maxChildren());
    limits.put("max_depth", l.maxDepth());
    limits.put("max_child_bytes", l.maxChildBytes());
    limits.put("max_file_bytes", l.maxFileBytes());
    e.put("limits", limits);
    return e;
  }

  private Map<String, Object> runEndEntry(IngestSummary s) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("run", s.runId());
    e.put("files_seen", s.filesSeen());
    e.put("files_new", s.filesNew());
    e.put("files_changed", s.filesChanged());
    e.put("files_unchanged", s.filesUnchanged());
    e.put("files_missing", s.filesMissing());
    e.put("files_missing_present_elsewhere", s.filesMissingPresentElsewhere());
    e.put("documents_added", s.documentsAdded());
    e.put("interrupted", s.interrupted());
    return e;
  }

  private IngestSummary summary(String runId, long started, boolean interrupted, long ocrPending,
      OcrSummary ocr, long entityMillis) {
    Map<String, Long> statuses = new TreeMap<>();
    byStatus.forEach((k, v) -> statuses.put(k, v.sum()));
    return new IngestSummary(runId, filesSeen.get(), filesNew.get(), filesChanged.get(), filesUnchanged.get(),
        filesMissing.get(), filesMissingElsewhere.get(), filesSkipped.get(), documentsAdded.get(), childrenAdded.get(), bytesRead.get(),
        statuses, List.copyOf(failures), ocrPending, System.currentTimeMillis() - started, entityMillis,
        interrupted, ocr);
  }

  // ---- callbacks from FileIngester (thread-safe) ----

  String nextTaskId() {
    return "t" + taskCounter.incrementAndGet();
  }

  void counted(ExtractionStatus status) {
    byStatus.computeIfAbsent(status.label(), k -> new LongAdder()).increment();
  }

  void failed(String path, ExtractionStatus status, String reason) {
    progress.failure(path, status, reason);
    if (failureCount.incrementAndGet() <= MAX_LISTED_FAILURES) {
      failures.add(new IngestSummary.Failure(path, status.label(), reason));
    }
  }

  /** A file met but not read (unreadable, vanished, changed while read): kept for 'istraga status'. */
  void unreadFile(EvidenceFile f, ExtractionStatus status, String reason) {
    if (status == ExtractionStatus.VANISHED) {
      fileVanished(f.displayPath());
    }
    unread.unread(f.displayPath(), org.istraga.store.RawPaths.display(f.root()), status.label(), reason, currentRun);
  }

  /** A listed file that was gone when it was read or parsed: the walk's end reports it missing. */
  void fileVanished(String path) {
    vanished.add(path);
  }

  /** Paths listed by this run's walk but gone when they were read. */
  java.util.Set<String> vanished() {
    return java.util.Set.copyOf(vanished);
  }

  /** A file read whole (or found unchanged): no longer unread. */
  void fileRead(String path) {
    unread.read(path);
  }

  void fileNew() {
    filesNew.incrementAndGet();
  }

  void fileChanged() {
    filesChanged.incrementAndGet();
  }

  void fileUnchanged() {
    filesUnchanged.incrementAndGet();
  }

  void documentAdded(boolean child) {
    documentsAdded.incrementAndGet();
    if (child) {
      childrenAdded.incrementAndGet();
    }
  }

  void bytesHashed(long n) {
    bytesRead.addAndGet(n);
    progress.done(n);
  }

  long filesSeen() {
    return filesSeen.get();
  }

  long filesDone() {
    return filesNew.get() + filesChanged.get() + filesUnchanged.get();
  }

  int failureCount() {
    return failureCount.get();
  }

  boolean stopping() {
    return stopping;
  }

  /** Translates exceptions from reading one evidence file into its status. */
  static ExtractionStatus statusOf(IOException e) {
    if (e instanceof NoSuchFileException) {
      return ExtractionStatus.VANISHED;
    }
    return ExtractionStatus.UNREADABLE;
  }

  /**
   * {@link #withOccurrence} for many occurrences at once, in time linear in both lists: each of
   * {@code added} replaces the entry of its path where it stands, or is appended.
   */
  static List<Occurrence> withOccurrences(List<Occurrence> list, java.util.Collection<Occurrence> added) {
    Map<String, Occurrence> byPath = new LinkedHashMap<>();
    for (Occurrence x : list) {
      byPath.putIfAbsent(x.path(), x);
    }
    for (Occurrence o : added) {
      byPath.put(o.path(), o);
    }
    return new ArrayList<>(byPath.values());
  }

  /** Marks an occurrence list entry for a path as found again (clears {@code missing}). */
  static List<Occurrence> withOccurrence(List<Occurrence> list, Occurrence o) {
    List<Occurrence> out = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (Occurrence x : list) {
      if (x.path().equals(o.path())) {
        if (!replaced) {
          out.add(o);
          replaced = true;
        }
      } else {
        out.add(x);
      }
    }
    if (!replaced) {
      out.add(o);
    }
    return out;
  }

  /** True when a stored record needs no new extraction for the same bytes. */
  static boolean isSettled(DocumentRecord r) {
    return r != null && r.status != null && !ExtractionStatus.fromLabel(r.status).isRetriedAutomatically()
        && !"crashed".equals(r.status) && !"timeout".equals(r.status) && !"out-of-memory".equals(r.status);
  }
}
