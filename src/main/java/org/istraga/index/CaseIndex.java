package org.istraga.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.document.DocumentIds;
import org.istraga.document.DocumentRecord;

/**
 * The Lucene index of one case: a writer (for the one process holding the case's write lock) or a
 * reader of the last commit (for everyone else; readers work while an ingest runs and see its
 * progress at each commit).
 *
 * <p>Thread-safety: all methods are thread-safe. Searchers come from a {@link SearcherManager};
 * {@link #searcher()} returns a handle that must be closed.
 */
public final class CaseIndex implements Closeable {

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets;
  private final DocumentMapper mapper;

  private CaseIndex(Directory dir, IndexWriter writer, SearcherManager searchers) {
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
    this.facets = IndexSchema.newFacetsConfig();
    this.mapper = new DocumentMapper(facets);
  }

  /**
   * Opens the index for writing. The caller must hold the case's {@code CaseLock}.
   */
  public static CaseIndex openWriter(Case c) {
    Path p = c.layout().index();
    try {
      Files.createDirectories(p);
      Directory dir = FSDirectory.open(p);
      IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      cfg.setMergePolicy(mergePolicy());
      cfg.setCommitOnClose(false);
      IndexWriter w = new IndexWriter(dir, cfg);
      return new CaseIndex(dir, w, new SearcherManager(w, null));
    } catch (IOException e) {
      throw IstragaException.io("cannot open the index of case " + c.root() + " for writing: " + e.getMessage(), e);
    }
  }

  /** Segments allowed per merge tier, and merged at once: half Lucene's default. */
  static final double SEGMENTS_PER_TIER = 5;

  /**
   * Segments smaller than this count as this large when the merge policy decides how many
   * segments an index may keep (Lucene's default: 2 MB). Every segment below it sits in one tier.
   */
  static final double FLOOR_SEGMENT_MB = 256;

  /**
   * A case is written once and searched many times, and every query pays a fixed cost per segment
   * (a term lookup per field, a doc-values reader and an ordinal mapping per facet). Half as many
   * segments per tier as Lucene's default and a floor of {@value #FLOOR_SEGMENT_MB} MB, below which
   * segments are not told apart by size, keep a million-document index (20 GB) near 10 segments
   * where Lucene's defaults leave about 50 and half-tiers alone about 25 (docs/benchmarks.md,
   * "Search"). The price is more merging while ingesting: the small segments of each flush are
   * merged about one tier earlier, which costs little next to analysis.
   */
  static TieredMergePolicy mergePolicy() {
    TieredMergePolicy p = new TieredMergePolicy();
    p.setSegmentsPerTier(SEGMENTS_PER_TIER);
    p.setMaxMergeAtOnce((int) SEGMENTS_PER_TIER);
    p.setFloorSegmentMB(FLOOR_SEGMENT_MB);
    return p;
  }

  /** Opens the last committed state of the index for reading (empty when nothing was committed yet). */
  public static CaseIndex openReader(Case c) {
    Path p = c.layout().index();
    try {
      if (!Files.isDirectory(p)) {
        Files.createDirectories(p);
      }
      Directory dir = FSDirectory.open(p);
      if (!DirectoryReader.indexExists(dir)) {
        return new CaseIndex(dir, null, null);
      }
      return new CaseIndex(dir, null, new SearcherManager(dir, null));
    } catch (IOException e) {
      throw IstragaException.io("cannot open the index of case " + c.root() + ": " + e.getMessage(), e);
    }
  }

  /** A searcher over the current state; close the handle to release it. */
  public Handle searcher() throws IOException {
    if (searchers == null) {
      return new Handle(null, new IndexSearcher(new org.apache.lucene.index.MultiReader()));
    }
    return new Handle(searchers, searchers.acquire());
  }

  /** Makes recent writes visible to {@link #searcher()} (writer) or picks up a newer commit (reader). */
  public void refresh() throws IOException {
    if (searchers != null) {
      searchers.maybeRefreshBlocking();
    }
  }

  public FacetsConfig facetsConfig() {
    return facets;
  }

  public DocumentMapper mapper() {
    return mapper;
  }

  public boolean isWritable() {
    return writer != null;
  }

  /** Adds or replaces the document with the record's id. */
  public void put(DocumentRecord r) throws IOException {
    requireWriter().updateDocument(new Term(IndexSchema.ID, r.id), mapper.toDocument(r));
  }

  /** Durably commits everything written so far, with commit user data (e.g. the ledger head). */
  public void commit(Map<String, String> userData) throws IOException {
    IndexWriter w = requireWriter();
    w.setLiveCommitData(new HashMap<>(userData).entrySet());
    w.commit();
  }

  /**
   * Lets the merge policy finish the merges it wants, waits for them, and commits the result with
   * the user data of the last {@link #commit}. Closing a writer rolls back to the last commit and
   * aborts merges still running, so without this the last segments of a run stay unmerged (and
   * every query pays for them). Blocks; cost proportional to the segments merged.
   */
  public void commitMerged() throws IOException {
    IndexWriter w = requireWriter();
    MergeScheduler scheduler = w.getConfig().getMergeScheduler();
    do { // a finished merge may leave the policy wanting the next one: ask again until it wants none
      w.maybeMerge();
      if (scheduler instanceof ConcurrentMergeScheduler cms) {
        cms.sync(); // IndexWriter.waitForMerges is not public
      }
    } while (w.hasPendingMerges());
    w.commit();
  }

