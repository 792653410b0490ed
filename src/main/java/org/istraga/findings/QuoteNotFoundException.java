package org.istraga.findings;

import org.istraga.IstragaException;

/**
 * A citation was refused because its quote does not occur on the given page. It says where the
 * quote is instead: {@link #foundOnPage()} when it occurs (folded) on another page, else the
 * closest passage ({@link #closestPage()}, {@link #closestPassage()}), if any is close enough.
 */
public final class QuoteNotFoundException extends IstragaException {

  private static final long serialVersionUID = 1L;

  private final int foundOnPage;
  private final int closestPage;
  private final String closestPassage;

  QuoteNotFoundException(String message, int foundOnPage, int closestPage, String closestPassage) {
    super(Kind.CHECK_FAILED, message);
    this.foundOnPage = foundOnPage;
    this.closestPage = closestPage;
    this.closestPassage = closestPassage;
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
