package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.istraga.index.Analyzers;
import org.istraga.index.IndexSchema;

/**
 * Other spellings of a typed word or phrase that the index analysis does not bring together, which
 * {@link CaseQueryParser} searches beside the words as typed (ranked below them):
 *
 * <ul>
 *   <li>the other reflex of a word-final yat in the adverbs and numerals that have one ({@code
 *       prije}/{@code pre}, {@code poslije}/{@code posle}, {@code dvije}/{@code dve}, {@code
 *       dolje}/{@code dole}): the stems keep a final {@code je}/{@code ije} apart on purpose
 *       ({@code Srbije}, {@code nije}, {@code volje}), so only these closed-class words meet;
 *   <li>the other reflex of an active participle in {@code -eo}/{@code -io} ({@code želeo}/{@code
 *       želio}, {@code voleo}/{@code volio}; five letters at least, so not {@code bio}/{@code beo},
 *       and not the loanwords {@code video}, {@code rodeo}, whose {@code -io} is another word);
 *   <li>the other number of an English noun ({@code annex}/{@code annexes}, {@code
 *       policy}/{@code policies}), which KStem does not always bring to one stem and which a phrase
 *       never had ({@code "price annex"} finds {@code price annexes}): for a phrase, its last word;
 *   <li>a compound written joined that is typed as two words of a phrase ({@code "cyber
 *       security"} finds {@code cybersecurity}, {@code "web site"} {@code website}).
 * </ul>
 *
 * Pure functions; each costs a few string operations per word.
 */
final class SpellingVariants {

  /**
   * Word-final yat in closed-class words: ijekavian → ekavian (folded spellings). Those in {@code
   * dje} ({@code gdje}, {@code ovdje}, {@code negdje}) need no entry: their bare-{@code d} spelling,
   * which every word with {@code dj} is searched in, is the ekavian one ({@code gde}).
   */
  private static final Map<String, String> FINAL_YAT = Map.of(
      "prije", "pre", "poslije", "posle", "dvije", "dve", "obadvije", "obadve", "dolje", "dole");
  /**
   * Loanwords in {@code -eo} whose {@code -io} spelling is another word ({@code video}, the noun of
   * video surveillance, would find {@code vidio}, "saw"; {@code rodeo} {@code rodio}, "gave birth").
   */
  private static final java.util.Set<String> LOANWORDS_IN_EO = java.util.Set.of("video", "rodeo");
  /**
   * English nouns whose plural is not made with {@code -s}/{@code -es}/{@code -ies} (the
   * grammar's closed class of mutated, {@code -en}, Greek and Latin plurals; not those whose other
   * number is also another word, {@code media}, {@code data}, {@code bases}, {@code leaves},
   * {@code lives}), both ways.
   */
  private static final Map<String, String> IRREGULAR_NUMBER = bothWays(Map.ofEntries(
      Map.entry("man", "men"), Map.entry("woman", "women"), Map.entry("child", "children"),
      Map.entry("foot", "feet"), Map.entry("tooth", "teeth"), Map.entry("mouse", "mice"),
      Map.entry("goose", "geese"), Map.entry("analysis", "analyses"), Map.entry("crisis", "crises"),
      Map.entry("thesis", "theses"), Map.entry("hypothesis", "hypotheses"),
      Map.entry("diagnosis", "diagnoses"), Map.entry("synopsis", "synopses"),
      Map.entry("criterion", "criteria"), Map.entry("phenomenon", "phenomena"),
      Map.entry("index", "indices"), Map.entry("appendix", "appendices"), Map.entry("matrix", "matrices"),
      Map.entry("vertex", "vertices"), Map.entry("memorandum", "memoranda"),
      Map.entry("curriculum", "curricula"), Map.entry("addendum", "addenda"),
      Map.entry("erratum", "errata"), Map.entry("stimulus", "stimuli"), Map.entry("nucleus", "nuclei"),
      Map.entry("knife", "knives"), Map.entry("wife", "wives"), Map.entry("wolf", "wolves"),
      Map.entry("thief", "thieves"), Map.entry("shelf", "shelves")));