  /** User data of the last commit, or empty. */
  public Map<String, String> commitData() throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return Map.of();
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      return r.getIndexCommit().getUserData();
    }
  }

  /**
   * The record of one document by id or unique prefix, from the case's last commit. Opens and
   * closes the index: for several lookups open a reader and use {@link #resolve} and {@link #get}.
   *
   * @throws IstragaException USAGE for a malformed id, NOT_FOUND when nothing matches or the
   *     prefix is ambiguous
   */
  public static DocumentRecord record(Case c, String idOrPrefix) throws IOException {
    try (CaseIndex index = openReader(c)) {
      return index.get(index.resolve(idOrPrefix));
    }
  }

  /** The record with this full id, or null. Reads the searcher's current view. */
  public DocumentRecord get(String sha256) throws IOException {
    try (Handle h = searcher()) {
      return h.get(sha256);
    }
  }

  /**
   * Resolves a full id or a unique prefix (at least 4 hex characters), like git.
   *
   * @throws IstragaException USAGE for a malformed id, NOT_FOUND when nothing matches or the
   *     prefix is ambiguous
   */
  public String resolve(String idOrPrefix) throws IOException {
    String p = DocumentIds.normalizePrefix(idOrPrefix);
    if (p == null) {
      throw IstragaException.usage("'" + idOrPrefix + "' is not a document id: give at least "
          + DocumentIds.MIN_PREFIX + " hex characters of a SHA-256 (ids are shown by search)");
    }
    try (Handle h = searcher()) {
      TopDocs td = h.searcher().search(new PrefixQuery(new Term(IndexSchema.ID, p)), 4);
      if (td.totalHits.value == 0) {
        throw IstragaException.notFound("no document with id " + idOrPrefix + " in this case");
      }
      if (td.scoreDocs.length > 1) {
        java.util.List<String> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(3, td.scoreDocs.length); i++) {
          candidates.add(h.get(td.scoreDocs[i].doc).id.substring(0, Math.max(12, p.length() + 2)));
        }
        throw IstragaException.notFound("id prefix " + idOrPrefix + " is ambiguous: "
            + String.join(", ", candidates) + (td.scoreDocs.length > 3 ? ", ..." : "")
            + " start with it; give more characters");
      }
      return h.get(td.scoreDocs[0].doc).id;
    }
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
    return writer;
  }

  /** The underlying writer, for components that stream large batches (re-indexing). */
  public IndexWriter writer() {
    return requireWriter();
  }

  @Override
  public void close() throws IOException {
    try {
      if (searchers != null) {
        searchers.close();
      }
    } finally {
      try {
        if (writer != null) {
          writer.rollback();
        }
      } finally {
        dir.close();
      }
    }
  }

  /**
   * What {@link Handle#forEachRecord} calls with each record; {@code E} is a further checked
   * exception it may throw (none: {@code RuntimeException}).
   */
  @FunctionalInterface
  public interface RecordVisitor<E extends Exception> {
    void visit(DocumentRecord record) throws IOException, E;
  }

  /** A searcher on loan; close it to give it back. */
  public static final class Handle implements AutoCloseable {
    private final SearcherManager owner;
    private final IndexSearcher searcher;

    Handle(SearcherManager owner, IndexSearcher searcher) {
      this.owner = owner;
      this.searcher = searcher;
    }

    public IndexSearcher searcher() {
      return searcher;
    }

    public IndexReader reader() {
      return searcher.getIndexReader();
    }

    /** The record with this full id, or null. */
    public DocumentRecord get(String sha256) throws IOException {
      TopDocs td = searcher.search(new TermQuery(new Term(IndexSchema.ID, sha256)), 1);
      if (td.scoreDocs.length == 0) {
        return null;
      }
      return get(td.scoreDocs[0].doc);
    }

    /** The record stored for a Lucene doc number. */
    public DocumentRecord get(int docNum) throws IOException {
      Document stored = searcher.storedFields().document(docNum);
      return DocumentMapper.fromStored(stored);
    }

    /**
     * The ids of the documents matching {@code q}, read from the id's doc values (no stored
     * fields are decoded), in index order. Cost: linear in the matches; meant for selective
     * queries (a path, a file key).
     */
    public List<String> ids(Query q) throws IOException {
      List<String> out = new ArrayList<>();
      Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        SortedDocValues idValues = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if ((live == null || live.get(doc)) && idValues.advanceExact(doc)) {
            out.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
          }
        }
      }
      return out;
    }

    /**
     * Calls {@code visitor} with every record of this searcher's point-in-time view, in index
     * order (documents added or replaced meanwhile, even by the visitor, are not visited). Cost:
     * one stored-fields read per document, no scoring; memory: one record at a time. Stops at the
     * visitor's first exception, which it rethrows.
     */
    public <E extends Exception> void forEachRecord(RecordVisitor<E> visitor) throws IOException, E {
      StoredFields stored = searcher.storedFields();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        int max = leaf.reader().maxDoc();
        for (int doc = 0; doc < max; doc++) {
          if (live == null || live.get(doc)) {
            visitor.visit(DocumentMapper.fromStored(stored.document(leaf.docBase + doc)));
          }
        }
      }
    }

    /** Lucene doc number of an id, or -1. */
    public int docNum(String sha256) throws IOException {
      TopDocs td = searcher.search(new TermQuery(new Term(IndexSchema.ID, sha256)), 1);
      ScoreDoc[] sd = td.scoreDocs;
      return sd.length == 0 ? -1 : sd[0].doc;
    }

    @Override
    public void close() throws IOException {
      if (owner != null) {
        owner.release(searcher);
      }
    }
  }
}
