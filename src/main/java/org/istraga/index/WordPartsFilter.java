package org.istraga.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Makes the words inside a word that Unicode segmentation keeps whole searchable on their own.
 * UAX#29 does not break a word at {@code . : ' ’ ·} between letters, nor at {@code _}, so a domain
 * ({@code lucene.apache.org}), the local part of an e-mail address ({@code ana.petrovic}), a file
 * name ({@code Ugovor_MUP_2019.pdf}), an abbreviation typed without its space ({@code
 * Sl.glasnik}) or two sentences that text extraction ran together ({@code godine.Na}) are one token,
 * and {@code apache}, {@code petrovic}, {@code ugovor} or {@code glasnik} would not find them.
 *
 * <p>After such a token this filter emits its parts ({@code lucene}, {@code apache}, {@code org})
 * and, for a dotted name, each shorter dotted ending ({@code apache.org}, so a domain finds its
 * subdomains), all at the token's position (position increment 0) and with their own offsets, so
 * highlighting marks the part. The token itself stays, so everything that matched before still
 * matches, and a phrase through the token ({@code "objavljeno u Sl.glasniku RS"}, {@code "u
 * glasniku RS"}) matches as before. A separator between two digits is part of a number and is
 * kept ({@code 1.500,00}, {@code v1.2.3}, {@code 12:30}). A number with a unit or suffix written
 * right after it ({@code 32,18m2}, {@code 1.500,00din}, {@code 100kg}) is also indexed as the
 * number and the rest, so the amount is found.
 *
 * <p>Index time only: a query keeps the token whole, which matches the token, a part or an ending.
 * Must run before folding (it reads the characters as written). Cost: one scan of each token; state
 * is copied only for tokens with parts.
 */
final class WordPartsFilter extends TokenFilter {

  /** Most parts and endings emitted for one token (a token is at most 255 characters). */
  static final int MAX_PARTS = 24;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<State> pending = new ArrayDeque<>();

  WordPartsFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int start = offset.startOffset();
    if (offset.endOffset() - start != term.length()) {
      return true; // not the text as written (a joined line-end hyphenation): nothing to split
    }
    List<int[]> spans = spans(term);
    if (spans.isEmpty()) {
      return true; // the common case: no state copied
    }
    State whole = captureState();
    String text = term.toString();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(text);
    String joined = joined(text);
    if (joined != null && seen.add(joined)) {
      term.setEmpty().append(joined);
      posInc.setPositionIncrement(0);
      pending.add(captureState());
    }
    for (int[] s : spans) {
      String part = text.substring(s[0], s[1]);
      if (seen.add(part)) {
        restoreState(whole);
        term.setEmpty().append(part);
        offset.setOffset(start + s[0], start + s[1]);
        posInc.setPositionIncrement(0);
        pending.add(captureState());
      }
    }
    restoreState(whole);
    return true;
  }

  /**
   * The {@code [start, end)} spans of the parts of {@code t} and of its dotted endings, by start
   * offset, or an empty list when {@code t} has no separator between letters (or a letter and a
   * digit) and is no number with a unit written on ({@link #unitStart}).
   */
  static List<int[]> spans(CharSequence t) {
    int n = t.length();
    List<int[]> parts = null;
    List<Integer> dotEnds = null;
    int partStart = 0;
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(t, i);
      int len = Character.charCount(cp);
      if (isSeparator(cp) && i > partStart && i + len < n && !betweenDigits(t, i, len)) {
        if (parts == null) {
          parts = new ArrayList<>();
          dotEnds = new ArrayList<>();
        }
        parts.add(new int[] {partStart, i});
        if (cp == '.') {
          dotEnds.add(i + len);
        }
        partStart = i + len;
      }
      i += len;
    }
    int unit = unitStart(t);
    if (parts == null) {
      return unit < 0 ? List.of() : List.of(new int[] {0, unit}, new int[] {unit, n});
    }
    parts.add(new int[] {partStart, n});
    List<int[]> out = new ArrayList<>();
    for (int[] p : parts) {
      if (out.size() < MAX_PARTS) {
        out.add(p);
      }
    }
    // dotted endings of two parts or more (lucene.apache.org: apache.org); the ending after the
    // last separator is a single part, already emitted
    for (int end : dotEnds) {
      if (end < partStart && out.size() < MAX_PARTS) {
        out.add(new int[] {end, n});
      }
    }
    if (unit > 0 && unit < parts.get(0)[1] && out.size() < MAX_PARTS - 1) {
      out.add(new int[] {0, unit});
      out.add(new int[] {unit, parts.get(0)[1]});
    }
    // the index needs start offsets in order: an ending goes right after the part it starts with
    out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    return out;
  }

  /**
   * The token written without its inner separators when it is an abbreviation of single letters
   * with dots ({@code d.o.o} → {@code doo}, {@code A.D} → {@code AD}, {@code д.о.о} → {@code
   * дoo}) or a word with apostrophes between letters ({@code O'Brien} → {@code OBrien}): people
   * type both spellings, and the one without separators is one word to UAX#29. Null for any other
   * token (a domain, {@code Sl.glasnik}, a number), which keeps its parts only. Queries use it too
   * (a word that has this spelling is searched in it: {@code Analyzers}).
   */
  static String joined(CharSequence t) {
    int n = t.length();
    boolean dots = false;
    boolean apostrophes = false;
    int partLetters = 0;
    boolean singleLetters = true;
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(t, i);
      int len = Character.charCount(cp);
      if (Character.isLetter(cp)) {
        out.appendCodePoint(cp);
        partLetters++;
      } else if ((cp == '.' || isApostrophe(cp)) && partLetters > 0 && i + len < n
          && Character.isLetter(Character.codePointAt(t, i + len))) {
        dots |= cp == '.';
        apostrophes |= cp != '.';
        singleLetters &= partLetters == 1;
        partLetters = 0;
      } else {
        return null; // a digit, another separator, or a separator not between letters
      }
      i += len;
    }
    singleLetters &= partLetters == 1;
    if (dots == apostrophes) {
      return null; // no separator, or both kinds
    }
    return apostrophes || singleLetters ? out.toString() : null;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  /** Most letters of a unit written on a number ({@code din}, {@code eur}, {@code km2}). */
  static final int MAX_UNIT_LETTERS = 4;

  /**
   * Where the letters of a unit or suffix written right after a leading number start ({@code
   * 32,18m2}, {@code 1.500,00din}, {@code 100kg}, {@code 0.5L}: at the letter), or -1 when the
   * token (up to its first separator) is not a number followed by one to {@value
   * #MAX_UNIT_LETTERS} letters and at most two digits (so a hexadecimal hash such as {@code
   * 3f2a9c81d0e4} is left whole).
   */
  static int unitStart(CharSequence t) {
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',') && i > 0 && i + 1 < n && Character.isDigit(t.charAt(i - 1))
          && Character.isDigit(t.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (i == 0 || i >= n) {
      return -1;
    }
    int letters = 0;
    int j = i;
    while (j < n && Character.isLetter(t.charAt(j))) {
      letters++;
      j++;
    }
    int digits = 0;
    while (j < n && Character.isDigit(t.charAt(j))) {
      digits++;
      j++;
    }
    boolean ends = j == n || isSeparator(Character.codePointAt(t, j));
    return letters >= 1 && letters <= MAX_UNIT_LETTERS && digits <= 2 && ends ? i : -1;
  }

  private static boolean betweenDigits(CharSequence t, int i, int len) {
    return Character.isDigit(Character.codePointBefore(t, i)) && Character.isDigit(Character.codePointAt(t, i + len));
  }

  /** Punctuation that UAX#29 lets stand inside a word ({@code . : ' ’ · _} and their relatives). */
  private static boolean isSeparator(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.OTHER_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.DASH_PUNCTUATION;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
