package org.istraga.entities;

import java.util.Locale;

/**
 * The readable label of an organization for listings and facets, the same for every spelling of
 * the name in letter case and script: a display in Cyrillic is transliterated to Serbian Latin,
 * and a name written all in capitals ("LATHAM &amp; WATKINS LLP", "TELEKOM SRBIJA A.D.") gets the
 * readable casing of running text ("Latham &amp; Watkins LLP", "Telekom Srbija a.d."). So a firm
 * named in a letterhead in capitals and in a paragraph in normal case is one facet value.
 *
 * <p>In a name in capitals each word is capitalised, a legal form takes its canonical spelling
 * ({@link OrgNames#canonicalForm}: d.o.o., a.d., LLP, GmbH...), joining words (i, u, za, of, and,
 * the...) after the first go to lower case, and words of at most three letters keep their capitals
 * (acronyms: JP, NIS, EPS). A display with any lower-case letter outside its legal form is kept as
 * written (its casing is the writer's). Stateless, thread-safe, linear in the display's length.
 */
public final class OrgLabels {

  private OrgLabels() {}

  /** The label of an organization's display: Latin script, readable casing. */
  public static String label(String display) {
    String latin = ScriptFolding.toLatin(display.strip());
    String[] words = latin.split("\\s+");
    if (!inCapitals(words)) {
      return String.join(" ", words);
    }
    StringBuilder b = new StringBuilder(latin.length());
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        b.append(' ');
      }
      String form = OrgNames.canonicalForm(w);
      String f = ScriptFolding.fold(w);
      if (form != null && (i > 0 || form.equals("JP") || form.equals("JKP"))) {
        b.append(form);
      } else if (i > 0 && OrgNames.GLUE.contains(f)) {
        b.append(w.toLowerCase(Locale.ROOT));
      } else if (letters(w) <= 3) {
        b.append(w);
      } else {
        b.append(title(w));
      }
    }
    return b.toString();
  }

  /** True if no word but a legal form has a lower-case letter, and some word has a capital. */
  private static boolean inCapitals(String[] words) {
    boolean upper = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0 && OrgNames.canonicalForm(w) != null) {
        continue;
      }
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isLowerCase(c)) {
          return false;
        }
        upper |= Character.isUpperCase(c);
      }
    }
    return upper;
  }

  private static int letters(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      n += Character.isLetter(w.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /**
   * First letter of the word and of each part after a hyphen, bracket or quote in capitals, the
   * rest lower case; after an apostrophe only when one letter precedes it (O'Brien, McDonald's).
   */
  private static String title(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    int run = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      boolean apostrophe = c == '\'' || c == '\u2019';
      start = apostrophe ? run == 1 : !Character.isLetterOrDigit(c) && c != '.' && c != '&';
      run = Character.isLetter(c) ? run + 1 : 0;
    }
    return b.toString();
  }
}
