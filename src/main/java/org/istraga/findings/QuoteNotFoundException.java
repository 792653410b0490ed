package org.istraga.findings;

import org.istraga.IstragaException;

/**
 * A citation was refused because its quote does not occur on the given page. It says where the
 * quote is instead: {@link #foundOnPage()} when it occurs (folded) on another page, the pages
 * it runs across ({@link #spanFirstPage()} to {@link #spanLastPage()}) when it crosses a page
 * break, else the closest passage ({@link #closestPage()}, {@link #closestPassage()}), if any is close enough.
 */
public final class QuoteNotFoundException extends IstragaException {

  private static final long serialVersionUID = 1L;

  private final int foundOnPage;
  private final int closestPage;
  private final String closestPassage;
  private final int spanFirstPage;
  private final int spanLastPage;

  QuoteNotFoundException(String message, int foundOnPage, int closestPage, String closestPassage) {
    this(message, foundOnPage, closestPage, closestPassage, 0, 0);
  }

  QuoteNotFoundException(String message, int foundOnPage, int closestPage, String closestPassage,
      int spanFirstPage, int spanLastPage) {
    super(Kind.CHECK_FAILED, message);
    this.foundOnPage = foundOnPage;
    this.closestPage = closestPage;
    this.closestPassage = closestPassage;
    this.spanFirstPage = spanFirstPage;
    this.spanLastPage = spanLastPage;
  }

  /** When the quote runs across a page break: the page where it starts, else 0. */
  public int spanFirstPage() {
    return spanFirstPage;
  }

  /** When the quote runs across a page break: the page where it ends, else 0. */
  public int spanLastPage() {
    return spanLastPage;
  }

  /** A page where the quote does occur, or 0. */
  public int foundOnPage() {
    return foundOnPage;
  }

  /** The page of the closest passage, or 0 when nothing is close. */
  public int closestPage() {
    return closestPage;
  }

  /** The closest passage as it appears in the text (whitespace made single spaces), or null. */
  public String closestPassage() {
    return closestPassage;
  }
}
