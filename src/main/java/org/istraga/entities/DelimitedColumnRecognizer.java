package org.istraga.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bare numbers in a delimited table whose column header states their unit: a currency ({@code
 * Cena bez PDV (RSD)}, {@code Iznos u dinarima}, {@code Vrednost [EUR]}, {@code Amount in USD},
 * {@code Износ RSD}) makes each cell of that column holding nothing but a number an amount in
 * that currency, a per cent sign ({@code Rabat %}, {@code Popust (%)}, {@code Стопа у %}) makes
 * it a percentage. This is how invoices, price lists and contract registers are laid out in Word
 * tables and spreadsheets, which reach the recognizers with a tab after each cell, and in Serbian
 * CSV exports (semicolons, decimal comma).
 *
 * <p>A header is a line of two or more cells separated by tabs, or of three or more separated by
 * semicolons (two parts of a sentence are no table), at least one of
 * which names its column and ends in such a declaration (a cell holding only {@code RSD} is a
 * currency cell of a row, not a header). The rows are the lines
 * that follow it up to a blank line or a line without that separator (a table whose header is
 * set apart from its first row by a blank line, as Istraga's text of a spreadsheet sets apart
 * every row, is read across single blank lines); a row is read only when it
 * has exactly as many cells as the header, so a cell is known to be in its column (a table laid
 * out with spaces is left to {@link ColumnCurrencyRecognizer}). A cell is read only when it is
 * one number (grouped or not, with up to four decimals) and nothing else, so quantities, codes
 * and dates in other columns, and a cell that writes its own currency or sign (read by the
 * other recognizers), are untouched; a percentage must lie between 0 and 100.
 *
 * <p>Immutable and thread-safe. Cost: nothing for a text without a tab or a semicolon; else one
 * pass over its lines (each scanned once for its separator), a few string operations per cell of
 * a delimited line, and a short pattern per cell only in the rows under a header found. A first
 * version that matched a pattern with a look-behind on every cell tripled the extraction time of
 * the evaluation set.
 */
final class DelimitedColumnRecognizer implements Recognizer {

  /** Currency words a header may end in, lower-cased, with their codes. */
  private static final Map<String, String> CURRENCIES = Map.ofEntries(
      Map.entry("rsd", "RSD"), Map.entry("рсд", "RSD"), Map.entry("din", "RSD"),
      Map.entry("din.", "RSD"), Map.entry("дин", "RSD"), Map.entry("дин.", "RSD"),
      Map.entry("dinara", "RSD"), Map.entry("dinarima", "RSD"), Map.entry("динара", "RSD"),
      Map.entry("динарима", "RSD"), Map.entry("eur", "EUR"), Map.entry("евр", "EUR"),
      Map.entry("evra", "EUR"), Map.entry("evrima", "EUR"), Map.entry("евра", "EUR"),
      Map.entry("еврима", "EUR"), Map.entry("€", "EUR"), Map.entry("usd", "USD"),
      Map.entry("$", "USD"), Map.entry("gbp", "GBP"), Map.entry("£", "GBP"),
      Map.entry("chf", "CHF"));

  /** ISO codes that may end a header without a bracket or "u"/"in" ("Iznos EUR"). */
  private static final Set<String> BARE_CODES = Set.of("RSD", "EUR", "USD", "GBP", "CHF");

