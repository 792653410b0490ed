package org.istraga.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages: {@code 57%}, {@code 57 %}, {@code 57,5%}, {@code 57 odsto}, {@code 57 посто},
 * {@code 57 procenata}, {@code 57 percent}, {@code 57 per cent}. Value: the number with a
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
          "(?iu)(?<![\\p{L}\\p{N}.])(?<!(?<![\\d.\\-/:])\\d{1,3},|\\d\\.\\d{3},)(\\d{1,3}(?:[.,]\\d{1,4})?)[ \\u00A0]?(%|odsto|одсто|posto|посто"
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
      if (p < after || !ctx.lookingAt(m, p, 40)) {
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
      String v = n.toPlainString() + "%";
      out.add(new Mention(EntityType.PERCENT, v, t.substring(start, m.end()), start, m.end(), v,
          Optional.of(n), Optional.empty()));
    }
  }
}
