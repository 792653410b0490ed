package org.istraga.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes numbers and dates the way Serbian documents print them: {@code 1.234.567,89} for
 * amounts, {@code 14.08.2019.} and {@code 14. августа 2019.} for dates. Formatting is done by
 * hand rather than through {@link java.text.NumberFormat} so the output never depends on the
 * JDK's locale data (CLDR changes between releases would break byte-identical regeneration).
 *
 * <p>Stateless and thread-safe.
 */
final class SerbianFormat {

  private static final List<String> MONTHS_GENITIVE =
      List.of(
          "јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
          "септембра", "октобра", "новембра", "децембра");

  private SerbianFormat() {}

  /** {@code 148657952.00} → {@code 148.657.952,00}: dot groups, comma decimals, two places. */
  static String amount(BigDecimal value) {
    return grouped(value.setScale(2, RoundingMode.UNNECESSARY), '.', ',');
  }

  /** {@code 1204000} → {@code 1,204,000.00}: the English (US) form used in the summary. */
  static String amountEnglish(BigDecimal value) {
    return grouped(value.setScale(2, RoundingMode.UNNECESSARY), ',', '.');
  }

  /** A whole number with dot grouping: {@code 3500} → {@code 3.500}. */
  static String integer(long value) {
    return grouped(BigDecimal.valueOf(value), '.', ',');
  }

  /** {@code 2019-08-14} → {@code 14.08.2019.} */
  static String dateNumeric(LocalDate date) {
    return String.format(Locale.ROOT, "%02d.%02d.%04d.", date.getDayOfMonth(), date.getMonthValue(),
        date.getYear());
  }

  /** {@code 2019-08-14} → {@code 14. августа 2019.} (Cyrillic month name in the genitive). */
  static String dateCyrillic(LocalDate date) {
    return date.getDayOfMonth() + ". " + MONTHS_GENITIVE.get(date.getMonthValue() - 1) + " "
        + date.getYear() + ".";
  }

  /** {@code 2019-08-14} → {@code 14. avgusta 2019.} */
  static String dateLatin(LocalDate date) {
    return SerbianTransliterator.toLatin(dateCyrillic(date));
  }

  private static String grouped(BigDecimal value, char groupSep, char decimalSep) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(groupSep);
      }
      out.append(whole.charAt(i));
    }
    if (dot >= 0) {
      out.append(decimalSep).append(plain.substring(dot + 1));
    }
    return (value.signum() < 0 ? "-" : "") + out;
  }
}
