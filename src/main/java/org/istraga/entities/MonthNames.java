package org.istraga.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * Month names as dates are written in the documents: Serbian in Latin and Cyrillic, nominative and
 * genitive ({@code mart}, {@code marta}, {@code марта}), Croatian genitives ({@code ožujka}),
 * English and their usual abbreviations. Shared by {@link DateRecognizer} (the texts) and the
 * search side (a date typed in words in a query). Immutable, thread-safe.
 */
public final class MonthNames {

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] forms = {
      {"januar", "januara", "january", "jan", "siječnja", "sijecnja"},
      {"februar", "februara", "february", "feb", "veljače", "veljace"},
      {"mart", "marta", "march", "mar", "ožujka", "ozujka"},
      {"april", "aprila", "apr", "travnja"},
      {"maj", "maja", "may", "svibnja"},
      {"jun", "juna", "juni", "june", "lipnja"},
      {"jul", "jula", "juli", "july", "srpnja"},
      {"avgust", "avgusta", "august", "augusta", "aug", "avg", "kolovoza"},
      {"septembar", "septembra", "september", "sep", "sept", "rujna"},
      {"oktobar", "oktobra", "october", "oct", "okt", "listopada"},
      {"novembar", "novembra", "november", "nov", "studenoga", "studenog"},
      {"decembar", "decembra", "december", "dec", "prosinca"}
    };
    for (int i = 0; i < forms.length; i++) {
      for (String f : forms[i]) {
        MONTHS.put(ScriptFolding.fold(f), i + 1);
      }
    }
  }

  private MonthNames() {}

  /** The month (1–12) that {@code folded} (a word folded by {@link ScriptFolding#fold}) names, or null. */
  static Integer ofFolded(String folded) {
    return MONTHS.get(folded);
  }

  /** The month (1–12) that {@code word} names in any script, case or accents, or null. */
  public static Integer of(String word) {
    return MONTHS.get(ScriptFolding.fold(word));
  }
}
