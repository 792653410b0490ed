package org.istraga.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.DocumentMapper;
import org.istraga.index.IndexSchema;

/**
 * Read-your-writes access to document records during an ingest. Records written since the last
 * refresh are served from memory; older ones from the index's near-real-time searcher. Updates of
 * one document are serialized by a per-id lock, so concurrent workers that meet the same bytes
 * (a duplicate file, an attachment shared by many e-mails) merge their occurrences instead of
 * overwriting each other.
 *
 * <p>Thread-safe. Memory: at most about {@link #MAX_PENDING} records are held before a refresh.
 */
final class DocumentStore {

  static final int MAX_PENDING = 256;
  static final long MAX_PENDING_CHARS = 32L << 20;

  private final CaseIndex index;
  private final Map<String, DocumentRecord> pending = new ConcurrentHashMap<>();
  private final ReentrantLock[] locks = new ReentrantLock[1024];
  private final ReentrantReadWriteLock refreshLock = new ReentrantReadWriteLock();
  private long pendingChars;

  DocumentStore(CaseIndex index) {
    this.index = index;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** The current record of a document, or null. */
  DocumentRecord get(String id) throws IOException {
    refreshLock.readLock().lock();
    try {
      DocumentRecord r = pending.get(id);
      return r != null ? r : index.get(id);
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  /**
   * Atomically updates one document: {@code change} receives the current record (or null) and
   * returns the record to store (or null to leave it as is). Updates of the same id are
   * serialized; {@code change} must not call back into the store.
   */
  DocumentRecord update(String id, UnaryOperator<DocumentRecord> change) throws IOException {
    ReentrantLock lock = locks[Math.floorMod(id.hashCode(), locks.length)];
    lock.lock();
    try {
      DocumentRecord next = change.apply(get(id));
      if (next != null) {
        put(next);
      }
      return next;
    } finally {
      lock.unlock();
    }
  }

  private void put(DocumentRecord r) throws IOException {
    boolean refresh;
    refreshLock.readLock().lock();
    try {
      index.put(r);
      DocumentRecord prev = pending.put(r.id, r);
      synchronized (this) {
        pendingChars += r.text.length() - (prev == null ? 0 : prev.text.length());
        refresh = pending.size() > MAX_PENDING || pendingChars > MAX_PENDING_CHARS;
      }
    } finally {
      refreshLock.readLock().unlock();
    }
    if (refresh) {
      refresh();
    }
  }

  /** Makes pending writes visible in the searcher and drops them from memory. */
  void refresh() throws IOException {
    refreshLock.writeLock().lock();
    try {
      index.refresh();
      pending.clear();
      synchronized (this) {
        pendingChars = 0;
      }
    } finally {
      refreshLock.writeLock().unlock();
    }
  }

  /** True when this file path was ingested with this size and modification time. */
  boolean isUnchanged(String path, long size, long mtime) throws IOException {
    String key = DocumentMapper.fileKey(path, size, mtime);
    refreshLock.readLock().lock();
    try {
      for (DocumentRecord r : pending.values()) {
        for (Occurrence o : r.occurrences) {
          if (!o.isEmbedded() && !o.missing() && o.path().equals(path) && r.size == size
              && o.mtime() != null && o.mtime() == mtime) {
            return true;
          }
        }
      }
      try (CaseIndex.Handle h = index.searcher()) {
        return h.searcher().count(new TermQuery(new Term(IndexSchema.FILE_KEY, key))) > 0;
      }
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  /** Ids of documents that list this exact path among their occurrences. */
  List<String> idsAtPath(String path) throws IOException {
    List<String> ids = new ArrayList<>();
    refreshLock.readLock().lock();
    try {
      for (DocumentRecord r : pending.values()) {
        for (Occurrence o : r.occurrences) {
          if (o.path().equals(path) && !o.missing()) {
            ids.add(r.id);
            break;
          }
        }
      }
      try (CaseIndex.Handle h = index.searcher()) {
        TopDocs td = h.searcher().search(new TermQuery(new Term(IndexSchema.PATH_KEY, path)), 1000);
        for (ScoreDoc sd : td.scoreDocs) {
          String id = h.get(sd.doc).id;
          if (!ids.contains(id)) {
            ids.add(id);
          }
        }
      }
    } finally {
      refreshLock.readLock().unlock();
    }
    return ids;
  }
}
