package org.istraga.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.provenance.CustodyLedger;
import org.istraga.store.Fingerprints;

/**
 * After a complete walk, finds files ingested earlier under the walked roots that the walk no
 * longer met, marks their occurrences (and those of children inside them) as missing, and records
 * each in the custody ledger. Documents are never deleted: a missing file stays searchable as
 * evidence, flagged as no longer present.
 */
final class MissingFiles {

  private final DocumentStore store;
  private final CaseIndex index;
  private final CustodyLedger ledger;
  private final Fingerprints seen;
  private final java.util.Set<String> vanished;
  private final List<String> unreachable;
  private final String runId;
  private final AtomicLong missingCount;
  private final AtomicLong elsewhereCount;

  /**
   * @param seen display paths of the files the walk listed (frozen)
   * @param vanished display paths of files listed but gone when a worker came to read them:
   *     missing although listed
   * @param unreachable display paths of files and folders the walk could not read or list: what
   *     lies under them is not known to be gone, so it is not marked missing
   * @param missingCount counts the file paths marked missing
   * @param elsewhereCount counts those of them whose document is still present as a file elsewhere
   */
  MissingFiles(DocumentStore store, CaseIndex index, CustodyLedger ledger, Fingerprints seen,
      java.util.Set<String> vanished, List<String> unreachable, String runId, AtomicLong missingCount, AtomicLong elsewhereCount) {
    this.elsewhereCount = elsewhereCount;
    this.store = store;
    this.index = index;
    this.ledger = ledger;
    this.seen = seen;
    this.vanished = java.util.Set.copyOf(vanished);
    this.unreachable = List.copyOf(unreachable);
    this.runId = runId;
    this.missingCount = missingCount;
  }

  void mark(List<Path> roots) throws IOException {
    for (Path root : roots) {
      String r = org.istraga.store.RawPaths.display(root.toAbsolutePath().normalize());
      List<String> ids = idsUnder(r);
      for (String id : ids) {
        store.update(id, rec -> markIn(rec, r));
      }
    }
  }

  private DocumentRecord markIn(DocumentRecord rec, String root) {
    if (rec == null) {
      return null;
    }
    List<Occurrence> out = new ArrayList<>(rec.occurrences.size());
    List<Occurrence> gone = new ArrayList<>();
    for (Occurrence o : rec.occurrences) {
      if (!o.missing() && isUnder(o.path(), root) && !isPresent(o)) {
        out.add(o.withMissing(true));
        gone.add(o);
      } else {
        out.add(o);
      }
    }
    if (gone.isEmpty()) {
      return null;
    }
    // present as a file at a path the walk listed or another root holds (not walked this run)
    boolean elsewhere = out.stream().anyMatch(o -> !o.isEmbedded() && !o.missing());
    for (Occurrence o : gone) {
      if (o.isEmbedded()) {
        continue;
      }
      missingCount.incrementAndGet();
      if (elsewhere) {
        elsewhereCount.incrementAndGet();
      }
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("run", runId);
      e.put("path", o.path());
      e.put("sha256", rec.id);
      e.put("present_elsewhere", elsewhere);
      ledger.append("missing", e);
    }
    rec.occurrences = out;
    return rec;
  }

  /**
   * Ids of the documents with a path at or under {@code root}, in index order, read from the id's
   * doc values: no stored record is decoded here (each is read once, by the update that checks it).
   */
  private List<String> idsUnder(String root) throws IOException {
    Query q = new PrefixQuery(new Term(IndexSchema.PATH_KEY, root.endsWith("/") ? root : root + "/"));
    try (CaseIndex.Handle h = index.searcher()) {
      List<String> ids = new ArrayList<>(h.ids(q));
      ids.addAll(h.ids(new TermQuery(new Term(IndexSchema.PATH_KEY, root))));
      return ids;
    }
  }

  /**
   * True when the file holding this occurrence was listed by the walk, or sits under a folder the
   * walk could not read. A file's path is its whole display path, even when a folder name in it
   * ends with {@code !}; an embedded item's file is the part of its path before one of the
   * {@code !/} separators, and since folder and file names may contain {@code !/} sequences too,
   * each such prefix is tried.
   */
  private boolean isPresent(Occurrence o) {
    String path = o.path();
    if (!o.isEmbedded()) {
      return listed(path) || isUnreachable(path);
    }
    for (int bang = path.indexOf(Occurrence.EMBED_SEPARATOR); bang >= 0;
        bang = path.indexOf(Occurrence.EMBED_SEPARATOR, bang + 1)) {
      String filePart = path.substring(0, bang);
      if (listed(filePart) || isUnreachable(filePart)) {
        return true;
      }
    }
    return false;
  }

  private boolean listed(String filePath) {
    return seen.contains(filePath) && !vanished.contains(filePath);
  }

  private boolean isUnreachable(String filePath) {
    for (String u : unreachable) {
      if (isUnder(filePath, u)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code path} is {@code dir} or lies below it. */
  static boolean isUnder(String path, String dir) {
    return path.equals(dir) || path.startsWith(dir.endsWith("/") ? dir : dir + "/");
  }
}
