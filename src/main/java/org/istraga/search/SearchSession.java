package org.istraga.search;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.IndexSearcher;
import org.istraga.cases.Case;
import org.istraga.index.CaseIndex;

/**
 * An open case ready to search: the index's last commit, a {@link CaseSearcher} over it with the
 * case's tags, and a small thread pool so that one search uses every core (segments searched and
 * facets counted in parallel). Close it to release the index and the threads.
 *
 * <pre>{@code
 * try (SearchSession s = SearchSession.open(kase)) {
 *   SearchResult r = s.searcher().search(request);
 * }
 * }</pre>
 */
public final class SearchSession implements AutoCloseable {

  /** Most threads one search uses. */
  static final int MAX_THREADS = 4;

  private final CaseIndex index;
  private final CaseIndex.Handle handle;
  private final ExecutorService executor;
  private final CaseSearcher searcher;

  private SearchSession(CaseIndex index, CaseIndex.Handle handle, ExecutorService executor, CaseSearcher searcher) {
    this.index = index;
    this.handle = handle;
    this.executor = executor;
    this.searcher = searcher;
  }

  /**
   * Opens a case for searching (checks its analysis settings first).
   *
   * @param threads threads per search; 0 means one per core, at most {@value #MAX_THREADS}
   */
  public static SearchSession open(Case kase, int threads) throws IOException {
    CaseSearcher.checkAnalysis(kase);
    int n = threads > 0 ? threads : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    CaseIndex index = CaseIndex.openReader(kase);
    CaseIndex.Handle h = null;
    ExecutorService executor = null;
    try {
      h = index.searcher();
      IndexSearcher is = h.searcher();
      if (n > 1 && h.reader().leaves().size() > 1) {
        executor = Executors.newFixedThreadPool(n, daemonThreads());
        is = new IndexSearcher(h.reader(), executor);
      }
      return new SearchSession(index, h, executor, new CaseSearcher(is, TagLookupProvider.forCase(kase), executor));
    } catch (IOException | RuntimeException e) {
      if (executor != null) {
        executor.shutdownNow();
      }
      if (h != null) {
        h.close();
      }
      index.close();
      throw e;
    }
  }

  /** Opens a case with one thread per core. */
  public static SearchSession open(Case kase) throws IOException {
    return open(kase, 0);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "istraga-search-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  public CaseSearcher searcher() {
    return searcher;
  }

  /** The index handle (for record lookups). */
  public CaseIndex.Handle handle() {
    return handle;
  }

  public CaseIndex index() {
    return index;
  }

  @Override
  public void close() throws IOException {
    try {
      if (executor != null) {
        executor.shutdownNow();
      }
      handle.close();
    } finally {
      index.close();
    }
  }
}
