package org.istraga.entities;

/**
 * Masks sensitive mentions for listings and exports, which show JMBGs masked unless the user
 * asks otherwise.
 *
 * <p>Rule: a JMBG keeps its first two digits (day of birth) and its last digit (check digit);
 * every other digit becomes {@code *}, so {@code 0101990710006} is shown as {@code
 * 01**********6}. This hides the birth date, region and serial number while keeping the shown
 * value distinguishable enough to match against the original. Separators in the raw text are
 * kept. Values of non-sensitive types are returned unchanged.
 */
public final class MentionMasker {

  private MentionMasker() {}

  /** The display value of {@code m}, masked if the mention is {@link Mention#sensitive()}. */
  public static String mask(Mention m) {
    return m.sensitive() ? maskDigits(m.value()) : m.value();
  }

  /** The raw text of {@code m}, masked if the mention is {@link Mention#sensitive()}. */
  public static String maskRaw(Mention m) {
    return m.sensitive() ? maskDigits(m.raw()) : m.raw();
  }

  /**
   * Keeps the first two and the last digit of {@code s}; other digits become '*'; separators stay.
   * The one masking rule for personal numbers in listings and exports.
   */
  public static String maskDigits(String s) {
    if (s == null) {
      return null;
    }
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        total++;
      }
    }
    StringBuilder b = new StringBuilder(s.length());
    int seen = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        seen++;
        b.append(seen <= 2 || seen == total ? c : '*');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
