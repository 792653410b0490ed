package org.istraga.ingest.lang;

/**
 * Tells whether a text is written in Cyrillic, Latin, both, or another script, by counting
 * letters. Cost: one pass over at most {@link #SAMPLE} characters; thread-safe.
 */
public final class ScriptDetector {

  /** Characters examined. */
  public static final int SAMPLE = 200_000;
  /** Share of letters a script needs to count as present in a mixed text. */
  static final double MIXED_SHARE = 0.2;

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
}
