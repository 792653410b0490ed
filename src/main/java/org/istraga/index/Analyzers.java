package org.istraga.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.shingle.FixedShingleFilter;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.BytesRef;

/**
 * The analysis chains of the index. The main rule: Serbian Cyrillic and Latin are one language in
 * two scripts, so {@code Ниш}, {@code Niš} and {@code Nis} are the same term, {@code Ђорђе},
 * {@code Đorđe} and {@code Djordje} too, and case and diacritics never matter by default.
 *
 * <p>The folding step ({@link #fold}) is: ICU NFKC case folding (lowercase, compatibility forms
 * such as the single-letter digraphs {@code ǉ ǌ ǆ}), Lucene's Serbian normalization (Cyrillic to
 * "bald" Latin: {@code ђ}/{@code đ} to {@code dj}, {@code ч ћ č ć} to {@code c}, {@code ш š} to
 * {@code s}, {@code ж ž} to {@code z}, {@code љ} to {@code lj}...), then ICU folding of every other
 * accent ({@code é} to {@code e}, {@code ß} to {@code ss}), then the Serbian normalization once
 * more for the Cyrillic letters that ICU folding bared ({@code й} to {@code и} to {@code i}). The
 * chains:
 *
 * <ul>
 *   <li>{@link #folding()} (fields {@code text}, {@code title}, {@code subject}, {@code author},
 *       {@code org}...): Unicode word segmentation (UAX#29), then folding, then the bare-{@code d}
 *       spelling of words with {@code dj} ({@link BareDVariantFilter}): indexed as a twin at the
 *       word's position, and in queries instead of the word, so {@code Đorđe}, {@code Djordje},
 *       {@code Dorde} and {@code Dordje} all find each other. When indexing, a word hyphenated at
 *       a line end is also indexed whole ({@link LineEndHyphenFilter}), and a word that
 *       segmentation keeps whole across {@code . : ' _} ({@code lucene.apache.org}, {@code
 *       Sl.glasnik}) also as its parts ({@link WordPartsFilter}); both in every chain of the text's
 *       words: exact, pairs and stems too.
 *   <li>{@link #exact()} (field {@code exact}): the same words, nothing folded: spelling, case and
 *       script as written.
 *   <li>{@link #pairs()} (field {@code text_pairs}): folded words joined in adjacent pairs (with the
 *       bare-{@code d} spellings, like the words); phrase queries use it to find candidate documents
 *       fast (see docs/schema.md).
 *   <li>{@link #englishStem(boolean)} (field {@code stem}, English documents): folding, possessive
 *       removal and KStem, so {@code contracts} finds {@code contract}.
 *   <li>{@link #serbianStem(boolean)} (field {@code stem_sr}, Serbian, Croatian, Bosnian and Montenegrin
 *       documents): the Snowball Serbian stemmer (which reads both scripts) before folding, so
 *       {@code nabavka} finds {@code nabavke}.
 *   <li>{@link #pathSegments()} (fields {@code path}, {@code name}): names split at separators and
 *       punctuation, folded.
 *   <li>{@link #addresses()} (fields {@code from}, {@code to}): e-mail addresses kept whole (and
 *       their domain added), display names as words, folded.
 *   <li>{@link #keyword()} (type, status, flags, e-mails, procurement numbers...): the whole value
 *       as one folded token.
 *   <li>{@link #identifier()} (IBAN, PIB, MB, phone, bank account): one folded token with
 *       everything but letters and digits removed, so {@code RS35 2600 0560} equals {@code
 *       RS352600056}.
 * </ul>
 *
 * <p>Multi-valued fields (several authors, paths, recipients) get a position gap of {@value
 * #POSITION_GAP} between values so that a phrase never spans two values.
 *
 * <p>The chains are recorded by name in each case's {@code case.json} ({@link #describe()});
 * changing one means a new {@link IndexSchema#VERSION}. Analyzers are thread-safe and meant to be
 * reused.
 */
