package org.istraga.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives a number written with thousands separators or zero decimals its plain spelling, so a
 * journalist who types {@code 3250000} finds {@code 3.250.000,00}, {@code 3,250,000.00}, {@code
 * 3 250 000} and {@code 3250000,00}; {@code 71371} finds {@code 71.371USD}. The plain spelling
 * ({@link #plain}) is the integer's digits, and a decimal point and the decimals when they are
 * not all zeros ({@code 1.250.000,50} → {@code 1250000.50}).
 *
 * <ul>
 *   <li>A token that is such a number gets its plain spelling as a twin at its position and
 *       offsets.
 *   <li>Groups of three digits written apart by one space, no-break space, thin space or figure
 *       space ({@code 1 200 000}, as Word and French-style typesetting print amounts; the word
 *       segmentation splits them) are read as one number when the first group has one to three
 *       digits and each following one exactly three (the last may carry decimals: {@code 1 200
 *       000,00}); the plain spelling stands at the first group's position with offsets over the
 *       whole number. The groups stay words of their own, so {@code "1 200 000"} still matches as a
 *       phrase.
 * </ul>
 *
 * <p>Queries need no counterpart: a plain number is one word, and a number with separators is also
 * searched in its plain spelling ({@code org.istraga.search.RawQueryText}). A number of one to
 * three digits with one group ({@code 2.001}) is ambiguous between a decimal and a thousands
 * figure; it is read as the thousands figure ({@code 2001}). Index time only; runs before folding.
 * Cost: a pattern test for tokens that start with a digit; a look-ahead of one token after a
 * number of one to three digits.
 */
final class NumberValueFilter extends TokenFilter {

  /** Thousands groups with one separator, then decimals after the other one. */
  private static final Pattern GROUPED =
      Pattern.compile("(\\d{1,3})((?:([.,])\\d{3})+)(?:(?!\\3)[.,](\\d+))?");
  /** Digits and decimals after one separator. */
  private static final Pattern DECIMAL = Pattern.compile("(\\d+)[.,](\\d+)");
  private static final Pattern GROUP = Pattern.compile("\\d{3}");
  private static final Pattern LAST_GROUP = Pattern.compile("\\d{3}(?:[.,]\\d{1,2})?");
  private static final Pattern LEAD = Pattern.compile("\\d{1,3}");
  /** Most groups joined after the first (999 999 999 999 999). */
  private static final int MAX_GROUPS = 5;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TextWindow window;
  /** Tokens to emit before reading on: twins and the groups read ahead. */
  private final ArrayDeque<State> pending = new ArrayDeque<>();
  /** A token read ahead that continued no number: handled like a token from the input. */
  private State lookahead;
  /** The input has returned its last token. */
  private boolean exhausted;

  NumberValueFilter(TokenStream in, TextWindow window) {
    super(in);
    this.window = window;
  }

  /**
   * The plain spelling of a number written with thousands separators ({@code 2.800.000,00},
   * {@code 2,800,000.00}, {@code 71.371}, {@code 1.250.000,50} → {@code 1250000.50}) or with zero
   * decimals ({@code 1500,00} → {@code 1500}); null when {@code text} is no such number. Other
   * decimals ({@code 3,25}) have none: a query finds them in either notation as they are.
   */
  static String plain(CharSequence text) {
    Matcher g = GROUPED.matcher(text);
    if (g.matches()) {
      return spelled(g.group(1) + g.group(2).replaceAll("[.,]", ""), g.group(4));
    }
    Matcher d = DECIMAL.matcher(text);
    if (d.matches() && d.group(2).matches("0+")) {
      return spelled(d.group(1), null);
    }
    return null;
  }

  private static String spelled(String digits, String decimals) {
    return decimals == null || decimals.matches("0+") ? digits : digits + "." + decimals;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    if (term.length() == 0 || !Character.isDigit(term.charAt(0))) {
      return true; // the common case
    }
    String text = term.toString();
    String plain = plain(text);
    if (plain != null && !plain.contentEquals(text)) {
      State whole = captureState();
      term.setEmpty().append(plain);
      posInc.setPositionIncrement(0);
      pending.add(captureState());
      restoreState(whole);
      return true;
    }
    if (LEAD.matcher(text).matches()) {
      readGroups(text);
    }
    return true;
  }

  /**
   * After a token of one to three digits, reads the tokens that continue it as groups of three
   * written apart, and queues them after the plain spelling of the whole number; the current
   * token is left as it was.
   */
  private void readGroups(String lead) throws IOException {
    State first = captureState();
    int start = offset.startOffset();
    int end = offset.endOffset();
    StringBuilder digits = new StringBuilder(lead);
    String decimals = null;
    ArrayDeque<State> read = new ArrayDeque<>();
    int groups = 0;
    while (groups < MAX_GROUPS && decimals == null) {
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
      String t = term.toString();
      CharSequence gap = window.between(end, offset.startOffset());
      if (posInc.getPositionIncrement() != 1 || gap == null || gap.length() != 1 || !isGroupSpace(gap.charAt(0))
          || !LAST_GROUP.matcher(t).matches()) {
        lookahead = captureState();
        break;
      }
      read.add(captureState());
      groups++;
      end = offset.endOffset();
      if (GROUP.matcher(t).matches()) {
        digits.append(t);
      } else {
        digits.append(t, 0, 3);
        decimals = t.substring(4);
      }
    }
    restoreState(first);
    if (groups > 0) {
      term.setEmpty().append(spelled(digits.toString(), decimals));
      offset.setOffset(start, end);
      posInc.setPositionIncrement(0);
      pending.add(captureState());
    }
    pending.addAll(read);
    restoreState(first);
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    lookahead = null;
    exhausted = false;
  }
}
