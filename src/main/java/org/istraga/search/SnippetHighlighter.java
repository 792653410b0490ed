package org.istraga.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.istraga.document.DocumentRecord;
import org.istraga.document.PageMap;
import org.istraga.index.Analyzers;
import org.istraga.index.IndexSchema;

/**
 * Finds up to three passages with matched words in each hit's text and labels each with its page.
 *
 * <p>The text field is indexed with offsets in its postings, so passages are found from the index
 * without re-analysing the text, anywhere in a document however long (the highlighter's length
 * limit is lifted). Words found only through a stem ({@code contracts} for {@code contract}) or in
 * the exact field are highlighted by re-analysing the text with that field's chain, for the hits
 * that had no other match; entity queries ({@code iban:...}) show the places of the matching
 * mentions.
 *
 * <p>Cost: the texts come with the records the caller loaded; re-analysis for stem-only and exact-only hits. One
 * instance per searcher; not thread-safe.
 */
final class SnippetHighlighter {

  /**
   * Target passage length in characters. Passages end at word boundaries closest to it (sentence
   * boundaries are useless in PDF tables and lists, where a "sentence" can run for pages).
   */
  static final int PASSAGE_GOAL = 160;
  /** Longest snippet shown; longer passages are cut around their first match. */
  static final int MAX_SNIPPET = 260;

  /** A passage as the highlighter found it (offsets in the document text). */
  record Raw(int start, int end, int[] matchStarts, int[] matchEnds, String text, boolean cutStart,
      boolean cutEnd) {}

  private final Highlighter highlighter;

