package org.istraga.ingest.ocr;

import java.awt.image.BufferedImage;

/**
 * Cleans a scanned page of what makes Tesseract misread the print under it, before it is
 * written for OCR:
 *
 * <ul>
 *   <li><b>Coloured stamps and signatures</b> ({@link #hasColouredInk}, {@link #dropColour}):
 *       round rubber stamps and pen signatures in red, blue or violet over the contract number,
 *       the amount or the signatory's name are faded to white, print stays black.
 *   <li><b>Salt-and-pepper noise</b> ({@link #speckles}, {@link #despeckle}): lone specks of a
 *       noisy fax or a dirty scanner glass are filled from their neighbours.
 * </ul>
 *
 * <p>Each check costs one pass over (a sample of) the pixels; each cleaning one or two passes and
 * makes a new image. Stateless and thread-safe. Measured gains: docs/ocr.md, "Quality on degraded
 * scans".
 */
final class ScanCleanup {

  private ScanCleanup() {}

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
   * Converts to gray like {@link GrayImage#of} but fades stamps and signatures in coloured ink to white,
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
  static double speckles(GrayImage g) {
    long specks = 0;
    long seen = 0;
    for (int y = 1; y < g.height - 1; y += 2) {
      for (int x = 1; x < g.width - 1; x++) {
        seen++;
        if ((g.pixels[y * g.width + x] & 0xff) < SPECK_DARK
            && neighboursUnder(g, x, y, SPECK_LIGHT) == 0) {
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
   * case, white pixels with at least seven black neighbours (holes in a stroke), the same.
   * Unlike a median filter, strokes one or two pixels wide (small print at 200 dpi) and
   * antialiased hairlines keep all their pixels. One pass; a new image.
   */
  static GrayImage despeckle(GrayImage g) {
    byte[] out = g.pixels.clone();
    for (int y = 1; y < g.height - 1; y++) {
      for (int x = 1; x < g.width - 1; x++) {
        int i = y * g.width + x;
        int v = g.pixels[i] & 0xff;
        boolean speck = v < SPECK_DARK && neighboursUnder(g, x, y, SPECK_LIGHT) <= 1
            || v >= 255 - SPECK_DARK && neighboursUnder(g, x, y, 255 - SPECK_LIGHT) >= 7;
        if (speck) {
          int sum = 0;
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              if (dx != 0 || dy != 0) {
                sum += g.pixels[i + dy * g.width + dx] & 0xff;
              }
            }
          }
          out[i] = (byte) (sum / 8);
        }
      }
    }
    return new GrayImage(g.width, g.height, out);
  }

  private static int neighboursUnder(GrayImage g, int x, int y, int level) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++) {
      int row = (y + dy) * g.width;
      for (int dx = -1; dx <= 1; dx++) {
        if ((dx != 0 || dy != 0) && (g.pixels[row + x + dx] & 0xff) < level) {
          n++;
        }
      }
    }
    return n;
  }
}
