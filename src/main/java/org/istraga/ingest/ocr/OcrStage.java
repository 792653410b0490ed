package org.istraga.ingest.ocr;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.istraga.IstragaException;
import org.istraga.Version;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.index.CaseIndex;
import org.istraga.ingest.EntityRetagger;
import org.istraga.ingest.lang.LanguageDetector;
import org.istraga.provenance.CustodyLedger;
import org.istraga.store.BlobStore;

/**
 * The OCR stage: works through the documents waiting for OCR ({@link OcrQueue}) in forked
 * workers ({@link OcrWorker}), merges the text into each record ({@link OcrMerge}), appends one
 * {@code ocr} entry per document to the custody ledger, re-indexes it and commits regularly.
 *
 * <p>It is its own stage because it costs one to two orders of magnitude more than extraction:
 * documents with a text layer are committed and searchable before it starts, and it can run
 * alone ({@code istraga ocr}) or after an ingest. Stopped at any moment, it loses at most the
 * documents finished since the last commit; a rerun takes the documents still pending (pages of
 * unfinished documents already read come from the {@link PageCache}).
 *
 * <p>Threads: one feeder reading the backlog, {@link OcrOptions#threads()} workers each owning
 * one forked worker process, and the calling thread, which commits and reports progress. The
 * caller must hold the case's write lock and own the index writer and ledger it passes in.
 */
public final class OcrStage {

  private static final int FEED_BATCH = 64;
  /** How long stopping waits for worker processes to answer before destroying them. */
  static final long STOP_GRACE_MILLIS = 10_000;

  private final Case kase;
  private final CaseIndex index;
  private final CustodyLedger ledger;
  private final OcrOptions opts;
  private final String runId;
  private final Path scratch;
  private final PrintWriter err;

  private final LinkedBlockingDeque<OcrJob.Call> calls = new LinkedBlockingDeque<>();
  private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
  private final Set<String> finishedSinceCommit = ConcurrentHashMap.newKeySet();
  private final AtomicInteger unfinished = new AtomicInteger();
  private final AtomicInteger taskCounter = new AtomicInteger();
  private final AtomicLong documentsDone = new AtomicLong();
  private final AtomicLong documentsFailed = new AtomicLong();
  private final AtomicLong pagesRead = new AtomicLong();
  private final AtomicLong pagesFailed = new AtomicLong();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final Set<OcrWorker> active = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;
  private volatile boolean feederDone;
  private boolean interruptedByCaller;

  private TesseractInstall tesseract;
  private Semaphore slots;
  private PageCache cache;
  private OcrMerge merge;
  private Path tikaConfig;
  private OcrProgress progress;

  /**
   * @param runId the run this stage belongs to (recorded in ledger entries)
   * @param scratch a scratch folder of this run inside the case's {@code tmp/}
   */
  public OcrStage(Case kase, CaseIndex index, CustodyLedger ledger, OcrOptions opts, String runId, Path scratch,
      PrintWriter err) {
    this.kase = kase;
    this.index = index;
    this.ledger = ledger;
    this.opts = opts;
    this.runId = runId;
    this.scratch = scratch;
    this.err = err;
  }

  /** Asks a running stage to stop now; it abandons the pages in flight, commits and returns. */
  public void requestStop() {
    stopping = true;
  }

  /**
   * Runs the stage until the backlog is empty or {@link #requestStop()} is called.
   *
   * @throws TesseractInstall.Unavailable when Tesseract or a language is missing (nothing changed)
   * @throws IstragaException IO when the case cannot be written
   */
  public OcrSummary run() throws TesseractInstall.Unavailable, InterruptedException {
    long waiting = waiting();
    if (waiting == 0) {
      return new OcrSummary(0, 0, 0, 0, 0, 0, 0, false, null, opts.languages(), "nothing waiting for OCR");
    }
    try {
      return run(TesseractInstall.check(opts.tesseract(), opts.languages()));
    } catch (TesseractInstall.Unavailable e) {
      throw new TesseractInstall.Unavailable(e.getMessage() + "; " + waiting + " document" + (waiting == 1 ? "" : "s")
          + " waiting for OCR", e);
    }
  }

  /** Documents waiting for OCR in the index's current state. */
  private long waiting() {
    try {
      index.refresh();
      return OcrQueue.count(index);
    } catch (IOException e) {
      throw IstragaException.io("cannot read the index of case " + kase.root() + ": " + e.getMessage(), e);
    }
  }

