package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SkewEstimatorTest {

  /**
   * A page of text lines like a 150 dpi scan: Serbian and English words in a proportional
   * font, ragged line ends, a heading, paragraph gaps, drawn turned counter-clockwise by
   * {@code degrees} (negative: clockwise).
   */
  static BufferedImage page(double degrees, long seed) {
    BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.rotate(-Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
    g.setColor(Color.BLACK);
    String[] words = ("Ugovor o nabavci opreme za mrežu eLTE između Ministarstva i dobavljača "
        + "Уговор број 404-02-117/2019 вредност 3.500 камера contract price annex discount "
        + "the supplier shall deliver units capacity payment within days of invoice").split(" ");
    Random r = new Random(seed);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
    g.drawString("UGOVOR O JAVNOJ NABAVCI", 260, 160);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 22));
    int y = 240;
    while (y < 1600) {
      StringBuilder line = new StringBuilder();
      int len = 40 + r.nextInt(50);
      while (line.length() < len) {
        line.append(words[r.nextInt(words.length)]).append(' ');
      }
      g.drawString(line.toString().strip(), 120, y);
      y += r.nextInt(8) == 0 ? 70 : 34;
    }
    g.dispose();
    return img;
  }

  @ParameterizedTest
  @ValueSource(doubles = {10, -10, 3, -2.5, 7.2, -14, 1.3})
  void findsTheAngleOfTurnedTextLines(double degrees) {
    double found = SkewEstimator.degrees(GrayImage.of(page(degrees, 7)));
    assertEquals(degrees, found, 0.2, "a page turned " + degrees + "° counter-clockwise");
  }

  @Test
  void straightenedPageMeasuresLevel() {
    GrayImage turned = GrayImage.of(page(6, 11));
    double found = SkewEstimator.degrees(turned);
    assertEquals(6, found, 0.2);
    assertEquals(0, SkewEstimator.degrees(turned.rotate(found)), "after turning it back nothing is left to correct");
  }

  @Test
  void straightAndSlightlyTurnedPagesAreLeftAlone() {
    assertEquals(0, SkewEstimator.degrees(GrayImage.of(page(0, 3))));
    assertEquals(0, SkewEstimator.degrees(GrayImage.of(page(0.6, 3))), "under a degree: Tesseract copes");
  }

  @Test
  void pagesWithoutLinesOfTextGetNoAngle() {
    int w = 800;
    int h = 1000;
    byte[] white = new byte[w * h];
    java.util.Arrays.fill(white, (byte) 255);
    assertEquals(0, SkewEstimator.degrees(new GrayImage(w, h, white)), "blank page");

    byte[] noise = new byte[w * h];
    Random r = new Random(5);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (r.nextInt(10) == 0 ? 0 : 255);
    }
    assertEquals(0, SkewEstimator.degrees(new GrayImage(w, h, noise)), "speckle noise");

    BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = photo.createGraphics();
    g.setColor(Color.DARK_GRAY);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.WHITE);
    g.fillOval(200, 300, 300, 300);
    g.dispose();
    assertEquals(0, SkewEstimator.degrees(GrayImage.of(photo)), "mostly dark picture");
  }
}
