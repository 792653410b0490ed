package org.istraga.entities;

/**
 * Where a candidate mention really ends once the punctuation that follows it in running text is
 * dropped: sentence marks after a URL ({@code https://mup.gov.rs/nabavke.}), separators after a
 * phone number, and a closing bracket whose opening partner is not inside the candidate ({@code
 * (see https://example.org/a)}) while a balanced one stays ({@code https://en.wikipedia.org/wiki/
 * Sarajevo_(film)}).
 *
 * <p>Static and thread-safe; each dropped closing bracket rescans the candidate, so the cost is
 * quadratic only in the number of trailing brackets (a handful).
 */
final class TrailingPunctuation {

  private TrailingPunctuation() {}

  /**
   * The end of {@code t[start, end)} without its trailing characters from {@code dropped} and its
   * trailing closing brackets from {@code closers} ({@code )} or {@code ]}) that close more than
   * the candidate opens.
   */
  static int trimEnd(String t, int start, int end, String dropped, String closers) {
    while (end > start) {
      char c = t.charAt(end - 1);
      if (dropped.indexOf(c) >= 0) {
        end--;
      } else if (closers.indexOf(c) >= 0 && unbalanced(t, start, end, c)) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** True if the closing bracket {@code close} occurs in {@code t[start, end)} more often than its partner. */
  private static boolean unbalanced(String t, int start, int end, char close) {
    char open = close == ')' ? '(' : '[';
    int balance = 0;
    for (int i = start; i < end; i++) {
      char d = t.charAt(i);
      if (d == open) {
        balance++;
      } else if (d == close) {
        balance--;
      }
    }
    return balance < 0;
  }
}
