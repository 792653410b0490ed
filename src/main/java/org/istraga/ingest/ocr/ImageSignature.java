package org.istraga.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognizes the image formats Tesseract (through Leptonica) reads, by their first bytes.
 *
 * <p>This is a safety check, not a convenience: given a file that is not an image, the tesseract
 * command treats it as a list of image paths and OCRs whatever files those lines name. A hostile
 * "image" could thereby make Istraga read files from the examiner's machine into the case. Only
 * files that start like an image are ever handed to Tesseract directly.
 */
final class ImageSignature {

  private ImageSignature() {}

  /** The format name (jpeg, png, tiff, bmp, gif, webp, jp2, pnm), or null when not an image. */
  static String of(Path file) throws IOException {
    byte[] h = new byte[16];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(h, 0, h.length);
    }
    return of(h, n);
  }

  static String of(byte[] h, int n) {
    if (n >= 3 && u(h[0]) == 0xFF && u(h[1]) == 0xD8 && u(h[2]) == 0xFF) {
      return "jpeg";
    }
    if (n >= 8 && u(h[0]) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
      return "png";
    }
    if (n >= 4 && (h[0] == 'I' && h[1] == 'I' && h[2] == 42 && h[3] == 0
        || h[0] == 'M' && h[1] == 'M' && h[2] == 0 && h[3] == 42)) {
      return "tiff";
    }
    if (n >= 2 && h[0] == 'B' && h[1] == 'M') {
      return "bmp";
    }
    if (n >= 4 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8') {
      return "gif";
    }
    if (n >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F'
        && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
      return "webp";
    }
    if (n >= 12 && h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] == 12 && h[4] == 'j' && h[5] == 'P') {
      return "jp2";
    }
    if (n >= 4 && u(h[0]) == 0xFF && u(h[1]) == 0x4F && u(h[2]) == 0xFF && u(h[3]) == 0x51) {
      return "jp2";
    }
    if (n >= 3 && h[0] == 'P' && h[1] >= '1' && h[1] <= '6' && Character.isWhitespace(h[2])) {
      return "pnm";
    }
    return null;
  }

  private static int u(byte b) {
    return b & 0xff;
  }
}
