package org.istraga.ingest.ocr;

/**
 * Estimates how far the text lines of a page image are turned from the horizontal, so that a
 * page scanned or photographed askew can be turned straight before Tesseract reads it.
 * Tesseract copes with a degree or two; at five degrees it misreads words, and at ten it often
 * finds no text at all.
 *
 * <p>Method: a projection profile. The dark pixels of a reduced copy of the image (at most
 * {@value #WORK_SIZE} pixels on its longer side) are projected onto the vertical axis of each
 * candidate angle; when the angle matches the lines, the projection has tall peaks (the lines)
 * and empty valleys (the gaps between them), which the sum of the squared bin counts rewards.
 * Candidates go from −{@value #MAX_DEGREES}° to +{@value #MAX_DEGREES}° in steps of
 * {@value #COARSE_STEP}°, then ±{@value #COARSE_STEP}° around the best in steps of
 * {@value #FINE_STEP}°.
 *
 * <p>It answers 0 (leave the image as it is) for images with too few or too many dark pixels
 * (a blank page, a photograph, a negative), when the best angle is not clearly better than the
 * horizontal (no lines of text: a drawing, noise), and for angles under
 * {@value #MIN_DEGREES}°, which Tesseract handles itself and which are not worth the resampling.
 *
 * <p>Cost: one pass over the image to pick the dark pixels, then about 80 passes over at most
 * {@value #MAX_POINTS} sampled points: some 20 ms for a 300 dpi A4 page. Stateless and
 * thread-safe.
 */
final class SkewEstimator {

  /** Largest skew looked for, in degrees either way. */
  static final double MAX_DEGREES = 15;
  /** Smaller skews are left to Tesseract. */
  static final double MIN_DEGREES = 1.0;
  static final double COARSE_STEP = 0.5;
  static final double FINE_STEP = 0.05;
  /** Longer side of the reduced image the profile is computed on. */
  static final int WORK_SIZE = 1200;
  /** Most dark points projected per angle. */
  static final int MAX_POINTS = 200_000;
  /** Fewest dark points that can show lines of text. */
  static final int MIN_POINTS = 400;
  /** How much sharper than the horizontal's the best profile must be to be believed. */
  static final double MIN_GAIN = 1.15;

  private SkewEstimator() {}

  /**
   * The angle to turn the image clockwise by (in degrees; negative: counter-clockwise) so that
   * its text lines become horizontal, or 0 when there is nothing to correct or no confident
   * answer.
   */
  static double degrees(GrayImage img) {
    int[][] pts = darkPoints(img);
    if (pts == null) {
      return 0;
    }
    int[] xs = pts[0];
    int[] ys = pts[1];
    double best = 0;
    double bestScore = -1;
    for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += COARSE_STEP) {
      double s = score(xs, ys, a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    double center = best;
    for (double a = center - COARSE_STEP; a <= center + COARSE_STEP + 1e-9; a += FINE_STEP) {
      double s = score(xs, ys, a);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    double level = score(xs, ys, 0);
    if (Math.abs(best) < MIN_DEGREES || bestScore < level * MIN_GAIN) {
      return 0;
    }
    return Math.round(best * 100) / 100.0;
  }

  /**
   * Sum of the squared counts of the dark points projected across lines that rise to the right
   * by {@code deg} degrees (image y grows downwards, so such a line keeps {@code y + x·tan}).
   */
  private static double score(int[] xs, int[] ys, double deg) {
    double t = Math.tan(Math.toRadians(deg));
    int minY = Integer.MAX_VALUE;
    int maxY = Integer.MIN_VALUE;
    int[] r = new int[xs.length];
    for (int i = 0; i < xs.length; i++) {
      int v = (int) Math.floor(ys[i] + xs[i] * t);
      r[i] = v;
      minY = Math.min(minY, v);
      maxY = Math.max(maxY, v);
    }
    int[] bins = new int[maxY - minY + 1];
    for (int v : r) {
      bins[v - minY]++;
    }
    double sum = 0;
    for (int b : bins) {
      sum += (double) b * b;
    }
    return sum;
  }

  /**
   * The dark pixels of a reduced copy, as coordinates in that copy; null when there are too few
   * or too many to show lines of text.
   */
  private static int[][] darkPoints(GrayImage img) {
    int step = Math.max(1, (int) Math.ceil(Math.max(img.width, img.height) / (double) WORK_SIZE));
    int w = img.width / step;
    int h = img.height / step;
    if (w < 16 || h < 16) {
      return null;
    }
    int threshold = threshold(img, step, w, h);
    int[] xs = new int[1024];
    int[] ys = new int[1024];
    int n = 0;
    long total = (long) w * h;
    for (int y = 0; y < h; y++) {
      int row = y * step * img.width;
      for (int x = 0; x < w; x++) {
        if ((img.pixels[row + x * step] & 0xff) < threshold) {
          if (n == xs.length) {
            xs = java.util.Arrays.copyOf(xs, n * 2);
            ys = java.util.Arrays.copyOf(ys, n * 2);
          }
          xs[n] = x;
          ys[n] = y;
          n++;
        }
      }
    }
    if (n < MIN_POINTS || n > total / 2) {
      return null;
    }
    if (n > MAX_POINTS) {
      int keep = MAX_POINTS;
      int[] kx = new int[keep];
      int[] ky = new int[keep];
      for (int i = 0; i < keep; i++) {
        int j = (int) ((long) i * n / keep);
        kx[i] = xs[j];
        ky[i] = ys[j];
      }
      return new int[][] {kx, ky};
    }
    return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
  }

  /** Otsu's threshold over the sampled pixels, so gray scans with a tinted paper work too. */
  private static int threshold(GrayImage img, int step, int w, int h) {
    long[] hist = new long[256];
    for (int y = 0; y < h; y++) {
      int row = y * step * img.width;
      for (int x = 0; x < w; x++) {
        hist[img.pixels[row + x * step] & 0xff]++;
      }
    }
    long total = (long) w * h;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * hist[i];
    }
    double sumB = 0;
    long wB = 0;
    double bestVar = -1;
    int best = 128;
    for (int t = 0; t < 256; t++) {
      wB += hist[t];
      if (wB == 0) {
        continue;
      }
      long wF = total - wB;
      if (wF == 0) {
        break;
      }
      sumB += (double) t * hist[t];
      double mB = sumB / wB;
      double mF = (sumAll - sumB) / wF;
      double between = (double) wB * wF * (mB - mF) * (mB - mF);
      if (between > bestVar) {
        bestVar = between;
        best = t + 1;
      }
    }
    return best;
  }
}
