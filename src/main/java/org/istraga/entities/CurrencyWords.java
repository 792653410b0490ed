package org.istraga.entities;

import java.util.Map;

/**
 * The ISO 4217 code a written currency names: a code ({@code RSD}, {@code рсд}), a sign ({@code
 * €}, {@code US$}, {@code A$}), an abbreviation ({@code din.}, {@code дин.}) or a word in any of
 * its forms and scripts ({@code dinara}, {@code динарима}, {@code evra}, {@code америчких долара},
 * {@code švajcarskih franaka}, {@code pounds sterling}). The one table both the money extractor
 * ({@link MoneyRecognizer}) and the query side (an amount typed with its currency, in {@code
 * org.istraga.search}) read, so a currency the extractor stores under a code is typed under the
 * same one.
 *
 * <p>Immutable and thread-safe. Cost: one map lookup, and for a word that is no code or sign a
 * scan of the table's few dozen word stems.
 */
public final class CurrencyWords {

  /** Codes and signs as written, lower case, and the stems of currency words. */
  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("rsd", "RSD"), Map.entry("рсд", "RSD"), Map.entry("din", "RSD"), Map.entry("дин", "RSD"),
      Map.entry("dinar", "RSD"), Map.entry("динар", "RSD"), Map.entry("eur", "EUR"), Map.entry("€", "EUR"),
      Map.entry("evr", "EUR"), Map.entry("евр", "EUR"), Map.entry("еур", "EUR"), Map.entry("usd", "USD"),
      Map.entry("усд", "USD"), Map.entry("us$", "USD"), Map.entry("$", "USD"), Map.entry("dolar", "USD"),
      Map.entry("долар", "USD"), Map.entry("dollar", "USD"), Map.entry("us dollar", "USD"),
      Map.entry("u.s. dollar", "USD"), Map.entry("americk", "USD"), Map.entry("američk", "USD"),
      Map.entry("америчк", "USD"), Map.entry("gbp", "GBP"), Map.entry("£", "GBP"), Map.entry("pound", "GBP"),
      Map.entry("funt", "GBP"), Map.entry("фунт", "GBP"), Map.entry("chf", "CHF"), Map.entry("svajcarsk", "CHF"),
      Map.entry("švajcarsk", "CHF"), Map.entry("швајцарск", "CHF"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"));

  private CurrencyWords() {}

  /**
   * The ISO code {@code written} names, or null. Case and a final dot are ignored, blanks inside
   * count as one; a word is matched by its stem ({@code dinarima} by {@code dinar}, {@code
   * euros} by {@code euro}).
   */
  public static String code(String written) {
    String c = written.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    if (c.endsWith(".")) {
      c = c.substring(0, c.length() - 1);
    }
    String direct = CODES.get(c);
    if (direct != null) {
      return direct;
    }
    for (Map.Entry<String, String> e : CODES.entrySet()) {
      String k = e.getKey();
      if (k.length() >= 3 && Character.isLetter(k.charAt(0)) && c.startsWith(k)) {
        return e.getValue();
      }
    }
    return c.startsWith("euro") ? "EUR" : null;
  }
}
