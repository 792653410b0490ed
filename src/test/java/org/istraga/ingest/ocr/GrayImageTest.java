package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrayImageTest {

  /** 3x2 raster: row 0 = 1 2 3, row 1 = 4 5 6. */
  private static GrayImage sample() {
    return new GrayImage(3, 2, new byte[] {1, 2, 3, 4, 5, 6});
  }

  @Test
  void quarterTurnsAndMirrorsMoveEveryPixelWhereThePageShowsIt() {
    // shown upright: unchanged
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, sample().orient(new int[] {1, 0}, new int[] {0, -1}).pixels);
    // image x axis points down the page, rows point left: a clockwise quarter turn
    GrayImage cw = sample().orient(new int[] {0, -1}, new int[] {-1, 0});
    assertEquals(2, cw.width);
    assertEquals(3, cw.height);
    assertArrayEquals(new byte[] {4, 1, 5, 2, 6, 3}, cw.pixels);
    // upside down
    assertArrayEquals(new byte[] {6, 5, 4, 3, 2, 1}, sample().orient(new int[] {-1, 0}, new int[] {0, 1}).pixels);
    // mirrored left-right
    assertArrayEquals(new byte[] {3, 2, 1, 6, 5, 4}, sample().orient(new int[] {-1, 0}, new int[] {0, -1}).pixels);
  }

  @Test
  void placementCombinesTheImageMatrixWithThePageRotation() {
    // a 2480x3508 image drawn upright on an A4 page: 300 dpi
    PdfPageImages.Placement upright = PdfPageImages.Placement.of(new Matrix(595.3f, 0, 0, 842f, 0, 0), 0, 2480, 3508);
    assertTrue(upright.upright());
    assertEquals(300, upright.dpi());
    // the same image on a page with /Rotate 90: its x axis now points down the display
    PdfPageImages.Placement turned = PdfPageImages.Placement.of(new Matrix(595.3f, 0, 0, 842f, 0, 0), 90, 2480, 3508);
    assertArrayEquals(new int[] {0, -1}, turned.right());
    assertArrayEquals(new int[] {-1, 0}, turned.down());
    // an image drawn turned a quarter counter-clockwise (cm 0 842 -595 0) on a page the viewer
    // turns a quarter clockwise (/Rotate 90): shown upright
    PdfPageImages.Placement back =
        PdfPageImages.Placement.of(new Matrix(0, 842f, -595.3f, 0, 595.3f, 0), 90, 3508, 2480);
    assertTrue(back.upright());
    assertEquals(300, back.dpi());
    // and the opposite pair (cm 0 -842 595 0, /Rotate 270)
    assertTrue(PdfPageImages.Placement.of(new Matrix(0, -842f, 595.3f, 0, 0, 842f), 270, 3508, 2480).upright());
    // skewed images are not used directly
    assertNull(PdfPageImages.Placement.of(new Matrix(500f, 100f, -100f, 700f, 0, 0), 0, 1000, 1400));
  }

  @Test
  void pbmAndPgmHeadersAndBitsAreWhatTesseractReads(@TempDir Path dir) throws Exception {
    GrayImage g = new GrayImage(9, 1, new byte[] {0, (byte) 255, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255,
        (byte) 255, 0});
    Path pbm = dir.resolve("a.pbm");
    g.writePbm(pbm);
    byte[] b = Files.readAllBytes(pbm);
    assertEquals("P4\n9 1\n", new String(b, 0, 7, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals((byte) 0b10100000, b[7]);
    assertEquals((byte) 0b10000000, b[8]);
    Path pgm = dir.resolve("a.pgm");
    g.writePgm(pgm);
    assertEquals(11 + 9, Files.size(pgm));
    assertEquals("pnm", ImageSignature.of(pgm));
  }

  @Test
  void smallRotationsKeepEveryPixelOnAnEnlargedWhiteCanvas() {
    // a black horizontal bar, 200 x 4, in the middle of a 400 x 300 white image
    int w = 400;
    int h = 300;
    byte[] px = new byte[w * h];
    java.util.Arrays.fill(px, (byte) 255);
    for (int y = 148; y < 152; y++) {
      for (int x = 100; x < 300; x++) {
        px[y * w + x] = 0;
      }
    }
    GrayImage bar = new GrayImage(w, h, px);
    org.junit.jupiter.api.Assertions.assertSame(bar, bar.rotate(0));
    GrayImage turned = bar.rotate(10);
    assertEquals((int) Math.ceil(w * Math.cos(Math.toRadians(10)) + h * Math.sin(Math.toRadians(10))), turned.width);
    assertEquals((int) Math.ceil(w * Math.sin(Math.toRadians(10)) + h * Math.cos(Math.toRadians(10))), turned.height);
    assertEquals(255, turned.pixels[0] & 0xff, "uncovered corners are white");
    // turned clockwise (y grows downwards): the bar's right end is now lower than its left end
    double cx = (turned.width - 1) / 2.0;
    double cy = (turned.height - 1) / 2.0;
    double dx = 90 * Math.cos(Math.toRadians(10));
    double dy = 90 * Math.sin(Math.toRadians(10));
    assertTrue((turned.pixels[(int) Math.round(cy + dy) * turned.width + (int) Math.round(cx + dx)] & 0xff) < 64,
        "right part of the bar, moved down");
    assertTrue((turned.pixels[(int) Math.round(cy - dy) * turned.width + (int) Math.round(cx - dx)] & 0xff) < 64,
        "left part of the bar, moved up");
    assertEquals(255, turned.pixels[(int) Math.round(cy) * turned.width + (int) Math.round(cx + dx)] & 0xff,
        "where the right end was: white now");
    // dark mass is kept (resampling blurs edges but loses no ink)
    long inkBefore = ink(bar);
    long inkAfter = ink(turned);
    assertTrue(Math.abs(inkAfter - inkBefore) < inkBefore / 20, inkBefore + " vs " + inkAfter);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> bar.rotate(90));
  }

  private static long ink(GrayImage g) {
    long sum = 0;
    for (byte b : g.pixels) {
      sum += 255 - (b & 0xff);
    }
    return sum;
  }
}
