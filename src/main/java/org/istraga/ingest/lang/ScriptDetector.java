package org.istraga.ingest.lang;

/**
 * Tells whether a text is written in Cyrillic, Latin, both, or another script, by counting
 * letters. Unbroken runs of more than {@link #MAX_ASCII_RUN} base64 characters ({@code A-Z a-z
 * 0-9 + / =} and the backslash), and runs of two or more backslash-u escapes (as JSON writes
 * Cyrillic), are encoded data (base64 images and attachments pasted into text, hex dumps, escaped
 * strings), not words, and are not counted: a
 * Cyrillic fiscal receipt carrying its QR code as a base64 image is Cyrillic. Words, CSV rows
 * and links are broken by blanks or punctuation and are read.
 *
 * <p>Cost: one pass over at most {@link #SAMPLE} characters; thread-safe.
 */
public final class ScriptDetector {

  /** Characters examined. */
  public static final int SAMPLE = 200_000;
  /** Share of letters a script needs to count as present in a mixed text. */
  static final double MIXED_SHARE = 0.2;
  /** Longest unbroken run of base64 characters still read as words; longer runs are encoded data. */
  static final int MAX_ASCII_RUN = 64;

  private ScriptDetector() {}

  /** cyrillic, latin, mixed, other, or null when there are no letters. */
  public static String detect(CharSequence text) {
    if (text == null) {
      return null;
    }
    long cyr = 0;
    long lat = 0;
    long other = 0;
    int n = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isEncodedChar(c) && (i == 0 || !isEncodedChar(text.charAt(i - 1)))) {
        int end = encodedRunEnd(text, i, n);
        if (end > i) {
          i = end - 1;
          continue;
        }
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.CYRILLIC) {
        cyr++;
      } else if (s == Character.UnicodeScript.LATIN) {
        lat++;
      } else {
        other++;
      }
    }
    long letters = cyr + lat + other;
    if (letters == 0) {
      return null;
    }
    if (other > cyr && other > lat) {
      return "other";
    }
    double c = (double) cyr / letters;
    double l = (double) lat / letters;
    if (c >= MIXED_SHARE && l >= MIXED_SHARE) {
      return "mixed";
    }
    return cyr > lat ? "cyrillic" : "latin";
  }

  /**
   * The end of the run of base64 characters starting at {@code from} when it is more than {@link
   * #MAX_ASCII_RUN} characters long (encoded data), with the whole lines of base64 characters that
   * follow it, else {@code from}. Reads at most the run.
   */
  static int encodedRunEnd(CharSequence text, int from, int limit) {
    int i = from;
    while (i < limit && isEncodedChar(text.charAt(i))) {
      i++;
    }
    if (i - from <= MAX_ASCII_RUN) {
      return unicodeEscapes(text, from, i) ? i : from;
    }
    // MIME wraps base64 in lines of 76: the lines that follow, of base64 characters only, are its rest
    while (true) {
      int next = i;
      if (next < limit && text.charAt(next) == '\r') {
        next++;
      }
      if (next >= limit || text.charAt(next) != '\n') {
        return i;
      }
      int end = ++next;
      while (end < limit && isEncodedChar(text.charAt(end))) {
        end++;
      }
      if (end == next || (end < limit && text.charAt(end) != '\r' && text.charAt(end) != '\n')) {
        return i;
      }
      i = end;
    }
  }

  /** True when {@code [from, to)} is two or more {@code \\uXXXX} escapes and nothing else. */
  private static boolean unicodeEscapes(CharSequence text, int from, int to) {
    if (to - from < 12 || (to - from) % 6 != 0) {
      return false;
    }
    for (int i = from; i < to; i += 6) {
      if (text.charAt(i) != '\\' || text.charAt(i + 1) != 'u') {
        return false;
      }
      for (int k = i + 2; k < i + 6; k++) {
        if (Character.digit(text.charAt(k), 16) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isEncodedChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '+' || c == '/' || c == '=' || c == '\\';
  }

  /** {@code text} with its encoded-data runs (see {@link #encodedRunEnd}) replaced by a space. Linear. */
  static String withoutEncodedRuns(CharSequence text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (isEncodedChar(text.charAt(i)) && (i == 0 || !isEncodedChar(text.charAt(i - 1)))) {
        int end = encodedRunEnd(text, i, n);
        if (end > i) {
          if (out == null) {
            out = new StringBuilder(n);
          }
          out.append(text, copied, i).append(' ');
          copied = end;
          i = end - 1;
        }
      }
    }
    if (out == null) {
      return text.toString();
    }
    return out.append(text, copied, n).toString();
  }
}