  SnippetHighlighter(IndexSearcher searcher) {
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, Analyzers.perField())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_GOAL, 0.3f))
        .withFormatter(new RawFormatter())
        .withMaxNoHighlightPassages(0)
        .withHighlightPhrasesStrictly(true)
        .withHandleMultiTermQuery(true);
    this.highlighter = new Highlighter(b);
  }

  /**
   * Snippets for each doc, in the order of {@code docs}: passages with matches in the text; for
   * docs without any, passages with matches of the {@code exact} field or of the doc's stem field
   * (found by re-analysing the text), then the places of matching entity mentions.
   *
   * @param query the query as parsed
   * @param records each doc's record with its text (page starts, language, entities)
   */
  List<List<Snippet>> snippets(Query query, int[] docs, DocumentRecord[] records) throws IOException {
    Map<Integer, String> texts = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      texts.put(docs[i], records[i].text);
    }
    highlighter.texts = texts;
    try {
      return find(query, docs, records);
    } finally {
      highlighter.texts = Map.of();
    }
  }

  private List<List<Snippet>> find(Query query, int[] docs, DocumentRecord[] records) throws IOException {
    List<List<Snippet>> out = new ArrayList<>();
    Query textQuery = QueryForms.highlightForm(query, IndexSchema.TEXT);
    Object[] main = textQuery == null ? new Object[docs.length] : highlight(IndexSchema.TEXT, textQuery, docs);
    for (int i = 0; i < docs.length; i++) {
      out.add(toSnippets(main[i], records[i].pageStarts));
    }
    for (String fallback : new String[] {IndexSchema.EXACT, IndexSchema.STEM, IndexSchema.STEM_SR,
        IndexSchema.STEM_SR_PAIRS}) {
      Query fallbackQuery = QueryForms.highlightForm(query, fallback);
      if (fallbackQuery == null) {
        continue;
      }
      List<Integer> missing = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        if (out.get(i).isEmpty() && (fallback.equals(IndexSchema.EXACT)
            || fallback.equals(IndexSchema.stemFieldOf(records[i].language))
            || fallback.equals(IndexSchema.STEM_SR_PAIRS) && IndexSchema.STEM_SR.equals(IndexSchema.stemFieldOf(records[i].language)))) {
          missing.add(i);
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      int[] subset = missing.stream().mapToInt(i -> docs[i]).toArray();
      Object[] found = highlight(fallback, fallbackQuery, subset);
      for (int j = 0; j < subset.length; j++) {
        int i = missing.get(j);
        out.set(i, toSnippets(found[j], records[i].pageStarts));
      }
    }
    EntitySnippets entities = new EntitySnippets(QueryForms.textForm(query));
    for (int i = 0; i < docs.length; i++) {
      if (out.get(i).isEmpty() && entities.any()) {
        String text = records[i].text;
        out.set(i, entities.snippets(records[i], () -> text));
      }
    }
    return out;
  }

  private Object[] highlight(String field, Query query, int[] docs) throws IOException {
    if (docs.length == 0) {
      return new Object[0];
    }
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    Object[] bySorted = highlighter.objects(field, query, sorted);
    Object[] out = new Object[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = bySorted[Arrays.binarySearch(sorted, docs[i])];
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Snippet> toSnippets(Object formatted, int[] pageStarts) {
    if (!(formatted instanceof List)) {
      return List.of();
    }
    List<Snippet> out = new ArrayList<>();
    for (Raw raw : (List<Raw>) formatted) {
      out.add(SnippetText.of(raw, pageStarts.length == 0 ? null : PageMap.pageAt(pageStarts, firstMatch(raw))));
    }
    return out;
  }

  private static int firstMatch(Raw raw) {
    return raw.matchStarts().length == 0 ? raw.start() : raw.matchStarts()[0];
  }

  /**
   * Exposes object highlighting and serves every highlighted field the document text the caller
   * already loaded (the exact and stem fields are not stored; they are highlighted over the text).
   */
  private static final class Highlighter extends UnifiedHighlighter {
    /** Texts of the docs being highlighted, by doc number. */
    Map<Integer, String> texts = Map.of();

    private static final Set<String> HIGHLIGHTED =
        Set.of(IndexSchema.TEXT, IndexSchema.STEM, IndexSchema.STEM_SR, IndexSchema.STEM_SR_PAIRS, IndexSchema.EXACT);

    Highlighter(Builder b) {
      super(b);
    }

    Object[] objects(String field, Query query, int[] sortedDocs) throws IOException {
      int[] max = {SearchRequest.SNIPPETS_PER_HIT};
      return highlightFieldsAsObjects(new String[] {field}, query, sortedDocs, max).get(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        String text = texts.get(doc);
        if (text == null) {
          throw new IllegalStateException("highlighting a document whose text was not loaded: " + doc);
        }
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          values[f] = HIGHLIGHTED.contains(fields[f]) ? text : "";
        }
        out.add(values);
      }
      return out;
    }
  }

  /** True when {@code at} starts the text, a line or a sentence (nothing was cut before it). */
  static boolean startsClause(String content, int at) {
    int i = at - 1;
    while (i >= 0 && content.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || ".!?…:;\n\r\f".indexOf(content.charAt(i)) >= 0;
  }

  /** True when the text, a line or a sentence ends at {@code at} (nothing was cut after it). */
  static boolean endsClause(String content, int at) {
    if (at >= content.length() || content.charAt(at) == '\n' || content.charAt(at) == '\r') {
      return true;
    }
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(content.charAt(i))) {
      if (content.charAt(i) == '\n') {
        return true;
      }
      i--;
    }
    return i >= 0 && ".!?…".indexOf(content.charAt(i)) >= 0;
  }

  /** Keeps passages as offsets; {@link SnippetText} renders them. */
  private static final class RawFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Raw> out = new ArrayList<>();
      for (Passage p : passages) {
        int n = p.getNumMatches();
        int[] starts = Arrays.copyOf(p.getMatchStarts(), n);
        int[] ends = Arrays.copyOf(p.getMatchEnds(), n);
        int s = p.getStartOffset();
        int e = Math.min(p.getEndOffset(), content.length());
        int windowStart = s;
        int windowEnd = e;
        if (e - s > MAX_SNIPPET && n > 0) {
          windowStart = Math.max(s, starts[0] - MAX_SNIPPET / 3);
          windowEnd = Math.min(e, Math.max(windowStart + MAX_SNIPPET, ends[0]));
        }
        out.add(new Raw(windowStart, windowEnd, starts, ends, content.substring(windowStart, windowEnd),
            !startsClause(content, windowStart), !endsClause(content, windowEnd)));
      }
      return out;
    }
  }
}