  /** A cell that is one number: grouped by '.' or ',' or not, up to four decimals. */
  private static final Pattern NUMBER = Pattern.compile(
      "-?(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,4})?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,4})?"
          + "|\\d{1,15}(?:[.,]\\d{1,4})?)");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The unit a header cell declares: a currency code, "%", or null. The cell must name its
   * column before the unit ("Cena (RSD)", "Iznos u dinarima", "Amount in USD", "Iznos EUR",
   * "Rabat %", "Popust (%)"). Plain string work, no pattern: it runs on every cell of every
   * delimited line.
   */
  private static String unit(String cell) {
    String c = cell.strip();
    if (c.length() < 2 || c.length() > 80) {
      return null;
    }
    String prefix;
    String inner;
    boolean marked; // bracketed, or after u/у/in
    char last = c.charAt(c.length() - 1);
    if (last == ')' || last == ']') {
      int open = c.lastIndexOf(last == ')' ? '(' : '[');
      if (open < 0) {
        return null;
      }
      prefix = c.substring(0, open);
      inner = c.substring(open + 1, c.length() - 1).strip();
      marked = true;
    } else if (last == '%' && c.length() > 1 && Character.isLetter(c.charAt(c.length() - 2))) {
      prefix = c.substring(0, c.length() - 1);
      inner = "%";
      marked = true;
    } else {
      int sp = lastSpace(c, c.length());
      if (sp < 0) {
        return null;
      }
      prefix = c.substring(0, sp);
      inner = c.substring(sp + 1);
      marked = false;
    }
    // "(u RSD)", "Iznos u dinarima", "Amount in USD", "Стопа у %"
    int sp = lastSpace(inner, inner.length());
    String word = sp < 0 ? inner : inner.substring(sp + 1);
    String before = sp < 0 ? prefix.strip() : inner.substring(0, sp).strip();
    if (sp < 0 && !marked) {
      int p = lastSpace(before, before.length());
      String prev = before.substring(p + 1).toLowerCase(Locale.ROOT);
      if (prev.equals("u") || prev.equals("у") || prev.equals("in")) {
        marked = true;
        before = p < 0 ? "" : before.substring(0, p);
      }
    } else if (sp >= 0) {
      String prev = before.toLowerCase(Locale.ROOT);
      if (!marked || !(prev.equals("u") || prev.equals("у") || prev.equals("in"))) {
        return null;
      }
      before = prefix;
    }
    if (!hasLetter(before, before.length())) {
      return null; // the header must name its column: "(RSD)" alone is no header
    }
    if (word.equals("%")) {
      return "%";
    }
    String code = CURRENCIES.get(word.toLowerCase(Locale.ROOT));
    if (code == null) {
      return null;
    }
    return marked || BARE_CODES.contains(word) ? code : null;
  }

