package org.istraga.ingest;

/** When OCR runs. */
public enum OcrMode {
  /** Images, and PDF pages without a usable text layer. */
  AUTO,
  /** Never: Tesseract is not called, even when installed. */
  OFF,
  /** Every image and every PDF page, text layer or not. */
  ALWAYS
}
