package org.istraga.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.istraga.entities.ScriptFolding;
import org.tartarus.snowball.ext.SerbianStemmer;

/**
 * The Snowball Serbian stem of each word (either script in, Latin out), plus the stem with its
 * velar restored where the word's ending changed it. Serbian turns {@code k g h} into {@code c z s}
 * before the {@code -i} of the dative and locative singular of nouns in {@code -ka -ga -ha} and of
 * the nominative plural of nouns in {@code -k -g -h} (sibilarization): {@code nabavka},
 * {@code nabavke}, {@code nabavku}, {@code nabavkom} stem to {@code nabavk}, but {@code nabavci}
 * ("o javnoj nabavci") to {@code nabavc}; {@code knjiga}/{@code knjizi}, {@code vojnik}/{@code
 * vojnici}(ma) alike. The stemmer has no rule for it, so a search for {@code nabavka} missed every
 * text that only said {@code nabavci}.
 *
 * <p>When a word ends in {@code i} (or {@code ima}) right after a stem that ends in {@code c},
 * {@code z} or {@code s}, this filter adds the stem ending in {@code k}, {@code g} or {@code h} at
 * the same position. The twin is only a guess (a stem in {@code c} may be a real one: {@code
 * stranci} also gets {@code strank}), which is why it lives in the stem field, whose matches rank
 * below the word as written. In queries the same twin stands beside the stem as an alternative.
 * Runs before folding (the stemmer reads diacritics). Cost: the stemmer's for each word not seen
 * lately, a hash lookup for the others (the last {@value #CACHED_WORDS} distinct words and their
 * stems are kept, about a megabyte; the stemmer is a pure function of the word, so a stem from the
 * cache is the one the stemmer gives), and a copy of the attributes for words with a twin.
 *
 * <p>Function words ({@link #FUNCTION_WORDS}: the forms of {@code biti} and {@code hteti}, with
 * their negations, and the personal pronouns) are kept whole, not stemmed: the stemmer cuts
 * {@code nisu} ("are not") to {@code nis}, which folding makes the stem of {@code Niš}, {@code
 * Nišu}, {@code Niša}, so every Serbian text with {@code nisu} matched a search for the city.
 * Such words carry no inflection worth finding through a stem, so keeping them whole loses nothing.
 */
