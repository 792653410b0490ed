package org.istraga.findings;

/**
 * A value made safe to print on one line of text output: file names, titles and metadata in a
 * leak are chosen by whoever made it, and a line break or a bidirectional override inside one
 * could forge lines ({@code "x\nOK: 98 files"} after a verify failure) or show a name reversed
 * ({@code "invoice\u202Efdp.exe"} reading as "invoiceexe.pdf").
 *
 * <p>Line breaks, other control characters and the Unicode bidirectional embedding, override and
 * isolate characters are written as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u202E});
 * a backslash is kept as it is. Everything else, Cyrillic included, is unchanged. JSON output
 * needs none of this: it keeps values exact.
 *
 * <p>Pure function; thread-safe.
 */
public final class LineText {

  private LineText() {}

  /** The value with control and bidi-control characters escaped; null becomes "". */
  public static String of(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = escape(c);
      if (esc == null) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      sb.append(esc);
    }
    return sb == null ? s : sb.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean bidi = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
    if (Character.isISOControl(c) || bidi || c == '\u2028' || c == '\u2029') {
      return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
    }
    return null;
  }
}
