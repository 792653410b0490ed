package org.istraga.index;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the index. The main rule: Serbian Cyrillic and Latin are one language in
 * two scripts, so {@code Ниш}, {@code Niš} and {@code Nis} are the same term, {@code Ђорђе},
 * {@code Đorđe} and {@code Djordje} too, and case and diacritics never matter by default.
 *
 * <ul>
 *   <li>{@link #folding()} (field {@code text}, {@code title}, {@code author}...): Unicode word
 *       segmentation, NFKC case folding, Serbian normalization (Cyrillic to "bald" Latin, đ to dj),
 *       then ICU folding of every other diacritic.
 *   <li>{@link #exact()} (field {@code exact}): the same word segmentation, nothing folded: the
 *       spelling, case and script as written.
 *   <li>{@link #stemming()} (field {@code stem}): folding plus English light stemming (KStem), so
 *       {@code contracts} finds {@code contract}.
 *   <li>{@link #pathSegments()} (field {@code path}): file and entry names split at separators
 *       and punctuation, folded.
 *   <li>{@link #keyword()} (e-mail addresses, domains): one lowercased token.
 * </ul>
 *
 * <p>The chains are recorded by name in each case's {@code case.json}; changing one means a new
 * {@link IndexSchema#VERSION}. Analyzers are thread-safe and meant to be reused.
 */
public final class Analyzers {

  private Analyzers() {}

  /** Folds case, diacritics and Serbian script: the default for full text. */
  public static Analyzer folding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        return new TokenStreamComponents(source, fold(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
      }
    };
  }

  /** Keeps spelling, case and script exactly as written. */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        return new TokenStreamComponents(source);
      }
    };
  }

  /** Folding plus English light stemming. */
  public static Analyzer stemming() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        TokenStream ts = new EnglishPossessiveFilter(fold(source));
        return new TokenStreamComponents(source, new KStemFilter(ts));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
      }
    };
  }

  /** Splits paths into name segments and words, folded. */
  public static Analyzer pathSegments() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new PatternTokenizer(java.util.regex.Pattern.compile("[\\\\/!._\\-\\s,;:()\\[\\]{}+=~'\"]+"), -1);
        return new TokenStreamComponents(source, fold(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
      }
    };
  }

  /** The whole value as one folded token (e-mail addresses, domains, ids). */
  public static Analyzer keyword() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, fold(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
      }
    };
  }

  static TokenStream fold(TokenStream in) {
    TokenStream ts = new ICUNormalizer2Filter(in);
    ts = new SerbianNormalizationFilter(ts);
    return new ICUFoldingFilter(ts);
  }

  /** The per-field analyzer used for indexing and querying. */
  public static Analyzer perField() {
    Map<String, Analyzer> fields = new LinkedHashMap<>();
    fields.put(IndexSchema.EXACT, exact());
    fields.put(IndexSchema.STEM, stemming());
    fields.put(IndexSchema.PATH, pathSegments());
    for (String f : IndexSchema.KEYWORD_TEXT_FIELDS) {
      fields.put(f, keyword());
    }
    return new PerFieldAnalyzerWrapper(folding(), fields);
  }

  /** A readable description of each field's chain, recorded in case.json. */
  public static Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    String fold = "StandardTokenizer > ICUNormalizer2(nfkc_cf) > SerbianNormalization > ICUFolding";
    m.put(IndexSchema.TEXT, fold);
    m.put(IndexSchema.TITLE, fold);
    m.put(IndexSchema.AUTHOR, fold);
    m.put(IndexSchema.EXACT, "StandardTokenizer (no folding: case, diacritics and script as written)");
    m.put(IndexSchema.STEM, fold + " > EnglishPossessive > KStem");
    m.put(IndexSchema.PATH, "PatternTokenizer(path separators and punctuation) > ICUNormalizer2 > SerbianNormalization > ICUFolding");
    m.put("keyword fields " + String.join(",", IndexSchema.KEYWORD_TEXT_FIELDS), "KeywordTokenizer > ICUNormalizer2 > SerbianNormalization > ICUFolding");
    return m;
  }
}
