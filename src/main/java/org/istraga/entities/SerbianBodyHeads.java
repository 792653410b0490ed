package org.istraga.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The head nouns of Serbian public bodies' names (Ministarstvo, Agencija, Uprava, Zavod, Sud,
 * Opština, Komora, Odeljenje...) in every case form, the adjectives that may stand before them (Republička, Osnovni,
 * Privredni...), and the inflection that puts a name back in the nominative: "Агенцији" and
 * "Agencija" are one head, "Republičkoj" before a feminine head is "Republička".
 *
 * <p>Static tables built once at class load; lookups are hash lookups or a short scan of the
 * adjective stems. Immutable and thread-safe.
 */
final class SerbianBodyHeads {

  /** The grammatical gender of a head, which its adjectives agree with. */
  enum Gender { F, M, N }

  /**
   * A head noun: its nominative singular, its gender, and whether it takes a lower-case genitive
   * complement.
   */
  record Head(String nominative, Gender gender, boolean genitive) {}

  private static final Map<String, Head> HEADS = new HashMap<>();

  /** Heads that take a lower-case genitive complement (Ministarstvo finansija, Uprava carina). */
  private static final Set<String> GENITIVE_HEADS =
      Set.of("Ministarstvo", "Uprava", "Inspekcija", "Direkcija", "Skupština", "Zavod", "Dom",
          "Služba");

  static {
    register(Gender.F, "Agencij", "Agencija");
    register(Gender.F, "Uprav", "Uprava");
    register(Gender.F, "Kancelarij", "Kancelarija");
    register(Gender.F, "Komisij", "Komisija");
    register(Gender.F, "Direkcij", "Direkcija");
    register(Gender.F, "Služb", "Služba");
    register(Gender.F, "Skupštin", "Skupština");
    register(Gender.F, "Vlad", "Vlada");
    register(Gender.F, "Opštin", "Opština");
    register(Gender.F, "Bolnic", "Bolnica");
    register(Gender.F, "Inspekcij", "Inspekcija");
    register(Gender.F, "Škol", "Škola");
    register(Gender.F, "Komor", "Komora");
    register(Gender.M, "Zavod", "Zavod");
    register(Gender.M, "Fond", "Fond");
    register(Gender.M, "Dom", "Dom");
    register(Gender.M, "Sekretarijat", "Sekretarijat");
    register(Gender.M, "Inspektorat", "Inspektorat");
    register(Gender.M, "Institut", "Institut");
    register(Gender.M, "Savet", "Savet");
    register(Gender.M, "Odbor", "Odbor");
    register(Gender.M, "Sektor", "Sektor");
    register(Gender.M, "Centr", "Centar");
    register(Gender.M, "Sud", "Sud");
    register(Gender.M, "Univerzitet", "Univerzitet");
    register(Gender.M, "Fakultet", "Fakultet");
    register(Gender.N, "Ministarstv", "Ministarstvo");
    register(Gender.N, "Tužilaštv", "Tužilaštvo");
    register(Gender.N, "Tužilašt", "Tužilaštvo");
    register(Gender.N, "Odeljenj", "Odeljenje");
  }

  private static void register(Gender g, String stem, String nominative) {
    String[] endings =
        switch (g) {
          case F -> new String[] {"a", "e", "i", "u", "om", "ama", "ima"};
          case M -> nominative.equals("Centar")
              ? new String[] {"a", "u", "om", "e"}
              : new String[] {"", "a", "u", "om", "e", "i", "ovi", "ova"};
          case N -> nominative.endsWith("je")
              ? new String[] {"e", "a", "u", "em"}
              : new String[] {"o", "a", "u", "om", "vo", "va", "vu", "vom"};
        };
    boolean genitive = GENITIVE_HEADS.contains(nominative);
    for (String e : endings) {
      HEADS.put(ScriptFolding.fold(stem + e), new Head(nominative, g, genitive));
    }
    if (nominative.equals("Centar")) {
      HEADS.put("centar", new Head(nominative, g, genitive));
    }
  }

  /** Folded adjective stems that may precede a head inside a name. */
  private static final String[] ADJ_STEMS = {
    "republick", "drzavn", "poresk", "narodn", "gradsk", "opst", "klinick", "visok", "vis",
    "osnovn", "apelacion", "upravn", "vrhovn", "ustavn", "prekrsajn", "specijaln", "pokrajinsk",
    "regionaln", "nacionaln", "centraln", "opstinsk", "privredn", "okruzn", "zdravstven",
    "univerzitetsk", "kliničk", "vojn", "medjunarodn", "evropsk", "saveznn", "javn", "komunaln",
    "pravn", "ekonomsk", "tehnick", "medicinsk", "filozofsk", "elektrotehnick", "gradjevinsk",
    "izborn", "srednj", "muzick", "gimnazijsk",
    // the professional chambers: Inženjerska, Advokatska, Lekarska, Notarska komora
    "inzenjersk", "advokatsk", "lekarsk", "notarsk"
  };

  private SerbianBodyHeads() {}

  /** The head a folded word is a case form of ({@code agenciji} is Agencija), or null. */
  static Head lookup(String folded) {
    return HEADS.get(folded);
  }

  /** True if the folded word is a case form of a head. */
  static boolean isHead(String folded) {
    return HEADS.containsKey(folded);
  }

  /** True if the folded word is an adjective that may stand before a head inside a name. */
  static boolean isAdjective(String f) {
    for (String s : ADJ_STEMS) {
      if (f.startsWith(s) && f.length() - s.length() <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if a Latin adjective stem takes the soft neuter ending -e: it ends in a palatal (viš-e,
   * srednj-e, opšt-e), not -o (javn-o, narodn-o).
   */
  private static boolean softStem(String stem) {
    String f = stem.toLowerCase(java.util.Locale.ROOT);
    return f.endsWith("š") || f.endsWith("ž") || f.endsWith("č") || f.endsWith("ć")
        || f.endsWith("đ") || f.endsWith("j") || f.endsWith("št") || f.endsWith("žd");
  }

  /** Puts a Latin adjective in the nominative singular of the head's gender. */
  static String nominativeAdjective(String adj, Gender gender) {
    String[] endings = {"ome", "oga", "emu", "ega", "og", "om", "eg", "em", "oj", "ih", "im", "a",
        "e", "i", "o", "u"};
    String lower = adj.toLowerCase(java.util.Locale.ROOT);
    for (String e : endings) {
      if (lower.endsWith(e) && lower.length() - e.length() >= 3) {
        String stem = adj.substring(0, adj.length() - e.length());
        String ending = gender == Gender.F ? "a" : gender == Gender.M ? "i"
            : softStem(stem) ? "e" : "o"; // Više javno tužilaštvo
        boolean upper = adj.length() > 1 && Character.isUpperCase(adj.charAt(adj.length() - 1));
        return stem + (upper ? ending.toUpperCase(java.util.Locale.ROOT) : ending);
      }
    }
    return adj;
  }
}
