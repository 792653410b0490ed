package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.istraga.index.Analyzers;
import org.istraga.index.EntityFields;
import org.istraga.index.IndexSchema;

/**
 * Lucene's classic query syntax over Istraga's fields (see docs/search.md). Differences from the
 * stock parser:
 *
 * <ul>
 *   <li>Words without an operator must all match (default operator AND), and operators have a
 *       precedence: {@code AND} before {@code OR} before side by side ({@link ClausePrecedence}).
 *   <li>A bare word is looked up in the text, title, subject, file name, authors and e-mail
 *       headers, and in the English and Serbian stems ({@code contracts} finds {@code contract},
 *       {@code nabavka} finds {@code nabavke}). A quoted phrase is matched in the same fields
 *       without stems, and in the text it is first narrowed with the word-pair field.
 *   <li>Friendly field names and aliases ({@link QueryField}); an unknown field is an error, not
 *       a silent zero.
 *   <li>Numeric, size and date fields build point queries: {@code size:[1MB TO *]}, {@code
 *       date:2024-03}, {@code year:[2020 TO 2022]}.
 *   <li>Wildcards, fuzzy terms and regular expressions are folded like indexed terms ({@code
 *       Ђорђ*} finds {@code Đorđević}); regular-expression syntax itself is left alone.
 *   <li>{@code tag:} reads the findings journal through a {@link TagLookup}.
 * </ul>
 *
 * <p>Not thread-safe (like every QueryParser); make one per query.
 */
final class CaseQueryParser extends QueryParser {

  /** A field searched by bare words, with its weight. */
  private record Weighted(String field, float boost, boolean phrases) {}

