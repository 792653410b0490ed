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
 */
final class PercentRecognizer implements Recognizer {

  private static final Pattern PERCENT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[.,]\\d{1,4})?)\\s?(%|odsto|одсто|posto|посто"
              + "|procen(?:at|ta|ata|ti|tima)|процен(?:ат|та|ата|ти|тима)|percent|per cent|pct\\.?)"
              + "(?![\\p{L}\\p{N}])");

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
      String v = n.toPlainString() + "%";
      out.add(new Mention(EntityType.PERCENT, v, m.group(), m.start(), m.end(), v,
          Optional.of(n), Optional.empty()));
    }
  }
}
