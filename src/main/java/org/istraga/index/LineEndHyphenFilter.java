package org.istraga.index;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins a word broken by a hyphen at the end of a line, as typeset and extracted PDF text has it
 * ({@code ugo-}&#47;{@code vora}, {@code prepara-}&#47;{@code tion}): after the two pieces it emits
 * the whole word ({@code ugovora}), and all three stand at the position of the first piece, so
 * {@code ugovora}, the phrase {@code "ovog ugovora je"} and the pieces themselves all match.
 *
 * <p>A break is joined when the text between the pieces is a hyphen (also {@code ‐ ‑ ¬}, or a soft
 * hyphen ending the first piece) followed by a line break and spaces only, the first piece is made
 * of letters, and the second starts with a lower-case letter or both are in capitals ({@code
 * FED-}&#47;{@code ERAL}). A real compound split at a line end ({@code mental-}&#47;{@code health})
 * also gets the joined spelling; since the pieces stay, nothing that matched before stops matching.
 *
 * <p>A word with a hyphen inside a line is joined the same way ({@code e-mail} also as {@code
 * email}, {@code video-nadzor} as {@code videonadzor}), so a search for the word written joined
 * finds the hyphenated spelling, as the search for the hyphenated spelling already finds the joined
 * one (the query parser's {@code HyphenatedWord}). Here only the joined word stands at the first
 * piece's position: the second piece keeps its own, so the phrase {@code "e-mail adresu"} still
 * matches as written (and {@code "email adresu"} does not). Not after an abbreviation in capitals followed
 * by a case ending ({@code PDV-a}, {@code MUP-om}), nor between digits.
 *
 * <p>The filter reads the text between tokens from a {@link TextWindow} that wraps the tokenizer's
 * reader, so it must come right after the tokenizer. Cost: one token of look-ahead and a look at
 * the few characters after each word.
 */
final class LineEndHyphenFilter extends TokenFilter {

  /** Hyphen, optional blanks, a line break, then any blanks (at most a few characters). */
  private static final Pattern HYPHEN_BREAK =
      Pattern.compile("[ \\t]*[-\\u2010\\u2011\\u00AC][ \\t]*(?:\\r\\n|[\\r\\n\\u2028\\u2029\\f])\\s*");
  /** After a soft hyphen that ended the first piece: a line break with blanks around. */
  private static final Pattern BREAK = Pattern.compile("[ \\t]*(?:\\r\\n|[\\r\\n\\u2028\\u2029\\f])\\s*");
  private static final int MAX_GAP = 16;
  private static final char SOFT_HYPHEN = '\u00AD';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TextWindow window;

  /** A token read ahead that did not join, to emit next. */
  private State pending;
  /** The joined word and the second piece, to emit after the first piece. */
  private State joined;
  private State second;
  private boolean exhausted;
  /** Whether the last join was of a hyphen inside a line (its second piece keeps its position). */
  private boolean inLine;

  LineEndHyphenFilter(TokenStream in, TextWindow window) {
    super(in);
    this.window = window;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (joined != null) {
      restoreState(joined);
      joined = null;
      return true;
    }
    if (second != null) {
      restoreState(second);
      second = null;
      return true;
    }
    if (pending != null) {
      restoreState(pending);
      pending = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    if (!isWordPiece(term)) {
      return true;
    }
    int firstStart = offset.startOffset();
    int firstEnd = offset.endOffset();
    window.release(firstStart);
    if (!mayBreakAfter(firstEnd)) {
      return true; // the common case: no hyphen after the word, no look-ahead, no state copied
    }
    State first = captureState();
    String firstText = term.toString();
    if (!input.incrementToken()) {
      exhausted = true;
      restoreState(first);
      return true;
    }
    if (joins(firstText, firstEnd)) {
      String whole = strip(firstText) + term;
      int end = offset.endOffset();
      if (!inLine) {
        posInc.setPositionIncrement(0);
      }
      second = captureState();
      restoreState(first);
      term.setEmpty().append(whole);
      offset.setOffset(firstStart, end);
      posInc.setPositionIncrement(0);
      joined = captureState();
    } else {
      pending = captureState();
    }
    restoreState(first);
    return true;
  }

  /**
   * Whether a line-end hyphen may follow the current word: it ends with a soft hyphen, or the
   * first character after it that is not a blank is a hyphen, or that character is not read yet.
   * False rules out a join without reading the next token.
   */
  private boolean mayBreakAfter(int end) {
    if (term.charAt(term.length() - 1) == SOFT_HYPHEN) {
      return true;
    }
    for (int i = end; i < end + MAX_GAP; i++) {
      int c = window.charAt(i);
      if (c < 0) {
        return true; // not in the window: decide on the next token, as before
      }
      if (c != ' ' && c != '\t') {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AC';
      }
    }
    return false;
  }

  /** Whether the current token (the second piece) continues {@code first}, which ended at {@code firstEnd}. */
  private boolean joins(String first, int firstEnd) {
    int start = offset.startOffset();
    if (start - firstEnd > MAX_GAP || term.length() == 0 || !Character.isLetter(term.charAt(0))) {
      return false;
    }
    CharSequence gap = window.between(firstEnd, start);
    if (gap == null) {
      return false;
    }
    inLine = gap.length() == 1 && isHyphen(gap.charAt(0));
    if (inLine) {
      return joinsInLine(strip(first));
    }
    boolean softHyphen = first.charAt(first.length() - 1) == SOFT_HYPHEN;
    if (!(softHyphen ? BREAK : HYPHEN_BREAK).matcher(gap).matches()) {
      return false;
    }
    if (Character.isLowerCase(term.charAt(0))) {
      return true;
    }
    return allUpper(strip(first)) && allUpper(term);
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /**
   * Whether the current token (the second piece) and {@code first}, joined by a hyphen inside a
   * line ({@code e-mail}, {@code E-mail}, {@code video-nadzor}, {@code E-MAIL}), are one word spelled
   * with a hyphen: the second is letters and starts with a lower-case letter or both are in
   * capitals, and the first is not an abbreviation in capitals before a case ending ({@code PDV-a},
   * {@code MUP-om}, which stay as they are).
   */
  private boolean joinsInLine(String first) {
    if (!isWordPiece(term)) {
      return false;
    }
    if (allUpper(first) && allUpper(term)) {
      return true;
    }
    return Character.isLowerCase(term.charAt(0)) && (first.length() == 1 || !allUpper(first));
  }

  /** A token of letters (marks and a final soft hyphen allowed), long enough to be a word piece. */
  private static boolean isWordPiece(CharSequence t) {
    int n = t.length();
    if (n == 0 || !Character.isLetter(t.charAt(0))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
          && !(c == SOFT_HYPHEN && i == n - 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allUpper(CharSequence t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static String strip(String first) {
    return first.charAt(first.length() - 1) == SOFT_HYPHEN ? first.substring(0, first.length() - 1) : first;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    joined = null;
    second = null;
    exhausted = false;
    inLine = false;
  }
}
