package org.istraga.search;

import java.util.function.UnaryOperator;

/**
 * Folds the literal letters of a regular expression the way indexed terms are folded, leaving its
 * syntax alone: {@code /Ђорђ[еa]/} becomes {@code /djordj[ea]/}, while {@code \W}, {@code \.} and
 * repetition counts are kept. Runs of letters and digits are folded together (so {@code љ} may
 * become {@code lj}); escaped characters are kept as written. Pure function.
 */
final class RegexFolding {

  private RegexFolding() {}

  static String fold(String regex, UnaryOperator<String> foldRun) {
    StringBuilder out = new StringBuilder(regex.length() + 8);
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      int cp = regex.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp == '\\' && i + 1 < regex.length()) {
        flush(out, run, foldRun);
        int next = regex.codePointAt(i + 1);
        out.append('\\').appendCodePoint(next);
        i += 1 + Character.charCount(next);
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(cp);
      } else {
        flush(out, run, foldRun);
        out.appendCodePoint(cp);
      }
      i += len;
    }
    flush(out, run, foldRun);
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder run, UnaryOperator<String> foldRun) {
    if (run.length() > 0) {
      out.append(foldRun.apply(run.toString()));
      run.setLength(0);
    }
  }
}