  private static Map<String, String> bothWays(Map<String, String> singularToPlural) {
    Map<String, String> out = new java.util.HashMap<>(singularToPlural);
    singularToPlural.forEach((singular, plural) -> out.put(plural, singular));
    return Map.copyOf(out);
  }

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  /** A folded word in {@code -ija}/{@code -ije} after a consonant of the nouns' suffixes. */
  private static final Pattern IJA_NOUN = Pattern.compile("[a-z]*[cgzsnrmltdfkph]ij[ae]");
  /** A folded {@code -ovao} or {@code -ovan(a|e|i|o)}: a name as often as a participle. */
  private static final Pattern OV_PARTICIPLE = Pattern.compile("[a-z]*ov(?:ao|an[aeio]?)");
  /** A folded active participle of an {@code -ati} verb: a consonant, then {@code -ao}. */
  private static final Pattern ACTIVE_PARTICIPLE = Pattern.compile("[a-z]*[^aeiou]ao");
  /** A folded passive participle of an {@code -ati} verb; group 1 is the part before {@code -an}. */
  private static final Pattern PASSIVE_PARTICIPLE = Pattern.compile("([a-z]*[^aeiou])an[aeio]?");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{3,}");
  /** Shortest word whose {@code -eo}/{@code -io} is taken for a participle ending. */
  private static final int MIN_PARTICIPLE = 5;
  /** Shortest part of a compound joined from two typed words. */
  private static final int MIN_COMPOUND_PART = 3;

  private SpellingVariants() {}

  /**
   * The other dialect's spelling of one typed word (yat adverb or participle), or null. The
   * variant is folded (lower case, Latin, no diacritics), as the index folds every word.
   */
  static String dialectTwin(String word) {
    if (!LETTERS.matcher(word).matches()) {
      return null;
    }
    String w = Analyzers.normalize(IndexSchema.TEXT, word);
    for (Map.Entry<String, String> e : FINAL_YAT.entrySet()) {
      if (e.getKey().equals(w)) {
        return e.getValue();
      }
      if (e.getValue().equals(w)) {
        return e.getKey();
      }
    }
    if (w.length() >= MIN_PARTICIPLE && w.endsWith("eo") && !LOANWORDS_IN_EO.contains(w)) {
      return w.substring(0, w.length() - 2) + "io";
    }
    if (w.length() >= MIN_PARTICIPLE && w.endsWith("io")) {
      return w.substring(0, w.length() - 2) + "eo";
    }
    return null;
  }

  /**
   * The other of a feminine noun's {@code -ija} and {@code -ije} ({@code komisija}/{@code
   * komisije}, {@code kompanija}/{@code kompanije}), folded, or null. The stems keep a
   * final {@code -ije} apart from {@code -ija} on purpose (a final {@code ije} may be a yat, and
   * {@code -ije} is also a verb's present), so the genitive and plural of every {@code -cija},
   * {@code -gija}, {@code -rija}... noun missed its nominative. Six letters at least, and only
   * after the consonants of those nouns' suffixes ({@code c g z s n r m l t d f k p h}): not after
   * {@code b} or {@code v}, where {@code -ije}/{@code -ija} are a verb's two aspects ({@code
   * dobije}/{@code dobija}, {@code odbije}/{@code odbija}), nor the yat words of {@link #FINAL_YAT}.
   */
  static String ijaTwin(String word) {
    if (!LETTERS.matcher(word).matches()) {
      return null;
    }
    String w = Analyzers.normalize(IndexSchema.TEXT, word);
    if (w.length() < 6 || FINAL_YAT.containsKey(w) || !IJA_NOUN.matcher(w).matches()) {
      return null;
    }
    return w.substring(0, w.length() - 1) + (w.endsWith("a") ? "e" : "a");
  }

