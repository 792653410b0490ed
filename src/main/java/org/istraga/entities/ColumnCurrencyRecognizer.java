package org.istraga.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in a table whose currency is stated only in the column headers: a row line holding
 * nothing but grouped numbers ({@code 40.000.000 4.670.704.000}) under a header whose columns
 * end in a currency ({@code Стање дуга у EUR}, {@code Стање дуга у RSD}, {@code Amount in EUR},
 * {@code Износ у динарима}) takes the header's currencies, in order, one per number.
 *
 * <p>A header is a run of lines, each ending in "у/u/in" and a currency (an ISO code in capitals,
 * or "динарима"/"dinarima"/"еврима"/"evrima"), whose declarations follow each other within a
 * few lines, and states two currencies or more; a row must have exactly as many numbers as its
 * header has currencies, every number
 * grouped by thousands ({@code 3.333.333}, {@code 3,333,333.00}), and nothing else on its line,
 * so a line of text with a figure at its end, a lone year or a count is never read. A header of
 * one currency column ({@code Износ у динарима}) is not used: laid-out budget tables put the
 * amount in the original currency and the dinar amount on lines of their own under such a
 * header, and a lone number cannot tell which column it is in. Laid-out
 * PDFs repeat a table's header on each page, and a row at the top of a page is under the header
 * printed on that page, so the nearest header before the row counts, or failing that the nearest
 * after it, within a page's length ({@value #REACH} chars).
 *
 * <p>Immutable and thread-safe; headers are found by searching the text for the currency words
 * (a few {@code indexOf} passes), and rows are looked for only when a header was found.
 */
final class ColumnCurrencyRecognizer implements Recognizer {

  /** How far (chars) a row may be from the header that states its currencies. */
  static final int REACH = 6000;

  /** Declarations of one header are at most this far apart (chars). */
  private static final int HEADER_GAP = 120;

  /** The currencies a column header may name, as written. */
  private static final List<String> WRITTEN =
      List.of("EUR", "RSD", "USD", "GBP", "CHF", "динарима", "dinarima", "еврима", "evrima");

  /** Before a currency: "у", "u" or "in" as a word, then spaces. */
  private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:у|u|in)[ \\t]+$");

  private static final String AMOUNT = "-?\\d{1,3}(?:(?:\\.\\d{3})+(?:,\\d{1,2})?|(?:,\\d{3})+(?:\\.\\d{1,2})?)";

  private static final Pattern ROW = Pattern.compile(
      "(?m)^[ \\t]*(" + AMOUNT + "(?:[ \\t]+" + AMOUNT + "){0,5})[ \\t]*$");

  private static final Pattern ONE_AMOUNT = Pattern.compile(AMOUNT);

  /** A header: the offset of its first declaration and its currencies in column order. */
  private record Header(int start, int end, List<String> codes) {}

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    List<Header> headers = headers(t);
    if (headers.isEmpty()) {
      return;
    }
    Matcher row = ROW.matcher(t);
    while (row.find()) {
      List<int[]> cells = new ArrayList<>();
      Matcher a = ONE_AMOUNT.matcher(t).region(row.start(1), row.end(1));
      while (a.find()) {
        cells.add(new int[] {a.start(), a.end()});
      }
      Header h = nearest(headers, row.start(), cells.size());
      if (h == null) {
        continue;
      }
      for (int i = 0; i < cells.size(); i++) {
        int s = cells.get(i)[0];
        int e = cells.get(i)[1];
        BigDecimal amount = AmountParser.parse(t.subSequence(s, e));
        if (amount != null && amount.signum() != 0) {
          out.add(MoneyRecognizer.mention(amount, h.codes().get(i), ctx.raw(s, e), s, e));
        }
      }
    }
  }

  private static List<Header> headers(String t) {
    // declarations found by searching for the currency words (cheap), in text order
    TreeMap<Integer, int[]> found = new TreeMap<>();
    Matcher before = BEFORE.matcher(t);
    for (int w = 0; w < WRITTEN.size(); w++) {
      String word = WRITTEN.get(w);
      for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
        int e = i + word.length();
        int p = e;
        while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
          p++;
        }
        if (p < t.length() && t.charAt(p) != '\n' && t.charAt(p) != '\r') {
          continue; // the column's header ends with its currency
        }
        before.region(Math.max(0, i - 8), i);
        before.useTransparentBounds(true);
        if (before.find()) {
          found.put(before.start(), new int[] {e, w});
        }
      }
    }
    List<Header> headers = new ArrayList<>();
    int start = -1;
    int end = -1;
    List<String> codes = new ArrayList<>();
    for (java.util.Map.Entry<Integer, int[]> d : found.entrySet()) {
      if (start >= 0 && d.getKey() - end > HEADER_GAP) {
        headers.add(new Header(start, end, List.copyOf(codes)));
        codes.clear();
        start = -1;
      }
      if (start < 0) {
        start = d.getKey();
      }
      end = d.getValue()[0];
      codes.add(code(WRITTEN.get(d.getValue()[1])));
    }
    if (start >= 0) {
      headers.add(new Header(start, end, List.copyOf(codes)));
    }
    return headers;
  }

  private static String code(String written) {
    return switch (written) {
      case "динарима", "dinarima" -> "RSD";
      case "еврима", "evrima" -> "EUR";
      default -> written;
    };
  }

  /** The header of {@code columns} currencies nearest before {@code at}, else after it. */
  private static Header nearest(List<Header> headers, int at, int columns) {
    Header before = null;
    Header after = null;
    for (Header h : headers) {
      if (columns < 2 || h.codes().size() != columns) {
        continue;
      }
      if (h.end() <= at && at - h.end() <= REACH) {
        before = h;
      } else if (h.start() > at && h.start() - at <= REACH && after == null) {
        after = h;
      }
    }
    return before != null ? before : after;
  }
}
