package org.istraga.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.istraga.index.IndexSchema;

/**
 * The words of an unstemmed word field ({@code text}, {@code from}, {@code to}, {@code author}...)
 * that are a typed Serbian word in another grammatical case: those whose Serbian stems, by the
 * same analysis as the {@code stem_sr} field, share one with the typed word. {@code Čačku} finds
 * {@code Cacak} in an English memo (English documents have no Serbian stems) and a mail sent to
 * {@code PU Čačak} (the address fields have no stems); {@code Kraljevu} finds {@code Kraljevo}.
 *
 * <p>Only words of the field that begin with the typed word's first letters (the part it shares
 * with its stem, but not the stem's last letter, which a fleeting {@code a} may precede: {@code
 * cack} is the stem of {@code Čačku} and {@code Čačak}, so {@code cac}; {@code beogra} for {@code
 * Beogradu}) are analysed, and only those at most {@link #MAX_EXTRA} letters longer than the stem.
 * (A prefix of at most four letters, {@code beog}, analysed some hundred words of a large case's
 * text for one typed name.) A stem shorter than {@link #MIN_STEM} letters is not expanded
 * ({@code Niš}, {@code nis}; {@code mene}, {@code men}): short stems meet unrelated short words.
 * Only a word that looks Serbian is expanded ({@link #SERBIAN_LOOKING}).
 *
 * <p>Cost: one analysis per distinct candidate word of the field's vocabulary under that prefix
 * (a word in several segments is analysed once per query); thread-safe: the query's answers so far
 * are kept in a concurrent map, and Lucene's analyzers are thread-safe. A query object serves one
 * search; its equality ignores what it has learnt.
 */
final class SerbianStemSiblings extends MultiTermQuery {

  /** Shortest stem that is expanded. */
  static final int MIN_STEM = 4;
  /** Most letters a sibling may have beyond the stem (the longest case endings, {@code -ovima}). */
  static final int MAX_EXTRA = 5;
  /**
   * A typed word that is Serbian beyond doubt: Cyrillic, a letter of Serbian Latin ({@code č ć ž
   * š đ}), or an oblique case ending English words do not have ({@code -u -om -em -oj -ima -ama
   * -ih}). Under the Serbian stemmer English words meet each other wrongly ({@code audit}/{@code
   * audio}, {@code formal}/{@code format}, {@code local}/{@code locate}: 36 groups over 5,019 words
   * of the corpus's English PDFs), so a plain English-looking word is not expanded.
   */
  private static final Pattern SERBIAN_LOOKING = Pattern.compile(
      "(?iu).*[\\p{IsCyrillic}čćžšđ].*|.*(?:u|om|em|oj|ima|ama|ih)");
  /**
   * A capitalised word ending in a vowel, as names in an oblique case are typed ({@code Zorana},
   * {@code Jelene}, {@code Kraljeva}); English words in {@code -a}/{@code -e} are mostly lower case.
   */
  private static final Pattern SERBIAN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+[aeiou]");

  private final Set<String> stems;
  private final String prefix;
  private final int maxLength;
  private final Analyzer analyzer;
  /** Words already analysed, across the index's segments (searched in parallel): sibling or not. */
  private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

  private SerbianStemSiblings(String field, Set<String> stems, String prefix, int maxLength, Analyzer analyzer) {
    super(field, CONSTANT_SCORE_BLENDED_REWRITE);
    this.stems = stems;
    this.prefix = prefix;
    this.maxLength = maxLength;
    this.analyzer = analyzer;
  }

  /**
   * The siblings of one typed word in {@code field}, or null when the word is not a single word of
   * letters, has no stem of {@link #MIN_STEM} letters, or its stem shares fewer than three first
   * letters with it.
   *
   * @param terms the query analysis (its {@code text} and {@code stem_sr} fields)
   */
  static Query of(String field, String word, AnalyzedTerms terms, Analyzer analyzer) throws ParseException {
    if (!word.codePoints().allMatch(Character::isLetter)
        || !SERBIAN_LOOKING.matcher(word).matches() && !SERBIAN_NAME.matcher(word).matches()) {
      return null;
    }
    List<List<String>> folded = terms.analyze(IndexSchema.TEXT, word);
    List<List<String>> stemmed = terms.analyze(IndexSchema.STEM_SR, word);
    if (folded.size() != 1 || stemmed.size() != 1) {
      return null;
    }
    String w = folded.get(0).get(0);
    Set<String> stems = new TreeSet<>();
    int shared = Integer.MAX_VALUE;
    int longest = 0;
    for (String s : stemmed.get(0)) {
      if (s.length() >= MIN_STEM) {
        stems.add(s);
        shared = Math.min(shared, commonPrefix(w, s));
        longest = Math.max(longest, s.length());
      }
    }
    int shortest = stems.stream().mapToInt(String::length).min().orElse(0);
    // the stem's last letter may follow a fleeting a the other cases have (cack: Čačku, Čačak)
    int prefix = Math.min(shared, shortest - 1);
    if (stems.isEmpty() || prefix < 3) {
      return null;
    }
    return new SerbianStemSiblings(field, stems, w.substring(0, prefix),
        longest + MAX_EXTRA, analyzer);
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    BytesRef start = new BytesRef(prefix);
    return new FilteredTermsEnum(terms.iterator()) {
      {
        setInitialSeekTerm(start);
      }

      @Override
      protected AcceptStatus accept(BytesRef term) throws IOException {
        String t = term.utf8ToString();
        if (!t.startsWith(prefix)) {
          return AcceptStatus.END;
        }
        if (t.length() > maxLength) {
          return AcceptStatus.NO;
        }
        return isSibling(t) ? AcceptStatus.YES : AcceptStatus.NO;
      }
    };
  }

  /**
   * Whether a word of the field shares a stem with the typed word. A word found in several
   * segments is analysed once: the answers are kept for the life of this query (one search).
   */
  private boolean isSibling(String word) throws IOException {
    Boolean known = decided.get(word);
    if (known != null) {
      return known;
    }
    boolean sibling = false;
    for (String s : stemsOf(word)) {
      if (stems.contains(s)) {
        sibling = true;
        break;
      }
    }
    decided.put(word, sibling);
    return sibling;
  }

  private List<String> stemsOf(String word) throws IOException {
    List<String> out = new ArrayList<>(2);
    try (var ts = analyzer.tokenStream(IndexSchema.STEM_SR, word)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(getField())) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String f) {
    return (getField().equals(f) ? "" : getField() + ":") + "siblings" + stems;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SerbianStemSiblings s && s.getField().equals(getField()) && s.stems.equals(stems)
        && s.prefix.equals(prefix) && s.maxLength == maxLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(getField(), stems, prefix, maxLength);
  }
}
