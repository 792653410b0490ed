package org.istraga.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.istraga.IstragaException;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.document.PageMap;

/**
 * Checks a quote against one page of a document and builds the {@link Citation}, or refuses it
 * and says where the quote really is.
 *
 * <p>Matching is tolerant the way a person quoting a PDF needs (see {@link FoldedText}: case,
 * diacritics, Cyrillic or Latin script, whitespace and line breaks, hyphenation at line ends,
 * typographic quotes and dashes) but the citation keeps the exact text as extracted, with its
 * offsets. A quote is whole words ({@link WordBounds}): one that begins or ends inside a word or
 * number ({@code 264.833,90} of {@code 1.264.833,90}, {@code legalan} of {@code nelegalan}) is
 * refused with the whole words to quote. When the quote is not on the page, the other pages are searched for it; failing that,
 * the closest passage (by edit distance over the folded text) is suggested.
 *
 * <p>Cost: linear in the page's length when the quote is found; a refused quote costs one scan of
 * every page plus an approximate search of O(quote × text) over at most {@link #FUZZY_TEXT_LIMIT}
 * characters. Not thread-safe (it caches foldings); make one per command.
 */
public final class Citer {

  /** Characters of context kept before and after a quote (W3C TextQuoteSelector prefix/suffix). */
  public static final int CONTEXT = 32;
  /** Longest (folded) quote prefix used for the closest-passage search. */
  static final int FUZZY_QUOTE_LIMIT = 300;
  /** Most characters of text searched for the closest passage. */
  static final int FUZZY_TEXT_LIMIT = 2_000_000;

  private final FoldedText.Folder folder = new FoldedText.Folder();

  /**
   * Checks {@code quote} on {@code page} of {@code r} and returns the citation.
   *
   * @param page 1-based page; null is allowed only for documents without pages, or when the quote
   *     occurs on exactly one page (the error then names it)
   * @throws QuoteNotFoundException when the quote is not on that page
   * @throws IstragaException NOT_FOUND for a page that does not exist; USAGE for an empty quote or
   *     a missing page
   */
  public Citation cite(DocumentRecord r, Integer page, String quote, String user) {
    String text = r.text == null ? "" : r.text;
    boolean paged = r.pageStarts != null && r.pageStarts.length > 0;
    int pages = paged ? r.pageStarts.length : 1;
    String wanted = folder.foldOnly(quote == null ? "" : quote);
    if (wanted.isEmpty()) {
      throw IstragaException.usage("empty quote: give the exact words with --quote \"...\"");
    }
    if (text.isBlank()) {
      throw new IstragaException(IstragaException.Kind.CHECK_FAILED, "document " + r.shortId()
          + " has no extracted text (status " + r.status + "); there is nothing to quote");
    }
    if (page == null) {
      if (!paged) {
        page = 1;
      } else {
        List<Integer> on = pagesContaining(r, wanted, 0);
        throw IstragaException.usage("document " + r.shortId() + " has " + pages + " pages: give --page N"
            + (on.isEmpty() ? "" : " (the quote is on page " + join(on) + ")"));
      }
    }
    if (page < 1 || page > pages) {
      throw noSuchPage(r.shortId(), paged ? pages : 0, page);
    }
    String pageText = PageMap.pageText(text, paged ? r.pageStarts : new int[0], page);
    int pageOffset = paged ? Math.min(r.pageStarts[page - 1], text.length()) : 0;
    FoldedText folded = folder.fold(pageText);
    Spot spot = locate(folded, pageText, wanted, false);
    String unquoted = withoutEnclosingQuotes(wanted);
    if ((spot == null || !spot.whole()) && !unquoted.equals(wanted)) {
      // quotation marks typed around the words ("..." copied from an article) that the text lacks
      Spot inner = locate(folded, pageText, unquoted, false);
      if (spot == null || inner != null && inner.whole()) {
        wanted = unquoted;
        spot = inner;
      }
    }
    String trimmed = withoutTrailingHyphen(wanted);
    if ((spot == null || !spot.whole()) && !trimmed.equals(wanted)) {
      Spot cut = locate(folded, pageText, trimmed, true);
      if (cut != null && (spot == null || cut.whole())) {
        wanted = trimmed;
        spot = cut;
      }
    }
    if (spot == null || !spot.whole()) {
      throw notFound(r, page, wanted, pageText, spot);
    }
    int ps = spot.start();
    int pe = spot.end();
    String exact = pageText.substring(ps, pe);
    String prefix = pageText.substring(safeBoundary(pageText, Math.max(0, ps - CONTEXT)), ps);
    String suffix = pageText.substring(pe, safeBoundary(pageText, Math.min(pageText.length(), pe + CONTEXT)));
    boolean ocr = false;
    for (int p : r.ocrPages) {
      ocr |= p == page;
    }
    List<String> paths = new ArrayList<>();
    for (Occurrence o : r.occurrences) {
      paths.add(o.path());
    }
    String shortId = r.shortId();
    return new Citation(Citation.keyOf(shortId, page, pageOffset + ps), r.id, shortId, page, paged,
        paged ? Integer.valueOf(pages) : r.pageCount, exact, prefix, suffix, pageOffset + ps, pageOffset + pe, ps, pe, ocr,
        paths, r.title, r.authors, r.created, r.modified, r.date, r.mediaType, user, null,
        exact.equals(quote) ? null : quote);
  }

