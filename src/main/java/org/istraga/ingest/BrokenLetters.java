package org.istraga.ingest;

/**
 * Recognizes PDF text that came out broken into letters, as Tika's default PDF settings extract
 * text drawn rotated (a landscape table on a portrait page, a label turned 90° by the text
 * matrix): one or two letters a line ("Q", "ua", "rt", "er", "ly" for "Quarterly"). Such a PDF is
 * worth parsing again with Tika's angle detection, which is too costly to run on every PDF
 * (docs/benchmarks.md, "PDF angle detection").
 *
 * <p>A <em>broken run</em> is at least {@value #MIN_RUN} consecutive lines of one or two
 * characters with a letter in each (blank lines between them allowed). Letters spaced out on one
 * line ("O b r a z l o ž e nj e", a heading of Serbian court decisions) are not counted: they are
 * how the document is written, and angle detection would not change them. On the benchmark's
 * 2,001 PDFs and the corpus's 148, runs are found in 7 files (the rotated test PDF and forms with
 * vertical margin text), so the extra parse costs well under 1% of the ingest. Linear in the
 * text's length; stateless and thread-safe.
 */
public final class BrokenLetters {

  /** Consecutive short lines that make a broken run. */
  static final int MIN_RUN = 4;

  private BrokenLetters() {}

  /** Number of broken runs (see the class comment) in {@code text}; 0 for null. */
  public static int runs(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    int runs = 0;
    int length = 0;
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() <= 2 && t.chars().anyMatch(Character::isLetter)) {
        length++;
        continue;
      }
      if (length >= MIN_RUN) {
        runs++;
      }
      length = 0;
    }
    if (length >= MIN_RUN) {
      runs++;
    }
    return runs;
  }
}
