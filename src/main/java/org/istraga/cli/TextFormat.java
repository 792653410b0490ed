package org.istraga.cli;

import java.util.Locale;

/** Small formatting helpers shared by the text output of the commands. Pure functions. */
final class TextFormat {

  private TextFormat() {}

  /** 1536 → "1.5 KB"; bytes below 1 KB stay exact. */
  static String size(Long bytes) {
    if (bytes == null) {
      return "?";
    }
    long b = bytes;
    if (b < 1024) {
      return b + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = b;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
  }

  /** The date part of an ISO instant ("2024-03-05"), or "no date". */
  static String date(String iso) {
    if (iso == null || iso.length() < 10) {
      return "no date";
    }
    return iso.substring(0, 10);
  }

  /** A count with thousands separators: 12345 → "12,345". */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A query as shown in text output: the match-all query Lucene prints as "*:*" reads "everything". */
  static String query(String q) {
    return q == null || q.isBlank() || q.equals("*:*") ? "everything" : q;
  }

  /** Singular or plural noun with its count. */
  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }

  /**
   * A value from the evidence (an entry name, a path, a title, a snippet) as it may be printed on
   * one line of a terminal, escaped by {@link org.istraga.findings.LineText}: an archive entry
   * named {@code "a\n  ok  b"} would otherwise forge a line of the listing, one with {@code ESC [2J}
   * would clear the screen, and a right-to-left override would show {@code "txt.exe"} as
   * {@code "exe.txt"}. The exact value stays in the JSON output. Null stays null.
   */
  static String visible(String s) {
    return s == null ? null : org.istraga.findings.LineText.of(s);
  }
}