  /** Runs the stage with an already checked Tesseract installation. */
  public OcrSummary run(TesseractInstall install) throws InterruptedException {
    long started = System.currentTimeMillis();
    tesseract = install;
    try {
      index.refresh();
      cache = new PageCache(kase.layout().tmp().resolve("ocr-pages"));
      dropStaleCache();
      OcrQueue.Backlog backlog;
      try (CaseIndex.Handle h = index.searcher()) {
        backlog = OcrQueue.measure(h, opts.allPages());
      }
      progress = new OcrProgress(err, opts.progress(), backlog);
      if (backlog.documents() > 0) {
        tikaConfig = OcrTikaConfig.write(scratch.resolve("ocr-tika-config.xml"), scratch.resolve("ocr-emit"));
        merge = new OcrMerge(new LanguageDetector(), EntityRetagger.annotatorFor(kase), opts.maxTextChars());
        slots = new Semaphore(opts.threads() * 4);
        process();
      }
      commit();
      index.refresh();
      OcrQueue.Backlog left;
      try (CaseIndex.Handle h = index.searcher()) {
        left = OcrQueue.measure(h, opts.allPages());
      }
      progress.finish(this);
      rethrowFatal();
      if (interruptedByCaller) {
        Thread.currentThread().interrupt();
      }
      return new OcrSummary(documentsDone.get(), documentsFailed.get(), pagesRead.get(), pagesFailed.get(),
          left.documents(), left.pages(), System.currentTimeMillis() - started, stopping && left.documents() > 0,
          tesseract.version(), opts.languages(), null);
    } catch (IOException e) {
      throw IstragaException.io("cannot write case " + kase.root() + ": " + e.getMessage(), e);
    }
  }

