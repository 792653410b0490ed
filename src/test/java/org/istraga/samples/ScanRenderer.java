package org.istraga.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Renders a {@link LaidOutPage} as a 300-dpi bilevel "scan": the printed page, slightly rotated
 * and shifted as if fed crooked into a scanner, with two round stamps, two handwritten-looking
 * signatures, ragged edges from thresholded noise and a little dust. Randomness comes from
 * {@link Random} with fixed seeds (its algorithm is specified, so the pixels are the same on
 * every JDK).
 *
 * <p>The type is large (12 pt = 50 px) and clean so Tesseract reads it reliably. Cost: one
 * 2480×3508 raster, about 9 MB of memory and well under a second. Not thread-safe.
 */
final class ScanRenderer {

  /** Scan resolution in dots per inch. */
  static final int DPI = 300;

  /** Rotation of the page on the scanner glass, in degrees (clockwise). */
  static final double ROTATION_DEGREES = 0.4;

  private static final double PX = DPI / 72.0;
  private static final long NOISE_SEED = 20190816L;
  private static final long DUST_SEED = 4040211L;

  private final OutlineText text;

  ScanRenderer(SampleFonts fonts) {
    this.text = new OutlineText(fonts);
  }

  /** Width in pixels of a page {@code points} wide. */
  static int pixels(float points) {
    return (int) Math.round(points * PX);
  }

  /** Renders {@code page} with stamps and signatures; returns a 1-bit image. */
  BufferedImage render(LaidOutPage page, String leftStamp, String rightStamp,
      String rightStampCenter) throws IOException {
    int w = pixels(page.width());
    int h = pixels(page.height());
    BufferedImage gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      AffineTransform crooked = new AffineTransform();
      crooked.translate(14, 22);
      crooked.rotate(Math.toRadians(ROTATION_DEGREES), w / 2.0, h / 2.0);
      g.transform(crooked);
      g.setColor(new Color(24, 24, 24));
      List<double[]> signatureLines = new ArrayList<>();
      for (Line line : page.lines()) {
        double x = line.x() * PX;
        double y = (page.height() - line.baseline()) * PX;
        text.draw(g, line.face(), line.size() * PX, x, y, line.text());
        if (line.text().startsWith("____")) {
          signatureLines.add(new double[] {x, y});
        }
      }
      if (signatureLines.size() != 2) {
        throw new IllegalStateException("the scanned page needs two signature lines, found "
            + signatureLines.size());
      }
      double[] left = signatureLines.get(0);
      double[] right = signatureLines.get(1);
      signature(g, left[0] + 40, left[1] - 40, 11L);
      signature(g, right[0] + 60, right[1] - 45, 29L);
      g.setColor(new Color(70, 70, 70));
      stamp(g, left[0] + 460, left[1] - 170, 215, leftStamp, "");
      stamp(g, right[0] + 430, right[1] - 70, 165, rightStamp, rightStampCenter);
    } finally {
      g.dispose();
    }
    return threshold(gray);
  }

  private void stamp(Graphics2D g, double cx, double cy, double r, String around, String center)
      throws IOException {
    g.setStroke(new BasicStroke(7f));
    g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    g.setStroke(new BasicStroke(3.5f));
    double inner = r - 62;
    g.draw(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
    double textRadius = r - 42;
    double fit = 2 * Math.PI * textRadius / (text.width(Face.SANS_BOLD, 1, around) * 1.08);
    text.drawAround(g, Face.SANS_BOLD, Math.min(40, fit), cx, cy, textRadius, around);
    if (!center.isEmpty()) {
      double size = 46;
      double tw = text.width(Face.SANS_BOLD, size, center);
      text.draw(g, Face.SANS_BOLD, size, cx - tw / 2, cy + size / 3, center);
    } else {
      // a small five-pointed star in the middle, as on many official seals
      Path2D.Double star = new Path2D.Double();
      for (int i = 0; i < 10; i++) {
        double rad = i % 2 == 0 ? 38 : 15;
        double a = -Math.PI / 2 + i * Math.PI / 5;
        double x = cx + rad * Math.cos(a);
        double y = cy + rad * Math.sin(a);
        if (i == 0) {
          star.moveTo(x, y);
        } else {
          star.lineTo(x, y);
        }
      }
      star.closePath();
      g.fill(star);
    }
  }

  /**
   * A pen stroke that reads as a signature: a tall initial, a run of shrinking loops rising
   * slightly to the right, and a flourish back underneath. {@code seed} picks the variation.
   */
  private static void signature(Graphics2D g, double x, double y, long seed) {
    Random r = new Random(seed);
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x, y);
    double h = 120 + r.nextInt(40);
    p.curveTo(x + 10, y - h, x + 55, y - h * 1.1, x + 40, y - h * 0.35);
    p.curveTo(x + 28, y + 12, x + 70, y + 18, x + 78, y - 30);
    double px = x + 78;
    double py = y - 30;
    int loops = 5 + r.nextInt(3);
    for (int i = 0; i < loops; i++) {
      double dx = 26 + r.nextInt(22);
      double up = 28 + r.nextInt(50) - i * 3;
      double down = 10 + r.nextInt(22);
      p.curveTo(px + dx * 0.1, py - up, px + dx * 0.8, py - up, px + dx * 0.45, py + down * 0.2);
      p.curveTo(px + dx * 0.3, py + down, px + dx * 0.9, py + down, px + dx, py - 6);
      px += dx;
      py -= 3 + r.nextInt(5);
    }
    p.curveTo(px + 40, py - 20, px + 10, py + 50, x + 120, y + 28);
    p.curveTo(x + 60, y + 34, x + 10, y + 30, x - 25, y + 16);
    g.setColor(new Color(20, 20, 20));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(p);
  }

  /** Adds sensor noise, thresholds to 1 bit and sprinkles dust. */
  private static BufferedImage threshold(BufferedImage gray) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    BufferedImage bw = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
    WritableRaster in = gray.getRaster();
    WritableRaster out = bw.getRaster();
    Random noise = new Random(NOISE_SEED);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      in.getSamples(0, y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        int v = row[x];
        if (v > 2 && v < 253) {
          v += (int) Math.round(noise.nextGaussian() * 40);
        }
        out.setSample(x, y, 0, v < 128 ? 0 : 1);
      }
    }
    Random dust = new Random(DUST_SEED);
    for (int i = 0; i < 120; i++) {
      int cx = dust.nextInt(w);
      int cy = dust.nextInt(h);
      int rad = 1 + dust.nextInt(3);
      for (int y = cy - rad; y <= cy + rad; y++) {
        for (int x = cx - rad; x <= cx + rad; x++) {
          if (x >= 0 && y >= 0 && x < w && y < h
              && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad) {
            out.setSample(x, y, 0, 0);
          }
        }
      }
    }
    return bw;
  }
}
