package org.istraga.ingest.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the language of a short or odd text by its function words ({@code the, is, this}; {@code
 * je, i, za, od}; {@code der, ist}) and by letters only one language of a group writes ({@code ђ ћ}
 * for Serbian, {@code ы э} for Russian, {@code ć đ} for the Serbian-Croatian-Bosnian group), for
 * when the statistical model is not sure.
 *
 * <p>The model scores character n-grams; on a few words ("apache tika ocr testing", a form's
 * field names, a JSON file's keys) its best answer is a near tie among a hundred languages, and the
 * winner is often one nobody wrote (Waray, Romansh, romanized Bengali). A journalist's language
 * facet should then say nothing rather than something false. This vote answers only when the
 * evidence is plain: at least {@value #MIN_VOTES} votes and more than any other language, or one
 * vote the model agrees with; otherwise it answers null, and the text has no language. One-letter
 * words ({@code a, i, u, y, в, с}) do not vote: junk is full of them.
 *
 * <p>The languages voted on are those a Balkan leak mostly holds: English, Serbian-Croatian-Bosnian
 * ({@code hbs}, decided further by the caller), German, French, Italian, Spanish and Russian. Cost:
 * linear in the text's length. Thread-safe and immutable.
 */
final class FunctionWordVote {

  /** Code returned for the Serbian-Croatian-Bosnian group (ISO 639-3 macrolanguage). */
  static final String BCS_GROUP = "hbs";
  /** Votes a language needs to be named. */
  static final int MIN_VOTES = 2;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Map<String, Set<String>> WORDS = Map.of(
      "eng", Set.of("the", "and", "of", "to", "is", "are", "was", "were", "this", "that", "with", "for",
          "from", "have", "has", "be", "by", "not", "you", "we", "it", "on", "my", "your", "our", "there",
          "here", "which", "will", "would", "an", "or", "some", "all", "these", "those", "been", "its"),
      BCS_GROUP, Set.of("je", "na", "da", "se", "za", "od", "su", "sa", "iz", "ili", "kao", "što",
          "koji", "koja", "koje", "nije", "ne", "ali", "po", "prema", "kod", "uz", "bi", "će", "ovaj",
          "ova", "ovo", "taj", "još", "samo", "biti", "bio", "bila",
          "је", "на", "да", "се", "за", "од", "су", "са", "из", "или", "као", "што", "који",
          "која", "које", "није", "не", "али", "по", "према", "код", "уз", "би", "ће", "овај", "ова",
          "ово", "тај", "још", "само", "бити", "био", "била"),
      "deu", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einer", "mit", "von", "zu",
          "den", "dem", "des", "sich", "auf", "für", "auch", "wir", "sie", "es", "ich", "wird", "sind"),
      "fra", Set.of("le", "la", "les", "et", "est", "une", "un", "des", "du", "pour", "dans", "que", "qui",
          "pas", "sur", "avec", "au", "aux", "ce", "cette", "il", "elle", "nous", "vous", "sont"),
      "ita", Set.of("il", "lo", "gli", "della", "delle", "degli", "che", "è", "per", "con", "non", "una",
          "uno", "sono", "del", "nel", "nella", "alla", "questo", "questa"),
      "spa", Set.of("el", "los", "las", "es", "que", "por", "con", "para", "una", "del", "en", "al",
          "como", "su", "sus", "está", "muy", "pero"),
      "rus", Set.of("не", "на", "что", "по", "это", "как", "он", "она", "они", "для", "от",
          "из", "же", "был", "была", "быть", "мы", "вы"));

  private FunctionWordVote() {}

  /**
   * The language plainly indicated by {@code text}: an ISO 639-3 code of the voted languages, or
   * {@link #BCS_GROUP}, or null when the evidence is too thin or split. A single vote counts when no
   * other language has one and the model, too, ranks that language among its first ({@code
   * modelFavourites}, ISO 639-3 codes, {@link #BCS_GROUP} for the group): "please see the attached
   * contract" is English on its "the" and the model's agreement.
   */
  static String decide(CharSequence text, Set<String> modelFavourites) {
    Map<String, Integer> votes = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          votes.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    letterVotes(text, votes);
    String best = null;
    int bestVotes = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      int v = e.getValue();
      if (v > bestVotes) {
        second = bestVotes;
        bestVotes = v;
        best = e.getKey();
      } else if (v > second) {
        second = v;
      }
    }
    if (bestVotes >= MIN_VOTES && bestVotes > second) {
      return best;
    }
    return bestVotes == 1 && second == 0 && modelFavourites.contains(best) ? best : null;
  }

  /**
   * Letters that one language of the voted ones writes and the others do not: two votes each kind
   * present. {@code ć} and {@code đ} are also Polish and Vietnamese letters, and {@code ј љ њ џ}
   * Macedonian ones, but those languages are not voted on here: Polish and Macedonian texts are
   * marked by letters of their own ({@code ł ą ę}, {@code ѓ ќ ѕ}), which then withhold the vote.
   */
  private static void letterVotes(CharSequence text, Map<String, Integer> votes) {
    boolean serbianCyrillic = false;
    boolean russian = false;
    boolean bcsLatin = false;
    boolean polish = false;
    boolean macedonian = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      switch (c) {
        case 'ђ', 'ћ', 'ј', 'љ', 'њ', 'џ' -> serbianCyrillic = true;
        case 'ы', 'э', 'ъ', 'ё' -> russian = true;
        case 'ć', 'đ' -> bcsLatin = true;
        case 'ł', 'ą', 'ę', 'ś', 'ź', 'ż', 'ń' -> polish = true;
        case 'ѓ', 'ќ', 'ѕ' -> macedonian = true;
        default -> { }
      }
    }
    if (serbianCyrillic && !macedonian) {
      votes.merge(BCS_GROUP, 2, Integer::sum);
    }
    if (russian) {
      votes.merge("rus", 2, Integer::sum);
    }
    if (bcsLatin && !polish) {
      votes.merge(BCS_GROUP, 2, Integer::sum);
    }
  }
}
