package org.istraga.ingest.ocr;

import java.nio.file.Path;

/**
 * One page image prepared for Tesseract, or the reason there is none.
 *
 * @param page 1-based page number in the document
 * @param file the image file (JPEG, JPEG 2000, PGM or PBM), or null when it could not be made
 * @param dpi resolution of the image on the page, or 0 when unknown
 * @param method how it was made: {@code jpeg} or {@code jp2} (the page's own encoded image,
 *     unchanged), {@code bilevel} or {@code gray} (the page's own image decoded, made upright,
 *     written losslessly), {@code render} (the page rendered)
 * @param error why there is no image, or null
 */
record PageImage(int page, Path file, int dpi, String method, String error) {

  static PageImage failed(int page, String error) {
    return new PageImage(page, null, 0, null, error);
  }

  boolean ok() {
    return file != null;
  }
}
