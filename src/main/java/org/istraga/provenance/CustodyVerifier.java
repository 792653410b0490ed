package org.istraga.provenance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.store.BlobStore;
import org.istraga.store.Fingerprints;
import org.istraga.store.Hashes;

/**
 * Verifies a case's custody: the ledger's hash chain, every evidence file still reachable
 * (re-hashed and compared with what was ingested: unchanged, modified or missing), files that
 * appeared under the evidence roots since (new), and the stored bytes of embedded children and
 * revisions. Every document in the index must also be recorded in the ledger.
 *
 * <p>Cost: one read of the ledger, one pass over the index, and one sequential read of every file
 * and blob, hashed by {@code threads} workers in parallel (SHA-256 only). Memory is independent of
 * file sizes; paths are streamed, not held.
 */
public final class CustodyVerifier {

  /** Most findings listed in a report; counts stay exact beyond it. */
  static final int MAX_FINDINGS = 10_000;

  private final Case kase;
  private final int threads;
  private final PrintWriter progressOut;

  private final AtomicLong filesChecked = new AtomicLong();
  private final AtomicLong filesUnchanged = new AtomicLong();
  private final AtomicLong filesModified = new AtomicLong();
  private final AtomicLong filesMissing = new AtomicLong();
  private final AtomicLong filesNew = new AtomicLong();
  private final AtomicLong fileBytes = new AtomicLong();
  private final AtomicLong blobsChecked = new AtomicLong();
  private final AtomicLong blobsUnchanged = new AtomicLong();
  private final AtomicLong blobsModified = new AtomicLong();
  private final AtomicLong blobsMissing = new AtomicLong();
  private final AtomicLong blobBytes = new AtomicLong();
  private final List<CustodyReport.Finding> findings = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param threads parallel hashing workers
   * @param progressOut where progress lines go (stderr), or null for none
   */
  public CustodyVerifier(Case kase, int threads, PrintWriter progressOut) {
    this.kase = kase;
    this.threads = Math.max(1, threads);
    this.progressOut = progressOut;
  }

