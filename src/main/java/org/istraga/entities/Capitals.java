package org.istraga.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Readable case for an institution's name written in capitals ("OSNOVNI SUD U PODGORICI",
 * "UPRAVA ZA POLJOPRIVREDNO ZEMLJIŠTE"), so that the display of a name in a letterhead or a
 * register matches the same name in running text ("Osnovni sud u Podgorici").
 *
 * <p>Serbian capitalises only the first word of an institution's name and the proper names in
 * it. The rule here: after {@code za} (the body's field) words are common nouns and go to lower
 * case, to the end of the name ("za zaštitu prava u postupcima" has no place in it); a
 * common-noun genitive after Ministarstvo, Uprava, Direkcija... is lower case too; after {@code
 * u} (the seat) and otherwise (Opština Zvezdara) each word is a name and is capitalised; after
 * opštine/grada/okruga the place in a field is capitalised again (Direkcija za izgradnju
 * opštine Inđija). Function words are lower case, and the names of the state (Republike
 * Srbije, Crne Gore, Vojvodine) keep their capitals anywhere. Adjectives before the head are
 * common words; the recognizer puts them in lower case. Stateless and cheap.
 */
final class Capitals {

  private Capitals() {}

  /** Folded words that are proper names wherever they stand in an institution's name. */
  private static final Set<String> PROPER =
      Set.of("republike", "republika", "republici", "srbije", "srbija", "srbiji", "crne", "gore",
          "crna", "gora", "vojvodine", "vojvodina", "beograda", "beograd", "kosovo", "metohiju",
          "metohija");

  /** Folded nouns after which a field gives way to a place ("za izgradnju opštine Inđija"). */
  private static final Set<String> PLACE_NOUNS =
      Set.of("opstine", "opstina", "grada", "grad", "okruga", "regiona", "sela", "mesne");

  private static final Set<String> FUNCTION =
      Set.of("i", "za", "u", "od", "o", "na", "sa", "s", "iz", "protiv", "pri", "kod", "po", "do");

  /**
   * A complement written in capitals ("ZA POLJOPRIVREDNO ZEMLJIŠTE", "U PODGORICI", "ZVEZDARA")
   * in readable case; {@code genitive} when the head takes a common-noun genitive (Ministarstvo
   * saobraćaja, Uprava carina), whose words are then lower case like a field after "za".
   */
  static String complement(String rest, boolean genitive) {
    String[] words = rest.split(" ");
    StringBuilder b = new StringBuilder(rest.length());
    boolean lower = genitive && !rest.startsWith("U ") && !rest.startsWith("У ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String f = ScriptFolding.fold(w);
      if (i > 0) {
        b.append(' ');
      }
      if (f.equals("za")) {
        lower = true; // to the end: "ZA ZAŠTITU PRAVA U POSTUPCIMA" has no place in it
      }
      if (i > 0 && PLACE_NOUNS.contains(ScriptFolding.fold(words[i - 1]))) {
        lower = false;
      }
      if (FUNCTION.contains(f)) {
        b.append(w.toLowerCase(Locale.ROOT));
      } else if (PROPER.contains(f) || !lower) {
        b.append(title(w));
      } else {
        b.append(w.toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  private static String title(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == '„' || c == '"' || c == '(' || c == '\'' || c == '“';
    }
    return b.toString();
  }
}