public final class Analyzers {

  /** Positions between two values of a multi-valued field. */
  public static final int POSITION_GAP = 100;

  private static final Pattern PATH_SEPARATORS =
      Pattern.compile("[\\\\/!._\\-\\s,;:()\\[\\]{}+=~'\"#&@$%^`|<>?*]+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Analyzer PER_FIELD = buildPerField(false);
  private static final Analyzer PER_FIELD_QUERY = buildPerField(true);

  private Analyzers() {}

  /** Folds case, diacritics and Serbian script: the default for words (queries). */
  public static Analyzer folding() {
    return folding(false);
  }

  /**
   * Folds case, diacritics and Serbian script, and spells {@code dj} as {@code d} ({@link
   * BareDVariantFilter}): when indexing as a twin of the word, in queries instead of it; when
   * indexing, words hyphenated at a line end are also emitted whole ({@link LineEndHyphenFilter}).
   */
  static Analyzer folding(boolean forIndex) {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        if (forIndex) {
          return joinedWords(words -> BareDVariantFilter.twin(fold(words)));
        }
        Tokenizer source = words();
        return new TokenStreamComponents(source, BareDVariantFilter.replace(fold(new JoinedSpellingFilter(source))));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return BareDVariantFilter.replace(fold(in));
      }
    };
  }

  /** Keeps spelling, case and script exactly as written (queries). */
  public static Analyzer exact() {
    return exact(false);
  }

  /**
   * Keeps spelling, case and script exactly as written; when indexing, a word hyphenated at a line
   * end is also indexed whole ({@link LineEndHyphenFilter}).
   */
  static Analyzer exact(boolean forIndex) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        if (forIndex) {
          return joinedWords(words -> words);
        }
        return new TokenStreamComponents(words());
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
      }
    };
  }

  /** Folded adjacent word pairs ("safe city"); no single words (queries). */
  public static Analyzer pairs() {
    return pairs(false);
  }

  /**
   * Folded adjacent word pairs with the bare-{@code d} spellings of words with {@code dj} (every
   * combination when indexing); when indexing, words hyphenated at a line end also joined.
   */
  static Analyzer pairs(boolean forIndex) {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        if (forIndex) {
          return joinedWords(words -> new FixedShingleFilter(BareDVariantFilter.twin(fold(words)), 2, " ", ""));
        }
        Tokenizer source = words();
        return new TokenStreamComponents(source,
            new FixedShingleFilter(BareDVariantFilter.replace(fold(new JoinedSpellingFilter(source))), 2, " ", ""));
      }
    };
  }

  /**
   * Folding plus English light stemming; when indexing, words hyphenated at a line end are also
   * stemmed whole ({@link LineEndHyphenFilter}) and words joined by {@code . : ' _} also as their
   * parts ({@link WordPartsFilter}). A query's word stays whole (its parts stacked on it would be
   * alternatives), its abbreviation dots and apostrophes dropped ({@link JoinedSpellingFilter}).
   */
  static Analyzer englishStem(boolean forIndex) {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        UnaryOperator<TokenStream> stem = words -> new KStemFilter(new EnglishPossessiveFilter(fold(words)));
        if (forIndex) {
          return joinedWords(stem);
        }
        Tokenizer source = words();
        return new TokenStreamComponents(source, stem.apply(new JoinedSpellingFilter(source)));
      }
    };
  }

  /**
   * Serbian (Snowball) stemming of either script with the velar twin of {@link
   * SerbianStemFilter}, then folding and the bare-{@code d} spelling ({@link BareDVariantFilter}:
   * {@code ponudac} typed without diacritics finds {@code ponuđača}); words and parts as in {@link
   * #englishStem(boolean)}.
   */
  static Analyzer serbianStem(boolean forIndex) {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        if (forIndex) {
          return joinedWords(words -> BareDVariantFilter.twin(serbianStems(words)));
        }
        Tokenizer source = words();
        return new TokenStreamComponents(source, BareDVariantFilter.replace(serbianStems(new JoinedSpellingFilter(source))));
      }
    };
  }

  /**
   * Adjacent pairs of Serbian stems ({@code javn nabavk} for {@code javne nabavke}, {@code javnoj
   * nabavci} and {@code Јавна набавка} alike), with every combination of the stems' twins, so a
   * phrase is found in whatever grammatical case its words stand; words and parts as in {@link
   * #serbianStem(boolean)}.
   */
  static Analyzer serbianStemPairs(boolean forIndex) {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        if (forIndex) {
          return joinedWords(words -> new FixedShingleFilter(BareDVariantFilter.twin(serbianStems(words)), 2, " ", ""));
        }
        Tokenizer source = words();
        return new TokenStreamComponents(source, new FixedShingleFilter(
            BareDVariantFilter.replace(serbianStems(new JoinedSpellingFilter(source))), 2, " ", ""));
      }
    };
  }

  /** Serbian stems, folded: look-alike letters unmixed, the Snowball stem and its velar twin. */
  static TokenStream serbianStems(TokenStream words) {
    return fold(new SerbianStemFilter(new ICUNormalizer2Filter(new MixedScriptFilter(words))));
  }

  /**
   * Word segmentation whose words hyphenated at a line end are also emitted whole ({@link
   * LineEndHyphenFilter}) and whose words joined by {@code . : ' _} also as their parts ({@link
   * WordPartsFilter}), followed by {@code rest}. The filter reads the text between words
   * through a {@link TextWindow} around the tokenizer's reader.
   */
  private static Analyzer.TokenStreamComponents joinedWords(UnaryOperator<TokenStream> rest) {
    Tokenizer source = words();
    TextWindow window = new TextWindow();
    TokenStream joined = new NumberValueFilter(new WordPartsFilter(new LineEndHyphenFilter(source, window)), window);
    return new Analyzer.TokenStreamComponents(reader -> source.setReader(window.wrap(reader)), rest.apply(joined));
  }

  /**
   * Characters of one path segment that are indexed: archive entry names and mail subjects can be
   * tens of kilobytes without a separator, and one token may not exceed Lucene's 32,766-byte term
   * limit, even after folding expands it (up to 18 characters for one, 3 UTF-8 bytes each).
   */
  static final int MAX_PATH_SEGMENT = 255;

  /**
   * {@code value} with every segment that {@link #pathSegments()} would make a token cut to its
   * first {@link #MAX_PATH_SEGMENT} characters; the separators are kept, so positions are the
   * same. Values without such a segment are returned as they are (the common case costs one scan).
   */
  static String cutPathSegments(String value) {
    java.util.regex.Matcher m = PATH_SEPARATORS.matcher(value);
    StringBuilder out = null;
    int start = 0;
    while (true) {
      boolean found = m.find();
      int end = found ? m.start() : value.length();
      if (end - start > MAX_PATH_SEGMENT) {
        if (out == null) {
          out = new StringBuilder(value.length()).append(value, 0, start);
        }
        int cut = start + MAX_PATH_SEGMENT;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
          cut--;
        }
        out.append(value, start, cut);
      } else if (out != null) {
        out.append(value, start, end);
      }
      if (!found) {
        break;
      }
      if (out != null) {
        out.append(value, m.start(), m.end());
      }
      start = m.end();
    }
    return out == null ? value : out.toString();
  }

  /** Splits paths and file names into segments and words, folded. */
  public static Analyzer pathSegments() {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new PatternTokenizer(PATH_SEPARATORS, -1);
        return new TokenStreamComponents(source, fold(source));
      }
    };
  }

  /**
   * E-mail header values: addresses whole plus (when indexing) their domain, names as words,
   * folded. At query time the domain is not added, so {@code from:ana@x.rs} stays exact.
   */
  public static Analyzer addresses(boolean forQuery) {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        UAX29URLEmailTokenizer source = new UAX29URLEmailTokenizer();
        source.setMaxTokenLength(255);
        TokenStream folded = fold(source);
        return new TokenStreamComponents(source, forQuery ? folded : new EmailDomainFilter(folded));
      }
    };
  }

  /** The whole value as one folded token. */
  public static Analyzer keyword() {
    return new Chain() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, fold(source));
      }
    };
  }

  /** The whole value as one folded token with only letters and digits kept. */
  public static Analyzer identifier() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, stripPunctuation(fold(source)));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return stripPunctuation(fold(in));
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
      }
    };
  }

  private static TokenStream stripPunctuation(TokenStream in) {
    return new PatternReplaceFilter(in, NOT_ALPHANUMERIC, "", true);
  }

  private static Tokenizer words() {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(255);
    return source;
  }

  /**
   * The folding step shared by every folded chain (see the class comment). The Serbian
   * normalization runs again after ICU folding: folding strips the marks of Cyrillic letters that
   * Serbian does not use ({@code й ё ѓ ќ ў ї} become {@code и е г к у і}), and the second pass
   * transliterates the letters so exposed like every other ({@code и} to {@code i}), so that
   * {@code настройках} and {@code настроиках}, {@code ёлка} and {@code елка} fold alike instead of
   * into terms of mixed script.
   */
  static TokenStream fold(TokenStream in) {
    TokenStream ts = new ICUNormalizer2Filter(new MixedScriptFilter(in));
    ts = new SerbianNormalizationFilter(ts);
    ts = new ICUFoldingFilter(ts);
    return new SerbianNormalizationFilter(ts);
  }

  /**
   * Folds a keyword value the way keyword fields are indexed and queried ({@code PDF} to {@code
   * pdf}, {@code Ђорђе} to {@code djordje}).
   */
  public static String foldKeyword(String value) {
    BytesRef b = PER_FIELD.normalize(IndexSchema.TYPE, value);
    return b.utf8ToString();
  }

  /**
   * The plain spelling under which the text chains also index a number written with thousands
   * separators or decimals ({@code 3.250.000,00} → {@code 3250000}, {@code 1.250.000,50} →
   * {@code 1250000.50}; {@link NumberValueFilter}), or null when {@code number} is none.
   */
  public static String plainNumber(CharSequence number) {
    return NumberValueFilter.plain(number);
  }

  /** Normalizes a value the way field {@code field} indexes it as a single token. */
  public static String normalize(String field, String value) {
    return PER_FIELD.normalize(field, value).utf8ToString();
  }

  /** The per-field analyzer used for indexing (shared, thread-safe). */
  public static Analyzer perField() {
    return PER_FIELD;
  }

  /**
   * The per-field analyzer for queries: the indexing chains except that e-mail addresses do not
   * expand to their domain (shared, thread-safe).
   */
  public static Analyzer perFieldForQuery() {
    return PER_FIELD_QUERY;
  }

  private static Analyzer buildPerField(boolean forQuery) {
    Map<String, Analyzer> fields = new LinkedHashMap<>();
    fields.put(IndexSchema.EXACT, exact(!forQuery));
    fields.put(IndexSchema.PAIRS, pairs(!forQuery));
    fields.put(IndexSchema.STEM, englishStem(!forQuery));
    fields.put(IndexSchema.STEM_SR, serbianStem(!forQuery));
    fields.put(IndexSchema.STEM_SR_PAIRS, serbianStemPairs(!forQuery));
    fields.put(IndexSchema.PATH, pathSegments());
    fields.put(IndexSchema.NAME, pathSegments());
    Analyzer addresses = addresses(forQuery);
    fields.put(IndexSchema.FROM, addresses);
    fields.put(IndexSchema.TO, addresses);
    Analyzer keyword = keyword();
    for (String f : IndexSchema.KEYWORD_FIELDS) {
      fields.put(f, keyword);
    }
    Analyzer identifier = identifier();
    for (String f : IndexSchema.IDENTIFIER_FIELDS) {
      fields.put(f, identifier);
    }
    return new EntityAwareWrapper(folding(!forQuery), fields, keyword, identifier);
  }

  /**
   * Routes fields to chains: the fixed map first, then entity fields by their type (identifiers,
   * org names as words, every other entity type as a keyword), then the folding default.
   */
  private static final class EntityAwareWrapper extends DelegatingAnalyzerWrapper {
    private final Map<String, Analyzer> fixed;
    private final Analyzer words;
    private final Analyzer keyword;
    private final Analyzer identifier;

    EntityAwareWrapper(Analyzer words, Map<String, Analyzer> fixed, Analyzer keyword, Analyzer identifier) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.fixed = fixed;
      this.words = words;
      this.keyword = keyword;
      this.identifier = identifier;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      Analyzer a = fixed.get(fieldName);
      if (a != null) {
        return a;
      }
      if (EntityFields.isEntityField(fieldName)) {
        switch (EntityFields.analysisOf(fieldName)) {
          case IDENTIFIER:
            return identifier;
          case WORDS:
            return words;
          default:
            return keyword;
        }
      }
      return words;
    }
  }

  /** An analyzer whose multi-term normalization is the folding step and whose values are apart. */
  private abstract static class Chain extends Analyzer {
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return fold(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return POSITION_GAP;
    }
  }

  /** A readable description of each field's chain, recorded in case.json. */
  public static Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    String fold = "MixedScript > ICUNormalizer2(nfkc_cf) > SerbianNormalization > ICUFolding > SerbianNormalization";
    String tokens = "StandardTokenizer(255) > LineEndHyphen(indexing only; line-end and in-line hyphens) > WordParts(indexing only)"
        + " > NumberValue(indexing only)";
    String words = tokens + " > " + fold;
    String wordsWithBareD = tokens + " > JoinedSpelling(queries only) > " + fold
        + " > BareDVariant(indexing: twin; queries: replace)";
    m.put("words: " + String.join(",", IndexSchema.WORD_FIELDS) + ",entity org/watchlist", wordsWithBareD);
    m.put(IndexSchema.EXACT, tokens + ", nothing folded");
    m.put(IndexSchema.PAIRS, wordsWithBareD + " > FixedShingle(2, ' ')");
    m.put(IndexSchema.STEM, words + " > EnglishPossessive > KStem (documents in English)");
    m.put(IndexSchema.STEM_SR,
        tokens + " > MixedScript > ICUNormalizer2(nfkc_cf) > SerbianStem(Snowball with its ijekavian rule, slips undone: -an cases, nj/lj instrumental; twins: velar, fleeting a, bare -om/-og, -ati infinitive, soft -em instrumental, -aju present plural; function words whole) > SerbianNormalization > ICUFolding"
            + " > SerbianNormalization > BareDVariant(indexing: twin; queries: replace)"
            + " (documents in sr, hr, bs, cnr, sh)");
    m.put(IndexSchema.STEM_SR_PAIRS, m.get(IndexSchema.STEM_SR) + " > FixedShingle(2, ' ')");
    m.put("paths: " + IndexSchema.PATH + "," + IndexSchema.NAME,
        "PatternTokenizer(" + PATH_SEPARATORS.pattern() + ") > " + fold);
    m.put("addresses: " + IndexSchema.FROM + "," + IndexSchema.TO,
        "UAX29URLEmailTokenizer(255) > " + fold + " > EmailDomain(domain, local part and its words)");
    m.put("keywords: " + String.join(",", IndexSchema.KEYWORD_FIELDS) + ",other entity types",
        "KeywordTokenizer > " + fold);
    m.put("identifiers: " + String.join(",", IndexSchema.IDENTIFIER_FIELDS),
        "KeywordTokenizer > " + fold + " > PatternReplace([^\\p{L}\\p{N}]+, '')");
    m.put("position_increment_gap", Integer.toString(POSITION_GAP));
    return m;
  }
}
