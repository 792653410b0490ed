package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Skips a test with a visible message when Tesseract or a default language is not installed. */
final class TesseractTesting {

  private TesseractTesting() {}

  static TesseractInstall require() {
    try {
      return TesseractInstall.check(null, OcrOptions.DEFAULT_LANGUAGES);
    } catch (TesseractInstall.Unavailable e) {
      assumeTrue(false, "SKIPPED: " + e.getMessage());
      return null;
    }
  }
}
