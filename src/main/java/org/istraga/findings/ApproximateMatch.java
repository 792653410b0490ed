package org.istraga.findings;

/**
 * The passage of a text closest to a pattern by edit distance (Sellers' algorithm: Levenshtein
 * distance where the match may start and end anywhere in the text).
 *
 * <p>Cost: O(pattern × text) time, O(pattern) memory. Callers bound the pattern length.
 *
 * @param start start of the passage in the text
 * @param end end of the passage in the text
 * @param distance edits (insertions, deletions, substitutions) between pattern and passage
 */
record ApproximateMatch(int start, int end, int distance) {

  /** The best match of {@code pattern} in {@code text}; the leftmost among equally good ones. */
  static ApproximateMatch find(String pattern, String text) {
    int m = pattern.length();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    int[] prevStart = new int[m + 1];
    int[] curStart = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      prev[i] = i;
    }
    int best = m;
    int bestStart = 0;
    int bestEnd = 0;
    for (int j = 1; j <= text.length(); j++) {
      char t = text.charAt(j - 1);
      cur[0] = 0;
      curStart[0] = j;
      for (int i = 1; i <= m; i++) {
        int d = prev[i - 1] + (pattern.charAt(i - 1) == t ? 0 : 1);
        int s = prevStart[i - 1];
        if (prev[i] + 1 < d) {
          d = prev[i] + 1;
          s = prevStart[i];
        }
        if (cur[i - 1] + 1 < d) {
          d = cur[i - 1] + 1;
          s = curStart[i - 1];
        }
        cur[i] = d;
        curStart[i] = s;
      }
      if (cur[m] < best) {
        best = cur[m];
        bestStart = curStart[m];
        bestEnd = j;
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
      tmp = prevStart;
      prevStart = curStart;
      curStart = tmp;
    }
    return new ApproximateMatch(bestStart, bestEnd, best);
  }
}