  /**
   * The other participle of a verb in {@code -ati} ({@code pročitao}/{@code pročitan}, {@code
   * potpisao}/{@code potpisana}, {@code izabrao}/{@code izabrani}), folded, or null: the active
   * {@code -ao} and the passive {@code -an} (and its {@code -ana -ani -ane -ano}) of one verb, one
   * aspect, which the stems keep apart ({@code potpisa} and {@code potpisan}). The imperfective
   * ({@code potpisivao}) is another verb and keeps its own participles. Only after a consonant and
   * the {@code a} of the infinitive, six letters at least for {@code -ao} ({@code pisao}, {@code
   * posao} are left) and seven for the passive ({@code Dragan}, {@code strana} are left). Not for
   * {@code -ovao}/{@code -ovan}: names end so ({@code Radovan}, {@code Milovan} would find {@code
   * radovao}, "was glad", and {@code milovao}, "caressed"), while the passives of {@code -ovati}
   * verbs are rare ({@code kupovan}); search is case-insensitive, so a capital cannot tell them
   * apart.
   */
  static String participleTwin(String word) {
    if (!LETTERS.matcher(word).matches()) {
      return null;
    }
    String w = Analyzers.normalize(IndexSchema.TEXT, word);
    if (OV_PARTICIPLE.matcher(w).matches()) {
      return null;
    }
    if (w.length() >= 6 && ACTIVE_PARTICIPLE.matcher(w).matches()) {
      return w.substring(0, w.length() - 1) + "n";
    }
    java.util.regex.Matcher m = PASSIVE_PARTICIPLE.matcher(w);
    if (w.length() >= 7 && m.matches()) {
      return m.group(1) + "ao";
    }
    return null;
  }

  /**
   * {@code phrase} with each word that has a {@link #dialectTwin} replaced by it, or null when no
   * word has one.
   */
  static String dialectPhrase(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String twin = dialectTwin(words[i]);
      if (twin != null) {
        words[i] = twin;
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : null;
  }

  /**
   * The other grammatical number of an English-looking word (lower-case ASCII letters, three or
   * more): {@code annexes} → {@code annex}, {@code policies} → {@code policy}, {@code annex} →
   * {@code annexes}, {@code officer} → {@code officers}. Null for other words and for {@code -ss},
   * {@code -us}, {@code -is} endings (no plural {@code s}).
   */
  static String englishNumber(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (!ENGLISH_WORD.matcher(w).matches()) {
      return null;
    }
    String irregular = IRREGULAR_NUMBER.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.matches(".*(?:ch|sh|x|z|ss)es") && w.length() > 4) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s")) {
      return w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.length() < 4
          ? null : w.substring(0, w.length() - 1);
    }
    if (w.matches(".*[^aeiou]y")) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    if (w.matches(".*(?:ch|sh|x|z)")) {
      return w + "es";
    }
    return w + "s";
  }

  /** {@code phrase} with its last word in the other number ({@link #englishNumber}), or null. */
  static String englishNumberPhrase(String phrase) {
    String p = phrase.strip();
    int cut = p.lastIndexOf(' ');
    if (cut < 0) {
      return null;
    }
    String other = englishNumber(p.substring(cut + 1));
    return other == null ? null : p.substring(0, cut + 1) + other;
  }

  /**
   * {@code phrase} with one of its other words (not the last, which {@link #englishNumberPhrase}
   * turns) in the other number, one phrase per such word: {@code "contract signed"} →
   * {@code "contracts signed"}, {@code "price indices report"} → {@code "price index report"}.
   * Empty for one word or more than four.
   */
  static List<String> englishNumberInner(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    if (words.length < 2 || words.length > 4) {
      return out;
    }
    for (int i = 0; i + 1 < words.length; i++) {
      String other = englishNumber(words[i]);
      if (other != null) {
        String[] changed = words.clone();
        changed[i] = other;
        out.add(String.join(" ", changed));
      }
    }
    return out;
  }

  /**
   * The phrase with two adjacent words joined, for each pair of words of letters ({@code cyber
   * security unit} → {@code cybersecurity unit}, {@code cyber securityunit}); empty for one word
   * or more than four.
   */
  static List<String> compounds(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    if (words.length < 2 || words.length > 4) {
      return out;
    }
    for (int i = 0; i + 1 < words.length; i++) {
      if (LETTERS.matcher(words[i]).matches() && LETTERS.matcher(words[i + 1]).matches()
          && words[i].length() >= MIN_COMPOUND_PART && words[i + 1].length() >= MIN_COMPOUND_PART) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < words.length; j++) {
          b.append(j == 0 ? "" : j == i + 1 ? "" : " ").append(words[j]);
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