final class SerbianStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final SerbianStemmer stemmer = new SerbianStemmer();
  /** Stems of recent words; emptied when full. Text repeats its words, so most are found here. */
  private final Map<String, String> stems = new HashMap<>();
  private State twin;

  /** Words whose stems are kept. */
  static final int CACHED_WORDS = 8192;

  /**
   * Serbian function words kept whole (in Latin, lower case; a Cyrillic word is compared in its
   * Latin spelling): the present, aorist, conditional and past participle of {@code biti} (with
   * the negated and stressed forms), of {@code hteti}/{@code htjeti} (with the negated forms), and
   * the personal and reflexive pronouns in every case, ekavian and ijekavian alike.
   */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "sam", "si", "je", "smo", "ste", "su", "jesam", "jesi", "jest", "jeste", "jesmo", "jesu",
      "nisam", "nisi", "nije", "nismo", "niste", "nisu", "bih", "bi", "bismo", "biste", "bejah",
      "bio", "bila", "bilo", "bili", "bile", "budem", "budeš", "bude", "budemo", "budete", "budu",
      "biće", "bićemo", "bićete", "ću", "ćeš", "će", "ćemo", "ćete", "hoću", "hoćeš", "hoće",
      "hoćemo", "hoćete", "neću", "nećeš", "neće", "nećemo", "nećete", "hteo", "htela", "htelo",
      "hteli", "htele", "htio", "htjela", "htjelo", "htjeli", "htjele",
      "ja", "ti", "on", "ona", "ono", "mi", "vi", "oni", "one", "mene", "meni", "mnom", "me",
      "tebe", "tebi", "tobom", "te", "njega", "njemu", "njim", "njime", "ga", "mu", "nje", "njoj",
      "njom", "nju", "joj", "ju", "nas", "nama", "vas", "vama", "njih", "njima", "ih", "im",
      "sebe", "sebi", "sobom", "se");

  SerbianStemFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (twin != null) {
      restoreState(twin);
      twin = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    String stem = stems.get(word);
    if (stem == null) {
      if (FUNCTION_WORDS.contains(latin(word))) {
        stem = word;
      } else {
        stemmer.setCurrent(word);
        stemmer.stem();
        stem = corrected(word, stemmer.getCurrent());
      }
      if (stems.size() >= CACHED_WORDS) {
        stems.clear();
      }
      stems.put(word, stem);
    }
    term.setEmpty().append(stem);
    char velar = velarTwin(word, stem);
    if (velar != 0) {
      State kept = captureState();
      term.buffer()[stem.length() - 1] = velar;
      posInc.setPositionIncrement(0);
      twin = captureState();
      restoreState(kept);
    }
    return true;
  }

  /**
   * The stemmer's {@code stem} of {@code word} with two of its slips undone, so that every case of
   * a word has one stem: a noun in {@code -an} keeps its {@code n} ({@link #nounInAnStem}) and a
   * short adjective loses the ending the stemmer left ({@link #shortAdjectiveStem}).
   */
  static String corrected(String word, String stem) {
    return shortAdjectiveStem(word, nounInAnStem(word, stem));
  }

  /**
   * The stem of a word in {@code -an} whose final {@code n} the stemmer cut: it cuts {@code Goran},
   * {@code Zoran}, {@code Dejan}, {@code Srđan} to {@code gora}, {@code zora}..., but {@code
   * Goranu}, {@code Gorana}, {@code Goranom} to {@code goran}, so "Goran Đuković" never met "po
   * sudiji Goranu Đukoviću". The word whole is the stem of its other cases.
   */
  static String nounInAnStem(String word, String stem) {
    if (stem.length() < 3 || !stem.endsWith("a")) {
      return stem;
    }
    String latin = latin(word);
    return latin.length() == stem.length() + 1 && latin.endsWith("an") && latin.startsWith(stem) ? latin : stem;
  }

  /**
   * The stem of a short adjective whose case ending the stemmer left on, else {@code stem}. The
   * Snowball stemmer removes an ending only after its first syllable region, so it cuts {@code
   * novog}, {@code novom}, {@code nova} to {@code nov} but leaves {@code novoj}, {@code novim},
   * {@code novih} whole ({@code staroj}, {@code mladoj}, {@code plavoj} alike): "Telekomu Novoj"
   * never met "Telekom Nova". When the stemmer returned the word unchanged and it ends in {@code
   * oj}, {@code im} or {@code ih} after at least three letters, the ending goes (in either script:
   * the stemmer answers in Latin).
   */
  static String shortAdjectiveStem(String word, String stem) {
    int n = stem.length();
    if (n < 5 || !(stem.endsWith("oj") || stem.endsWith("im") || stem.endsWith("ih")) || !stem.equals(latin(word))) {
      return stem; // the stemmer's stem is in Latin whatever the script of the word
    }
    return stem.substring(0, n - 2);
  }

  /**
   * {@code word} (lower case) in Serbian Latin: its Cyrillic letters transliterated ({@link
   * ScriptFolding#toLatin}, the transliteration the entity values use).
   */
  static String latin(String word) {
    return ScriptFolding.toLatin(word);
  }

  /**
   * The velar ({@code k g h}) whose sibilant ends {@code stem} in {@code word}'s case ending, or 0:
   * the stem ends in {@code c z s} and the word in {@code i} or {@code ima} (either script).
   */
  static char velarTwin(String word, String stem) {
    int n = stem.length();
    if (n < 3 || word.length() <= n) {
      return 0;
    }
    String ending = word.substring(word.length() - Math.min(3, word.length()));
    boolean caseEnding = ending.endsWith("i") || ending.endsWith("и") || ending.equals("ima") || ending.equals("има");
    if (!caseEnding) {
      return 0;
    }
    switch (stem.charAt(n - 1)) {
      case 'c':
        return 'k';
      case 'z':
        return 'g';
      case 's':
        return 'h';
      default:
        return 0;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    twin = null;
  }
}
