package org.istraga.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money with a currency, in Serbian (both scripts) and English.
 *
 * <p>The currency may come before ({@code € 2,6 miliona}, {@code US$71,371}, {@code EUR
 * 1,000,000.00}, {@code RSD 1.234}) or after ({@code 1.234.567,89 RSD}, {@code 3.500.000,00
 * евра}, {@code 2,6 miliona evra}, {@code 100 дин.}) the number. Multipliers (hiljada/хиљада,
 * milion(a)/милион(а), milijarda/milijardi/милијарди, mlrd/млрд, thousand, million, billion,
 * trillion, bn, m, k, and Russian тыс., млн, миллион, миллиард, трлн, триллион) scale the amount;
 * the Serbian long-scale bilion/trilion (10^12/10^18) are not read. The number is read by
 * {@link AmountParser}. A number without a currency is not
 * money. Value: {@code <amount> <ISO code>}, e.g. {@code 1234567.89 RSD}; the amount and code are
 * also in {@link Mention#number()} and {@link Mention#currency()}.
 */
final class MoneyRecognizer implements Recognizer {

  private static final String NUM =
      // OCR puts a space after (or before) a separator: "1.234.567, 00", "2.345. 678,90",
      // "1,234, 567.00", "1 .812.000,00";
      // allowed only in a full grouped number with two decimals, so lists ("500, 700") stay apart
      "\\d{1,3}(?:[ ]?\\.[ ]?\\d{3}){1,5},[ ]?\\d{2}(?![\\p{N}])"
          + "|\\d{1,3}(?:[ ]?,[ ]?\\d{3}){1,5}\\.[ ]?\\d{2}(?![\\p{N}])"
          + "|\\d{1,3}(?:[.,'’]\\d{3}){1,5}(?:[.,]\\d{1,2})?(?![\\p{N}])"
          + "|\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3}){2,5}(?:[.,]\\d{1,2})?(?![\\p{N}])"
          + "|\\d{1,3}[\\u00A0\\u202F\\u2009]\\d{3}(?:[.,]\\d{1,2})?(?![\\p{N}])"
          // "12 000 dinara": one space group, only with a comma decimal (Serbian style), so
          // that an English table's "1 240.00 USD" (quantity, price) stays two numbers
          + "|\\d{1,3} \\d{3}(?:,\\d{1,2})?(?![\\p{N}.])"
          + "|\\d{1,15}(?:[.,]\\d{1,4})?";

  private static final String MULT_WORDS =
      "hiljad[aeu]|hilj\\.|хиљад[аеу]|хиљ\\.|tisuć[aeu]|milion[a]?|mil\\.|милион[а]?|мил\\."
          + "|milijard[aeiu]|mlrd\\.?|милијард[аеиу]|млрд\\.?|thousand|millions?|billions?|mln\\.?"
          + "|mn"
          // Russian: тыс. (thousand), млн, миллион(а/ов), миллиард(а/ов), трлн, триллион(а/ов);
          // English trillion (the Serbian bilion/trilion are long-scale words and are not read)
          + "|тыс\\.?|млн\\.?|миллион(?:а|ов)?|миллиард(?:а|ов)?|трлн\\.?|триллион(?:а|ов)?"
          + "|trillions?";

  private static final String CUR_AFTER =
      "RSD|РСД|EUR|USD|УСД|GBP|CHF|€|\\$|£|din\\.|дин\\.|din|дин"
          + "|dinar[a-zа-я]{0,3}|динар[а-я]{0,3}|evr[a-z]{0,3}|eur[ao]?|евр[а-я]{0,3}|еур[а-я]{0,2}"
          + "|(?:američk|americk|америчк)[a-zа-яč]{0,3} (?:dolar|долар)[a-zа-я]{0,3}"
          + "|dolar[a-z]{0,3}|долар[а-я]{0,3}|(?:US |U\\.S\\. )?dollars?|euros?"
          + "|(?:švajcarsk|svajcarsk|швајцарск)[a-zа-я]{0,3} (?:franak[a-z]{0,2}|франак[а-я]{0,2}|franaka|франака)"
          + "|(?:funt[a-z]{0,2}|фунт[а-я]{0,2}) (?:sterlinga|стерлинга)|pounds? sterling";

  /** "15.000,- dinara", "1.500.000,-- din.": the Serbian way of writing "no cents". */
  private static final String NO_CENTS = "(?:,[-–—]{1,2}+)?";

  /**
   * Between number, multiplier and currency: a space or a line break in laid-out text. Not a
   * tab: a tab ends a table cell (spreadsheets, CSV, HTML and Word tables), and the value of
   * one cell never joins the next ("2019-03-14", "RSD" in two cells is no amount of 14 dinars).
   * An indentation after a line break may hold tabs.
   */
  private static final String GAP = "(?:[ \\u00A0]{0,3}+(?:\\r?\\n[ \\t\\u00A0]{0,20}+)?)";

  /**
   * The amount spelled out in brackets between the figure and its currency, as Serbian contracts
   * write it: "1.500.000,00 (slovima: milion petsto hiljada) dinara", "10 (deset) procenata",
   * "5,000 (five thousand) dollars". Letters, spaces and hyphens only (three letters or more), on
   * one line, after a space: "8(a) dollars" (a US programme) is no amount of 8.
   */
  static final String IN_WORDS =
      "(?:(?<=[ \\u00A0])\\((?:slovima|словима|in words)?:?[ ]?\\p{L}[\\p{L} \\-]{2,80}+\\)"
          + "[ \\u00A0]{1,2}+)?";

  private static final Pattern AFTER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}.])(?<!\\d,)(" + NUM + ")" + NO_CENTS + "(?:" + GAP + "(" + MULT_WORDS
              + "))?" + GAP + IN_WORDS + "("
              + CUR_AFTER
              + ")(?![\\p{L}\\p{N}])");

  /**
   * A table row's amount cell followed by a cell that holds only a currency code ("600000",
   * "GBP" in two columns of a spreadsheet or CSV): the one case where an amount joins a currency
   * across a cell boundary. Both cells must be whole: "2019-03-14", "RSD" is a date and a code;
   * "5", "DIN" is a number and a word.
   */
  private static final Pattern CELLS =
      Pattern.compile("(" + NUM + ")\\t{1,2}+(RSD|EUR|USD|GBP|CHF)(?=[\\t\\r\\n]|$)");

  private static final Pattern RANGE_HEAD =
      Pattern.compile(
          "(?iu)(?:\\b(?:od|from|between|između|izmedju|од|између)\\s{1,2})(" + NUM
              + ")\\s{0,2}(?:do|to|and|i|до|и|-|–)\\s{1,2}$");

  private static final Pattern BEFORE =
      Pattern.compile(
          "(?u)(US\\$|A\\$|C\\$|USD|УСД|EUR|ЕУР|RSD|РСД|GBP|CHF|€|\\$|£|(?i:din\\.|дин\\.)|euro)"
              + "(?:(?<=[€$£])[ \\u00A0]{2,4}+|[ \\u00A0\\n]|\\r\\n)?("
              + NUM + ")(?:\\s?((?i:" + MULT_WORDS + ")|bn|m|k|M|K|B)(?![\\p{L}]))?");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    Matcher m = AFTER.matcher(t);
    Matcher head = RANGE_HEAD.matcher(t);
    int after = 0;
    for (int p : ctx.digitStarts()) {
      if (p < after || !ctx.lookingAt(m, p, 200) || nextColumnsCurrency(ctx, m)) {
        continue;
      }
      after = m.end();
      add(ctx, m.group(1), m.group(2), m.group(3), m.start(), m.end(), out);
      // "od 200.000 do 1.000.000 dinara", "between 5 and 10 million euros": the first number
      // of a range shares the currency (and multiplier) written after the second
      head.region(Math.max(0, m.start() - 40), m.start());
      if (head.find()) {
        add(ctx, head.group(1), m.group(2), m.group(3), head.start(1), head.end(1), out);
      }
    }
    Matcher cells = CELLS.matcher(t);
    for (int p : ctx.digitStarts()) {
      if ((p == 0 || t.charAt(p - 1) == '\t' || t.charAt(p - 1) == '\n') && ctx.lookingAt(cells, p, 40)) {
        add(ctx, cells.group(1), null, cells.group(2), p, cells.end(), out);
      }
    }
    m = BEFORE.matcher(t);
    int beforeAfter = 0;
    for (int s : currencyStarts(ctx)) {
      if (s < beforeAfter || !ctx.lookingAt(m, s, 60)) {
        continue;
      }
      if (m.group(1).equals("euro") && !groupedOrDecimal(m.group(2))) {
        continue; // "Euro 2016" is a championship; "euro 347.256.998,80" an amount
      }
      add(ctx, m.group(2), m.group(3), m.group(1), s, m.end(), out);
      beforeAfter = m.end();
    }
  }

  /** True if a number has a thousands or decimal separator ({@code 1.500}, {@code 2,5}). */
  private static boolean groupedOrDecimal(String num) {
    return num.indexOf('.') > 0 || num.indexOf(',') > 0;
  }

  /**
   * True if an amount-then-currency match is really two table cells: the amount already has its
   * currency in front ("EUR 18,500.00   EUR 18,500.00"), or a column gap separates it from a
   * currency that starts the next amount ("2   EUR 1,250.50"). The currency-first pattern reads
   * those cells instead.
   */
  private static boolean nextColumnsCurrency(TextContext ctx, Matcher m) {
    String t = ctx.text;
    String after = m.group(3);
    if (after.length() > 3 || Character.isLowerCase(after.charAt(0))) {
      return false; // a currency word ("EUR 117,5 dinara" is a rate in dinars) is not a cell
    }
    int i = m.start();
    int spaces = 0;
    while (i > 0 && spaces < 3 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\u00A0')) {
      i--;
      spaces++;
    }
    int cur = -1;
    if (i > 0 && "€$£".indexOf(t.charAt(i - 1)) >= 0) {
      cur = i - 1;
    } else if (i >= 3 && CURRENCY_CODES.contains(t.substring(i - 3, i))
        && (i == 3 || !Character.isLetter(t.charAt(i - 4)))) {
      cur = i - 3;
    }
    if (cur >= 0 && !closeAfterNumber(t, cur)) {
      return true; // "1 240.00 USD 240.00 USD": that USD is the previous amount's
    }
    if (codeBeforeBareGroupedAmount(t, m.end(3))) {
      return true; // "1.100.000.000 EUR 10.000.000": the code heads the next cell
    }
    int curStart = m.start(3);
    int gapFrom = m.end(2) >= 0 ? m.end(2) : m.end(1);
    int gapSpaces = 0;
    for (int k = gapFrom; k < curStart; k++) {
      char c = t.charAt(k);
      gapSpaces += c == '\t' ? 2 : c == ' ' || c == '\u00A0' ? 1 : 0;
    }
    if (gapSpaces < 2) {
      return false;
    }
    int j = m.end();
    if (j < t.length() && t.charAt(j) == ' ') {
      j++;
    }
    return j < t.length() && t.charAt(j) >= '0' && t.charAt(j) <= '9';
  }

  private static final Pattern GROUPED_NEXT =
      Pattern.compile("[ \\u00A0]\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?(?![\\d.,])");

  private static final Pattern CURRENCY_AHEAD =
      Pattern.compile("[ \\u00A0]{0,3}(?:(?-i:[A-Z]{3}|[А-Я]{3})(?![\\p{L}])"
          + "|(?:din|дин|evr|евр|eur|dolar|долар)\\p{L}*)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * True if a currency code ending at {@code codeEnd} is followed by one space and an amount with
   * thousands groups that has no currency of its own: a table whose rows read "amount in dinars,
   * currency, amount in that currency" ("23.100.000.000 EUR 210.000.000"). The code belongs to
   * the amount after it; "10.000 EUR 20.000 EUR" keeps the first EUR with the first amount.
   */
  private static boolean codeBeforeBareGroupedAmount(String t, int codeEnd) {
    Matcher g = GROUPED_NEXT.matcher(t);
    g.region(codeEnd, Math.min(t.length(), codeEnd + 24));
    if (!g.lookingAt()) {
      return false;
    }
    Matcher c = CURRENCY_AHEAD.matcher(t);
    c.region(g.end(), Math.min(t.length(), g.end() + 16));
    return !c.lookingAt();
  }

  /** True if a digit stands right before {@code pos}, at most one space away. */
  private static boolean closeAfterNumber(String t, int pos) {
    int i = pos;
    if (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\u00A0')) {
      i--;
    }
    return i > 0 && Character.isDigit(t.charAt(i - 1));
  }

  private static final java.util.Set<String> CURRENCY_CODES =
      java.util.Set.of("USD", "УСД", "EUR", "ЕУР", "RSD", "РСД", "GBP", "CHF");

  private static final java.util.Set<String> CURRENCY_TOKENS =
      java.util.Set.of("US", "USD", "УСД", "EUR", "ЕУР", "RSD", "РСД", "GBP", "CHF", "A", "C", "din", "Din",
          "DIN", "дин", "Дин", "ДИН");

  /** Offsets of currency symbols and of tokens that can start a currency-first amount. */
  private static int[] currencyStarts(TextContext ctx) {
    String t = ctx.text;
    int[] out = new int[8];
    int n = 0;
    for (char sym : new char[] {'€', '£', '$'}) {
      for (int i = t.indexOf(sym); i >= 0; i = t.indexOf(sym, i + 1)) {
        int at = i;
        if (sym == '$' && i > 0 && (t.charAt(i - 1) == 'S' || t.charAt(i - 1) == 'A'
            || t.charAt(i - 1) == 'C')) {
          at = i - (i > 1 && t.charAt(i - 2) == 'U' ? 2 : 1); // US$, A$, C$
        }
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = at;
      }
    }
    TextContext.Tokens tok = ctx.tokens();
    for (int k = 0; k < tok.count; k++) {
      int s = tok.start[k];
      int len = tok.end[k] - s;
      boolean euro = len == 4 && t.startsWith("euro", s);
      if (!euro && (len != 3 || "UERGCdDдДРУЕ".indexOf(t.charAt(s)) < 0
          || !CURRENCY_TOKENS.contains(t.substring(s, tok.end[k])))) {
        continue;
      }
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n * 2);
      }
      out[n++] = s;
    }
    int[] r = java.util.Arrays.copyOf(out, n);
    java.util.Arrays.sort(r);
    return r;
  }

  private static void add(TextContext ctx, String num, String mult, String cur, int s, int e,
      List<Mention> out) {
    if (num.length() > 1 && num.charAt(0) == '0' && Character.isDigit(num.charAt(1))) {
      return; // "00 RSD" is the cents of an OCR-split "1.234.567, 00 RSD", not an amount
    }
    BigDecimal amount = AmountParser.parse(num);
    String code = CurrencyWords.code(cur);
    if (amount == null || code == null) {
      return;
    }
    if (mult != null) {
      BigDecimal f = multiplier(mult);
      if (f == null) {
        return;
      }
      amount = amount.multiply(f);
    }
    out.add(mention(amount, code, ctx.raw(s, e), s, e));
  }

  /**
   * A money mention: the amount without trailing zeros (never in exponent form) and its ISO code,
   * as value and display ({@code 1234567.89 RSD}). Shared with {@link ValueObjectRecognizer}.
   */
  static Mention mention(BigDecimal amount, String code, String raw, int s, int e) {
    BigDecimal a = amount.stripTrailingZeros();
    if (a.scale() < 0) {
      a = a.setScale(0);
    }
    String value = a.toPlainString() + " " + code;
    return new Mention(EntityType.MONEY, value, raw, s, e, value, Optional.of(a), Optional.of(code));
  }

  static BigDecimal multiplier(String w) {
    String f = ScriptFolding.fold(w);
    if (f.startsWith("hilj") || f.startsWith("tisuc") || f.equals("thousand") || f.equals("k")) {
      return BigDecimal.valueOf(1_000L);
    }
    if (f.startsWith("trln") || f.startsWith("trillion")) {
      return BigDecimal.valueOf(1_000_000_000_000L);
    }
    if (f.startsWith("tys")) {
      return BigDecimal.valueOf(1_000L);
    }
    if (f.startsWith("milijard") || f.startsWith("milliard") || f.startsWith("mlrd")
        || f.startsWith("billion")
        || f.equals("bn") || f.equals("b")) {
      return BigDecimal.valueOf(1_000_000_000L);
    }
    if (f.startsWith("milion") || f.startsWith("mil") || f.startsWith("million")
        || f.startsWith("mln")
        || f.equals("mn") || f.equals("m")) {
      return BigDecimal.valueOf(1_000_000L);
    }
    return null;
  }
}