  private static int lastSpace(String s, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** True if the header names its column before the unit ("Cena (RSD)", not "(RSD)"). */
  private static boolean hasLetter(String c, int before) {
    for (int i = 0; i < before; i++) {
      if (Character.isLetter(c.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    if (t.indexOf('\t') < 0 && t.indexOf(';') < 0) {
      return;
    }
    int pos = 0;
    int n = t.length();
    while (pos < n) {
      int eol = lineEnd(t, pos);
      char sep = separator(t, pos, eol);
      if (sep != 0) {
        boolean padded = sep == '\t' && padded(t, pos, eol);
        List<int[]> head = padded ? paddedCells(t, pos, eol) : cells(t, pos, eol, sep);
        String[] units = new String[head.size()];
        boolean any = false;
        for (int i = 0; i < head.size(); i++) {
          units[i] = unit(t.substring(head.get(i)[0], head.get(i)[1]));
          any |= units[i] != null;
        }
        // a CSV header has three columns or more; two parts of a sentence split by a
        // semicolon ("Rok je 30 dana; cena u RSD") are no table
        if (any && head.size() >= (sep == ';' ? 3 : 2)) {
          pos = rows(ctx, eol, sep, padded, units, out);
          continue;
        }
      }
      pos = eol + 1;
    }
  }

  /**
   * Reads the rows under a header ending at {@code from}; returns where the table ends. A blank
   * line ends the table, unless the table is laid out with a blank line between its rows, as
   * Istraga's text of a spreadsheet or of some Word tables is: when a blank line separates the
   * header from the first row, one blank line between rows does not end it.
   */
  private static int rows(TextContext ctx, int from, char sep, boolean padded, String[] units,
      List<Mention> out) {
    String t = ctx.text;
    int pos = from + 1;
    Matcher num = NUMBER.matcher(t);
    boolean spaced = pos < t.length() && isBlank(t, pos, lineEnd(t, pos)) && rowFollows(t, lineEnd(t, pos) + 1, sep);
    while (pos < t.length()) {
      int eol = lineEnd(t, pos);
      if (isBlank(t, pos, eol)) {
        if (spaced && rowFollows(t, eol + 1, sep)) {
          pos = eol + 1;
          continue;
        }
        return pos;
      }
      if (separator(t, pos, eol) != sep) {
        return pos;
      }
      List<int[]> row = padded ? paddedCells(t, pos, eol) : cells(t, pos, eol, sep);
      if (row != null && row.size() == units.length) {
        for (int i = 0; i < units.length; i++) {
          if (units[i] != null) {
            cell(ctx, num, row.get(i), units[i], out);
          }
        }
      }
      pos = eol + 1;
    }
    return pos;
  }

  private static void cell(TextContext ctx, Matcher num, int[] span, String unit,
      List<Mention> out) {
    String t = ctx.text;
    int s = span[0];
    int e = span[1];
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return;
    }
    num.region(s, e);
    if (!num.matches()) {
      return;
    }
    BigDecimal v = AmountParser.parse(t.subSequence(s, e));
    if (v == null) {
      return;
    }
    if (!unit.equals("%")) {
      if (v.signum() != 0) {
        out.add(MoneyRecognizer.mention(v, unit, ctx.raw(s, e), s, e));
      }
      return;
    }
    // a rate is written with a decimal comma or point, never grouped
    v = new BigDecimal(t.substring(s, e).replace(',', '.')).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    if (v.signum() >= 0 && v.compareTo(HUNDRED) <= 0) {
      String value = v.toPlainString() + "%";
      out.add(new Mention(EntityType.PERCENT, value, ctx.raw(s, e), s, e, value, Optional.of(v),
          Optional.empty()));
    }
  }

  /** Whether a line that is not blank and has the separator {@code sep} starts at {@code pos}. */
  private static boolean rowFollows(String t, int pos, char sep) {
    if (pos >= t.length()) {
      return false;
    }
    int eol = lineEnd(t, pos);
    return !isBlank(t, pos, eol) && separator(t, pos, eol) == sep;
  }

  private static boolean isBlank(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(String t, int pos) {
    int eol = t.indexOf('\n', pos);
    return eol < 0 ? t.length() : eol;
  }

  /** The line's cell separator: a tab if it has one, else a semicolon, else 0. */
  private static char separator(String t, int from, int to) {
    boolean semi = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '\t') {
        return '\t';
      }
      semi |= c == ';';
    }
    return semi ? ';' : 0;
  }

  /**
   * Whether a line is laid out as Istraga's text of a spreadsheet lays out a row: a tab before and
   * after each filled cell ({@code \tDatum\t\tIznos (RSD)\t}), so that two tabs stand between
   * two cells and an empty cell adds one. Such a line is split by {@link #paddedCells}.
   */
  private static boolean padded(String t, int from, int to) {
    if (to > from && t.charAt(to - 1) == '\r') {
      to--;
    }
    if (to - from < 3 || t.charAt(from) != '\t' || t.charAt(from + 1) == '\t' || t.charAt(to - 1) != '\t') {
      return false;
    }
    int run = 0;
    for (int i = from + 1; i < to - 1; i++) {
      if (t.charAt(i) == '\t') {
        run++;
      } else {
        if (run != 0 && run != 2) {
          return false;
        }
        run = 0;
      }
    }
    return run == 0;
  }

  /**
   * The cells of a line in the padded layout ({@link #padded}): a run of n tabs before the first
   * text holds n - 1 empty cells, a run between two texts n - 2, a run after the last text n - 1.
   * Null when a run between two texts is shorter than two (not that layout).
   */
  private static List<int[]> paddedCells(String t, int from, int to) {
    if (to > from && t.charAt(to - 1) == '\r') {
      to--;
    }
    List<int[]> cells = new ArrayList<>();
    int i = from;
    boolean first = true;
    while (i < to) {
      int runStart = i;
      while (i < to && t.charAt(i) == '\t') {
        i++;
      }
      if (i == to) { // after the last text: its closing tab, then one for each empty cell
        for (int k = 0; k < i - runStart - 1 && !first; k++) {
          cells.add(new int[] {i, i});
        }
        break;
      }
      int empties = (i - runStart) - (first ? 1 : 2);
      if (empties < 0) {
        return null;
      }
      for (int k = 0; k < empties; k++) {
        cells.add(new int[] {i, i});
      }
      int s = i;
      while (i < to && t.charAt(i) != '\t') {
        i++;
      }
      cells.add(new int[] {s, i});
      first = false;
    }
    return cells;
  }

  private static List<int[]> cells(String t, int from, int to, char sep) {
    List<int[]> cells = new ArrayList<>();
    int s = from;
    for (int i = from; i <= to; i++) {
      if (i == to || t.charAt(i) == sep) {
        int e = i;
        if (e > s && t.charAt(e - 1) == '\r') {
          e--;
        }
        cells.add(new int[] {s, e});
        s = i + 1;
      }
    }
    return cells;
  }
}