  public CustodyReport verify() throws IOException, InterruptedException {
    Path ledgerFile = kase.layout().ledger();
    Fingerprints recorded = new Fingerprints();
    Set<String> roots = new LinkedHashSet<>();
    // read before the ledger: a head committed before the ledger is read must be one of its lines
    String committedHead = committedLedgerHead();
    boolean[] committedHeadSeen = {committedHead == null};
    LedgerVerifier.Result chain = LedgerVerifier.verify(ledgerFile, line -> {
      String sha = line.json().path("sha256").asText(null);
      if (sha != null && sha.length() == 64) {
        recorded.addFingerprint(Fingerprints.ofHexDigest(sha));
      }
      if ("run-start".equals(line.type())) {
        line.json().path("roots").forEach(r -> roots.add(r.asText()));
      }
      if (!committedHeadSeen[0] && line.hash().equals(committedHead)) {
        committedHeadSeen[0] = true;
      }
    });
    if (!committedHeadSeen[0]) {
      chain = withCommittedHeadMissing(chain, committedHead);
    }
    recorded.freeze();
    String tail = chain.incompleteTail() ? "incomplete" : "complete";

    BlobStore blobs = new BlobStore(kase.layout().blobs());
    Fingerprints presentPaths = new Fingerprints();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "istraga-verify");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<?>> pending = new ArrayBlockingQueue<>(threads * 64);
    long started = System.currentTimeMillis();
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      long[] lastProgress = {started};
      h.forEachRecord(r -> {
        if (!recorded.containsFingerprint(Fingerprints.ofHexDigest(r.id))) {
          finding("document", "unrecorded", r.firstPath(), r.id, null);
        }
        for (Occurrence o : r.occurrences) {
          if (!o.isEmbedded() && !o.missing()) {
            presentPaths.add(o.path());
            submit(pool, pending, () -> checkFile(o.path(), r.id));
          }
        }
        if (r.stored) {
          submit(pool, pending, () -> checkBlob(blobs, r));
        }
        if (progressOut != null && System.currentTimeMillis() - lastProgress[0] > 1000) {
          lastProgress[0] = System.currentTimeMillis();
          progress(started);
        }
      });
      drain(pending);
    } finally {
      pool.shutdownNow();
    }
    presentPaths.freeze();
    for (Path root : outermost(roots)) {
      findNew(root, presentPaths);
    }
    if (progressOut != null) {
      progress(started);
      progressOut.println();
      progressOut.flush();
    }
    List<CustodyReport.Finding> sorted = pairMoves(new ArrayList<>(findings));
    sorted.sort((a, b) -> String.valueOf(a.path()).compareTo(String.valueOf(b.path())));
    boolean ok = chain.intact() && sorted.isEmpty() && filesModified.get() == 0 && filesMissing.get() == 0
        && filesNew.get() == 0 && blobsModified.get() == 0 && blobsMissing.get() == 0;
    return new CustodyReport(ok, chain, tail,
        new CustodyReport.Counts(filesChecked.get(), filesUnchanged.get(), filesModified.get(), filesMissing.get(),
            filesNew.get(), fileBytes.get()),
        new CustodyReport.Counts(blobsChecked.get(), blobsUnchanged.get(), blobsModified.get(), blobsMissing.get(), 0,
            blobBytes.get()),
        sorted);
  }

  /**
   * Hashes the new files and lists a missing file whose recorded hash a new file has once, as
   * moved (renamed or moved within the roots), with both paths. Counts are unchanged: a move is
   * still one file missing and one new. Cost: one read of every new file.
   */
  private List<CustodyReport.Finding> pairMoves(List<CustodyReport.Finding> all) {
    java.util.Map<String, java.util.Deque<CustodyReport.Finding>> missingByHash = new java.util.HashMap<>();
    for (CustodyReport.Finding f : all) {
      if ("file".equals(f.kind()) && "missing".equals(f.state())) {
        missingByHash.computeIfAbsent(f.expectedSha256(), k -> new java.util.ArrayDeque<>()).add(f);
      }
    }
    if (missingByHash.isEmpty()) {
      return all;
    }
    List<CustodyReport.Finding> out = new ArrayList<>();
    Set<CustodyReport.Finding> paired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (CustodyReport.Finding f : all) {
      if (!"file".equals(f.kind()) || !"new".equals(f.state())) {
        continue;
      }
      String actual;
      try {
        actual = sha256(org.istraga.store.RawPaths.resolve(f.path()), fileBytes);
      } catch (IOException e) {
        continue; // stays listed as new
      }
      java.util.Deque<CustodyReport.Finding> from = missingByHash.get(actual);
      CustodyReport.Finding old = from == null ? null : from.poll();
      if (old != null) {
        paired.add(old);
        paired.add(f);
        out.add(new CustodyReport.Finding("file", "moved", f.path(), actual, actual, old.path()));
      }
    }
    for (CustodyReport.Finding f : all) {
      if (!paired.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The ledger head recorded with the index's last commit (every ingest, OCR and re-tagging commit
   * records it), or null for an empty index or one written before heads were recorded.
   */
  private String committedLedgerHead() throws IOException {
    try (CaseIndex index = CaseIndex.openReader(kase)) {
      String head = index.commitData().get("ledger_head");
      return head == null || head.equals(CustodyLedger.GENESIS) ? null : head;
    }
  }

  /**
   * The chain result with one more problem: the head the index was committed with is not a line
   * of the ledger. A chain check alone cannot see entries cut from the end of the ledger (what
   * remains is a valid chain); the index's commit remembers how far the ledger went.
   */
  static LedgerVerifier.Result withCommittedHeadMissing(LedgerVerifier.Result chain, String committedHead) {
    List<LedgerVerifier.Problem> problems = new ArrayList<>(chain.problems());
    problems.add(new LedgerVerifier.Problem(chain.entries() + 1, -1,
        "entries missing at the end: the case's index was last committed when the ledger's head was "
            + committedHead + ", and no line of the ledger has that hash (lines were removed from the end, "
            + "or the ledger was replaced)"));
    return new LedgerVerifier.Result(chain.entries(), chain.head(), false, chain.incompleteTail(),
        List.copyOf(problems));
  }

  private void checkFile(String path, String expected) {
    filesChecked.incrementAndGet();
    Path p = org.istraga.store.RawPaths.resolve(path);
    try {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        filesMissing.incrementAndGet();
        finding("file", "missing", path, expected, null);
        return;
      }
      String actual = sha256(p, fileBytes);
      if (actual.equals(expected)) {
        filesUnchanged.incrementAndGet();
      } else {
        filesModified.incrementAndGet();
        finding("file", "modified", path, expected, actual);
      }
    } catch (NoSuchFileException e) {
      filesMissing.incrementAndGet();
      finding("file", "missing", path, expected, null);
    } catch (IOException e) {
      filesModified.incrementAndGet();
      finding("file", "unreadable", path, expected, null);
    }
  }

  private void checkBlob(BlobStore blobs, DocumentRecord r) {
    blobsChecked.incrementAndGet();
    Path p = blobs.path(r.id);
    try {
      if (!Files.isRegularFile(p)) {
        blobsMissing.incrementAndGet();
        finding("blob", "missing", p.toString(), r.id, null);
        return;
      }
      String actual = sha256(p, blobBytes);
      if (actual.equals(r.id)) {
        blobsUnchanged.incrementAndGet();
      } else {
        blobsModified.incrementAndGet();
        finding("blob", "modified", p.toString(), r.id, actual);
      }
    } catch (IOException e) {
      blobsModified.incrementAndGet();
      finding("blob", "unreadable", p.toString(), r.id, null);
    }
  }

  /**
   * The roots of every run, each walked once: a root inside another run's folder root is covered
   * by it (ingest A, then A/sub: a new file in A/sub is one new file, not two).
   */
  static List<Path> outermost(Set<String> roots) {
    List<Path> all = new ArrayList<>();
    for (String r : roots) {
      Path p = org.istraga.store.RawPaths.resolve(r).toAbsolutePath().normalize();
      if (!all.contains(p)) {
        all.add(p);
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path p : all) {
      boolean inside = false;
      for (Path other : all) {
        if (!other.equals(p) && p.startsWith(other) && Files.isDirectory(other, LinkOption.NOFOLLOW_LINKS)) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(p);
      }
    }
    return out;
  }

  private void findNew(Path root, Fingerprints present) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
      if (!present.contains(org.istraga.store.RawPaths.display(root))) {
        filesNew.incrementAndGet();
        finding("file", "new", org.istraga.store.RawPaths.display(root), null, null);
      }
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !present.contains(org.istraga.store.RawPaths.display(file))) {
          filesNew.incrementAndGet();
          finding("file", "new", org.istraga.store.RawPaths.display(file), null, null);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** SHA-256 with one sequential read through a large direct buffer. */
  static String sha256(Path p, AtomicLong bytes) throws IOException {
    java.security.MessageDigest md;
    try {
      md = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    ByteBuffer buf = BUFFERS.get();
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
      buf.clear();
      int n;
      while ((n = ch.read(buf)) != -1) {
        buf.flip();
        md.update(buf);
        buf.clear();
        bytes.addAndGet(n);
      }
    }
    return java.util.HexFormat.of().formatHex(md.digest());
  }

  private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(1 << 20));

  private void finding(String kind, String state, String path, String expected, String actual) {
    if (findings.size() < MAX_FINDINGS) {
      findings.add(new CustodyReport.Finding(kind, state, path, expected, actual));
    }
  }

  private void progress(long started) {
    double secs = Math.max(0.001, (System.currentTimeMillis() - started) / 1000.0);
    double mb = (fileBytes.get() + blobBytes.get()) / 1e6;
    progressOut.printf(Locale.ROOT, "\rverify: %d files, %d blobs, %.1f MB, %.1f MB/s",
        filesChecked.get(), blobsChecked.get(), mb, mb / secs);
    progressOut.flush();
  }

  private static void submit(ExecutorService pool, BlockingQueue<Future<?>> pending, Runnable task)
      throws InterruptedException, IOException {
    while (pending.remainingCapacity() == 0) {
      await(pending.take());
    }
    pending.put(pool.submit(task));
  }

  private static void drain(BlockingQueue<Future<?>> pending) throws InterruptedException, IOException {
    Future<?> f;
    while ((f = pending.poll()) != null) {
      await(f);
    }
  }

  private static void await(Future<?> f) throws InterruptedException, IOException {
    try {
      f.get();
    } catch (ExecutionException e) {
      throw new IOException("verification task failed: " + e.getCause(), e.getCause());
    }
  }
}
