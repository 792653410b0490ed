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

  /**
   * True when a colour image shows coloured ink (a rubber stamp, a signature in blue pen) beside
   * text printed in black or gray that outweighs it: then {@link #dropColour} keeps the print and
   * fades the coloured ink. False for gray images, colour scans of black-and-white pages, and pages
   * whose text itself is mostly coloured, and for images smaller than a page scanned at about
   * 100 dpi (longer side under {@value #MIN_PAGE_SIDE} pixels: a screenshot, a logo, a banner,
   * where coloured letters are large against the image and would be taken for a stamp). Looks at
   * about 100,000 sampled pixels.
   */
  static boolean hasColouredInk(BufferedImage img) {
    if (img.getColorModel().getNumColorComponents() < 3
        || Math.max(img.getWidth(), img.getHeight()) < MIN_PAGE_SIDE) {
      return false;
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int step = Math.max(1, (int) Math.sqrt((double) w * h / 100_000));
    long sampled = 0;
    long coloured = 0;
    long black = 0;
    for (int y = 0; y < h; y += step) {
      for (int x = 0; x < w; x += step) {
        int p = img.getRGB(x, y);
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        sampled++;
        if (max - min >= COLOUR_CHROMA && min < 200) {
          coloured++;
        } else if (max - min < COLOUR_CHROMA / 2 && (r * 299 + g * 587 + b * 114) / 1000 < 128) {
          black++;
        }
      }
    }
    return coloured >= sampled / 2000 && black >= coloured / 2;
  }

  /** Longer side, in pixels, of the smallest image treated as a page that may bear a stamp. */
  static final int MIN_PAGE_SIDE = 1000;

  /** Chroma (max - min of R, G, B) from which a pixel counts as coloured ink. */
  static final int COLOUR_CHROMA = 60;

  /**
   * Converts to gray like {@link #of} but fades stamps and signatures in coloured ink to white,
   * in proportion to their chroma: black print keeps its darkness, also where a stamp or
   * signature crosses it (there the print stays dark in every channel), while the red, blue and
   * violet rings and pen strokes, which Tesseract would otherwise read as blots over the words,
   * mostly vanish.
   *
   * <p>Only coloured ink that forms a shape large in both directions is faded: the coloured
   * pixels are gathered in cells of 1/{@value #CELLS} of the image's longer side (about 0.75 mm on
   * A4, which bridges the black strokes a stamp's ring crosses), and a connected group of cells
   * whose both sides reach 1/{@value #LARGE_SHAPE} of the longer side (about 8 mm: a stamp's
   * ring, a signature) is faded, with the smaller groups whose centre lies within its bounds (the
   * letters inside the ring). Coloured <em>text</em> elsewhere, one line high, keeps its letters:
   * a blue hyperlink, even underlined, is still read. For pages where {@link #hasColouredInk}
   * holds.
   *
   * <p>Cost: two passes over the pixels and one over the cells; one byte per pixel of extra
   * memory.
   */
  static GrayImage dropColour(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] out = new byte[Math.multiplyExact(w, h)];
    byte[] weight = new byte[out.length]; // 0: not coloured; 1..60: how far towards white
    int cell = Math.max(1, Math.max(w, h) / CELLS);
    int cw = (w + cell - 1) / cell;
    int ch = (h + cell - 1) / cell;
    byte[] cells = new byte[cw * ch]; // 1: holds coloured ink; 2: visited; 3: to fade
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      int base = y * w;
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        out[base + x] = (byte) ((r * 299 + g * 587 + b * 114 + 500) / 1000);
        int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
        // weight 0 below chroma 40, full from chroma 100
        int s = Math.max(0, Math.min(60, chroma - 40));
        weight[base + x] = (byte) s;
        if (s > 0) {
          cells[(y / cell) * cw + x / cell] = 1;
        }
      }
    }
    int large = Math.max(1, CELLS / LARGE_SHAPE);
    int[] stack = new int[256];
    int[] group = new int[256];
    java.util.List<int[]> largeBoxes = new java.util.ArrayList<>(); // minX, minY, maxX, maxY
    java.util.List<int[]> smallGroups = new java.util.ArrayList<>(); // centre x, y, then cells
    for (int start = 0; start < cells.length; start++) {
      if (cells[start] != 1) {
        continue;
      }
      int n = 0;
      int top = 0;
      stack[top++] = start;
      cells[start] = 2;
      int minX = cw;
      int maxX = -1;
      int minY = ch;
      int maxY = -1;
      while (top > 0) {
        int i = stack[--top];
        if (n == group.length) {
          group = java.util.Arrays.copyOf(group, n * 2);
        }
        group[n++] = i;
        int x = i % cw;
        int y = i / cw;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx;
            int yy = y + dy;
            if (xx < 0 || yy < 0 || xx >= cw || yy >= ch || cells[yy * cw + xx] != 1) {
              continue;
            }
            cells[yy * cw + xx] = 2;
            if (top == stack.length) {
              stack = java.util.Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = yy * cw + xx;
          }
        }
      }
      if (maxX - minX + 1 >= large && maxY - minY + 1 >= large) {
        largeBoxes.add(new int[] {minX, minY, maxX, maxY});
        for (int k = 0; k < n; k++) {
          cells[group[k]] = 3;
        }
      } else {
        int[] sg = new int[n + 2];
        sg[0] = (minX + maxX) / 2;
        sg[1] = (minY + maxY) / 2;
        System.arraycopy(group, 0, sg, 2, n);
        smallGroups.add(sg);
      }
    }
    // small groups inside a large one's bounds: the letters within a stamp's ring
    for (int[] sg : smallGroups) {
      for (int[] box : largeBoxes) {
        if (sg[0] >= box[0] && sg[0] <= box[2] && sg[1] >= box[1] && sg[1] <= box[3]) {
          for (int k = 2; k < sg.length; k++) {
            cells[sg[k]] = 3;
          }
          break;
        }
      }
    }
    for (int y = 0; y < h; y++) {
      int base = y * w;
      int cellRow = (y / cell) * cw;
      for (int x = 0; x < w; x++) {
        int s = weight[base + x];
        if (s > 0 && cells[cellRow + x / cell] == 3) {
          out[base + x] = (byte) (((out[base + x] & 0xff) * (60 - s) + 255 * s + 30) / 60);
        }
      }
    }
    return new GrayImage(w, h, out);
  }

  /** Cells across the longer side in which coloured shapes are gathered. */
  static final int CELLS = 400;
  /** A coloured shape is faded when both its sides reach the longer side over this. */
  static final int LARGE_SHAPE = 35;

  /**
   * Share of the pixels that are lone black specks: black pixels (under {@value #SPECK_DARK})
   * none of whose eight neighbours is darker than {@value #SPECK_LIGHT}. Print has none to speak
   * of: a stroke's pixels have dark neighbours, also at the tip of a one-pixel hairline (thin
   * serifs rendered at 300 dpi), and antialiased hairlines are gray, not black. A noisy fax or a
   * dirty scanner glass makes thousands. Looks at every second row.
   */
  double speckles() {
    long specks = 0;
    long seen = 0;
    for (int y = 1; y < height - 1; y += 2) {
      for (int x = 1; x < width - 1; x++) {
        seen++;
        if ((pixels[y * width + x] & 0xff) < SPECK_DARK && neighboursUnder(x, y, SPECK_LIGHT) == 0) {
          specks++;
        }
      }
    }
    return seen == 0 ? 0 : (double) specks / seen;
  }

  /** Speckle share ({@link #speckles}) from which {@link #despeckle} is worth it. */
  static final double SPECKLED = 0.0005;
  /** A speck is darker than this. */
  static final int SPECK_DARK = 80;
  /** A speck's neighbours are lighter than this. */
  static final int SPECK_LIGHT = 160;

  /**
   * Removes salt-and-pepper noise without thinning print: black pixels with at most one dark
   * neighbour (lone specks and pairs of them) become the mean of their neighbours, and the mirror
   * case, white pixels with at
   * least seven black neighbours (holes in a stroke), the same. Unlike a median filter, strokes
   * one or two pixels wide (small print at 200 dpi) and antialiased hairlines keep all their
   * pixels. One pass; a new image.
   */
  GrayImage despeckle() {
    byte[] out = pixels.clone();
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        int i = y * width + x;
        int v = pixels[i] & 0xff;
        boolean speck = v < SPECK_DARK && neighboursUnder(x, y, SPECK_LIGHT) <= 1
            || v >= 255 - SPECK_DARK && neighboursUnder(x, y, 255 - SPECK_LIGHT) >= 7;
        if (speck) {
          int sum = 0;
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              if (dx != 0 || dy != 0) {
                sum += pixels[i + dy * width + dx] & 0xff;
              }
            }
          }
          out[i] = (byte) (sum / 8);
        }
      }
    }
    return new GrayImage(width, height, out);
  }

  private int neighboursUnder(int x, int y, int level) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++) {
      int row = (y + dy) * width;
      for (int dx = -1; dx <= 1; dx++) {
        if ((dx != 0 || dy != 0) && (pixels[row + x + dx] & 0xff) < level) {
          n++;
        }
      }
    }
    return n;
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
