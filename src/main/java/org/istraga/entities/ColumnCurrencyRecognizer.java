package org.istraga.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Immutable and thread-safe; one pass over the text for headers, and one for rows only when
 * a header was found.
 */
final class ColumnCurrencyRecognizer implements Recognizer {

  /** How far (chars) a row may be from the header that states its currencies. */
  static final int REACH = 6000;

  /** Declarations of one header are at most this far apart (chars). */
  private static final int HEADER_GAP = 120;

  private static final Pattern DECLARATION = Pattern.compile(
      "(?m)(?<![\\p{L}\\d])(?:у|u|in)[ \\t]+(EUR|RSD|USD|GBP|CHF|динарима|dinarima|еврима|evrima)"
          + "[ \\t]*$");

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
    List<Header> headers = new ArrayList<>();
    Matcher d = DECLARATION.matcher(t);
    int start = -1;
    int end = -1;
    List<String> codes = new ArrayList<>();
    while (d.find()) {
      if (start >= 0 && d.start() - end > HEADER_GAP) {
        headers.add(new Header(start, end, List.copyOf(codes)));
        codes.clear();
        start = -1;
      }
      if (start < 0) {
        start = d.start();
      }
      end = d.end();
      codes.add(code(d.group(1)));
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
