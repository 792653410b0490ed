package org.istraga.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * cache is the one the stemmer gives, with the same corrections and twins), and a copy of the
 * attributes for words with twins.
 *
 * <p>Function words ({@link #FUNCTION_WORDS}: the forms of {@code biti} and {@code hteti}, with
 * their negations, and the personal pronouns) are kept whole, not stemmed: the stemmer cuts
 * {@code nisu} ("are not") to {@code nis}, which folding makes the stem of {@code Niš}, {@code
 * Nišu}, {@code Niša}, so every Serbian text with {@code nisu} matched a search for the city.
 * Such words carry no inflection worth finding through a stem, so keeping them whole loses nothing.
 *
 * <p>Ekavian and ijekavian: the stemmer itself spells {@code ije} and {@code je} between two
 * consonants {@code e} before it stems, so {@code sjednica}, {@code cijena}, {@code mjesto} have
 * the stems of {@code sednica}, {@code cena}, {@code mesto}. Other slips of the stemmer that give
 * the forms of one word different stems are undone ({@link #corrected}) or bridged by twins beside
 * the stem ({@link #twins}: the velar, the {@code n} of nouns in {@code -an}, the fleeting {@code
 * a}, a bare {@code -om}/{@code -og}, the infinitive's {@code a}); each rule was kept only after
 * measuring, over the corpus's Serbian vocabulary, the words it makes meet (docs/schema.md).
 * The stems and twins of a word are remembered together.
 */
final class SerbianStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final SerbianStemmer stemmer = new SerbianStemmer();
  /** Stems of recent words; emptied when full. Text repeats its words, so most are found here. */
  private final Map<String, String[]> stems = new HashMap<>();
  /** The current word's token (its first stem), from which its twins are made; null when none are left. */
  private State word;
  private String[] pending;
  private int next;

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
    if (word != null) {
      restoreState(word);
      term.setEmpty().append(pending[next++]);
      posInc.setPositionIncrement(0);
      if (next == pending.length) {
        word = null;
      }
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String w = term.toString();
    String[] forms = stems.get(w);
    if (forms == null) {
      forms = forms(w);
      if (stems.size() >= CACHED_WORDS) {
        stems.clear();
      }
      stems.put(w, forms);
    }
    term.setEmpty().append(forms[0]);
    if (forms.length > 1) {
      word = captureState();
      pending = forms;
      next = 1;
    }
    return true;
  }

  /**
   * The stem of {@code word} (lower case, either script) followed by its twins, without repeats:
   * the word itself when it is a function word, else the stemmer's stem {@link #corrected} and the
   * twins of {@link #twins}.
   */
  String[] forms(String word) {
    if (FUNCTION_WORDS.contains(latin(word))) {
      return new String[] {word};
    }
    stemmer.setCurrent(word);
    stemmer.stem();
    String stem = corrected(word, stemmer.getCurrent());
    List<String> twins = twins(word, stem);
    if (twins.isEmpty()) {
      return new String[] {stem};
    }
    String[] out = new String[twins.size() + 1];
    out[0] = stem;
    for (int i = 0; i < twins.size(); i++) {
      out[i + 1] = twins.get(i);
    }
    return out;
  }

  /**
   * The stems that stand beside {@code stem} at the word's position, each a guess at the stem the
   * stemmer gives the word's other forms (none equal to {@code stem} or to each other): the velar
   * restored after sibilarization ({@link #velarTwin}), the {@code n} of a noun in {@code -an}
   * ({@link #nounInAnTwin}), the stem without the fleeting {@code a} of
   * a short adjective ({@link #fleetingATwin}), and the stem without an {@code -om}/{@code -og}
   * that the stemmer takes for an ending in the bare word ({@link #bareOEndingTwin}).
   */
  static List<String> twins(String word, String stem) {
    List<String> out = new ArrayList<>(2);
    char velar = velarTwin(word, stem);
    if (velar != 0) {
      out.add(stem.substring(0, stem.length() - 1) + velar);
    }
    addNew(out, stem, nounInAnTwin(word, stem));
    addNew(out, stem, fleetingATwin(word, stem));
    addNew(out, stem, bareOEndingTwin(stem));
    addNew(out, stem, thematicATwin(word, stem));
    addNew(out, stem, softInstrumentalTwin(word, stem));
    addNew(out, stem, presentPluralTwin(word, stem));
    return out;
  }

  private static void addNew(List<String> out, String stem, String twin) {
    if (twin != null && !twin.equals(stem) && !out.contains(twin)) {
      out.add(twin);
    }
  }

  /**
   * The stemmer's {@code stem} of {@code word} with three of its slips undone, so that every case of
   * a word has one stem: a noun in {@code -an} keeps its {@code n} ({@link #nounInAnStem}), a
   * short adjective loses the ending the stemmer left ({@link #shortAdjectiveStem}), and a word
   * in {@code -nje}/{@code -lje} keeps its digraph in the instrumental ({@link #digraphStem}).
   */
  static String corrected(String word, String stem) {
    return digraphStem(word, shortAdjectiveStem(word, nounInAnStem(word, stem)));
  }

  /**
   * The stem of a word in {@code -an} whose final {@code n} the stemmer cut: it cuts {@code Goran},
   * {@code Zoran}, {@code Dejan}, {@code Srđan} to {@code gora}, {@code zora}..., but {@code
   * Goranu}, {@code Gorana}, {@code Goranom} to {@code goran}, so "Goran Đuković" never met "po
   * sudiji Goranu Đukoviću". The word whole is the stem of its other cases. (The stemmer cuts some
   * of the other cases so too: see {@link #nounInAnTwin}.)
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

  /** Endings after {@code nj}/{@code lj} + {@code e} that the stemmer cuts: {@code -em -eg -ega -emu}. */
  private static final String[] DIGRAPH_ENDINGS = {"jem", "jeg", "jega", "jemu"};

  /**
   * The stem of a word in {@code -njem -ljem -njeg -ljeg...} with its digraph whole. The stemmer
   * reads {@code nj} and {@code lj} as two letters, and its ijekavian rule ({@code je} between
   * consonants is {@code e}, which makes {@code mjesto} {@code mesto}) reads the {@code j} of
   * {@code rešenjem} as that of a {@code je}: it cuts {@code rešenjem} to {@code rešen} while
   * {@code rešenje}, {@code rešenja}, {@code rešenju} are {@code rešenj}, so "u skladu sa rešenjem"
   * never met a search for {@code rešenje} (nor {@code pitanjem}, {@code mišljenjem},
   * {@code prijateljem}, {@code srednjeg} theirs). When the word ends in {@code n} or {@code l},
   * {@code j}, {@code e} and one of those endings, and the stem ends where that {@code n}/{@code l}
   * is (or with its {@code e}), the stem gets its {@code j} back.
   */
  static String digraphStem(String word, String stem) {
    String latin = latin(word);
    for (String ending : DIGRAPH_ENDINGS) {
      int at = latin.length() - ending.length() - 1; // where the n or l is
      if (at >= 2 && latin.endsWith(ending) && (latin.charAt(at) == 'n' || latin.charAt(at) == 'l')) {
        char c = latin.charAt(at);
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == c) {
          return stem + 'j';
        }
        if (n >= 4 && stem.charAt(n - 1) == 'e' && stem.charAt(n - 2) == c) {
          return stem.substring(0, n - 1) + 'j';
        }
        return stem;
      }
    }
    return stem;
  }

  /**
   * The stem with the {@code n} the stemmer cut from an inflected word in {@code -an}, or null: it
   * cuts {@code kapetana}, {@code kapetani} to {@code kapeta} (and the passive participles {@code
   * propisana}, {@code propisani} to {@code propisa}) while {@code kapetan}, {@code kapetanu},
   * {@code kapetanom} are {@code kapetan}. A stem in {@code a} cut from the word by {@code n} and one
   * vowel gets the stem with the {@code n} as a twin. A twin, not a correction: the stem stays
   * for the forms that share it ({@code prestane} is {@code presta} like {@code prestaje}, and
   * {@code propisana} keeps meeting {@code propisati}).
   */
  static String nounInAnTwin(String word, String stem) {
    int n = stem.length();
    if (n < 3 || stem.charAt(n - 1) != 'a') {
      return null;
    }
    String latin = latin(word);
    return latin.length() == n + 2 && latin.startsWith(stem) && latin.charAt(n) == 'n'
        && isVowel(latin.charAt(n + 1)) ? stem + 'n' : null;
  }

  /**
   * The stem of a short adjective without its fleeting {@code a}, or null: {@code dužan},
   * {@code poseban}, {@code siguran} are {@code dužn}, {@code posebn}, {@code sigurn} in every other
   * form ({@code dužna}, {@code posebnog}, {@code sigurni}), while the stemmer keeps the {@code a}
   * ({@code dužan}, with {@link #nounInAnStem}) or cuts {@code an} whole ({@code sigur}). Given to
   * every word of five letters or more ending in a consonant and {@code an}; nouns in {@code -an}
   * ({@code Goran}, {@code kapetan}) get a twin ({@code gorn}, {@code kapetn}) that is the stem of
   * no other word, which costs a term and finds nothing more.
   */
  static String fleetingATwin(String word, String stem) {
    String latin = latin(word);
    int n = latin.length();
    if (n < 5 || !latin.endsWith("an") || isVowel(latin.charAt(n - 3))) {
      return null;
    }
    return latin.substring(0, n - 2) + 'n';
  }

  /**
   * The stem without its final {@code om}/{@code og}, or null: the stemmer takes the {@code -om}
   * of the instrumental and the {@code -og} of the adjective for endings also where they are the
   * end of the word itself, so it cuts {@code telekom} to {@code telek} and {@code predlog} to
   * {@code predl}, but {@code telekoma}, {@code telekomom}, {@code predloga}, {@code predlogu} to
   * {@code telekom}, {@code predlog}. The stem of those other forms gets the shorter stem as a
   * twin, so all forms share it; only stems of six letters or more (the twin keeps four).
   */
  static String bareOEndingTwin(String stem) {
    int n = stem.length();
    return n >= 6 && (stem.endsWith("om") || stem.endsWith("og")) ? stem.substring(0, n - 2) : null;
  }

  /**
   * The stem without the thematic {@code a} the stemmer left on a verb, or null: it cuts {@code
   * menjati}, {@code menjaju}, {@code menjao} to {@code menja} but {@code menja}, {@code menjam} to
   * {@code menj} (and {@code mijenjati}, {@code мијења} alike), so the infinitive missed the
   * present. The stem of an infinitive in {@code -ati} (five letters or more, a consonant before the
   * {@code a}) gets the stem without the {@code a} as a twin, so the infinitive meets both groups.
   * Only the infinitive: the same twin on every stem in {@code a} ({@code poslao}, {@code pošla})
   * made {@code posle} meet {@code poslao}, {@code prođe} meet {@code prodaje}, over the corpus.
   */
  static String thematicATwin(String word, String stem) {
    int n = stem.length();
    if (n < 5 || stem.charAt(n - 1) != 'a' || isVowel(stem.charAt(n - 2))) {
      return null;
    }
    if (!latin(word).endsWith(stem.substring(n - 3) + "ti")) {
      return null; // not an infinitive whose "ti" alone was cut
    }
    return stem.substring(0, n - 1);
  }

  /** Consonants after which the instrumental ending is {@code -em}, not {@code -om} ({@code nj}/{@code lj} aside). */
  private static final String SOFT_CONSONANTS = "čćžšđc";

  /**
   * The stem of the other cases of a masculine or neuter word whose instrumental in {@code -em}
   * (after a soft consonant) the stemmer left with its {@code e}, or null: it cuts {@code
   * ponuđača}, {@code ponuđači} to {@code ponuđač} but {@code ponuđačem} to {@code ponuđače}, and so
   * {@code Petrovićem}, {@code nožem}, {@code novcem}, {@code ocem}; after a {@code j} it cuts
   * {@code brojem}, {@code razvojem} to {@code broje}, {@code razvoje}, reads {@code izveštajem} by
   * its ijekavian rule as {@code izvešta}, and leaves {@code krajem} whole, while {@code broj},
   * {@code izveštaj}, {@code kraj} keep their {@code j}. The twin is the stem those other cases
   * have. ({@code nj}/{@code lj} are {@link #digraphStem}'s.)
   */
  static String softInstrumentalTwin(String word, String stem) {
    String latin = latin(word);
    int n = latin.length();
    if (n < 5 || !latin.endsWith("em")) {
      return null;
    }
    char c = latin.charAt(n - 3);
    String bare = latin.substring(0, n - 2); // the word without -em
    if (SOFT_CONSONANTS.indexOf(c) >= 0 || c == 'j' && isVowel(latin.charAt(n - 4))) {
      if (stem.equals(latin.substring(0, n - 1)) || stem.equals(latin)) {
        return bare;
      }
      if (c == 'j' && stem.equals(latin.substring(0, n - 3))) {
        return bare;
      }
    }
    return null;
  }

  /**
   * The stem of the present of a verb in {@code -a-} for its third person plural, or null: the
   * stemmer cuts {@code menjaju}, {@code čitaju}, {@code gledaju} to {@code menja}, {@code čita},
   * {@code gleda}, but {@code menja}, {@code čita}, {@code gleda} (and {@code мијења}) to {@code
   * menj}, {@code čit}, {@code gled}, so the plural missed the singular. A word that ends in its
   * stem's last three letters (its {@code a} after a consonant; the stem five letters or more) and
   * {@code ju} ({@code mijenjaju}, whose stem is {@code menja}, too) gets the stem
   * without the {@code a} as a twin. (The same twin on every stem in {@code a} made {@code posle}
   * meet {@code poslao}; {@code -aju} is only the present plural.)
   */
  static String presentPluralTwin(String word, String stem) {
    int n = stem.length();
    if (n < 5 || stem.charAt(n - 1) != 'a' || isVowel(stem.charAt(n - 2))) {
      return null;
    }
    // the word's end, not the whole word: the stemmer spells an ijekavian mijenjaju as menja
    return latin(word).endsWith(stem.substring(n - 3) + "ju") ? stem.substring(0, n - 1) : null;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
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
    word = null;
    pending = null;
  }
}
