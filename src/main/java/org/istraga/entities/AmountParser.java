package org.istraga.entities;

import java.math.BigDecimal;

/**
 * Turns a written number into a {@link BigDecimal}, deciding which of '.' and ',' is the decimal
 * separator from the pattern alone:
 *
 * <ol>
 *   <li>both appear: the one that comes last is the decimal separator ({@code 1.234.567,89},
 *       {@code 1,234,567.89});
 *   <li>one of them appears more than once: it groups thousands ({@code 1.234.567}, {@code
 *       3,050,000});
 *   <li>it appears once followed by exactly three digits: it groups thousands ({@code 1.234 RSD}
 *       is one thousand two hundred thirty-four, {@code 71,371} is seventy-one thousand...);
 *   <li>otherwise it is the decimal separator ({@code 2,6}, {@code 1.5}, {@code 57,25}).
 * </ol>
 *
 * Spaces, no-break spaces, thin spaces and apostrophes between digit groups are thousands
 * separators. Returns null for anything that is not a number.
 */
final class AmountParser {

  private AmountParser() {}

  static BigDecimal parse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      } else if (c == '.') {
        dots++;
        lastDot = b.length();
        b.append('.');
      } else if (c == ',') {
        commas++;
        lastComma = b.length();
        b.append(',');
      } else if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\''
          || c == '’') {
        continue;
      } else {
        return null;
      }
    }
    String n = b.toString();
    char decimal;
    if (dots > 0 && commas > 0) {
      decimal = lastDot > lastComma ? '.' : ',';
    } else if (dots + commas == 0) {
      decimal = 0;
    } else if (dots > 1 || commas > 1) {
      decimal = 0;
    } else {
      int pos = dots == 1 ? lastDot : lastComma;
      int after = n.length() - pos - 1;
      decimal = after == 3 ? 0 : (dots == 1 ? '.' : ',');
    }
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c == decimal) {
        out.append('.');
      }
    }
    if (out.length() == 0 || out.charAt(0) == '.') {
      return null;
    }
    try {
      return new BigDecimal(out.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