  /**
   * The refusal of a page number a document does not have (NOT_FOUND). A document without pages
   * (an e-mail, a text file, an image: {@code pages} 0) is cited and noted as page 1.
   */
  public static IstragaException noSuchPage(String shortId, int pages, int page) {
    if (pages == 0) {
      return IstragaException.notFound("document " + shortId + " has no pages (its whole text counts as page 1); "
          + "there is no page " + page + ": leave out --page or give --page 1");
    }
    return IstragaException.notFound("document " + shortId + " has " + pages + (pages == 1 ? " page" : " pages")
        + "; there is no page " + page + ": give --page 1 to " + pages);
  }

  /**
   * The folded quote without quotation marks around it ({@code "ugovor o nabavci"}, {@code
   * „ugovor“}, {@code «ugovor»} fold to {@code "}): a quote copied from an article or typed as
   * one often has them where the document has none. Kept when the marks are not a pair around
   * the whole quote ({@code "Telekom" i "Nova"}).
   */
  static String withoutEnclosingQuotes(String folded) {
    int n = folded.length();
    if (n < 3) {
      return folded;
    }
    char q = folded.charAt(0);
    if ((q != '"' && q != '\'') || folded.charAt(n - 1) != q || folded.indexOf(q, 1) != n - 1) {
      return folded;
    }
    return folded.substring(1, n - 1).strip();
  }

  /**
   * The folded quote without a hyphen or dash it ends with: a quote copied up to the end of a line
   * ends with the hyphen of a word broken there ({@code "... are pop-"}), which the page's folded
   * text has joined ({@code popular}); when the quote is not on the page as typed, it is looked up
   * as its words before the hyphen. A quote of hyphens only is kept.
   */
  static String withoutTrailingHyphen(String folded) {
    int end = folded.length();
    while (end > 0 && folded.charAt(end - 1) == '-') {
      end--;
    }
    while (end > 0 && folded.charAt(end - 1) == ' ') {
      end--;
    }
    return end == 0 ? folded : folded.substring(0, end);
  }

  /**
   * Where a folded quote occurs in a page's text: original offsets, and whether it begins and ends
   * on word boundaries ({@link WordBounds}).
   */
  private record Spot(int start, int end, boolean whole) {}

  /**
   * The first occurrence of {@code wanted} in {@code ft} that is whole words, else the first that
   * is not (a quote cut from inside a word or number), else null.
   *
   * @param cutAtHyphen the quote was typed up to a line-end hyphen, so it may end there
   */
  private static Spot locate(FoldedText ft, String original, String wanted, boolean cutAtHyphen) {
    Spot partial = null;
    for (int at = ft.text.indexOf(wanted); at >= 0; at = ft.text.indexOf(wanted, at + 1)) {
      int start = ft.originalStart(at);
      int end = ft.originalEnd(at + wanted.length() - 1);
      if (WordBounds.whole(original, start, end, cutAtHyphen)) {
        return new Spot(start, end, true);
      }
      if (partial == null) {
        partial = new Spot(start, end, false);
      }
    }
    return partial;
  }

  private QuoteNotFoundException notFound(DocumentRecord r, int page, String wanted, String pageText, Spot partial) {
    List<Integer> elsewhere = pagesContaining(r, wanted, page);
    String where = "page " + page + " of " + r.shortId();
    if (!elsewhere.isEmpty()) {
      return new QuoteNotFoundException("the quote is not on " + where + " but on page " + join(elsewhere)
          + "; rerun with --page " + elsewhere.get(0), elsewhere.get(0), 0, null);
    }
    if (partial != null) {
      // the words are there, but the quote begins or ends inside a word or number: "264.833,90 EUR"
      // is not a quote of "1.264.833,90 EUR", nor "legalan" of "nelegalan"
      int ws = WordBounds.wordStart(pageText, partial.start());
      int we = WordBounds.wordEnd(pageText, partial.end());
      String whole = pageText.substring(ws, we).strip().replaceAll("\\s+", " ");
      String side = ws < partial.start() ? (we > partial.end() ? "begins and ends" : "begins") : "ends";
      return new QuoteNotFoundException("the quote " + side + " inside a word on " + where + ", where the text reads \""
          + whole + "\"; a citation quotes whole words: rerun with --quote \"" + whole + "\"", 0, page, whole);
    }
    QuoteNotFoundException across = acrossPages(r, page, wanted);
    if (across == null) {
      across = acrossMargins(r, wanted);
    }
    if (across != null) {
      return across;
    }
    Closest c = closest(r, page, wanted);
    if (c == null) {
      return new QuoteNotFoundException("the quote does not occur on " + where
          + " nor anywhere else in the document, and no passage is close to it; check the document id and the words",
          0, 0, null);
    }
    return new QuoteNotFoundException("the quote does not occur on " + where + "; the closest passage is on page "
        + c.page + ": \"" + c.passage + "\" (" + c.distance + " of " + wanted.length()
        + " characters differ); quote the text exactly as it appears", 0, c.page, c.passage);
  }