  private void process() throws InterruptedException {
    SourceLocator locator = new SourceLocator(new BlobStore(kase.layout().blobs()));
    Thread feeder = new Thread(() -> feed(locator), "istraga-ocr-feeder");
    feeder.setDaemon(true);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < opts.threads(); i++) {
      Path workerTmp = scratch.resolve("ocr-worker-" + i);
      Thread t = new Thread(() -> work(workerTmp), "istraga-ocr-" + i);
      t.setDaemon(true);
      workers.add(t);
    }
    feeder.start();
    workers.forEach(Thread::start);
    long lastCommit = System.currentTimeMillis();
    boolean killed = false;
    try {
      for (Thread t : workers) {
        while (t.isAlive()) {
          t.join(250);
          if ((stopping || fatal.get() != null) && !killed) {
            stopping = true;
            killed = true;
            abort(workers);
          }
          progress.update(this);
          if (!stopping && System.currentTimeMillis() - lastCommit >= opts.commitIntervalMillis()) {
            commit();
            lastCommit = System.currentTimeMillis();
          }
        }
      }
    } catch (InterruptedException e) {
      // interrupted by the caller: stop like requestStop(); the flag is set again after the final
      // commit (an interrupted thread would close the index's file channels in the middle of it)
      stopping = true;
      interruptedByCaller = true;
      abort(workers);
    }
    slots.release(opts.threads() * 4 + FEED_BATCH); // a feeder waiting for a slot sees the stop
    feeder.join(10_000);
  }

  /**
   * Kills the Tesseract runs in flight until the worker threads have ended: a worker process
   * whose Tesseract is killed answers at once (its pages unread), and its thread, seeing the stop,
   * ends. Worker processes that do not answer within {@value #STOP_GRACE_MILLIS} ms are destroyed.
   * Threads are not interrupted: one may be writing to the index, and an interrupt there would
   * close the index's files under the writer.
   */
  private void abort(List<Thread> workers) throws InterruptedException {
    long grace = System.currentTimeMillis() + STOP_GRACE_MILLIS;
    long until = grace + 30_000;
    do {
      killWorkerChildren();
      if (System.currentTimeMillis() > grace) {
        for (OcrWorker w : active) {
          try {
            w.close();
          } catch (IOException e) {
            // the process is being destroyed anyway
          }
        }
      }
      for (Thread t : workers) {
        t.join(50);
      }
    } while (workers.stream().anyMatch(Thread::isAlive) && System.currentTimeMillis() < until);
  }

  /**
   * Kills the Tesseract processes started by this stage's forked workers: the tesseract children
   * of this process's children that run the same java binary. (Command-line arguments cannot
   * tell the workers apart: the JDK does not report them for command lines as long as a worker's
   * class path.)
   */
  private void killWorkerChildren() {
    String java = org.istraga.ingest.tika.ForkedParserConfig.currentJava();
    ProcessHandle.current().children()
        .filter(c -> c.info().command().map(java::equals).orElse(false))
        .forEach(fork -> fork.children()
            .filter(t -> t.info().command().map(OcrStage::isTesseract).orElse(false))
            .forEach(ProcessHandle::destroyForcibly));
  }

  private static boolean isTesseract(String command) {
    Path name = Path.of(command).getFileName();
    return name != null && name.toString().startsWith("tesseract");
  }

  private void feed(SourceLocator locator) {
    String after = null;
    try {
      while (!stopping) {
        List<DocumentRecord> batch;
        try (CaseIndex.Handle h = index.searcher()) {
          batch = OcrQueue.next(h, after, FEED_BATCH);
        }
        if (batch.isEmpty()) {
          break;
        }
        for (DocumentRecord r : batch) {
          after = r.id;
          slots.acquire();
          if (stopping) {
            slots.release();
            return;
          }
          start(r, locator);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      fatal.compareAndSet(null, e);
    } finally {
      feederDone = true;
    }
  }

  private void start(DocumentRecord r, SourceLocator locator) throws IOException {
    unfinished.incrementAndGet();
    String kind = "pdf".equals(r.typeGroup) ? OcrRequest.PDF : "image".equals(r.typeGroup) ? OcrRequest.IMAGE : null;
    List<Integer> pages = kind == null ? List.of(1) : OcrPages.toRead(r, opts.allPages());
    Path source = kind == null ? null : locator.locate(r);
    OcrJob job = new OcrJob(r, source, kind);
    if (kind == null || source == null) {
      String why = kind == null ? "not an image or a PDF (" + r.mediaType + ")"
          : "its bytes are no longer available (file moved or changed since ingest, and no copy in the case's store)";
      List<PageResult> failed = new ArrayList<>();
      for (int p : pages) {
        failed.add(new PageResult(p, null, why, null));
      }
      job.plan(List.of(1), 1, 1);
      job.answered(failed);
      finish(job);
      return;
    }
    if (OcrRequest.PDF.equals(kind)) {
      job.cached(cache.load(r.id, opts.languages()));
    }
    List<OcrJob.Call> planned = job.plan(OcrRequest.IMAGE.equals(kind) ? List.of(1) : pages, opts.pagesPerCall(),
        opts.threads());
    if (planned.isEmpty()) {
      finish(job);
    } else {
      calls.addAll(planned);
    }
  }

  private void work(Path workerTmp) {
    Path workDir = scratch.resolve("ocr-work");
    try (OcrWorker w = new OcrWorker(tikaConfig, workerTmp, opts)) {
      active.add(w);
      while (!stopping) {
        OcrJob.Call c = calls.pollFirst(200, TimeUnit.MILLISECONDS);
        if (c == null) {
          if (feederDone && unfinished.get() == 0) {
            break;
          }
          continue;
        }
        call(w, c, workDir);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      if (!stopping) {
        fatal.compareAndSet(null, e); // while stopping, the worker process was closed under the call
      }
    }
  }

  private void call(OcrWorker w, OcrJob.Call c, Path workDir) throws IOException, InterruptedException {
    OcrJob job = c.job();
    String task = "o" + taskCounter.incrementAndGet();
    OcrRequest req = new OcrRequest(job.kind, c.pages(), opts.languages(), tesseract.binary().toString(),
        opts.renderDpi(), opts.pageTimeoutMillis(), workDir.toString(),
        opts.keepImages() == null ? null : opts.keepImages().toAbsolutePath().toString(), task,
        scratch.resolve("ocr-texts").toAbsolutePath().toString());
    OcrWorker.Answer a = w.ocr(job.source, req);
    List<PageResult> pages;
    switch (a.outcome()) {
      case DONE:
        pages = a.pages().isEmpty()
            ? failAll(c, "cannot read the file for OCR: " + (a.message() == null ? "unknown error" : a.message()))
            : complete(c, a.pages());
        break;
      case TIMEOUT:
      case OUT_OF_MEMORY:
      case CRASHED:
        if (c.pages().length > 1 && !stopping) {
          job.split(c.pages().length);
          for (int i = c.pages().length - 1; i >= 0; i--) {
            calls.putFirst(new OcrJob.Call(job, new int[] {c.pages()[i]}));
          }
          return;
        }
        pages = failAll(c, a.outcome() == OcrWorker.Outcome.TIMEOUT ? "OCR did not finish within the time limit"
            : a.outcome() == OcrWorker.Outcome.OUT_OF_MEMORY ? "the OCR worker ran out of memory on this page"
            : "the OCR worker crashed on this page");
        break;
      default:
        pages = failAll(c, "the OCR worker could not read the file: " + a.message());
    }
    if (OcrRequest.PDF.equals(job.kind)) {
      cache.save(job.record.id, opts.languages(), pages, task);
    }
    if (stopping) {
      return; // answers while stopping may come from killed runs: keep only the cache
    }
    progress.pages(pages);
    if (job.answered(pages)) {
      finish(job);
    }
  }

  /** Every requested page gets a result; images keep the frames the worker reported. */
  private static List<PageResult> complete(OcrJob.Call c, List<PageResult> answered) {
    if (OcrRequest.IMAGE.equals(c.job().kind)) {
      return answered;
    }
    Map<Integer, PageResult> byPage = new TreeMap<>();
    for (PageResult p : answered) {
      byPage.put(p.page(), p);
    }
    List<PageResult> out = new ArrayList<>();
    for (int p : c.pages()) {
      out.add(byPage.getOrDefault(p, new PageResult(p, null, "no answer from the OCR worker", null)));
    }
    return out;
  }

  private static List<PageResult> failAll(OcrJob.Call c, String why) {
    List<PageResult> out = new ArrayList<>();
    for (int p : c.pages()) {
      out.add(new PageResult(p, null, why, null));
    }
    return out;
  }

  private void finish(OcrJob job) throws IOException {
    DocumentRecord r = job.record;
    List<PageResult> results = job.results();
    merge.apply(r, results);
    Map<String, Object> e = ledgerEntry(r, results);
    commitLock.readLock().lock();
    try {
      ledger.append("ocr", e);
      index.put(r);
      finishedSinceCommit.add(r.id);
    } finally {
      commitLock.readLock().unlock();
    }
    long ok = results.stream().filter(PageResult::ok).count();
    pagesRead.addAndGet(ok - job.cachedCount());
    pagesFailed.addAndGet(results.size() - ok);
    if ("failed".equals(r.ocrState)) {
      documentsFailed.incrementAndGet();
    } else {
      documentsDone.incrementAndGet();
    }
    unfinished.decrementAndGet();
    slots.release();
  }

  private Map<String, Object> ledgerEntry(DocumentRecord r, List<PageResult> results) {
    List<Integer> ok = new ArrayList<>();
    List<Integer> failed = new ArrayList<>();
    Map<String, Integer> methods = new TreeMap<>();
    for (PageResult p : results) {
      (p.ok() ? ok : failed).add(p.page());
      if (p.method() != null) {
        methods.merge(p.method(), 1, Integer::sum);
      }
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("run", runId);
    e.put("sha256", r.id);
    e.put("path", r.firstPath());
    e.put("pages", ok);
    if (!failed.isEmpty()) {
      e.put("failed_pages", failed);
    }
    e.put("state", r.ocrState);
    e.put("chars", r.text.length());
    e.put("methods", methods);
    e.put("tesseract", tesseract.version());
    e.put("languages", opts.languages());
    e.put("istraga", Version.istraga());
    return e;
  }

  /** Makes everything finished (and ledger entries appended by the caller) durable. */
  void commit() {
    List<String> done;
    commitLock.writeLock().lock();
    try {
      ledger.sync();
      Map<String, String> data = new LinkedHashMap<>();
      data.put("ledger_head", ledger.head());
      data.put("committed_at", Instant.now().toString());
      data.put("istraga_version", Version.istraga());
      index.commit(data);
      done = new ArrayList<>(finishedSinceCommit);
      finishedSinceCommit.clear();
    } catch (IOException e) {
      throw IstragaException.io("cannot commit the index of case " + kase.root() + ": " + e.getMessage(), e);
    } finally {
      commitLock.writeLock().unlock();
    }
    if (cache != null) {
      done.forEach(cache::delete);
    }
  }

  /** Deletes cached pages of documents no longer waiting for OCR. */
  private void dropStaleCache() throws IOException {
    for (String sha : cache.documents()) {
      DocumentRecord r = index.get(sha);
      if (r == null || !"pending".equals(r.ocrState)) {
        cache.delete(sha);
      }
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
      throw IstragaException.io("OCR failed to write case " + kase.root() + ": " + t.getMessage(), t);
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    throw new IstragaException(IstragaException.Kind.INTERNAL, "OCR failed: " + t, t);
  }

  long documentsFinished() {
    return documentsDone.get() + documentsFailed.get();
  }

  long pagesFinished() {
    return pagesRead.get() + pagesFailed.get();
  }
}
