package org.istraga.ingest.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects the main language of a text and returns its ISO 639-1 code ({@code sr}, {@code en},
 * {@code hr}...), or the ISO 639-3 code where no two-letter code exists; Chinese in simplified
 * or traditional characters is {@code zh}. When the model's best answer is uncertain (a near tie
 * on a few words) or one of its romanized classes (Hindi, Bengali, Urdu, Tamil... in Latin
 * letters, {@code hin-rom}, its answer for Latin text it cannot place: English one-liners, runs of
 * mail headers, JSON keys, OCR noise), function words and letters decide ({@link
 * FunctionWordVote}), and without plain evidence the language is unknown (null), which is better
 * than a false claim in an index. Encoded data in the text (base64, escapes; see {@link
 * ScriptDetector}) is not read.
 *
 * <p>Statistical models confuse Serbian, Croatian and Bosnian, which differ mostly in vocabulary
 * and, for Serbian, in the Cyrillic script and the ekavian forms. So after the OpenNLP model
 * (shipped by Apache Tika, see {@link NgramLanguageModel}) has placed a text in that group, Cyrillic text is Serbian, and Latin
 * text is decided by counting words that only one standard uses ({@code hiljada, opština,
 * izveštaj} against {@code tisuća, općina, izvješće}); without decisive markers the model's answer
 * stands.
 *
 * <p>Cost: the model reads at most {@link #MODEL_SAMPLE} characters in one evaluation (about
 * 1 ms), the marker words at most {@link #SAMPLE}; the model (23 MB) loads once per process.
 * Thread-safe.
 */
public final class LanguageDetector {

  /** Characters examined for the Serbian and Croatian marker words. */
  public static final int SAMPLE = 20_000;
  /**
   * Characters the statistical model reads, from the start of the text: enough n-grams for a
   * stable answer, and a bounded cost however long the document.
   */
  static final int MODEL_SAMPLE = 2_000;
  /** Share of the minority script's letters in a Latin and Cyrillic text above which the model reads only the majority's words. */
  static final double MIXED_SHARE = 0.10;
  /** Letters a text needs before a language is claimed. */
  static final int MIN_LETTERS = 20;
  /**
   * Probability of the model's best answer below which it is a near tie among its hundred-odd
   * languages (about 0.01 each on a few words; 0.1 to 0.9 on a paragraph) and {@link
   * FunctionWordVote} decides instead.
   */
  static final double MIN_CONFIDENCE = 0.03;
  /** How many of the model's best answers count as its agreement with a single function word. */
  static final int FAVOURITES = 3;

  /** Suffix of the model's classes for languages written in Latin letters instead of their own script. */
  static final String ROMANIZED = "-rom";
  /** Serbian, Croatian, Bosnian and Montenegrin: one group to the model. */
  private static final Set<String> BCS = Set.of("srp", "hrv", "bos", "cnr");
  /**
   * Small languages (ISO 639-3) the model names for Latin text that is not prose — form field
   * names, JSON keys, lists, garbled PDF text — as observed on the corpus: Waray, Cebuano,
   * Minangkabau, Hausa, Kinyarwanda, Maori, Northern Sotho, Tswana, Romansh, Konkani, Newari,
   * Oromo, Volapük, Bihari, Tagalog, Sundanese, Javanese.
   */
  private static final Set<String> OVERPREDICTED = Set.of("war", "ceb", "min", "hau", "kin",
      "mri", "nso", "tsn", "roh", "gom", "new", "orm", "vol", "bih", "tgl", "sun", "jav");
  /** How many times the second answer's probability an overpredicted answer must have. */
  static final double CLEAR_LEAD = 3.0;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> SERBIAN_MARKERS = Set.of(
      "hiljada", "hiljadu", "opština", "opštine", "opštini", "izveštaj", "izveštaja", "tačka", "tačke",
      "dve", "reč", "vreme", "mesto", "mesta", "uslov", "uslovi", "uslova", "gde", "ovde",
      "veoma", "nedelja", "nedelje", "hleb", "pretpostavka", "odeljenje", "primerak", "primer", "deo",
      "delu", "dela", "celokupan", "nabavke", "ponuđač", "srbije", "srbija", "dinara", "obaveštenje",
      "sprovođenje", "bezbednost", "bezbednosti", "uslovima", "vrednost", "vrednosti", "procenjena",
      // ekavian forms: standard Serbian alone pronounces the old jat as e (cena, not cijena)
      "cena", "cene", "ceni", "cenu", "cenom", "cenama", "mesec", "meseca", "meseci", "mesečno",
      "rešenje", "rešenja", "rešenju", "primena", "primene", "primeni", "promena", "promene",
      "izmena", "izmene", "izmenama", "procena", "procene", "delatnost", "delatnosti", "sedište",
      "sedišta", "sledeći", "sledeća", "sledeće", "obaveštenja", "obaveštavamo", "uverenje",
      "uverenja", "svedok", "dete", "deteta", "deca", "lepo", "ponedeljak", "posledica",
      "posledice", "predlog", "predloga", "predlogu", "zahtev", "zahteva", "zahtevu", "zahtevi",
      "obezbediti", "obezbeđuje", "obezbeđivanje", "evra", "pismeno", "belešku", "beleška",
      "nedeljno", "dostavljeno", "uvek", "posle", "pre", "videti", "razumem",
      // Serbian words: javna nabavka (Croatian javna nabava), šta (Croatian što)
      "nabavka", "nabavku", "nabavci", "nabavkom", "nabavki", "nabavkama", "šta");
  private static final Set<String> CROATIAN_MARKERS = Set.of(
      "tisuća", "tisuću", "općina", "općine", "izvješće", "izvješća", "točka", "točke",
      "tjedan", "kruh", "zrakoplov", "sveučilište", "glazba", "vlak", "siječanj",
      "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "listopad",
      "studeni", "prosinac", "tko", "hrvatske", "hrvatska", "kuna", "uvjeti", "uvjeta", "obavijest",
      "sigurnost", "sigurnosti",
      // words of Croatian alone (Bosnian and Montenegrin, ijekavian too, say preduzeće, saradnja,
      // tokom; so their ijekavian forms are no Croatian markers here)
      "tvrtka", "tvrtke", "tvrtki", "tvrtku", "poduzeće", "poduzeća", "suradnja", "suradnje",
      "suradnju", "suradnik", "tijekom", "osobni", "osobne", "sukladno", "temeljem", "glede",
      "izvješćujemo", "nabava", "nabavu", "nabave", "nabavom");

  private static final Map<String, String> ISO3_TO_ISO2 = buildIsoMap();

  private final NgramLanguageModel model;

  /** Reads the model if this process has not yet (about a second, once). */
  public LanguageDetector() {
    this.model = NgramLanguageModel.shared();
  }

  /**
   * The language code, or null for texts too short, without letters, or whose language neither
   * the model nor the function words make plain (see {@link FunctionWordVote}).
   */
  public String detect(CharSequence text) {
    if (text == null) {
      return null;
    }
    int n = Math.min(text.length(), SAMPLE);
    String sample = ScriptDetector.withoutEncodedRuns(text.subSequence(0, n));
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return null;
    }
    String modelText = dominantScriptWords(sample);
    NgramLanguageModel.Guess[] guesses = model.score(modelText.substring(0, Math.min(modelText.length(), MODEL_SAMPLE)));
    if (guesses.length == 0) {
      return null;
    }
    String top = guesses[0].language();
    if (doubtful(guesses) && mostlyLatinOrCyrillic(modelText)) {
      String voted = FunctionWordVote.decide(modelText, favourites(guesses));
      if (voted == null) {
        return null;
      }
      top = FunctionWordVote.BCS_GROUP.equals(voted) ? bestOfBcs(guesses) : voted;
    } else if (top.endsWith(ROMANIZED)) {
      return null;
    }
    int variant = top.indexOf('-');
    if (variant > 0) {
      top = top.substring(0, variant); // zho-simp, zho-trad
    }
    top = serbianOrMacedonian(top, modelText);
    if (BCS.contains(top)) {
      top = decideBcs(top, sample);
    }
    return ISO3_TO_ISO2.getOrDefault(top, top);
  }

  /**
   * Whether the model's best answer needs other evidence: its probability is below {@link
   * #MIN_CONFIDENCE} (a near tie among many languages, as on a few words or a list of field
   * names); it is a romanized South Asian language, the model's usual answer for Latin text it
   * cannot place (JSON keys, code, abbreviations); or it is one of the small languages the model
   * names for such text ({@link #OVERPREDICTED}: Waray, Cebuano, Hausa...) without leading the
   * second answer by {@link #CLEAR_LEAD} times (a JSON file with English keys and Serbian values
   * scored Waray 0.10, Konkani 0.04, English 0.04). Guesses are in descending probability.
   */
  static boolean doubtful(NgramLanguageModel.Guess[] guesses) {
    NgramLanguageModel.Guess best = guesses[0];
    if (best.probability() < MIN_CONFIDENCE || best.language().endsWith(ROMANIZED)) {
      return true;
    }
    return OVERPREDICTED.contains(best.language()) && guesses.length > 1
        && best.probability() < CLEAR_LEAD * guesses[1].probability();
  }

  /**
   * True when most letters are Latin or Cyrillic: in other scripts (Chinese, Arabic, Greek...) the
   * script itself is strong evidence and the model's answer stands even when its probability is low.
   */
  private static boolean mostlyLatinOrCyrillic(String text) {
    int letters = 0;
    int latinOrCyrillic = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.CYRILLIC) {
          latinOrCyrillic++;
        }
      }
      i += Character.charCount(cp);
    }
    return latinOrCyrillic * 2 > letters;
  }

  /** The model's first {@value #FAVOURITES} languages, the Serbian-Croatian-Bosnian group as one. */
  private static Set<String> favourites(NgramLanguageModel.Guess[] guesses) {
    Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < Math.min(FAVOURITES, guesses.length); i++) {
      String l = guesses[i].language();
      out.add(BCS.contains(l) ? FunctionWordVote.BCS_GROUP : l);
    }
    return out;
  }

  /** The most probable of Serbian, Croatian, Bosnian and Montenegrin in the model's answer. */
  private static String bestOfBcs(NgramLanguageModel.Guess[] guesses) {
    for (NgramLanguageModel.Guess g : guesses) {
      if (BCS.contains(g.language())) {
        return g.language();
      }
    }
    return "srp";
  }

  /**
   * Serbian or Macedonian by the letters only one of the two Cyrillic alphabets has: Serbian
   * {@code ђ ћ}, Macedonian {@code ѓ ќ ѕ}. The model confuses the two on short or list-like texts
   * (a Serbian fiscal receipt read as Macedonian); a text named one of them with letters of the
   * other alphabet only is in the other language, otherwise the model's answer stands. Russian,
   * Bulgarian and other answers are left alone: Tesseract reading a Russian scan with Serbian
   * language data writes {@code ћ љ њ} into it, so the letters of an OCR text do not tell.
   */
  static String serbianOrMacedonian(String top, String sample) {
    boolean serbianOnly = false;
    boolean macedonianOnly = false;
    for (int i = 0; i < sample.length(); i++) {
      switch (Character.toLowerCase(sample.charAt(i))) {
        case 'ђ', 'ћ' -> serbianOnly = true;
        case 'ѓ', 'ќ', 'ѕ' -> macedonianOnly = true;
        default -> { }
      }
    }
    if ("mkd".equals(top) && serbianOnly && !macedonianOnly) {
      return "srp";
    }
    if ("srp".equals(top) && macedonianOnly && !serbianOnly) {
      return "mkd";
    }
    return top;
  }

  /**
   * {@code sample} without its words in the minority script when it mixes Latin and Cyrillic, the
   * minority having more than {@link #MIXED_SHARE} of the letters of the two; otherwise {@code
   * sample} itself. The model scores character n-grams learned from single-script text: a Serbian
   * price list in Latin with notes in Cyrillic reads to it as no language it knows (it answered
   * Maltese), while each half alone is Serbian. Other scripts are kept as they are (Japanese mixes
   * three by nature). Words are runs of letters; a word goes with the script of its first letter.
   * Linear in the sample's length.
   */
  static String dominantScriptWords(String sample) {
    int latin = 0;
    int cyrillic = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      if (Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.LATIN) {
          latin++;
        } else if (script == Character.UnicodeScript.CYRILLIC) {
          cyrillic++;
        }
      }
      i += Character.charCount(cp);
    }
    if (Math.min(latin, cyrillic) <= (latin + cyrillic) * MIXED_SHARE) {
      return sample;
    }
    Character.UnicodeScript minority = latin >= cyrillic ? Character.UnicodeScript.CYRILLIC : Character.UnicodeScript.LATIN;
    StringBuilder out = new StringBuilder(sample.length());
    Matcher m = WORD.matcher(sample);
    while (m.find()) {
      if (Character.UnicodeScript.of(m.group().codePointAt(0)) != minority) {
        out.append(m.group()).append(' ');
      }
    }
    return out.toString();
  }

  private static String decideBcs(String modelAnswer, String sample) {
    String script = ScriptDetector.detect(sample);
    if ("cyrillic".equals(script) || "mixed".equals(script)) {
      return "srp"; // of the three, only Serbian is written in Cyrillic, and in both scripts at once
    }
    int sr = 0;
    int hr = 0;
    Matcher m = WORD.matcher(sample.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (SERBIAN_MARKERS.contains(w)) {
        sr++;
      } else if (CROATIAN_MARKERS.contains(w)) {
        hr++;
      }
    }
    if (sr > hr) {
      return "srp";
    }
    if (hr > sr) {
      return "hrv";
    }
    return modelAnswer;
  }

  private static Map<String, String> buildIsoMap() {
    Map<String, String> m = new HashMap<>();
    for (String iso2 : Locale.getISOLanguages()) {
      try {
        m.put(new Locale(iso2).getISO3Language(), iso2);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this language
      }
    }
    m.put("srp", "sr");
    m.put("hrv", "hr");
    m.put("bos", "bs");
    m.put("cnr", "cnr");
    return m;
  }
}
