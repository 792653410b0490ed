package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;
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
  /**
   * Fields searched by a bare wildcard, fuzzy term or regular expression: the word fields of a
   * bare word (so {@code Ђорђ*} finds a mail sent to {@code Đorđe Radenković}); the metadata
   * fields have small vocabularies, so expanding a pattern over them costs little.
   */
  private static final List<String> DEFAULT_MULTI_TERM_FIELDS = List.of(IndexSchema.TEXT, IndexSchema.TITLE,
      IndexSchema.SUBJECT, IndexSchema.NAME, IndexSchema.AUTHOR, IndexSchema.FROM, IndexSchema.TO);
  /**
   * Unstemmed word fields where a typed Serbian word is also looked for in its other cases
   * ({@link SerbianStemSiblings}): the text (English and undetected documents have no Serbian
   * stems), titles, subjects and the people fields; not file names.
   */
  private static final Set<String> SIBLING_FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TITLE,
      IndexSchema.SUBJECT, IndexSchema.AUTHOR, IndexSchema.FROM, IndexSchema.TO);
  /** 0: the best field counts alone, which lets top-hit searches skip non-competitive documents. */
  private static final float TIE_BREAKER = 0f;
  private static final Pattern PATH_SEPARATOR = Pattern.compile("[\\\\/!.]");
  /** Weight of a match through stems against one of the word as written. */
  private static final float STEM_BOOST = 0.6f;

  private final QueryFieldResolver fields;
  private final TagQueries tags;
  private final AnalyzedTerms terms;
  private final PhraseForms phrases;
  private final ClausePrecedence precedence = new ClausePrecedence();
  private final PastedValues values;

  /**
   * @param tags where {@code tag:} values are looked up
   * @param indexedFields fields present in the index, so entity types unknown to {@link
   *     QueryField} are still accepted as keyword fields
   */
  CaseQueryParser(TagLookup tags, Set<String> indexedFields) {
    super(QueryField.DEFAULT_FIELD, Analyzers.perFieldForQuery());
    this.fields = new QueryFieldResolver(indexedFields);
    this.tags = new TagQueries(tags);
    this.terms = new AnalyzedTerms(getAnalyzer());
    this.phrases = new PhraseForms(terms, indexedFields);
    this.values = new PastedValues(indexedFields);
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(true);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /**
   * Parses {@code query} after {@link TypedQueryText} (plain spaces and quotes), {@link
   * RawQueryText#rewrite} (IBANs in groups quoted, URLs escaped) and {@link
   * TypedQueryText#literalInnerSlashes}, so that identifiers pasted from a document ({@code
   * 404-02-117/2019-06}, {@code leak/ugovori}) are words, not the start of a regular expression.
   */
  @Override
  public Query parse(String query) throws ParseException {
    String text = TypedQueryText.literalInnerSlashes(
        RawQueryText.rewrite(TypedQueryText.plainQuotes(TypedQueryText.plainSpaces(query))));
    QueryLint.check(text);
    Query q = super.parse(text);
    if (q instanceof BooleanQuery && ((BooleanQuery) q).clauses().isEmpty() && !query.isBlank()) {
      // every part analysed to nothing (punctuation only): Lucene would match no document in silence
      throw new QueryFieldException("'" + query.strip() + "' has no letters or digits to search for"
          + " (punctuation is not indexed; to list every document, search for *)");
    }
    return q;
  }

  /**
   * {@link TypedQueryText#literalInnerSlashes}, the step that keeps identifiers with slashes words
   * (kept here as the parser's entry to it).
   */
  static String literalInnerSlashes(String query) {
    return TypedQueryText.literalInnerSlashes(query);
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
    return fields.resolve(name);
  }

  // ---- terms and phrases ----

  @Override
  protected Query getFieldQuery(String fieldName, String text, boolean quoted) throws ParseException {
    QueryField f = field(fieldName);
    switch (f.kind()) {
      case DEFAULT:
        return defaultQuery(text, quoted ? 0 : -1);
      case WORDS:
        Query words = PhraseForms.withPairs(f.indexField(), BareDSpellings.widen(super.getFieldQuery(f.indexField(), text, quoted)));
        Query siblings = quoted || words == null ? null : siblings(f.indexField(), text);
        return siblings == null ? words : either(words, siblings);
      case PATH:
        return BareDSpellings.widen(super.getFieldQuery(f.indexField(), text, quoted));
      case TERMS:
        return terms.allTerms(f.indexField(), text);
      case KEYWORD:
        return FieldValueQueries.keyword(f, text);
      case ID:
        return FieldValueQueries.id(f, text);
      case TAG:
        return tags.tagged(text);
      default:
        return FieldValueQueries.exactNumber(f, text);
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
    if (q != null && joined != null) {
      Query whole = phraseQuery(fieldName, joined, slop);
      q = whole == null ? q : either(q, whole);
    }
    String plain = q == null ? null : WordedValues.plainInPhrase(text);
    if (plain != null) { // "EUR 1.2 million" typed, "EUR 1,200,000" printed
      Query number = phraseQuery(fieldName, plain, slop);
      q = number == null ? q : either(q, number);
    }
    if (q != null) { // "EUR 1,200,000" typed, "EUR 1.2 million" printed
      for (String spelled : WordedValues.magnitudesInPhrase(text)) {
        Query words = phraseQuery(fieldName, spelled, slop);
        q = words == null ? q : either(q, words);
      }
    }
    if (q != null && field(fieldName).kind() == QueryField.Kind.DEFAULT) {
      q = withNumberSpellings(q, text, slop);
    }
    return q;
  }

  /**
   * A bare phrase with a number ({@code "1.200.000 dinara"}) also with the number in its other
   * spellings in the notation typed ({@link PhraseNumbers}: {@code 1.200.000,00}, {@code 1 200
   * 000}...); a phrase that is a percentage ({@code "92 odsto"}, {@code "57 %"}) also as that
   * {@code percent:} value, as it is without quotes. Phrases without digits are returned as they are.
   */
  private Query withNumberSpellings(Query q, String text, int slop) throws ParseException {
    if (text.chars().noneMatch(Character::isDigit)) {
      return q;
    }
    List<Query> others = new ArrayList<>();
    for (String spelled : PhraseNumbers.spellings(text)) {
      Query other = defaultQuery(spelled, slop, false);
      if (other != null) {
        others.add(other);
      }
    }
    String percent = slop == 0 ? RawQueryText.wholePercentage(text) : null;
    if (percent != null) {
      others.add(getFieldQuery(EntityFields.PERCENT, percent, false));
    }
    if (others.isEmpty()) {
      return q;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(q, BooleanClause.Occur.SHOULD);
    others.forEach(o -> b.add(o, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  private Query phraseQuery(String fieldName, String text, int slop) throws ParseException {
    QueryField f = field(fieldName);
    switch (f.kind()) {
      case DEFAULT:
        return defaultQuery(text, slop);
      case WORDS:
      case PATH:
        Query q = super.getFieldQuery(f.indexField(), text, true);
        return BareDSpellings.widen(slop > 0 ? PhraseForms.withSlop(q, slop) : PhraseForms.withPairs(f.indexField(), q));
      default:
        return getFieldQuery(fieldName, text, true);
    }
  }

  /**
   * Bare words (slop -1) or a phrase with {@code slop} over the default fields, as a
   * disjunction-max so the best field counts.
   */
  private Query defaultQuery(String text, int slop) throws ParseException {
    return defaultQuery(text, slop, true);
  }

  /**
   * {@link #defaultQuery(String, int)}; with {@code variants}, also the other spellings of {@link
   * SpellingVariants} and, for a round number, its spellings with a magnitude word, ranked as stem
   * matches (the variants themselves are searched without further variants).
   */
  private Query defaultQuery(String text, int slop, boolean variants) throws ParseException {
    List<Query> alternatives = new ArrayList<>();
    for (Weighted w : DEFAULT_FIELDS) {
      Query q;
      if (!w.phrases()) {
        if (slop >= 0) {
          continue;
        }
        q = terms.stemOfWord(w.field(), text);
        if (variants && IndexSchema.STEM.equals(w.field())) {
          q = withOtherNumber(q, text);
        }
      } else if (slop < 0) {
        q = super.getFieldQuery(w.field(), text, false);
        q = PhraseForms.withPairs(w.field(), BareDSpellings.widen(q));
      } else {
        q = super.getFieldQuery(w.field(), text, true);
        q = slop > 0 ? PhraseForms.withSlop(q, slop) : PhraseForms.withPairs(w.field(), q);
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
    Query inflected = slop == 0 ? phrases.inflected(text) : null;
    if (inflected != null) {
      alternatives.add(new BoostQuery(inflected, STEM_BOOST));
    }
    Query day = slop < 0 ? values.dayMentioned(text) : null;
    if (day != null) {
      alternatives.add(day);
    }
    String unhyphenated = slop <= 0 ? HyphenatedWord.joined(text) : null;
    if (unhyphenated != null) {
      // "e-mail" typed, "email" written: the joined word (or phrase) too
      Query joined = defaultQuery(unhyphenated, slop);
      if (joined != null) {
        alternatives.add(joined);
      }
    }
    String spaced = slop <= 0 ? JoinedAbbreviation.spaced(text) : null;
    if (spaced != null) {
      // "K.br. 42/19" typed, "K. br. 42/19" written: the parts as a phrase (no separator is left in it)
      Query parts = defaultQuery(spaced, 0);
      if (parts != null) {
        alternatives.add(parts);
      }
    }
    if (variants) {
      addVariants(alternatives, text, slop);
      if (slop < 0) {
        for (String field : DEFAULT_MULTI_TERM_FIELDS) {
          Query siblings = siblings(field, text);
          if (siblings != null) {
            alternatives.add(siblings);
          }
        }
      }
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  /** The alternatives of {@link SpellingVariants} and of a round number's magnitude words. */
  private void addVariants(List<Query> alternatives, String text, int slop) throws ParseException {
    List<String> others = new ArrayList<>();
    if (slop < 0) {
      String twin = SpellingVariants.dialectTwin(text);
      if (twin != null) {
        others.add(twin);
      }
      String ija = SpellingVariants.ijaTwin(text);
      if (ija != null) {
        others.add(ija);
      }
      String participle = SpellingVariants.participleTwin(text);
      if (participle != null) {
        others.add(participle);
      }
      List<Query> magnitudes = new ArrayList<>();
      for (String spelled : WordedValues.magnitudeSpellings(
          text.chars().allMatch(Character::isDigit) ? text : Analyzers.plainNumber(text))) {
        Query q = super.getFieldQuery(IndexSchema.TEXT, spelled, true);
        if (q != null) {
          magnitudes.add(q);
        }
      }
      if (!magnitudes.isEmpty()) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        magnitudes.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        alternatives.add(b.build());
      }
    } else if (slop == 0) {
      String twin = SpellingVariants.dialectPhrase(text);
      if (twin != null) {
        others.add(twin);
      }
      String number = SpellingVariants.englishNumberPhrase(text);
      if (number != null) {
        others.add(number);
      }
      others.addAll(SpellingVariants.englishNumberInner(text));
      others.addAll(SpellingVariants.compounds(text));
    }
    for (String other : others) {
      Query q = defaultQuery(other, slop < 0 || other.indexOf(' ') < 0 ? -1 : 0, false);
      if (q != null) {
        alternatives.add(new BoostQuery(q, STEM_BOOST));
      }
    }
  }

  /**
   * The words of an unstemmed field that are {@code word} in another Serbian case ({@link
   * SerbianStemSiblings}), ranked as stem matches; null for a field the index does not stem from
   * (name, path) or a word without a stem to expand. The typed word's case of letters does not
   * matter (search is case-insensitive).
   */
  private Query siblings(String field, String word) throws ParseException {
    if (!SIBLING_FIELDS.contains(field)) {
      return null;
    }
    Query q = SerbianStemSiblings.of(field, word, terms, getAnalyzer());
    return q == null ? null : new BoostQuery(q, STEM_BOOST);
  }

  /** {@code stems} of an English word, with those of its other number ({@link SpellingVariants#englishNumber}). */
  private Query withOtherNumber(Query stems, String word) throws ParseException {
    String other = SpellingVariants.englishNumber(word);
    Query more = other == null ? null : terms.stemOfWord(IndexSchema.STEM, other);
    if (more == null || more.equals(stems)) {
      return stems;
    }
    if (stems == null) {
      return more;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(stems, BooleanClause.Occur.SHOULD);
    b.add(more, BooleanClause.Occur.SHOULD);
    return b.build();
  }

  // ---- ranges ----

  @Override
  protected Query getRangeQuery(String fieldName, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    QueryField f = field(fieldName);
    String lo = FieldValueQueries.open(part1) ? null : part1;
    String hi = FieldValueQueries.open(part2) ? null : part2;
    switch (f.kind()) {
      case INT:
      case SIZE:
      case DATE:
      case DOUBLE:
        return FieldValueQueries.range(f, lo, hi, startInclusive, endInclusive);
      case TAG:
      case TERMS:
        throw new QueryFieldException("ranges do not apply to " + f.name() + ": (write " + f.name() + ":VALUE)");
      case KEYWORD:
        if (EntityFields.DATE_MENTION.equals(f.indexField())) {
          return FieldValueQueries.dateMentionRange(f, lo, hi, startInclusive, endInclusive);
        }
        return super.getRangeQuery(f.indexField(), lo, hi, startInclusive, endInclusive);
      case DEFAULT:
        return super.getRangeQuery(IndexSchema.TEXT, lo, hi, startInclusive, endInclusive);
      default:
        return super.getRangeQuery(f.indexField(), lo, hi, startInclusive, endInclusive);
    }
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
        return tags.wildcard(termStr, "a tag matching " + termStr);
      case WORDS:
      case TERMS:
      case KEYWORD:
        return super.getWildcardQuery(f.indexField(), termStr);
      default:
        if ("*".equals(termStr)) {
          return FieldValueQueries.range(f, null, null, true, true);
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
        return FieldValueQueries.id(f, termStr);
      case TAG:
        return tags.wildcard(termStr + "*", "a tag starting with " + termStr);
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
          return tags.regexp(termStr);
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
