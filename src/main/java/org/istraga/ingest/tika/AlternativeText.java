package org.istraga.ingest.tika;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a message's other renderings say that its shown one does not. A {@code
 * multipart/alternative} is meant to hold one text in several forms (plain text beside HTML), and
 * mail programs show only the richest; but the forms can differ: a newsletter's plain version lists
 * the links and the text its HTML draws as images, a forged or hand-made message says one thing in
 * its HTML and another in its plain text. Only the shown rendering is the message's text, and the
 * paragraphs of the others that hold a word the shown one lacks are added after it, so nothing the
 * message stores as text is unsearchable, while a plain version that repeats the HTML adds nothing.
 *
 * <p>Words are runs of letters and digits, compared after NFKC normalisation and in lower case;
 * words of one character are not compared. A paragraph is a run of non-blank lines in plain text
 * and a line in text read from HTML (each HTML block ends its line). Cost: linear in both texts.
 * Stateless and thread-safe.
 */
final class AlternativeText {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h\\x0B\\f]*\\R(?:\\s*\\R)*");
  private static final Pattern LINES = Pattern.compile("\\R");

  private AlternativeText() {}

  /**
   * The paragraphs of {@code other}, in order and stripped, that hold a word {@code shown} does
   * not; empty when every word of {@code other} is in {@code shown}.
   *
   * @param byLine split {@code other} at every line break (text read from HTML) instead of at
   *     blank lines (plain text)
   */
  static List<String> unshownParagraphs(String shown, String other, boolean byLine) {
    List<String> out = new ArrayList<>();
    if (other == null || other.isBlank()) {
      return out;
    }
    Set<String> known = words(shown);
    for (String paragraph : (byLine ? LINES : BLANK_LINES).split(other)) {
      for (String w : wordList(paragraph)) {
        if (!known.contains(w)) {
          out.add(paragraph.strip());
          break;
        }
      }
    }
    return out;
  }

  /** The distinct comparable words of {@code text}. */
  static Set<String> words(String text) {
    return new HashSet<>(wordList(text));
  }

  private static List<String> wordList(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    for (String w : NON_WORD.split(norm)) {
      if (w.codePointCount(0, w.length()) > 1) {
        out.add(w);
      }
    }
    return out;
  }
}
