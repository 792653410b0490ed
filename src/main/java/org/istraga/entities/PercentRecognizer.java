package org.istraga.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages: {@code 57%}, {@code 57 %}, {@code 57,5%}, {@code 57 odsto}, {@code 57 посто},
 * {@code 57 procenata}, {@code 57 percent}, {@code 57 per cent}, also with the rate spelled out
 * in brackets before the word ({@code 10 (deset) procenata}). Value: the number with a
 * decimal point and a percent sign ({@code 57.5%}); the number is in {@link Mention#number()}.
 * A minus sign that starts the word makes it negative ({@code -2,5%} → {@code -2.5%}; the dash
 * of a range {@code 10-15%} does not); the sign follows the number on the same line, so a PDF
 * trailer's "startxref\n449\n%%EOF" is no percentage.
 */
final class PercentRecognizer implements Recognizer {

  /**
   * A percentage; never the decimals of a number written before it ("3,25 %" is 3.25%, not 25%;
   * "1.234,5%" no 5%), but a comma after a date or a long number separates two cells of a CSV
   * row ("2019-08-14,92.5%", "…,2019,57%").
   */
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}.])(?<!(?<![\\d.\\-/:])\\d{1,3},|\\d\\.\\d{3},)(\\d{1,3}(?:[.,]\\d{1,4})?)[ \\u00A0]?" + MoneyRecognizer.IN_WORDS + "(%|odsto|одсто|posto|посто"
              + "|procen(?:at|ta|ata|ti|tima)|процен(?:ат|та|ата|ти|тима)|percent|per cent|pct\\.?)"
              + "(?![\\p{L}\\p{N}])");

  /**
   * True if a minus sign stands right before {@code p} and starts a word ("-50%", "(−2,5%)");
   * not the dash of a range ("10-15%").
   */
  private static boolean minusBefore(String t, int p) {
    if (p < 1 || (t.charAt(p - 1) != '-' && t.charAt(p - 1) != '\u2212')) {
      return false;
    }
    if (p < 2) {
      return true;
    }
    char b = t.charAt(p - 2);
    return Character.isWhitespace(b) || b == '(' || b == ':' || b == ';' || b == '\u00A0';
  }

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    Matcher m = PERCENT.matcher(t);
    int after = 0;
    for (int p : ctx.digitStarts()) {
      if (p < after || !ctx.lookingAt(m, p, 130)) {
        continue;
      }
      after = m.end();
      BigDecimal n = new BigDecimal(m.group(1).replace(',', '.')).stripTrailingZeros();
      if (n.scale() < 0) {
        n = n.setScale(0);
      }
      int start = m.start();
      if (minusBefore(t, start)) {
        start--;
        n = n.negate();
      }
      int fraction = fractionStart(t, start);
      if (fraction >= 0) {
        // "3/4 %" is three quarters of a per cent, not 4%
        BigDecimal num = new BigDecimal(t.substring(fraction, start - 1));
        if (n.signum() == 0) {
          continue;
        }
        n = num.divide(n, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        if (n.scale() < 0) {
          n = n.setScale(0);
        }
        start = fraction;
      }
      add(t, n, start, m.end(), out);
      if (fraction < 0 && !minusBefore(t, m.start())) {
        rangeHead(t, start, n, out);
      }
    }
  }

  private static void add(String t, BigDecimal n, int start, int end, List<Mention> out) {
    String v = n.toPlainString() + "%";
    out.add(new Mention(EntityType.PERCENT, v, t.substring(start, end), start, end, v,
        Optional.of(n), Optional.empty()));
  }

  /**
   * The start of a fraction's numerator when {@code p} is its denominator ({@code 3/4 %}): one
   * or two digits and a slash right before, not part of a longer number or a date; else -1.
   */
  private static int fractionStart(String t, int p) {
    if (p < 2 || t.charAt(p - 1) != '/' || !Character.isDigit(t.charAt(p - 2))) {
      return -1;
    }
    int s = p - 2;
    if (s > 0 && Character.isDigit(t.charAt(s - 1))) {
      s--;
    }
    if (s > 0 && (Character.isLetterOrDigit(t.charAt(s - 1)) || "/.,-".indexOf(t.charAt(s - 1)) >= 0)) {
      return -1;
    }
    return s;
  }

  /**
   * The first number of a range whose second carries the sign ("6 to 8 percent", "od 10 do
   * 15%", "between 5 and 10 percent") is a percentage too, when it is the smaller. A dash is not
   * read as a range here ("10-15%" stays 15%): it also joins codes and dates to numbers.
   */
  private static final Pattern RANGE_HEAD =
      Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,/\\-])(\\d{1,3}(?:[.,]\\d{1,4})?)"
          + "[ \\u00A0]{1,2}(?:to|do|до|and)[ \\u00A0]{1,2}$");

  private static void rangeHead(String t, int start, BigDecimal second, List<Mention> out) {
    Matcher h = RANGE_HEAD.matcher(t);
    h.region(Math.max(0, start - 16), start);
    h.useTransparentBounds(true);
    if (!h.find()) {
      return;
    }
    BigDecimal first = new BigDecimal(h.group(1).replace(',', '.')).stripTrailingZeros();
    if (first.scale() < 0) {
      first = first.setScale(0);
    }
    if (first.compareTo(second) < 0) {
      add(t, first, h.start(1), h.end(1), out);
    }
  }
}