  /**
   * When the quote runs from one page onto the next (it occurs in the document's text, but on no
   * single page), the refusal names the pages and the part of the quote on each, so that each part
   * can be cited on its own page; null when the quote does not occur across a page break.
   */
  private QuoteNotFoundException acrossPages(DocumentRecord r, int page, String wanted) {
    if (r.pageStarts == null || r.pageStarts.length < 2 || r.text == null) {
      return null;
    }
    Spot spot = locate(folder.fold(r.text), r.text, wanted, false);
    if (spot == null || !spot.whole()) {
      return null;
    }
    int start = spot.start();
    int end = spot.end();
    int first = PageMap.pageAt(r.pageStarts, start);
    int last = PageMap.pageAt(r.pageStarts, end - 1);
    if (first == last) {
      return null; // cannot happen (the page search would have found it); refuse as not found
    }
    StringBuilder parts = new StringBuilder();
    for (int p = first; p <= last; p++) {
      int ps = Math.max(start, Math.min(r.pageStarts[p - 1], r.text.length()));
      int pe = Math.min(end, Math.min(PageMap.pageEnd(r.pageStarts, p, r.text.length()), r.text.length()));
      String part = r.text.substring(ps, Math.max(ps, pe)).strip().replaceAll("\\s+", " ");
      if (part.isEmpty()) {
        continue;
      }
      parts.append(parts.length() == 0 ? "" : p == last ? " and " : ", ")
          .append("--page ").append(p).append(" --quote \"").append(part).append('"');
    }
    return new QuoteNotFoundException("the quote runs across a page break, from page " + first + " to page " + last
        + " of " + r.shortId() + ", and a citation covers one page; cite the part on each page: " + parts,
        0, 0, null, first, last);
  }

  /**
   * A quote that runs from the foot of one page to the head of the next, leaving out what lies
   * between them in the text: a page number, a running footer or header (at most {@link
   * #MARGIN_LINES} short lines on each side). Each part is whole words at the very end of the
   * one page (but for those lines) and at the very start of the next. Null when no page break
   * fits. Costs a few foldings of every page (each variant of a page's foot and head folded once);
   * only run on a refused quote.
   */
  private QuoteNotFoundException acrossMargins(DocumentRecord r, String wanted) {
    if (r.pageStarts == null || r.pageStarts.length < 2 || r.text == null || wanted.indexOf(' ') < 0) {
      return null;
    }
    for (int p = 1; p < r.pageStarts.length; p++) {
      List<String> feet = withoutMarginLines(PageMap.pageText(r.text, r.pageStarts, p), true);
      List<String> heads = withoutMarginLines(PageMap.pageText(r.text, r.pageStarts, p + 1), false);
      List<FoldedText> foldedHeads = heads.stream().map(folder::fold).toList();
      for (String foot : feet) {
        FoldedText ff = folder.fold(foot);
        for (int h = 0; h < heads.size(); h++) {
          String head = heads.get(h);
          FoldedText fh = foldedHeads.get(h);
          for (int k = wanted.indexOf(' '); k > 0; k = wanted.indexOf(' ', k + 1)) {
            String before = wanted.substring(0, k);
            String after = wanted.substring(k + 1);
            if (after.isEmpty() || !ff.text.endsWith(before) || !fh.text.startsWith(after)) {
              continue;
            }
            int start = ff.originalStart(ff.text.length() - before.length());
            int end = fh.originalEnd(after.length() - 1);
            if (!WordBounds.whole(foot, start, foot.length(), false) || !WordBounds.whole(head, 0, end, false)) {
              continue;
            }
            String left = PageMap.pageText(r.text, r.pageStarts, p).stripTrailing().substring(foot.length());
            String right = PageMap.pageText(r.text, r.pageStarts, p + 1).stripLeading();
            right = right.substring(0, right.length() - head.length());
            String skipped = (left + "\n" + right).strip().replaceAll("\\s*\\n\\s*", "\" / \"");
            return new QuoteNotFoundException("the quote runs across a page break, from page " + p + " to page "
                + (p + 1) + " of " + r.shortId() + (skipped.isEmpty() ? "" : ", leaving out the lines at the foot"
                + " and head of the pages (\"" + skipped + "\")") + ", and a citation covers one page; cite the part"
                + " on each page: --page " + p + " --quote \"" + squeezed(foot.substring(start)) + "\" and --page "
                + (p + 1) + " --quote \"" + squeezed(head.substring(0, end)) + "\"", 0, 0, null, p, p + 1);
          }
        }
      }
    }
    return null;
  }

