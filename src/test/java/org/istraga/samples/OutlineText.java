package org.istraga.samples;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;

/**
 * Paints text with Java2D by filling the glyph outlines read from the TrueType file, instead of
 * {@link Graphics2D#drawString}. The pixels then depend only on the font file and Java2D's shape
 * filling, not on the platform's font rasterizer or installed fonts, which keeps the raster
 * "scan" reproducible.
 *
 * <p>Coordinates are in device pixels with y growing downwards. Not thread-safe (shares
 * {@link SampleFonts}).
 */
final class OutlineText {

  private final SampleFonts fonts;

  OutlineText(SampleFonts fonts) {
    this.fonts = fonts;
  }

  /** Fills {@code text} with its baseline starting at ({@code x}, {@code y}). */
  void draw(Graphics2D g, Face face, double sizePx, double x, double y, String text)
      throws IOException {
    double scale = sizePx / fonts.unitsPerEm(face);
    double pen = x;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int gid = fonts.glyphId(face, cp);
      fillGlyph(g, face, gid, AffineTransform.getTranslateInstance(pen, y), scale);
      pen += fonts.advance(face, gid) * scale;
    }
  }

  /** Advance width of {@code text} in pixels at {@code sizePx}. */
  double width(Face face, double sizePx, String text) throws IOException {
    return fonts.width(face, (float) sizePx, text);
  }

  /**
   * Fills {@code text} around a circle of radius {@code radius} centred at ({@code cx}, {@code
   * cy}), starting at the top and running clockwise, letters upright towards the rim. The
   * letters are spaced evenly so the text closes the full circle.
   */
  void drawAround(Graphics2D g, Face face, double sizePx, double cx, double cy, double radius,
      String text) throws IOException {
    double scale = sizePx / fonts.unitsPerEm(face);
    double total = width(face, sizePx, text);
    double circumference = 2 * Math.PI * radius;
    double gap = (circumference - total) / text.codePointCount(0, text.length());
    if (gap < 0) {
      throw new IllegalArgumentException("stamp text does not fit its circle: " + text);
    }
    double along = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int gid = fonts.glyphId(face, cp);
      double advance = fonts.advance(face, gid) * scale;
      double angle = (along + advance / 2) / radius;
      AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
      at.rotate(angle);
      at.translate(-advance / 2, -radius);
      fillGlyph(g, face, gid, at, scale);
      along += advance + gap;
    }
  }

  private void fillGlyph(Graphics2D g, Face face, int gid, AffineTransform at, double scale)
      throws IOException {
    GeneralPath outline = fonts.outline(face, gid);
    AffineTransform t = new AffineTransform(at);
    t.scale(scale, -scale);
    g.fill(t.createTransformedShape(outline));
  }
}
