package org.istraga.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.DocumentMapper;
import org.istraga.index.IndexSchema;

/**
 * Read-your-writes access to document records during an ingest. Records written since the last
 * refresh are served from memory; older ones from the index's near-real-time searcher. Pending
 * records are written to the index only at a {@link #refresh()}, once each however often they
 * changed: a document met many times (100,000 identical entries of one archive, a logo attached to
 * every e-mail of a leak) would otherwise be indexed again, with all its places, at every new
 * place, which costs time quadratic in its number of places. Updates of
 * one document are serialized by a per-id lock, so concurrent workers that meet the same bytes
 * (a duplicate file, an attachment shared by many e-mails) merge their occurrences instead of
 * overwriting each other.
 *
 * <p>A refresh makes Lucene write the buffered documents as a new segment, so the store refreshes
 * rarely: when {@link #MAX_PENDING} records or {@link #MAX_PENDING_CHARS} characters of text are
 * pending (about as much text as the writer's RAM buffer holds), not after every few hundred
 * documents. Pending records are found by id, by path and by file key (path, size and
 * modification time) in constant time, however many are pending.
 *
 * <p>Thread-safe. Memory: the pending records, at most about {@link #MAX_PENDING_CHARS} characters
 * of text.
 */
final class DocumentStore {

  static final int MAX_PENDING = 8192;
  static final long MAX_PENDING_CHARS = 32L << 20;

  private final CaseIndex index;
  private final Map<String, DocumentRecord> pending = new ConcurrentHashMap<>();
  /** Ids of pending records by the file key of each of their unembedded, present occurrences. */
  private final Map<String, Set<String>> pendingByFileKey = new ConcurrentHashMap<>();
  /** Ids of pending records by each path they list (present, missing or replaced there). */
  private final Map<String, Set<String>> pendingByPath = new ConcurrentHashMap<>();
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
    DocumentRecord next;
    boolean refresh;
    ReentrantLock lock = locks[Math.floorMod(id.hashCode(), locks.length)];
    lock.lock();
    try {
      next = change.apply(get(id));
      if (next == null) {
        return null;
      }
      refresh = put(next);
    } finally {
      lock.unlock();
    }
    if (refresh) {
      refresh();
    }
    return next;
  }

  /** Makes {@code r} the pending version of its record; true when the pending records should be written. */
  private boolean put(DocumentRecord r) {
    boolean refresh;
    refreshLock.readLock().lock();
    try {
      DocumentRecord prev = pending.get(r.id); // stable: the caller holds the id's lock
      list(r, prev); // its places first, so a lookup that sees it pending also finds them
      pending.put(r.id, r);
      synchronized (this) {
        pendingChars += r.text.length() - (prev == null ? 0 : prev.text.length());
        refresh = pending.size() > MAX_PENDING || pendingChars > MAX_PENDING_CHARS;
      }
    } finally {
      refreshLock.readLock().unlock();
    }
    return refresh;
  }

  /**
   * Writes the pending records to the index, makes them visible in the searcher and drops them
   * from memory. Call it before committing the index: records still pending are not in a commit.
   * Blocks updates while it runs. Cost: indexing every pending record once.
   */
  void refresh() throws IOException {
    refreshLock.writeLock().lock();
    try {
      for (DocumentRecord r : pending.values()) {
        index.put(r);
      }
      index.refresh();
      pending.clear();
      pendingByFileKey.clear();
      pendingByPath.clear();
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
      if (pendingByFileKey.containsKey(key)) {
        return true;
      }
      try (CaseIndex.Handle h = index.searcher()) {
        for (String id : h.ids(new TermQuery(new Term(IndexSchema.FILE_KEY, key)))) {
          if (!pending.containsKey(id)) {
            return true; // a pending version of that record would have listed the key
          }
        }
        return false;
      }
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  /**
   * Ids of documents that list this exact path among their occurrences, present or marked
   * missing or replaced there; a pending record's version supersedes the searcher's.
   */
  List<String> idsAtPath(String path) throws IOException {
    refreshLock.readLock().lock();
    try {
      Set<String> pendingHere = pendingByPath.getOrDefault(path, Set.of());
      List<String> ids = new ArrayList<>(pendingHere);
      try (CaseIndex.Handle h = index.searcher()) {
        for (String id : h.ids(new TermQuery(new Term(IndexSchema.PATH_KEY, path)))) {
          if (!pending.containsKey(id) && !ids.contains(id)) {
            ids.add(id);
          }
        }
      }
      return ids;
    } finally {
      refreshLock.readLock().unlock();
    }
  }

  /**
   * Records where {@code r} can be found while it is pending, and forgets the places only its
   * previous version {@code prev} (or null) had. New places are listed before old ones are
   * dropped, so a concurrent lookup never misses a place both versions share. The caller holds
   * the id's lock.
   */
  private void list(DocumentRecord r, DocumentRecord prev) {
    Set<String> paths = new HashSet<>();
    Set<String> fileKeys = new HashSet<>();
    places(r, paths, fileKeys);
    for (String p : paths) {
      pendingByPath.computeIfAbsent(p, k -> ConcurrentHashMap.newKeySet()).add(r.id);
    }
    for (String k : fileKeys) {
      pendingByFileKey.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(r.id);
    }
    if (prev == null) {
      return;
    }
    Set<String> oldPaths = new HashSet<>();
    Set<String> oldKeys = new HashSet<>();
    places(prev, oldPaths, oldKeys);
    oldPaths.removeAll(paths);
    oldKeys.removeAll(fileKeys);
    for (String p : oldPaths) {
      pendingByPath.computeIfPresent(p, (k, ids) -> ids.remove(r.id) && ids.isEmpty() ? null : ids);
    }
    for (String k : oldKeys) {
      pendingByFileKey.computeIfPresent(k, (x, ids) -> ids.remove(r.id) && ids.isEmpty() ? null : ids);
    }
  }

  /**
   * The paths a record lists, and the file keys of those where it is present as a file (not
   * embedded, not missing): what the index's path and file-key fields hold.
   */
  private static void places(DocumentRecord r, Set<String> paths, Set<String> fileKeys) {
    for (Occurrence o : r.occurrences) {
      paths.add(o.path());
      if (!o.isEmbedded() && o.mtime() != null && !o.missing()) {
        fileKeys.add(DocumentMapper.fileKey(o.path(), r.size, o.mtime()));
      }
    }
  }
}
