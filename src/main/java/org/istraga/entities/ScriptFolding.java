package org.istraga.entities;

import java.text.Normalizer;

/**
 * Serbian Cyrillic to Latin transliteration and the "folded" key used to merge spellings.
 *
 * <p>{@link #toLatin} keeps Serbian Latin diacritics (Ђорђе → Đorđe). {@link #fold} produces a
 * lower-case ASCII-ish key without diacritics, with đ written {@code dj}, so that Đorđe, Djordje,
 * DJORDJE and Ђорђе all fold to {@code djordje}. This is the same "bald Latin" convention as
 * Lucene's {@code SerbianNormalizationFilter}, so folded entity values line up with the index's
 * Cyrillic = Latin search. Other Latin diacritics (é, ü...) are removed by Unicode decomposition.
 *
 * <p>Stateless and thread-safe; linear in the input length.
 */
public final class ScriptFolding {

  private ScriptFolding() {}

  // Serbian Cyrillic U+0400..U+045F to Serbian Latin; null where the letter is not Serbian.
  private static final String[] CYR_TO_LAT = new String[0x60];

  static {
    String pairs =
        "А A Б B В V Г G Д D Ђ Đ Е E Ж Ž З Z И I Ј J К K Л L Љ Lj М M Н N Њ Nj О O П P Р R"
            + " С S Т T Ћ Ć У U Ф F Х H Ц C Ч Č Џ Dž Ш Š"
            + " а a б b в v г g д d ђ đ е e ж ž з z и i ј j к k л l љ lj м m н n њ nj о o п p"
            + " р r с s т t ћ ć у u ф f х h ц c ч č џ dž ш š"
            // Non-Serbian Cyrillic letters that show up in mixed texts (Russian, Ukrainian).
            + " Й J й j Ы Y ы y Э E э e Ю Ju ю ju Я Ja я ja Щ Šč щ šč Ё E ё e Є Je є je І I і i"
            + " Ї Ji ї ji Ѓ Gj ѓ gj Ќ Kj ќ kj Ѕ Dz ѕ dz";
    String[] p = pairs.trim().split("\\s+");
    for (int i = 0; i + 1 < p.length; i += 2) {
      CYR_TO_LAT[p[i].charAt(0) - 0x400] = p[i + 1];
    }
    // Hard and soft signs vanish.
    CYR_TO_LAT['Ъ' - 0x400] = "";
    CYR_TO_LAT['ъ' - 0x400] = "";
    CYR_TO_LAT['Ь' - 0x400] = "";
    CYR_TO_LAT['ь' - 0x400] = "";
  }

  /** True if {@code c} is a Cyrillic letter this class transliterates. */
  static boolean isCyrillic(char c) {
    return c >= 0x400 && c < 0x460 && CYR_TO_LAT[c - 0x400] != null;
  }

  /**
   * Serbian Cyrillic to Serbian Latin, keeping case and diacritics. A digraph keeps the case
   * style of its context: ЉУБА → LJUBA, Љуба → Ljuba.
   */
  public static String toLatin(CharSequence s) {
    int n = s.length();
    StringBuilder b = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isCyrillic(c)) {
        if (b == null) {
          b = new StringBuilder(n + 8);
          b.append(s, 0, i);
        }
        String lat = CYR_TO_LAT[c - 0x400];
        if (lat.length() == 2 && Character.isUpperCase(lat.charAt(0))) {
          boolean nextUpper = i + 1 < n && Character.isUpperCase(s.charAt(i + 1));
          boolean prevUpper = i > 0 && Character.isUpperCase(s.charAt(i - 1));
          if (nextUpper || (prevUpper && (i + 1 >= n || !Character.isLetter(s.charAt(i + 1))))) {
            lat = lat.toUpperCase(java.util.Locale.ROOT);
          }
        }
        b.append(lat);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s.toString() : b.toString();
  }

  /** Folded form of every char below U+0500 (Latin-1, Latin Extended, Cyrillic); null = keep. */
  private static final String[] FOLD = new String[0x500];

  static {
    for (char c = 0; c < 0x500; c++) {
      String f;
      if (c >= 0x400 && c < 0x460 && CYR_TO_LAT[c - 0x400] != null) {
        f = foldSlow(CYR_TO_LAT[c - 0x400]);
      } else {
        f = foldSlow(String.valueOf(c));
      }
      if (!(f.length() == 1 && f.charAt(0) == c)) {
        FOLD[c] = f;
      }
    }
  }

  /**
   * The folded key: transliterated to Latin, lower case, diacritics removed, đ → dj, and runs of
   * whitespace collapsed to one space. Table-driven for Latin and Cyrillic; other scripts go
   * through Unicode decomposition.
   */
  static String fold(CharSequence s) {
    return fold(s, 0, s.length());
  }

  /** {@link #fold(CharSequence)} of {@code s[from, to)} without copying it first. */
  static String fold(CharSequence s, int from, int to) {
    int n = to - from;
    StringBuilder b = null;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0'
          || (c > 0x7F && Character.isWhitespace(c));
      String f = c < 0x500 ? FOLD[c] : null;
      if (b == null) {
        if (!ws && f == null && c < 0x500) {
          continue; // unchanged so far
        }
        b = new StringBuilder(n + 4);
        b.append(s, from, i);
      }
      if (ws) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      if (c >= 0x500) {
        b.append(foldSlow(String.valueOf(c)));
      } else if (f != null) {
        b.append(f);
      } else {
        b.append(c);
      }
    }
    return b == null ? s.subSequence(from, to).toString() : b.toString();
  }

  /** Reference implementation used to build the table and for chars outside it. */
  private static String foldSlow(CharSequence s) {
    String lat = toLatin(s);
    StringBuilder b = new StringBuilder(lat.length() + 4);
    for (int i = 0; i < lat.length(); i++) {
      char c = lat.charAt(i);
      switch (c) {
        case 'Đ', 'đ' -> b.append("dj");
        case 'Č', 'č', 'Ć', 'ć' -> b.append('c');
        case 'Š', 'š' -> b.append('s');
        case 'Ž', 'ž' -> b.append('z');
        default -> b.append(Character.toLowerCase(c));
      }
    }
    String d = Normalizer.normalize(b, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
