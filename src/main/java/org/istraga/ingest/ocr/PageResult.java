package org.istraga.ingest.ocr;

/**
 * The OCR outcome of one page (or one frame of an image).
 *
 * @param page 1-based page or frame number
 * @param text the recognized text (stripped), or null when the page failed
 * @param error why the page has no text, or null
 * @param method how the page image was made (see {@link PageImage#method()}), or null
 */
public record PageResult(int page, String text, String error, String method) {

  public boolean ok() {
    return text != null;
  }
}
