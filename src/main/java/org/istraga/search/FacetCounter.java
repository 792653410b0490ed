package org.istraga.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.istraga.IstragaException;
import org.istraga.index.Analyzers;
import org.istraga.index.IndexSchema;

/**
 * Counts facet values over a result set, exactly: each dimension lives in its own sorted-set
 * doc-values field (see {@link IndexSchema#newFacetsConfig()}), so a count reads one field for the
 * matching documents only. The {@code tag} facet is counted from the findings journal ({@link
 * TagLookup}) against the same matching documents, so a new tag shows at once.
 *
 * <p>One instance per index reader: it caches each dimension's ordinal state (built on first use,
 * cost proportional to the dimension's distinct values). Thread-safe.
 */
final class FacetCounter {

  /** The facet computed from the findings journal rather than the index. */
  static final String TAG = "tag";

  private final IndexReader reader;
  private final FacetsConfig config;
  private final TagLookup tags;
  private final Map<String, SortedSetDocValuesReaderState> states = new HashMap<>();
  private Set<String> dimensions;

  FacetCounter(IndexReader reader, FacetsConfig config, TagLookup tags) {
    this.reader = reader;
    this.config = config;
    this.tags = tags;
  }

  /** Facet dimensions this index can count, {@code tag} included. */
  synchronized Set<String> dimensions() {
    if (dimensions != null) {
      return dimensions;
    }
    Set<String> dims = new TreeSet<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      for (FieldInfo fi : ctx.reader().getFieldInfos()) {
        if (fi.name.startsWith(IndexSchema.FACET_FIELD_PREFIX)) {
          dims.add(fi.name.substring(IndexSchema.FACET_FIELD_PREFIX.length()));
        }
      }
    }
    dims.add(TAG);
    dimensions = java.util.Collections.unmodifiableSet(dims);
    return dimensions;
  }

  /** Checks a facet name; USAGE error listing the valid ones. */
  void check(String dim) {
    if (!dimensions().contains(dim) && !IndexSchema.FIXED_FACETS.contains(dim)) {
      throw IstragaException.usage("unknown facet '" + dim + "'; this case has: " + String.join(", ", dimensions()));
    }
  }

  /**
   * The top values of {@code dim} among the documents {@code hits} collected.
   *
   * @param path for hierarchical dimensions, the node whose children to list (empty: descend from
   *     the root while there is a single child, so the first listing is where folders branch)
   */
  List<FacetValue> count(String dim, FacetsCollector hits, int top, String[] path) throws IOException {
    if (TAG.equals(dim)) {
      return countTags(hits, top);
    }
    SortedSetDocValuesReaderState state = state(dim);
    if (state == null) {
      return List.of();
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
    boolean hierarchical = config.getDimConfig(dim).hierarchical;
    String[] at = path == null ? new String[0] : path;
    FacetResult r = counts.getTopChildren(top, dim, at);
    if (hierarchical && at.length == 0) {
      while (r != null && r.labelValues.length == 1) {
        String[] deeper = Arrays.copyOf(at, at.length + 1);
        deeper[at.length] = r.labelValues[0].label;
        FacetResult next = counts.getTopChildren(top, dim, deeper);
        if (next == null || next.labelValues.length == 0) {
          break;
        }
        at = deeper;
        r = next;
      }
    }
    List<FacetValue> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    String prefix = hierarchical ? "/" + String.join("/", at) : "";
    for (LabelAndValue lv : r.labelValues) {
      String value = hierarchical ? (prefix.equals("/") ? "/" : prefix + "/") + lv.label : lv.label;
      out.add(new FacetValue(value, lv.value.longValue()));
    }
    return out;
  }

  private synchronized SortedSetDocValuesReaderState state(String dim) throws IOException {
    if (states.containsKey(dim)) {
      return states.get(dim);
    }
    String field = config.getDimConfig(dim).indexFieldName;
    boolean present = false;
    for (LeafReaderContext ctx : reader.leaves()) {
      present |= ctx.reader().getFieldInfos().fieldInfo(field) != null;
    }
    SortedSetDocValuesReaderState s = present ? new DefaultSortedSetDocValuesReaderState(reader, field, config) : null;
    states.put(dim, s);
    return s;
  }

  /**
   * The drill-down query of {@code values} in {@code dim} (OR of the values). Values match facet
   * labels case-, accent- and script-insensitively ({@code --filter author=djordje petrovic} finds
   * "Đorđe Petrović"); {@code folder} values are paths; {@code tag} values are tags.
   */
  Query drillDown(String dim, List<String> values) throws IOException {
    if (TAG.equals(dim)) {
      Set<String> ids = new TreeSet<>();
      for (String v : values) {
        ids.addAll(tags.idsWithTag(v));
      }
      List<BytesRef> terms = new ArrayList<>();
      for (String id : ids) {
        terms.add(new BytesRef(id));
      }
      return new org.apache.lucene.search.TermInSetQuery(IndexSchema.ID, terms);
    }
    String field = config.getDimConfig(dim).indexFieldName;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) {
      for (String[] path : resolve(dim, v)) {
        b.add(new TermQuery(DrillDownQuery.term(field, dim, path)), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  private List<String[]> resolve(String dim, String value) throws IOException {
    if (config.getDimConfig(dim).hierarchical) {
      List<String[]> one = new ArrayList<>();
      one.add(org.istraga.index.DocumentMapper.folderParts(value));
      return one;
    }
    List<String[]> out = new ArrayList<>();
    SortedSetDocValuesReaderState state = state(dim);
    if (state != null) {
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      if (range != null) {
        String wanted = Analyzers.foldKeyword(value);
        SortedSetDocValues dv = state.getDocValues();
        for (int ord = range.start; ord <= range.end; ord++) {
          String[] p = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
          if (p.length == 2 && (p[1].equals(value) || Analyzers.foldKeyword(p[1]).equals(wanted))) {
            out.add(new String[] {p[1]});
          }
        }
      }
    }
    if (out.isEmpty()) {
      out.add(new String[] {value});
    }
    return out;
  }

  private List<FacetValue> countTags(FacetsCollector hits, int top) throws IOException {
    Map<String, Set<String>> all = tags.tags();
    if (all.isEmpty()) {
      return List.of();
    }
    Map<Object, FixedBitSet> matching = new HashMap<>();
    for (FacetsCollector.MatchingDocs md : hits.getMatchingDocs()) {
      FixedBitSet bits = new FixedBitSet(md.context.reader().maxDoc());
      DocIdSetIterator it = md.bits == null ? null : md.bits.iterator();
      if (it != null) {
        bits.or(it);
      }
      matching.put(md.context.id(), bits);
    }
    Map<String, Boolean> hit = new HashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : all.entrySet()) {
      long n = 0;
      for (String id : e.getValue()) {
        Boolean h = hit.get(id);
        if (h == null) {
          h = matches(id, matching);
          hit.put(id, h);
        }
        n += h ? 1 : 0;
      }
      if (n > 0) {
        counts.merge(e.getKey(), n, Long::sum);
      }
    }
    List<FacetValue> out = new ArrayList<>();
    counts.forEach((k, v) -> out.add(new FacetValue(k, v)));
    out.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
    return out.size() > top ? out.subList(0, top) : out;
  }

  private boolean matches(String id, Map<Object, FixedBitSet> matching) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext ctx : reader.leaves()) {
      FixedBitSet bits = matching.get(ctx.id());
      if (bits == null) {
        continue;
      }
      Terms terms = ctx.reader().terms(IndexSchema.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      Bits live = ctx.reader().getLiveDocs();
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if ((live == null || live.get(d)) && bits.get(d)) {
          return true;
        }
      }
    }
    return false;
  }
}