  private static final List<Weighted> DEFAULT_FIELDS = List.of(
      new Weighted(IndexSchema.TEXT, 1f, true),
      new Weighted(IndexSchema.TITLE, 2f, true),
      new Weighted(IndexSchema.SUBJECT, 1.5f, true),
      new Weighted(IndexSchema.NAME, 1.5f, true),
      new Weighted(IndexSchema.AUTHOR, 1f, true),
      new Weighted(IndexSchema.FROM, 1f, true),
      new Weighted(IndexSchema.TO, 1f, true),
      new Weighted(IndexSchema.STEM, 0.6f, false),
      new Weighted(IndexSchema.STEM_SR, 0.6f, false));
  /** Fields searched by a bare wildcard, fuzzy term or regular expression. */
  private static final List<String> DEFAULT_MULTI_TERM_FIELDS =
      List.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.NAME);
  /** 0: the best field counts alone, which lets top-hit searches skip non-competitive documents. */
  private static final float TIE_BREAKER = 0f;
  private static final Pattern PATH_SEPARATOR = Pattern.compile("[\\\\/!.]");
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,64}");
  /** Weight of a match through stems against one of the word as written. */
  private static final float STEM_BOOST = 0.6f;
  private static final String PHONE = PastedValues.PHONE;

  private final TagLookup tags;
  private final Set<String> indexedFields;
  private final ClausePrecedence precedence = new ClausePrecedence();
  private final PastedValues values;

  /**
   * @param tags where {@code tag:} values are looked up
   * @param indexedFields fields present in the index, so entity types unknown to {@link
   *     QueryField} are still accepted as keyword fields
   */
  CaseQueryParser(TagLookup tags, Set<String> indexedFields) {
    super(QueryField.DEFAULT_FIELD, Analyzers.perFieldForQuery());
    this.tags = tags;
    this.indexedFields = indexedFields;
    this.values = new PastedValues(indexedFields);
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(true);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /**
   * Parses {@code query} after {@link RawQueryText#rewrite} (IBANs in groups quoted, URLs
   * escaped) and {@link #literalInnerSlashes}, so that identifiers pasted from a document ({@code
   * 404-02-117/2019-06}, {@code leak/ugovori}) are words, not the start of a regular expression.
   */
  @Override
  public Query parse(String query) throws ParseException {
    String text = literalInnerSlashes(RawQueryText.rewrite(plainQuotes(plainSpaces(query))));
    QueryLint.check(text);
    Query q = super.parse(text);
    if (q instanceof BooleanQuery && ((BooleanQuery) q).clauses().isEmpty() && !query.isBlank()) {
      // every part analysed to nothing (punctuation only): Lucene would match no document in silence
      throw new QueryFieldException("'" + query.strip() + "' has no letters or digits to search for"
          + " (punctuation is not indexed; to list every document, search for *)");
    }
    return q;
  }

  /** Typographic double quotes: Serbian „…“, English “…”, guillemets «…», fullwidth ＂. */
  private static final String TYPOGRAPHIC_QUOTES = "\u201E\u201C\u201D\u201F\u00AB\u00BB\u301D\u301E\uFF02";

  /**
   * Typographic double quotes as {@code "} when they come in pairs: a phrase typed on a Serbian
   * keyboard or pasted from Word ({@code „Sigurni grad“}, {@code “Safe City”}) is a phrase, not two
   * words that may stand anywhere. An odd number of them is left alone (an inch mark, a stray
   * quote; punctuation is not searched). Same length, so error columns still point into the query.
   */
  static String plainQuotes(String query) {
    int typographic = 0;
    for (int i = 0; i < query.length(); i++) {
      if (TYPOGRAPHIC_QUOTES.indexOf(query.charAt(i)) >= 0) {
        typographic++;
      }
    }
    if (typographic == 0 || typographic % 2 != 0) {
      return query;
    }
    char[] chars = query.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (TYPOGRAPHIC_QUOTES.indexOf(chars[i]) >= 0 && (i == 0 || chars[i - 1] != '\\')) {
        chars[i] = '"';
      }
    }
    return new String(chars);
  }

  /**
   * Every space character as a plain space. The classic syntax splits words only at space, tab,
   * line breaks and the ideographic space, so a no-break space pasted from a web page or a Word
   * document ({@code ugovor\u00A0AND\u00A0kamera}, {@code type:pdf\u00A0ugovor}) glued its
   * neighbours into one phrase, operator and field value included. Same length, so error columns
   * still point into the query as typed.
   */
  static String plainSpaces(String query) {
    char[] chars = query.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c > ' ' && (Character.isSpaceChar(c) || Character.isWhitespace(c) || c == '\u0085')
          || c == '\uFEFF' && (i == 0 || chars[i - 1] == ' ')) { // a byte-order mark pasted before a word
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /**
   * Escapes every {@code /} (and {@code !/}, the separator of a container path) that stands inside
   * a word (after a letter, digit, a wildcard {@code * ?} as in {@code path:*}{@code /2019/}{@code *}, or one of
   * {@code . , _ @ # $ % & '}), outside quotes and regular
   * expressions. In the classic syntax a
   * {@code /} anywhere starts a regular expression, so {@code 404-02-117/2019-06} would be the term
   * {@code 404-02-117} and an unclosed expression; a regular expression is still written where a
   * word starts ({@code /ugov[oa]r/}, {@code title:/.../}). Linear in the query's length.
   */
  static String literalInnerSlashes(String query) {
    StringBuilder out = new StringBuilder(query.length() + 4);
    boolean inQuotes = false;
    boolean inRegex = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(++i));
        continue;
      }
      if (inQuotes) {
        inQuotes = c != '"';
      } else if (inRegex) {
        inRegex = c != '/';
      } else if (c == '"') {
        inQuotes = true;
      } else if (c == '/' || c == '!' && i + 1 < query.length() && query.charAt(i + 1) == '/') {
        char prev = i == 0 ? ' ' : query.charAt(i - 1);
        if (Character.isLetterOrDigit(prev) || ".,_@#$%&'*?".indexOf(prev) >= 0) {
          if (c == '!') { // a container path: archive.zip!/entry
            out.append("\\!");
            c = query.charAt(++i);
          }
          out.append('\\');
        } else if (c == '/') {
          inRegex = true;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  // ---- operator precedence ----

  @Override
  protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
    int before = clauses.size();
    super.addClause(clauses, conj, mods, q);
    // the stock parser's package-private codes: CONJ_AND 1, CONJ_OR 2, MOD_NOT 10
    ClausePrecedence.Join join = conj == 1 ? ClausePrecedence.Join.AND
        : conj == 2 ? ClausePrecedence.Join.OR : ClausePrecedence.Join.NONE;
    precedence.record(clauses, clauses.size() > before, join, mods == 10);
  }

  /** Combines a group's clauses with AND before OR before side by side ({@link ClausePrecedence}). */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    Query q = precedence.combine(clauses);
    return q != null ? q : super.getBooleanQuery(clauses);
  }

  // ---- field resolution ----

  private QueryField field(String name) throws QueryFieldException {
    QueryField f = QueryField.lookup(name);
    if (f != null) {
      return f;
    }
    if (name != null && indexedFields.contains(name) && !name.startsWith("_") && !name.startsWith("$")) {
      return QueryField.dynamicKeyword(name);
    }
    String suggestion = QueryField.suggest(name);
    throw new QueryFieldException("unknown field '" + name + ":'"
        + (suggestion == null ? "" : "; did you mean '" + suggestion + ":'?")
        + " (fields are listed by 'istraga search --help'; to search for the text '" + name
        + ":' itself, write " + name + "\\: or put it in quotes)");
  }

  // ---- terms and phrases ----

  @Override
  protected Query getFieldQuery(String fieldName, String text, boolean quoted) throws ParseException {
    QueryField f = field(fieldName);
    switch (f.kind()) {
      case DEFAULT:
        return defaultQuery(text, quoted ? 0 : -1);
      case WORDS:
        return withPairs(f.indexField(), BareDSpellings.widen(super.getFieldQuery(f.indexField(), text, quoted)));
      case PATH:
        return BareDSpellings.widen(super.getFieldQuery(f.indexField(), text, quoted));
      case TERMS:
        return allTerms(f.indexField(), text);
      case KEYWORD:
        return keyword(f, text);
      case ID:
        return id(f, text);
      case TAG:
        return tag(text);
      default:
        return exactNumber(f, text);
    }
  }

  /**
   * A quoted phrase (with or without slop). One pasted with a word hyphenated at a line end
   * ({@code "ovog ugo- vora je"}) is also searched with the word joined ({@link PastedHyphenation}).
   */
  @Override
  protected Query getFieldQuery(String fieldName, String text, int slop) throws ParseException {
    if (text.isBlank()) {
      throw new QueryFieldException("empty phrase \"\": put the words to search for between the quotes");
    }
    Query q = phraseQuery(fieldName, text, slop);
    String joined = PastedHyphenation.joined(text);
    if (q == null || joined == null) {
      return q;
    }
    Query whole = phraseQuery(fieldName, joined, slop);
    return whole == null ? q : either(q, whole);
  }

  private Query phraseQuery(String fieldName, String text, int slop) throws ParseException {
    QueryField f = field(fieldName);
    switch (f.kind()) {
      case DEFAULT:
        return defaultQuery(text, slop);
      case WORDS:
      case PATH:
        Query q = super.getFieldQuery(f.indexField(), text, true);
        return BareDSpellings.widen(slop > 0 ? withSlop(q, slop) : withPairs(f.indexField(), q));
      default:
        return getFieldQuery(fieldName, text, true);
    }
  }

  /**
   * Bare words (slop -1) or a phrase with {@code slop} over the default fields, as a
   * disjunction-max so the best field counts.
   */
  private Query defaultQuery(String text, int slop) throws ParseException {
    List<Query> alternatives = new ArrayList<>();
    for (Weighted w : DEFAULT_FIELDS) {
      Query q;
      if (!w.phrases()) {
        if (slop >= 0) {
          continue;
        }
        q = stemOfWord(w.field(), text);
      } else if (slop < 0) {
        q = super.getFieldQuery(w.field(), text, false);
        q = withPairs(w.field(), BareDSpellings.widen(q));
      } else {
        q = super.getFieldQuery(w.field(), text, true);
        q = slop > 0 ? withSlop(q, slop) : withPairs(w.field(), q);
        q = BareDSpellings.widen(q);
      }
      if (q != null) {
        alternatives.add(w.boost() == 1f ? q : new BoostQuery(q, w.boost()));
      }
    }
    Query identifiers = values.identifiers(text);
    if (identifiers != null) {
      alternatives.add(identifiers);
    }
    Query inflected = slop == 0 ? inflectedPhrase(text) : null;
    if (inflected != null) {
      alternatives.add(new BoostQuery(inflected, STEM_BOOST));
    }
    Query day = slop < 0 ? values.dayMentioned(text) : null;
    if (day != null) {
      alternatives.add(day);
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  /**
   * A Serbian phrase in any grammatical case of its words: the phrase of adjacent stem pairs
   * ({@code "javna nabavka"} is the pair {@code javn nabavk}, which {@code javne nabavke}, {@code
   * javnoj nabavci} and {@code Јавна набавка} all have; {@code "Ministarstvo unutrašnjih poslova"}
   * finds {@code Ministarstva unutrašnjih poslova}). Stems at one position (a velar twin) are
   * alternatives. Null for a one-word phrase or when no Serbian document is indexed.
   */
  private Query inflectedPhrase(String text) throws ParseException {
    if (!indexedFields.contains(IndexSchema.STEM_SR_PAIRS)) {
      return null;
    }
    List<List<String>> pairs = analyze(IndexSchema.STEM_SR_PAIRS, text);
    if (pairs.isEmpty()) {
      return null;
    }
    if (pairs.size() == 1) {
      return anyOf(IndexSchema.STEM_SR_PAIRS, pairs.get(0));
    }
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
    for (List<String> at : pairs) {
      Term[] terms = new Term[at.size()];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = new Term(IndexSchema.STEM_SR_PAIRS, at.get(i));
      }
      b.add(terms);
    }
    return b.build();
  }

  /** An exact phrase in the text is answered from the word-pair field ({@link PairedPhraseQuery}). */
  private static Query withPairs(String field, Query q) {
    if (!IndexSchema.TEXT.equals(field) || !(q instanceof PhraseQuery)) {
      return q;
    }
    return PairedPhraseQuery.of((PhraseQuery) q);
  }

  private static Query withSlop(Query q, int slop) {
    if (q instanceof PhraseQuery) {
      PhraseQuery pq = (PhraseQuery) q;
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      Term[] terms = pq.getTerms();
      int[] pos = pq.getPositions();
      for (int i = 0; i < terms.length; i++) {
        b.add(terms[i], pos[i]);
      }
      b.setSlop(slop);
      return b.build();
    }
    if (q instanceof MultiPhraseQuery) {
      return new MultiPhraseQuery.Builder((MultiPhraseQuery) q).setSlop(slop).build();
    }
    return q;
  }

  /**
   * Every analysed word of {@code text} must occur (fields without positions); tokens at one
   * position (a stem and its twin, {@code nabavc} and {@code nabavk}) are alternatives.
   */
  private Query allTerms(String field, String text) throws ParseException {
    List<List<String>> positions = analyze(field, text);
    if (positions.isEmpty()) {
      return null;
    }
    if (positions.size() == 1) {
      return anyOf(field, positions.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (List<String> alternatives : positions) {
      b.add(anyOf(field, alternatives), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /**
   * The stem alternative of a bare term, or null when the term is several words to the word
   * segmentation ({@code 12/2019}, {@code 404-02-117/2019-06}, {@code PDV-a}): in the text such a
   * term is a phrase, but the stem fields have no positions, so its words anywhere in a document
   * would match (every Serbian text with a 12 and a 2019 matched {@code 12/2019}).
   */
  private Query stemOfWord(String field, String text) throws ParseException {
    List<List<String>> positions = analyze(field, text);
    return positions.size() == 1 ? anyOf(field, positions.get(0)) : null;
  }

  private static Query anyOf(String field, List<String> terms) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The analysed tokens of {@code text} by position, each with the tokens stacked on it. */
  private List<List<String>> analyze(String field, String text) throws ParseException {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = getAnalyzer().tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute inc =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new ArrayList<>(2));
        }
        List<String> at = out.get(out.size() - 1);
        if (!at.contains(term.toString())) {
          at.add(term.toString());
        }
      }
      ts.end();
    } catch (java.io.IOException e) {
      ParseException pe = new ParseException("cannot analyse '" + text + "': " + e.getMessage());
      pe.initCause(e);
      throw pe;
    }
    return out;
  }

  private static Query keyword(QueryField f, String text) throws QueryFieldException {
    if (EntityFields.DATE_MENTION.equals(f.indexField())) {
      return dateMention(f, text);
    }
    if (PHONE.equals(f.indexField())) {
      String international = PhoneNumbers.international(text);
      return new TermQuery(new Term(PHONE, Analyzers.normalize(PHONE, international != null ? international : text)));
    }
    String checked = ClosedValues.check(f.name(), f.indexField(), text);
    String value = IndexSchema.EXT.equals(f.indexField()) && checked.startsWith(".") ? checked.substring(1) : checked;
    String v = Analyzers.normalize(f.indexField(), value); // ext:.docx as ext:docx
    return new TermQuery(new Term(f.indexField(), v));
  }

  private static Query id(QueryField f, String text) throws QueryFieldException {
    String v = text.strip().toLowerCase(Locale.ROOT);
    if (!HEX.matcher(v).matches()) {
      throw new QueryFieldException(f.name() + ": needs a document id (hex SHA-256 or its first characters), not '"
          + text + "'");
    }
    Term t = new Term(f.indexField(), v);
    return v.length() == 64 ? new TermQuery(t) : new PrefixQuery(t);
  }

  private Query tag(String text) {
    return idsQuery(tags.idsWithTag(text), "tag:" + text);
  }

  private static Query idsQuery(Set<String> ids, String what) {
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery("no document has " + what);
    }
    List<BytesRef> terms = new ArrayList<>(ids.size());
    for (String id : new TreeSet<>(ids)) {
      terms.add(new BytesRef(id));
    }
    return new ConstantScoreQuery(new TermInSetQuery(IndexSchema.ID, terms));
  }

  // ---- numbers, sizes, dates ----

  /**
   * A date mentioned in the text, indexed as its ISO day ({@code 2019-08-14}): a value names an
   * interval as for {@code date:} ({@code date-mention:2019} is the whole year, {@code 2019-08} the
   * month, {@code 14.08.2019.} the day), and {@code > >= < <=} compare with it.
   */
  private static Query dateMention(QueryField f, String text) throws QueryFieldException {
    if (text.startsWith(">=")) {
      return dateMentionRange(f, text.substring(2), null, true, true);
    }
    if (text.startsWith("<=")) {
      return dateMentionRange(f, null, text.substring(2), true, true);
    }
    if (text.startsWith(">")) {
      return dateMentionRange(f, text.substring(1), null, false, true);
    }
    if (text.startsWith("<")) {
      return dateMentionRange(f, null, text.substring(1), true, false);
    }
    return dateMentionRange(f, text, text, true, true);
  }

  /**
   * Days between two date values, each an interval: an inclusive lower bound starts with its first
   * day and an exclusive one after its last; likewise for the upper bound. ISO days sort as text.
   */
  private static Query dateMentionRange(QueryField f, String lo, String hi, boolean loInc, boolean hiInc)
      throws QueryFieldException {
    try {
      String[] low = lo == null ? null : ValueParsers.days(lo);
      String[] high = hi == null ? null : ValueParsers.days(hi);
      String from = low == null ? null : loInc ? low[0] : low[1];
      String to = high == null ? null : hiInc ? high[1] : high[0];
      if (from != null && to != null && from.compareTo(to) > 0) {
        return new MatchNoDocsQuery("empty range");
      }
      return TermRangeQuery.newStringRange(f.indexField(), from, to, loInc, hiInc);
    } catch (IllegalArgumentException e) {
      throw new QueryFieldException(f.name() + ": " + e.getMessage());
    }
  }

  /**
   * One value ({@code pages:3}, {@code date:2019-08} for the whole month) or a comparison with
   * one open end, as other search tools write it: {@code pages:>2}, {@code size:>=10MB},
   * {@code date:<2020}, {@code amount:<=1000000}.
   */
  private Query exactNumber(QueryField f, String text) throws QueryFieldException {
    if (text.startsWith(">=")) {
      return range(f, text.substring(2), null, true, true);
    }
    if (text.startsWith("<=")) {
      return range(f, null, text.substring(2), true, true);
    }
    if (text.startsWith(">")) {
      return range(f, text.substring(1), null, false, true);
    }
    if (text.startsWith("<")) {
      return range(f, null, text.substring(1), true, false);
    }
    return range(f, text, text, true, true);
  }

  @Override
  protected Query getRangeQuery(String fieldName, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    QueryField f = field(fieldName);
    String lo = open(part1) ? null : part1;
    String hi = open(part2) ? null : part2;
    switch (f.kind()) {
      case INT:
      case SIZE:
      case DATE:
      case DOUBLE:
        return range(f, lo, hi, startInclusive, endInclusive);
      case TAG:
      case TERMS:
        throw new QueryFieldException("ranges do not apply to " + f.name() + ": (write " + f.name() + ":VALUE)");
      case KEYWORD:
        if (EntityFields.DATE_MENTION.equals(f.indexField())) {
          return dateMentionRange(f, lo, hi, startInclusive, endInclusive);
        }
        return super.getRangeQuery(f.indexField(), lo, hi, startInclusive, endInclusive);
      case DEFAULT:
        return super.getRangeQuery(IndexSchema.TEXT, lo, hi, startInclusive, endInclusive);
      default:
        return super.getRangeQuery(f.indexField(), lo, hi, startInclusive, endInclusive);
    }
  }

  private static boolean open(String bound) {
    return bound == null || "*".equals(bound);
  }

  private static Query range(QueryField f, String lo, String hi, boolean loInc, boolean hiInc)
      throws QueryFieldException {
    if (EntityFields.PERCENT.equals(f.indexField())) { // percent:>50% as written in the text
      lo = lo == null ? null : lo.strip().replaceFirst("\\s*%$", "");
      hi = hi == null ? null : hi.strip().replaceFirst("\\s*%$", "");
    }
    try {
      switch (f.kind()) {
        case INT: {
          long min = lo == null ? Integer.MIN_VALUE : ValueParsers.integer(lo) + (loInc ? 0L : 1L);
          long max = hi == null ? Integer.MAX_VALUE : ValueParsers.integer(hi) - (hiInc ? 0L : 1L);
          if (min > max || min > Integer.MAX_VALUE || max < Integer.MIN_VALUE) {
            return new MatchNoDocsQuery("empty range");
          }
          return IntPoint.newRangeQuery(f.indexField(), (int) Math.max(min, Integer.MIN_VALUE),
              (int) Math.min(max, Integer.MAX_VALUE));
        }
        case SIZE:
          return longRange(f, lo, hi, loInc, hiInc, ValueParsers::size, ValueParsers::size);
        case DATE:
          return longRange(f, lo, hi, loInc, hiInc,
              v -> ValueParsers.date(v).min(), v -> ValueParsers.date(v).max());
        default: {
          double min = lo == null ? Double.NEGATIVE_INFINITY : ValueParsers.decimal(lo);
          double max = hi == null ? Double.POSITIVE_INFINITY : ValueParsers.decimal(hi);
          if (!loInc) {
            min = Math.nextUp(min);
          }
          if (!hiInc) {
            max = Math.nextDown(max);
          }
          if (org.istraga.index.EntityFields.AMOUNT.equals(f.indexField())) {
            return new AmountRangeQuery(min, max);
          }
          return DoublePoint.newRangeQuery(f.indexField(), min, max);
        }
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new QueryFieldException(f.name() + ": " + e.getMessage());
    }
  }

  /**
   * A long range where each bound is an interval: an inclusive lower bound starts at the start of
   * its interval, an exclusive one after its end; likewise for the upper bound.
   */
  private static Query longRange(QueryField f, String lo, String hi, boolean loInc, boolean hiInc,
      Function<String, Long> startOf, Function<String, Long> endOf) {
    long min = lo == null ? Long.MIN_VALUE : loInc ? startOf.apply(lo) : endOf.apply(lo) + 1;
    long max = hi == null ? Long.MAX_VALUE : hiInc ? endOf.apply(hi) : startOf.apply(hi) - 1;
    if (min > max) {
      return new MatchNoDocsQuery("empty range");
    }
    return LongPoint.newRangeQuery(f.indexField(), min, max);
  }

  // ---- wildcards, prefixes, fuzzy terms, regular expressions ----

  @Override
  protected Query getWildcardQuery(String fieldName, String termStr) throws ParseException {
    try {
      return wildcardQuery(fieldName, termStr);
    } catch (IllegalArgumentException e) {
      throw tooLarge(termStr, e);
    }
  }

  @Override
  protected Query getPrefixQuery(String fieldName, String termStr) throws ParseException {
    try {
      return prefixQuery(fieldName, termStr);
    } catch (IllegalArgumentException e) {
      throw tooLarge(termStr + "*", e);
    }
  }

  @Override
  protected Query getFuzzyQuery(String fieldName, String termStr, float minSimilarity) throws ParseException {
    try {
      return fuzzyQuery(fieldName, termStr, minSimilarity);
    } catch (IllegalArgumentException e) {
      throw tooLarge(termStr + "~", e);
    }
  }

  /**
   * A pattern Lucene cannot turn into an automaton (a wildcard after thousands of letters: its
   * automaton exceeds Lucene's size limits), as a usage error.
   */
  private static QueryFieldException tooLarge(String pattern, IllegalArgumentException e) {
    QueryFieldException q = new QueryFieldException("the pattern '" + shortened(pattern) + "' (" + pattern.length()
        + " characters) is too long or complex to match; shorten it");
    q.initCause(e);
    return q;
  }

  /** A pattern as quoted in a message: its first 40 characters. */
  private static String shortened(String pattern) {
    return pattern.length() > 40 ? pattern.substring(0, 40) + "…" : pattern;
  }

  private Query wildcardQuery(String fieldName, String termStr) throws ParseException {
    if ("*".equals(termStr) && ("*".equals(fieldName) || QueryField.DEFAULT_FIELD.equals(fieldName))) {
      return newMatchAllDocsQuery(); // a bare * means every document, like *:*
    }
    QueryField f = field(fieldName);
    switch (f.kind()) {
      case DEFAULT:
        return overDefaultFields(field -> super.getWildcardQuery(field, termStr));
      case PATH:
        return pathMultiTerm(f, termStr, field -> super.getWildcardQuery(field, termStr));
      case ID:
        return new WildcardQuery(new Term(f.indexField(), termStr.toLowerCase(Locale.ROOT)));
      case TAG:
        return idsQuery(tagsMatching(termStr, false), "a tag matching " + termStr);
      case WORDS:
      case TERMS:
      case KEYWORD:
        return super.getWildcardQuery(f.indexField(), termStr);
      default:
        if ("*".equals(termStr)) {
          return range(f, null, null, true, true);
        }
        throw noPattern(f);
    }
  }

  private Query prefixQuery(String fieldName, String termStr) throws ParseException {
    QueryField f = field(fieldName);
    switch (f.kind()) {
      case DEFAULT:
        return overDefaultFields(field -> super.getPrefixQuery(field, termStr));
      case PATH:
        return pathMultiTerm(f, termStr + "*", field -> super.getPrefixQuery(field, termStr));
      case ID:
        return id(f, termStr);
      case TAG:
        return idsQuery(tagsMatching(termStr + "*", false), "a tag starting with " + termStr);
      case WORDS:
      case TERMS:
      case KEYWORD:
        return super.getPrefixQuery(f.indexField(), termStr);
      default:
        throw noPattern(f);
    }
  }

  private Query fuzzyQuery(String fieldName, String termStr, float minSimilarity) throws ParseException {
    QueryField f = field(fieldName);
    switch (f.kind()) {
      case DEFAULT:
        return overDefaultFields(field -> super.getFuzzyQuery(field, termStr, minSimilarity));
      case WORDS:
      case TERMS:
      case KEYWORD:
      case PATH:
        return super.getFuzzyQuery(f.indexField(), termStr, minSimilarity);
      default:
        throw new QueryFieldException("fuzzy matching (~) does not apply to " + f.name() + ":");
    }
  }

  @Override
  protected Query getRegexpQuery(String fieldName, String termStr) throws ParseException {
    QueryField f = field(fieldName);
    try {
      switch (f.kind()) {
        case DEFAULT:
          return overDefaultFields(field -> regexp(field, termStr));
        case PATH: {
          String whole = IndexSchema.PATH.equals(f.indexField()) ? IndexSchema.PATH_LC : IndexSchema.NAME_LC;
          return either(regexp(f.indexField(), termStr), regexp(whole, termStr));
        }
        case TAG:
          return idsQuery(tagsMatching(termStr, true), "a tag matching /" + termStr + "/");
        case WORDS:
        case TERMS:
        case KEYWORD:
        case ID:
          return regexp(f.indexField(), termStr);
        default:
          throw noPattern(f);
      }
    } catch (IllegalArgumentException e) {
      throw new QueryFieldException("bad regular expression /" + shortened(termStr) + "/: " + e.getMessage());
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryFieldException("regular expression /" + shortened(termStr) + "/ is too complex; simplify it");
    }
  }

  /** A regular expression whose literal letters are folded like the field's terms. */
  private Query regexp(String field, String regex) {
    String folded = RegexFolding.fold(regex, run -> Analyzers.normalize(field, run));
    return new RegexpQuery(new Term(field, folded), org.apache.lucene.util.automaton.RegExp.ALL, getDeterminizeWorkLimit());
  }

  private static QueryFieldException noPattern(QueryField f) {
    return new QueryFieldException("wildcards and patterns do not apply to " + f.name()
        + ": (a number); use a range such as " + f.name() + ":[A TO B]");
  }

  /** Path and name wildcards: per segment, or over the whole path or name when they hold separators. */
  private Query pathMultiTerm(QueryField f, String pattern, ParserStep perSegment) throws ParseException {
    if (PATH_SEPARATOR.matcher(pattern).find()) {
      String whole = IndexSchema.PATH.equals(f.indexField()) ? IndexSchema.PATH_LC : IndexSchema.NAME_LC;
      Query wholeQuery = super.getWildcardQuery(whole, pattern);
      if (IndexSchema.PATH.equals(f.indexField())) {
        return either(wholeQuery, super.getWildcardQuery(IndexSchema.NAME_LC, pattern));
      }
      return wholeQuery;
    }
    return perSegment.apply(f.indexField());
  }

  private static Query either(Query a, Query b) {
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    bq.add(a, BooleanClause.Occur.SHOULD);
    bq.add(b, BooleanClause.Occur.SHOULD);
    return bq.build();
  }

  private Set<String> tagsMatching(String pattern, boolean regex) {
    String folded = Analyzers.foldKeyword(pattern);
    Pattern p = regex ? Pattern.compile(folded) : Pattern.compile(wildcardToRegex(folded));
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (var e : tags.tags().entrySet()) {
      if (p.matcher(Analyzers.foldKeyword(e.getKey())).matches()) {
        ids.addAll(e.getValue());
      }
    }
    return ids;
  }

  private static String wildcardToRegex(String w) {
    StringBuilder sb = new StringBuilder();
    for (char c : w.toCharArray()) {
      if (c == '*') {
        sb.append(".*");
      } else if (c == '?') {
        sb.append('.');
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }

  /** One step of the stock parser applied to a field. */
  @FunctionalInterface
  private interface ParserStep {
    Query apply(String field) throws ParseException;
  }

  private Query overDefaultFields(ParserStep step) throws ParseException {
    List<Query> qs = new ArrayList<>();
    for (String field : DEFAULT_MULTI_TERM_FIELDS) {
      Query q = step.apply(field);
      if (q != null) {
        qs.add(q);
      }
    }
    return qs.size() == 1 ? qs.get(0) : new DisjunctionMaxQuery(qs, TIE_BREAKER);
  }
}
