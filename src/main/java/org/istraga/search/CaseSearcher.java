package org.istraga.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.Analyzers;
import org.istraga.index.DocumentMapper;
import org.istraga.index.EntityFields;
import org.istraga.index.IndexSchema;

/**
 * Searches one case index: parses queries ({@link CaseQueryParser}), applies filters, counts
 * facets exactly (drill-down and drill-sideways), pages with cursors and builds page-labelled
 * snippets.
 *
 * <p>How a search runs: one pass over all matching documents collects the exact total and the
 * facet counts without computing scores (for a filtered dimension, a sideways pass gives the counts
 * as if that filter were off, so a user can switch values). A second pass finds the page of hits
 * in the requested order; it may stop early (block-max WAND) because the total is already known.
 * Without facets the total comes from {@link IndexSearcher#count}, which answers simple queries
 * from index statistics.
 *
 * <p>One instance per index searcher (it caches facet ordinals); not thread-safe.
 */
public final class CaseSearcher {

  /**
   * Most leaf clauses a query may have. A bare word is looked up in nine fields, so Lucene's
   * default of 1,024 stopped a pasted list of about 110 names joined with OR; this allows about
   * 1,800. Lucene keeps the limit per process: it is raised once, never lowered.
   */
  static final int MAX_CLAUSES = 1 << 14;

