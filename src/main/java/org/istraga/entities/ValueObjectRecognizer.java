package org.istraga.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts written as JSON data: an object holding an amount and its currency, as Open
 * Contracting (OCDS) releases and payment or API exports write them.
 *
 * <p>In text an amount is a number next to a currency word ({@link MoneyRecognizer}); in data the
 * two are separate fields: {@code "value": {"amount": 149597, "currency": "CAD"}} or {@code
 * "currency": "EUR", "amount": "1200000.00"}. Such a pair is one money mention; its offsets
 * cover the number, so a hit lands on the figure. The currency must be a three-letter ISO 4217
 * code: in capitals, or in lower or mixed case when it is a code Java knows ({@code "mdl"} in
 * Moldovan OCDS releases is MDL; the value always has the code in capitals), and the two fields must sit within a few characters of each other in the
 * same object (no brace, bracket or other field between them except the pair's own separator),
 * so an amount is never joined with the currency of another object.
 *
 * <p>Immutable and thread-safe; one pass over the text per pattern, started only when the text
 * contains a key it looks for.
 */
final class ValueObjectRecognizer implements Recognizer {

  private static final String NUMBER = "(-?\\d{1,15}(?:\\.\\d{1,6})?)";
  private static final String CODE = "([A-Za-z]{3})";

  /** ISO 4217 codes known to the JDK, for codes the data writes in lower case. */
  private static final java.util.Set<String> ISO_CODES =
      java.util.Currency.getAvailableCurrencies().stream()
          .map(java.util.Currency::getCurrencyCode)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** {"amount": 12, "currency": "EUR"}: the amount first, a string or a number. */
  private static final Pattern AMOUNT_FIRST =
      Pattern.compile("\"amount\"\\s{0,4}:\\s{0,4}\"?" + NUMBER + "\"?\\s{0,4},\\s{0,40}"
          + "\"currency\"\\s{0,4}:\\s{0,4}\"" + CODE + "\"");

  /** {"currency": "EUR", "amount": 12}: the currency first. */
  private static final Pattern CURRENCY_FIRST =
      Pattern.compile("\"currency\"\\s{0,4}:\\s{0,4}\"" + CODE + "\"\\s{0,4},\\s{0,40}"
          + "\"amount\"\\s{0,4}:\\s{0,4}\"?" + NUMBER + "\"?(?=\\s{0,40}[,}])");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    if (t.contains("\"amount\"") && t.contains("\"currency\"")) {
      Matcher a = AMOUNT_FIRST.matcher(t);
      while (a.find()) {
        add(t, a.group(1), a.start(1), a.end(1), a.group(2), out);
      }
      Matcher c = CURRENCY_FIRST.matcher(t);
      while (c.find()) {
        add(t, c.group(2), c.start(2), c.end(2), c.group(1), out);
      }
    }
  }

  private static void add(String t, String number, int s, int e, String written,
      List<Mention> out) {
    String code = written.toUpperCase(java.util.Locale.ROOT);
    if (!code.equals(written) && !ISO_CODES.contains(code)) {
      return; // "abc" is a word, not a currency; capitals are taken as the data says
    }
    // the pattern admits only digits, a sign and one point: always a valid BigDecimal
    out.add(MoneyRecognizer.mention(new BigDecimal(number), code, t.substring(s, e), s, e));
  }
}
