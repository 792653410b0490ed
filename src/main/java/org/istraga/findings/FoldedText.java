package org.istraga.findings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.istraga.index.Analyzers;

/**
 * A text folded for tolerant quote matching, with a map from every folded character back to the
 * characters of the original it came from, so a match in the folded text gives exact offsets in
 * the original.
 *
 * <p>Folding is the index's keyword folding ({@link Analyzers#keyword()}: NFKC case folding,
 * Serbian Cyrillic to Latin, diacritics removed, so {@code Ниш}, {@code Niš} and {@code NIS} fold
 * alike) applied to each code point, plus what quoting across extracted text needs:
 *
 * <ul>
 *   <li>every run of whitespace (line breaks, tabs, no-break spaces) is one space; leading and
 *       trailing whitespace is dropped;
 *   <li>whitespace after a hyphen or dash never matters, and one right after a letter and before
 *       one (with or without whitespace between) is dropped: {@code ugo-\nvor}, {@code ugo- vor}
 *       and {@code ugovor} match, so do {@code e-mail} and {@code email}, {@code 404-\n02} and
 *       {@code 404- 02}, {@code 1990 – 1991} and {@code 1990 - 1991} (quotes are typed with other
 *       spacing than the extracted text has, and PDF text breaks lines after hyphens); a not sign
 *       before a line break ({@code ugo¬\nvor}) is a hyphen;
 *   <li>soft hyphens, zero-width characters and lone combining marks are ignored;
 *   <li>dashes are {@code -}, typographic single quotes {@code '} and double quotes {@code "}.
 * </ul>
 *
 * <p>Not thread-safe: a {@link Folder} caches the folding of each code point it has seen.
 */
final class FoldedText {

  final String text;
  private final int[] from;
  private final int[] to;

  private FoldedText(String text, int[] from, int[] to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** Offset in the original of the first character behind folded char {@code i}. */
  int originalStart(int i) {
    return from[i];
  }

  /** Offset in the original after the last character behind folded char {@code i}. */
  int originalEnd(int i) {
    return to[i];
  }

  /** Folds texts, caching the folding of each code point. One per thread. */
  static final class Folder {
    private static final Analyzer KEYWORD = Analyzers.keyword();
    private final Map<Integer, String> cache = new HashMap<>();

    /** The folded form of a text, without the offset map (for quotes). */
    String foldOnly(String s) {
      return fold(s).text;
    }

    FoldedText fold(String s) {
      int n = s.length();
      StringBuilder out = new StringBuilder(n);
      int[] from = new int[Math.max(16, n + n / 4)];
      int[] to = new int[from.length];
      int size = 0;
      boolean pendingSpace = false;
      int spaceFrom = 0;
      int spaceTo = 0;
      boolean lastWasLetter = false;
      int i = 0;
      while (i < n) {
        int cp = s.codePointAt(i);
        int len = Character.charCount(cp);
        if (isSpace(cp)) {
          if (!pendingSpace) {
            pendingSpace = true;
            spaceFrom = i;
          }
          spaceTo = i + len;
          i += len;
          continue;
        }
        if (isIgnorable(cp)) {
          if (size > 0 && !pendingSpace) {
            to[size - 1] = i + len;
          }
          i += len;
          continue;
        }
        String emit;
        int next = i + len;
        int j = next;
        boolean lineBreak = false;
        if (isHyphen(cp) || isDash(cp) || cp == NOT_SIGN) {
          while (j < n && isSpace(s.codePointAt(j))) {
            lineBreak |= isLineBreak(s.codePointAt(j));
            j += Character.charCount(s.codePointAt(j));
          }
        }
        if (isHyphen(cp) || isDash(cp) || cp == NOT_SIGN && lineBreak) {
          // whitespace after a hyphen or dash never matters: "ugo-\nvora", "ugo- vora" and "ugovora"
          // match, so do "2019 -\n2021", "2019 - 2021" and "2019 – 2021"
          if (lastWasLetter && !pendingSpace && j < n && Character.isLetter(s.codePointAt(j))) {
            i = j; // hyphenation or a hyphen or dash inside a word: joined
            continue;
          }
          emit = "-";
          next = j;
        } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032 || cp == '`') {
          emit = "'";
        } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x00AB || cp == 0x00BB
            || cp == 0x2033) {
          emit = "\"";
        } else {
          emit = cache.computeIfAbsent(cp, c -> foldCodePoint(c));
          if (emit.isEmpty()) {
            if (size > 0 && !pendingSpace) {
              to[size - 1] = i + len;
            }
            i += len;
            continue;
          }
        }
        if (size + emit.length() + 1 >= from.length) {
          from = Arrays.copyOf(from, from.length * 2 + emit.length() + 1);
          to = Arrays.copyOf(to, from.length);
        }
        if (pendingSpace && size > 0) {
          out.append(' ');
          from[size] = spaceFrom;
          to[size] = spaceTo;
          size++;
        }
        pendingSpace = false;
        for (int k = 0; k < emit.length(); k++) {
          out.append(emit.charAt(k));
          from[size] = i;
          to[size] = i + len;
          size++;
        }
        lastWasLetter = Character.isLetter(cp);
        i = next;
      }
      return new FoldedText(out.toString(), Arrays.copyOf(from, size), Arrays.copyOf(to, size));
    }

    private static String foldCodePoint(int cp) {
      String s = new String(Character.toChars(cp));
      return KEYWORD.normalize("quote", s).utf8ToString();
    }
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  static boolean isLineBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  private static boolean isIgnorable(int cp) {
    return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
  }

  /** The logical not sign, which some extractors give for a line-end hyphen. */
  private static final int NOT_SIGN = 0x00AC;

  private static boolean isHyphen(int cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
  }

  private static boolean isDash(int cp) {
    return cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212 || cp == 0xFE58
        || cp == 0xFE63 || cp == 0xFF0D;
  }
}