  static {
    if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
      IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }
  }

  private static final Set<String> SOURCE_ONLY = Set.of(IndexSchema.SOURCE);
  private static final Set<String> SOURCE_AND_TEXT = Set.of(IndexSchema.SOURCE, IndexSchema.TEXT);

  private final IndexSearcher searcher;
  private final FacetsConfig config;
  private final TagLookup tags;
  private final FacetCounter facets;
  private final Set<String> indexedFields;
  private final ExecutorService executor;
  private SnippetHighlighter highlighter;

  /** A searcher that works on the caller's thread only. */
  public CaseSearcher(IndexSearcher searcher, TagLookup tags) {
    this(searcher, tags, null);
  }

  /**
   * A searcher that also uses {@code executor}: give the same executor to the {@link
   * IndexSearcher} so that segments are searched in parallel; facet dimensions are then counted in
   * parallel too. The caller owns the executor.
   */
  public CaseSearcher(IndexSearcher searcher, TagLookup tags, ExecutorService executor) {
    this.executor = executor;
    this.searcher = searcher;
    this.config = IndexSchema.newFacetsConfig();
    this.tags = tags == null ? TagLookup.NONE : tags;
    this.facets = new FacetCounter(searcher.getIndexReader(), config, this.tags);
    this.indexedFields = new HashSet<>();
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      for (FieldInfo fi : ctx.reader().getFieldInfos()) {
        indexedFields.add(fi.name);
      }
    }
  }

  /**
   * Refuses a case whose recorded analysis differs from this build's: its terms would not match
   * the queries this build makes.
   *
   * @throws IstragaException INCOMPATIBLE with the differing field and what to do
   */
  public static void checkAnalysis(Case kase) {
    Map<String, String> recorded = kase.config().analysis();
    Map<String, String> current = Analyzers.describe();
    if (recorded.isEmpty() || recorded.equals(current)) {
      return;
    }
    for (Map.Entry<String, String> e : current.entrySet()) {
      if (!e.getValue().equals(recorded.get(e.getKey()))) {
        throw new IstragaException(IstragaException.Kind.INCOMPATIBLE, "case " + kase.root()
            + " was indexed with other analysis settings (" + e.getKey() + ": '" + recorded.get(e.getKey())
            + "' instead of '" + e.getValue() + "'); re-ingest it into a new case with this Istraga");
      }
    }
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** The tag lookup this searcher reads. */
  public TagLookup tags() {
    return tags;
  }

  /** Facet names this case can count. */
  public Set<String> facetNames() {
    return facets.dimensions();
  }

  /**
   * Parses a query.
   *
   * @param currency a currency fixed by a filter (for {@code amount:} ranges), or null
   * @throws IstragaException USAGE with a one-line message pointing at the problem
   */
  public Query parse(String query, String currency) {
    String q = query == null || query.isBlank() ? "*:*" : query;
    try {
      Query parsed = new CaseQueryParser(tags, indexedFields).parse(q);
      return checkSize(QueryFinisher.finish(parsed, currency));
    } catch (ParseException | TokenMgrError e) {
      throw QueryErrors.toUsage(q, e);
    } catch (TooComplexToDeterminizeException e) {
      throw IstragaException.usage("bad query: a wildcard or regular expression is too complex; simplify it");
    } catch (IndexSearcher.TooManyClauses e) {
      throw IstragaException.usage("bad query: too many terms (" + e.getMessage() + "); split it into several searches");
    }
  }

  /**
   * Refuses a query with more leaf clauses than Lucene will run, counted as the searcher counts
   * them, so the user gets a usage error at once instead of a failure in the middle of a search.
   */
  private static Query checkSize(Query q) {
    int[] n = {0};
    q.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }

      @Override
      public void visitLeaf(Query query) {
        n[0]++;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        n[0]++;
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        n[0]++;
      }
    });
    int max = IndexSearcher.getMaxClauseCount();
    if (n[0] > max) {
      throw IstragaException.usage("bad query: too many terms (" + n[0] + " clauses, at most " + max
          + "; a bare word counts 9); split it into several searches, or put one query per line in a file"
          + " for 'istraga hits'");
    }
    return q;
  }

  /** The query of a request with its filters: base query, facet drill-downs and plain filters. */
  Prepared prepare(String query, List<SearchRequest.Filter> filters) throws IOException {
    String currency = null;
    Map<String, List<String>> byDim = new LinkedHashMap<>();
    List<SearchRequest.Filter> plain = new ArrayList<>();
    Set<String> dims = facets.dimensions();
    for (SearchRequest.Filter f : filters) {
      if (dims.contains(f.name()) || IndexSchema.FIXED_FACETS.contains(f.name())) {
        byDim.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.value());
        if (EntityFields.FACET_CURRENCY.equals(f.name())) {
          currency = f.value();
        }
      } else if (QueryField.lookup(f.name()) != null || indexedFields.contains(f.name())) {
        plain.add(f);
        QueryField field = QueryField.lookup(f.name());
        if (field != null && EntityFields.CURRENCY.equals(field.name())) {
          currency = f.value();
        }
      } else {
        throw IstragaException.usage("unknown filter '" + f.name() + "'; use a facet name (" + String.join(", ", dims)
            + ") or a query field (see 'istraga search --help')");
      }
    }
    Query base = parse(query, currency == null ? null : Analyzers.foldKeyword(currency));
    Query restricted = base;
    if (!plain.isEmpty()) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(base, BooleanClause.Occur.MUST);
      for (SearchRequest.Filter f : plain) {
        b.add(parse(f.name() + ":" + filterValue(f.value()), null), BooleanClause.Occur.FILTER);
      }
      restricted = b.build();
    }
    DrillDownQuery ddq = new DrillDownQuery(config, restricted);
    for (Map.Entry<String, List<String>> e : byDim.entrySet()) {
      ddq.add(e.getKey(), facets.drillDown(e.getKey(), e.getValue()));
    }
    return new Prepared(base, byDim.isEmpty() ? restricted : ddq, byDim.isEmpty() ? null : ddq);
  }

  private static String filterValue(String v) {
    if (v.startsWith("[") || v.startsWith("{") || v.startsWith("(") || v.startsWith("\"")) {
      return v;
    }
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A prepared query: the user's query (for snippets), the full query, the drill-down if any. */
  record Prepared(Query base, Query full, DrillDownQuery drillDown) {}

  /** Runs a search request. */
  public SearchResult search(SearchRequest req) throws IOException {
    for (String dim : req.facets()) {
      facets.check(dim);
    }
    Prepared p = prepare(req.query(), req.filters());
    String fingerprint = fingerprint(req);
    Cursor cursor = req.after() == null ? null : Cursor.decode(req.after(), fingerprint);

    long total;
    Map<String, List<FacetValue>> facetValues = new LinkedHashMap<>();
    if (req.facets().isEmpty()) {
      total = searcher.count(p.full());
    } else {
      Counted c = collect(p);
      total = c.total;
      facetValues.putAll(countFacets(req.facets(), c, req.facetTop()));
    }

    TopFieldDocs td = searcher.search(p.full(), new TopFieldCollectorManager(req.sort().sort(), req.limit(),
        cursor == null ? null : cursor.toFieldDoc(), req.limit(), searcher.getSlices().length > 1));
    List<SearchHit> hits = hits(td.scoreDocs, req, p.base());
    long offset = cursor == null ? 0 : cursor.seen;
    String next = null;
    if (td.scoreDocs.length > 0 && offset + td.scoreDocs.length < total) {
      next = Cursor.after(fingerprint, offset + td.scoreDocs.length, (FieldDoc) td.scoreDocs[td.scoreDocs.length - 1]).encode();
    }
    return new SearchResult(req.query(), total, req.sort().label(), offset, hits, facetValues, next);
  }

  /** Counts each requested dimension, in parallel when there is an executor. */
  private Map<String, List<FacetValue>> countFacets(List<String> dims, Counted c, int top) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    if (executor == null || dims.size() < 2) {
      for (String dim : dims) {
        out.put(dim, facets.count(dim, c.sideways.getOrDefault(dim, c.drillDown), top, null));
      }
      return out;
    }
    Map<String, Future<List<FacetValue>>> tasks = new LinkedHashMap<>();
    for (String dim : dims) {
      FacetsCollector fc = c.sideways.getOrDefault(dim, c.drillDown);
      tasks.put(dim, executor.submit(() -> facets.count(dim, fc, top, null)));
    }
    for (Map.Entry<String, Future<List<FacetValue>>> e : tasks.entrySet()) {
      try {
        out.put(e.getKey(), e.getValue().get());
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while counting facet " + e.getKey(), ie);
      } catch (ExecutionException ee) {
        Throwable cause = ee.getCause();
        if (cause instanceof IOException) {
          throw (IOException) cause;
        }
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IOException("counting facet " + e.getKey() + " failed", cause);
      }
    }
    return out;
  }

  /** Exact total and facet collectors of a prepared query. */
  Counted collect(Prepared p) throws IOException {
    if (p.drillDown() == null) {
      FacetsCollector fc = searcher.search(p.full(), new FacetsCollectorManager());
      long total = 0;
      for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
        total += md.totalHits;
      }
      return new Counted(total, fc, Map.of());
    }
    DrillSideways ds = new CountingDrillSideways(searcher, config);
    DrillSideways.ConcurrentDrillSidewaysResult<Integer> r = ds.search(p.drillDown(), new TotalHitCountCollectorManager());
    Map<String, FacetsCollector> sideways = new LinkedHashMap<>();
    for (int i = 0; i < r.drillSidewaysDims.length; i++) {
      sideways.put(r.drillSidewaysDims[i], r.drillSidewaysFacetsCollector[i]);
    }
    return new Counted(r.collectorResult, r.drillDownFacetsCollector, sideways);
  }

  /** Totals and collectors: drill-down for every dimension, sideways for filtered ones. */
  record Counted(long total, FacetsCollector drillDown, Map<String, FacetsCollector> sideways) {}

  /**
   * The values of one facet over the documents matching a query and filters.
   *
   * @param under for {@code folder}, the folder whose subfolders to list (null: where folders
   *     first branch)
   */
  public FacetListing facet(String query, List<SearchRequest.Filter> filters, String dim, int top, String under)
      throws IOException {
    facets.check(dim);
    if (under != null && !config.getDimConfig(dim).hierarchical) {
      throw IstragaException.usage("--under applies to hierarchical facets (" + String.join(", ", IndexSchema.HIERARCHICAL_FACETS)
          + "), not to " + dim);
    }
    Prepared p = prepare(query, filters);
    Counted c = collect(p);
    FacetsCollector fc = c.sideways.getOrDefault(dim, c.drillDown);
    String[] path = under == null ? null : DocumentMapper.folderParts(under);
    return new FacetListing(query == null || query.isBlank() ? "*:*" : query, c.total, dim,
        facets.count(dim, fc, top, path));
  }

  /** Documents matching a query (no filters). */
  public long count(Query q) throws IOException {
    return searcher.count(q);
  }

  private List<SearchHit> hits(ScoreDoc[] docs, SearchRequest req, Query base) throws IOException {
    List<SearchHit> out = new ArrayList<>(docs.length);
    DocumentRecord[] records = new DocumentRecord[docs.length];
    boolean withText = req.snippets() && !(base instanceof MatchAllDocsQuery);
    int[] docIds = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      docIds[i] = docs[i].doc;
      Document stored = searcher.storedFields().document(docs[i].doc, withText ? SOURCE_AND_TEXT : SOURCE_ONLY);
      records[i] = DocumentMapper.fromStored(stored);
    }
    List<List<Snippet>> snippets = null;
    if (withText && docs.length > 0) {
      if (highlighter == null) {
        highlighter = new SnippetHighlighter(searcher);
      }
      snippets = highlighter.snippets(base, docIds, records);
    }
    boolean relevance = req.sort() == SortOrder.RELEVANCE;
    for (int i = 0; i < docs.length; i++) {
      DocumentRecord r = records[i];
      Float score = relevance ? (Float) ((FieldDoc) docs[i]).fields[0] : null;
      List<String> paths = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Occurrence o : r.occurrences) {
        (o.missing() ? missing : paths).add(o.path());
      }
      paths.addAll(missing);
      List<String> tagList = new ArrayList<>(tags.tagsOf(r.id));
      out.add(new SearchHit(r.shortId(), r.id, displayTitle(r), paths,
          missing.isEmpty() ? null : missing, r.typeGroup, r.mediaType, r.date,
          r.size, r.pageCount, r.language, r.script, r.status, score,
          snippets == null ? List.of() : snippets.get(i), tagList.isEmpty() ? null : tagList));
    }
    return out;
  }

  /** The title, or the file name when the document has none. */
  public static String displayTitle(DocumentRecord r) {
    if (r.title != null && !r.title.isBlank()) {
      return r.title.strip();
    }
    if (!r.occurrences.isEmpty()) {
      Occurrence o = r.occurrences.get(0);
      if (o.name() != null && !o.name().isBlank()) {
        return o.name();
      }
      String p = o.path();
      return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('!')) + 1);
    }
    return r.shortId();
  }

  private static String fingerprint(SearchRequest req) {
    StringBuilder sb = new StringBuilder(req.query()).append('\u0000').append(req.sort().label());
    for (SearchRequest.Filter f : req.filters()) {
      sb.append('\u0000').append(f.name()).append('=').append(f.value());
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  /** Drill sideways that only collects: facet counting is done by {@link FacetCounter}. */
  private static final class CountingDrillSideways extends DrillSideways {
    CountingDrillSideways(IndexSearcher searcher, FacetsConfig config) {
      super(searcher, config, (org.apache.lucene.facet.taxonomy.TaxonomyReader) null);
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) {
      return null;
    }
  }
}