  /** Most lines at a page's foot or head (page number, running footer or header) left out. */
  static final int MARGIN_LINES = 3;
  /** Longest line counted as a page number, running footer or header (a line of text is longer). */
  static final int MARGIN_LINE_CHARS = 40;

  /**
   * The page's text stripped of blanks at its foot (or head), then without its last (or first)
   * one, two... {@link #MARGIN_LINES} lines, each at most {@link #MARGIN_LINE_CHARS} long.
   */
  private static List<String> withoutMarginLines(String page, boolean foot) {
    List<String> out = new ArrayList<>();
    String s = foot ? page.stripTrailing() : page.stripLeading();
    out.add(s);
    for (int i = 0; i < MARGIN_LINES; i++) {
      int nl = foot ? s.lastIndexOf('\n') : s.indexOf('\n');
      int lineLength = nl < 0 ? s.length() : foot ? s.length() - nl - 1 : nl;
      if (nl < 0 || lineLength > MARGIN_LINE_CHARS) {
        break;
      }
      s = foot ? s.substring(0, nl).stripTrailing() : s.substring(nl + 1).stripLeading();
      out.add(s);
    }
    return out;
  }

  private static String squeezed(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private record Closest(int page, String passage, int distance) {}

  /** The closest passage over the pages, starting with the requested one; null when nothing is near. */
  private Closest closest(DocumentRecord r, int page, String wanted) {
    String pattern = wanted.length() > FUZZY_QUOTE_LIMIT ? wanted.substring(0, FUZZY_QUOTE_LIMIT) : wanted;
    boolean paged = r.pageStarts.length > 0;
    int pages = paged ? r.pageStarts.length : 1;
    List<Integer> order = new ArrayList<>();
    order.add(page);
    for (int d = 1; d < pages; d++) {
      if (page - d >= 1) {
        order.add(page - d);
      }
      if (page + d <= pages) {
        order.add(page + d);
      }
    }
    Closest best = null;
    long budget = FUZZY_TEXT_LIMIT;
    for (int p : order) {
      String pt = PageMap.pageText(r.text, paged ? r.pageStarts : new int[0], p);
      if (budget <= 0) {
        break;
      }
      budget -= pt.length();
      FoldedText ft = folder.fold(pt);
      if (ft.text.isEmpty()) {
        continue;
      }
      ApproximateMatch m = ApproximateMatch.find(pattern, ft.text);
      if (best == null || m.distance() < best.distance) {
        // widened to whole words, so the passage can be quoted as it is shown
        int ps = WordBounds.wordStart(pt, ft.originalStart(m.start()));
        int pe = WordBounds.wordEnd(pt, ft.originalEnd(Math.max(m.start(), m.end() - 1)));
        String passage = pt.substring(ps, pe).strip().replaceAll("\\s+", " ");
        best = new Closest(p, passage, m.distance());
      }
    }
    if (best == null || best.distance > pattern.length() * 0.4) {
      return null;
    }
    return best;
  }

  /** Pages (other than {@code except}) whose folded text contains the folded quote as whole words. */
  private List<Integer> pagesContaining(DocumentRecord r, String wanted, int except) {
    List<Integer> out = new ArrayList<>();
    boolean paged = r.pageStarts.length > 0;
    int pages = paged ? r.pageStarts.length : 1;
    for (int p = 1; p <= pages; p++) {
      if (p == except) {
        continue;
      }
      String pt = PageMap.pageText(r.text, paged ? r.pageStarts : new int[0], p);
      Spot spot = locate(folder.fold(pt), pt, wanted, false);
      if (spot != null && spot.whole()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String join(List<Integer> pages) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pages.size() && i < 10; i++) {
      sb.append(i == 0 ? "" : ", ").append(pages.get(i));
    }
    if (pages.size() > 10) {
      sb.append(String.format(Locale.ROOT, " and %d more", pages.size() - 10));
    }
    return sb.toString();
  }

  /** Moves an offset off the middle of a surrogate pair. */
  private static int safeBoundary(String s, int i) {
    if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
      return i - 1;
    }
    return i;
  }
}
