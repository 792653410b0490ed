package org.istraga.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An 8-bit grayscale raster (0 black, 255 white) held as one byte per pixel, with the lossless
 * conversions the OCR worker needs: from any {@link BufferedImage}, quarter turns and mirrors to
 * make a page upright, and writing as binary PGM or (for two-tone images) PBM, formats Tesseract
 * reads without any decoding cost.
 *
 * <p>Cost: one pass over the pixels per operation; memory one byte per pixel. Not thread-safe.
 */
final class GrayImage {

  final int width;
  final int height;
  final byte[] pixels;

  GrayImage(int width, int height, byte[] pixels) {
    if ((long) width * height != pixels.length) {
      throw new IllegalArgumentException("raster size mismatch");
    }
    this.width = width;
    this.height = height;
    this.pixels = pixels;
  }

  /** Converts an image to gray (ITU-R BT.601 luma; transparent pixels count as white). */
  static GrayImage of(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY
        && img.getRaster().getDataBuffer() instanceof DataBufferByte
        && img.getRaster().getDataBuffer().getSize() == w * h
        && img.getRaster().getSampleModelTranslateX() == 0
        && img.getRaster().getSampleModelTranslateY() == 0) {
      return new GrayImage(w, h, ((DataBufferByte) img.getRaster().getDataBuffer()).getData().clone());
    }
    byte[] out = new byte[Math.multiplyExact(w, h)];
    int[] row = new int[w];
    boolean alpha = img.getColorModel().hasAlpha();
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      int base = y * w;
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        int luma = (r * 299 + g * 587 + b * 114 + 500) / 1000;
        if (alpha) {
          int a = (argb >>> 24);
          luma = (luma * a + 255 * (255 - a) + 127) / 255;
        }
        out[base + x] = (byte) luma;
      }
    }
    return new GrayImage(w, h, out);
  }

  /** Resamples to a new size (bilinear); for scans whose two axes have different resolutions. */
  GrayImage scale(int newWidth, int newHeight) {
    byte[] out = new byte[Math.multiplyExact(newWidth, newHeight)];
    double fx = (double) width / newWidth;
    double fy = (double) height / newHeight;
    for (int oy = 0; oy < newHeight; oy++) {
      double sy = Math.max(0, Math.min(height - 1, (oy + 0.5) * fy - 0.5));
      int base = oy * newWidth;
      for (int ox = 0; ox < newWidth; ox++) {
        double sx = Math.max(0, Math.min(width - 1, (ox + 0.5) * fx - 0.5));
        out[base + ox] = (byte) sample(sx, sy);
      }
    }
    return new GrayImage(newWidth, newHeight, out);
  }

  /**
   * Remaps the raster so that image pixel axes point where the page shows them.
   *
   * @param right where the image's +x axis points on the displayed page: one of (1,0), (-1,0),
   *     (0,1), (0,-1), in display coordinates with y up
   * @param down where the image's +y axis (rows, top to bottom) points, same convention
   */
  GrayImage orient(int[] right, int[] down) {
    if (right[0] == 1 && right[1] == 0 && down[0] == 0 && down[1] == -1) {
      return this;
    }
    boolean swap = right[0] == 0;
    int outW = swap ? height : width;
    int outH = swap ? width : height;
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < height; y++) {
      int rowBase = y * width;
      for (int x = 0; x < width; x++) {
        int dx = right[0] != 0 ? (right[0] > 0 ? x : width - 1 - x) : (down[0] > 0 ? y : height - 1 - y);
        int dy = right[1] != 0 ? (right[1] < 0 ? x : width - 1 - x) : (down[1] < 0 ? y : height - 1 - y);
        out[dy * outW + dx] = pixels[rowBase + x];
      }
    }
    return new GrayImage(outW, outH, out);
  }

  /**
   * Turns the image clockwise by a small angle about its center (bilinear resampling), on a
   * canvas enlarged to hold all of it; the corners it uncovers are white.
   *
   * @param degrees clockwise angle in degrees (negative: counter-clockwise), at most 45 either way
   */
  GrayImage rotate(double degrees) {
    if (degrees == 0) {
      return this;
    }
    if (Math.abs(degrees) > 45) {
      throw new IllegalArgumentException("rotation of " + degrees + " degrees; use orient(...) for quarter turns");
    }
    double rad = Math.toRadians(degrees);
    double cos = Math.cos(rad);
    double sin = Math.sin(rad);
    int outW = (int) Math.ceil(width * Math.abs(cos) + height * Math.abs(sin));
    int outH = (int) Math.ceil(width * Math.abs(sin) + height * Math.abs(cos));
    byte[] out = new byte[Math.multiplyExact(outW, outH)];
    double cx = (width - 1) / 2.0;
    double cy = (height - 1) / 2.0;
    double ocx = (outW - 1) / 2.0;
    double ocy = (outH - 1) / 2.0;
    for (int oy = 0; oy < outH; oy++) {
      double dy = oy - ocy;
      // source = inverse rotation of the output point
      double sx = cos * (-ocx) + sin * dy + cx;
      double sy = -sin * (-ocx) + cos * dy + cy;
      int base = oy * outW;
      for (int ox = 0; ox < outW; ox++, sx += cos, sy -= sin) {
        out[base + ox] = (byte) sample(sx, sy);
      }
    }
    return new GrayImage(outW, outH, out);
  }

  /** Bilinear sample at a fractional position; white outside the raster. */
  private int sample(double x, double y) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) {
      return 255;
    }
    double fx = x - x0;
    double fy = y - y0;
    int p00 = at(x0, y0);
    int p10 = at(x0 + 1, y0);
    int p01 = at(x0, y0 + 1);
    int p11 = at(x0 + 1, y0 + 1);
    double top = p00 + (p10 - p00) * fx;
    double bottom = p01 + (p11 - p01) * fx;
    return (int) Math.round(top + (bottom - top) * fy);
  }

  private int at(int x, int y) {
    return x < 0 || y < 0 || x >= width || y >= height ? 255 : pixels[y * width + x] & 0xff;
  }

  /** Writes binary PGM (P5). */
  void writePgm(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      out.write(pixels);
    }
  }

  /** Writes binary PBM (P4): pixels darker than mid-gray are black. */
  void writePbm(Path file) throws IOException {
    int rowBytes = (width + 7) / 8;
    byte[] row = new byte[rowBytes];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P4\n" + width + " " + height + "\n").getBytes(StandardCharsets.US_ASCII));
      for (int y = 0; y < height; y++) {
        java.util.Arrays.fill(row, (byte) 0);
        int base = y * width;
        for (int x = 0; x < width; x++) {
          if ((pixels[base + x] & 0xff) < 128) {
            row[x >> 3] |= (byte) (0x80 >>> (x & 7));
          }
        }
        out.write(row);
      }
    }
  }
}
