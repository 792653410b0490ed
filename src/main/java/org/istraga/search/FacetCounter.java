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
import org.apache.lucene.index.DocValues;
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
import org.istraga.index.EntityFields;
import org.istraga.index.IndexSchema;

/**
 * Counts facet values over a result set, exactly: each dimension lives in its own sorted-set
 * doc-values field (see {@link IndexSchema#newFacetsConfig()}), so a count reads one field for the
 * matching documents only. In the dimensions of organizations and watchlist names, labels that
 * fold alike ("Žitoprodukt d.o.o." and "Zitoprodukt d.o.o.") are one value, counted once per
 * document and shown by one label chosen over the whole index, as {@link #drillDown} matches them.
 * The {@code tag} facet is counted from the findings journal ({@link
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
  private final Map<String, LabelGroups> groups = new HashMap<>();
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
    if (groupsLabels(dim)) {
      return countGroups(dim, hits, top);
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

  /**
   * True for the dimensions whose labels are readable forms of a folded value (organizations,
   * watchlist names): one value may have several labels across documents ("Štedionica" and
   * "Stedionica" fold alike), so their labels are counted as groups of one folded form.
   */
  static boolean groupsLabels(String dim) {
    return EntityFields.isEntityField(dim) && EntityFields.analysisOf(dim) == EntityFields.Analysis.WORDS;
  }

  /**
   * Exact document counts of the label groups of {@code dim}: a document counts once for a group
   * whatever the number of its labels in it, the very documents {@link #drillDown} finds for the
   * group's label. Cost: one pass over the matching documents' values.
   */
  private List<FacetValue> countGroups(String dim, FacetsCollector hits, int top) throws IOException {
    LabelGroups groups = groups(dim);
    if (groups == null) {
      return List.of();
    }
    String field = config.getDimConfig(dim).indexFieldName;
    long[] counts = new long[groups.shown.length];
    int[] stamp = new int[groups.shown.length];
    int doc = 0;
    for (FacetsCollector.MatchingDocs md : hits.getMatchingDocs()) {
      int[] ordGroup = groups.ordGroup.get(md.context.ord);
      DocIdSetIterator it = md.bits == null ? null : md.bits.iterator();
      if (ordGroup == null || it == null) {
        continue;
      }
      SortedSetDocValues dv = DocValues.getSortedSet(md.context.reader(), field);
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (!dv.advanceExact(d)) {
          continue;
        }
        doc++;
        for (int i = 0; i < dv.docValueCount(); i++) {
          int g = ordGroup[(int) dv.nextOrd()];
          if (g >= 0 && stamp[g] != doc) {
            stamp[g] = doc;
            counts[g]++;
          }
        }
      }
    }
    List<FacetValue> out = new ArrayList<>();
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] > 0) {
        out.add(new FacetValue(groups.shown[g], counts[g]));
      }
    }
    out.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
    return out.size() > top ? new ArrayList<>(out.subList(0, top)) : out;
  }

  /**
   * The labels of a dimension grouped by their folded form ({@link Analyzers#foldKeyword}, the
   * form {@link #drillDown} matches), each group shown by one label chosen over the whole index:
   * a label with lower-case letters before one in capitals, then the one with more letters
   * outside ASCII (diacritics kept), then fewer capitals, then the first in code-point order. So
   * every query shows a value by the same label. Built on first use: each distinct label is
   * folded once (about 2 to 6 µs, so some seconds for a million distinct names in a fresh
   * process), and each segment's ordinals are mapped to their groups.
   */
  private synchronized LabelGroups groups(String dim) throws IOException {
    if (groups.containsKey(dim)) {
      return groups.get(dim);
    }
    String field = config.getDimConfig(dim).indexFieldName;
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> byLabel = new HashMap<>();
    List<String> shown = new ArrayList<>();
    Map<Integer, int[]> ordGroup = new HashMap<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      SortedSetDocValues dv = ctx.reader().getSortedSetDocValues(field);
      if (dv == null) {
        continue;
      }
      int[] map = new int[Math.toIntExact(dv.getValueCount())];
      for (int ord = 0; ord < map.length; ord++) {
        String[] p = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
        if (p.length != 2 || !p[0].equals(dim)) {
          map[ord] = -1;
          continue;
        }
        String label = p[1];
        Integer g = byLabel.get(label); // a label is folded once, however many segments hold it
        if (g == null) {
          String key = Analyzers.foldKeyword(label);
          g = byKey.get(key);
          if (g == null) {
            g = shown.size();
            byKey.put(key, g);
            shown.add(label);
          } else if (SHOWN_FIRST.compare(label, shown.get(g)) < 0) {
            shown.set(g, label);
          }
          byLabel.put(label, g);
        }
        map[ord] = g;
      }
      ordGroup.put(ctx.ord, map);
    }
    LabelGroups result = shown.isEmpty() ? null : new LabelGroups(shown.toArray(new String[0]), ordGroup);
    groups.put(dim, result);
    return result;
  }

  /** The order in which a group's labels are preferred for showing it (first wins). */
  static final java.util.Comparator<String> SHOWN_FIRST =
      java.util.Comparator.comparing((String l) -> !hasLower(l))
          .thenComparing(l -> -count(l, c -> c > 0x7F && Character.isLetter(c)))
          .thenComparing(l -> count(l, Character::isUpperCase))
          .thenComparing(java.util.Comparator.naturalOrder());

  private static boolean hasLower(String s) {
    return count(s, Character::isLowerCase) > 0;
  }

  private static int count(String s, java.util.function.IntPredicate p) {
    return (int) s.codePoints().filter(p).count();
  }

  /** The label groups of one dimension: shown label per group, group per segment ordinal. */
  private record LabelGroups(String[] shown, Map<Integer, int[]> ordGroup) {}

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
