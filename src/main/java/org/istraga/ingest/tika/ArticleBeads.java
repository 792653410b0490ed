package org.istraga.ingest.tika;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Takes the article threads' beads off the pages of a PDF opened for text extraction, so that
 * every character of a page is read in one flow.
 *
 * <p>A page may list <em>beads</em> ({@code /B}): rectangles of the article threads that Acrobat's
 * "articles" feature (and Word's PDFMaker) draws over the columns of a report. PDFBox's text
 * stripper, and with it Tika, reads each bead's characters as a separate block and the characters
 * outside every bead after them, in a block of their own. A bead drawn a little narrower than its
 * column cuts the first letter off every line: "hile representing" and, a page later, the column of
 * initials "W 8 f f r a" (a GAO report in the corpus lost "While", "increasingly", "dividend" and
 * hundreds of other words that way; pdftotext, which ignores beads, reads them whole). Tika has no
 * setting for it ({@code PDFTextStripper#setShouldSeparateByBeads} is not exposed), so the beads
 * are removed from the in-memory page dictionaries before Tika reads the text; the text then comes
 * in content-stream order, as for any PDF without articles. The file and its stored bytes are not
 * touched (the document is never saved).
 *
 * <p>Cost: one dictionary look-up a page. Stateless and thread-safe (one document per call).
 */
final class ArticleBeads {

  private ArticleBeads() {}

  /** Removes the beads of every page of {@code doc}; returns the number of pages that had any. */
  static int drop(PDDocument doc) {
    int pages = 0;
    for (PDPage page : doc.getPages()) {
      try {
        COSDictionary dict = page.getCOSObject();
        if (dict.containsKey(COSName.B)) {
          dict.removeItem(COSName.B);
          pages++;
        }
      } catch (RuntimeException e) {
        // a damaged page dictionary: left as it is, the text extraction reports it
      }
    }
    return pages;
  }
}
