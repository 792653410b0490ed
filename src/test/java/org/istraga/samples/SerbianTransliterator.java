package org.istraga.samples;

import java.util.Locale;
import java.util.Map;

/**
 * Turns Serbian Cyrillic into Serbian Latin (gajica) the way the Latin twin of a document is
 * written: one letter for one letter, except Љ, Њ and Џ, which become the digraphs Lj, Nj and
 * Dž (LJ, NJ, DŽ inside words written in capitals). Characters that are not Serbian Cyrillic
 * (digits, punctuation, Latin words such as "eLTE") pass through unchanged.
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
final class SerbianTransliterator {

  private static final Map<Character, String> LOWER =
      Map.ofEntries(
          Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
          Map.entry('д', "d"), Map.entry('ђ', "đ"), Map.entry('е', "e"), Map.entry('ж', "ž"),
          Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('ј', "j"), Map.entry('к', "k"),
          Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"), Map.entry('н', "n"),
          Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
          Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "ć"), Map.entry('у', "u"),
          Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "č"),
          Map.entry('џ', "dž"), Map.entry('ш', "š"));

  private SerbianTransliterator() {}

  /** The Latin spelling of {@code cyrillic}. */
  static String toLatin(String cyrillic) {
    StringBuilder out = new StringBuilder(cyrillic.length() + 8);
    for (int i = 0; i < cyrillic.length(); i++) {
      char c = cyrillic.charAt(i);
      char lower = Character.toLowerCase(c);
      String latin = LOWER.get(lower);
      if (latin == null) {
        out.append(c);
      } else if (c == lower) {
        out.append(latin);
      } else if (latin.length() == 1 || !wordInCapitals(cyrillic, i)) {
        out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
      } else {
        out.append(latin.toUpperCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** True when the letter at {@code i} has an upper-case letter beside it (ЉУБИША → LJUBIŠA). */
  private static boolean wordInCapitals(String s, int i) {
    boolean next = i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1));
    boolean prev = i > 0 && Character.isUpperCase(s.charAt(i - 1));
    return next || prev;
  }
}
