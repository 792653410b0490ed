package org.istraga.bench;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Serbian Latin to Cyrillic for generated names (so the benchmark has both scripts of the same
 * names, as real leaks do), and the folded Latin form used as entity values. Pure functions.
 */
final class Transliteration {

  private static final String[][] DIGRAPHS = {{"Lj", "Љ"}, {"lj", "љ"}, {"Nj", "Њ"}, {"nj", "њ"}, {"Dž", "Џ"}, {"dž", "џ"}};
  private static final String LATIN = "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš";
  private static final String CYRILLIC = "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш";

  private Transliteration() {}

  static String toCyrillic(String latin) {
    String s = latin;
    for (String[] d : DIGRAPHS) {
      s = s.replace(d[0], d[1]);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int at = LATIN.indexOf(c);
      out.append(at >= 0 ? CYRILLIC.charAt(at) : c);
    }
    return out.toString();
  }

  /** Lowercase Latin without diacritics (đ as dj). */
  static String toLatinFolded(String s) {
    String t = s.replace("đ", "dj").replace("Đ", "Dj");
    t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return t.toLowerCase(Locale.ROOT);
  }
}
