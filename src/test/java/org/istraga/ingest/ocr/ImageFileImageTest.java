package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFileImageTest {

  @TempDir Path dir;

  /** Black text on a fully transparent background, as screenshots and exports are saved. */
  static BufferedImage transparentText() {
    BufferedImage img = new BufferedImage(900, 300, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    g.drawString("Ugovor o javnoj nabavci", 40, 100);
    g.drawString("kapacitet do 3.500 kamera", 40, 180);
    g.dispose();
    return img;
  }

  @Test
  void transparentImagesAreFlattenedOntoWhite() throws Exception {
    Path png = dir.resolve("shot.png");
    ImageIO.write(transparentText(), "png", png.toFile());
    PageImage p = ImageFileImage.prepare(png, ImageSignature.of(png), dir);
    assertNotNull(p);
    assertEquals(ImageFileImage.FLATTENED, p.method());
    assertEquals("pnm", ImageSignature.of(p.file()));
    String head = new String(Files.readAllBytes(p.file()), 0, 15, java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(head.startsWith("P5\n900 300\n255\n"), head);
    byte[] all = Files.readAllBytes(p.file());
    int header = "P5\n900 300\n255\n".length();
    assertEquals(255, all[header] & 0xff, "the transparent corner is white, not black");
    long dark = 0;
    for (int i = header; i < all.length; i++) {
      if ((all[i] & 0xff) < 128) {
        dark++;
      }
    }
    assertTrue(dark > 1000 && dark < 900 * 300 / 5, "the text stays dark: " + dark + " pixels");
  }

  @Test
  void askewPagesAreStraightenedAndStraightOpaqueOnesLeftAsTheyAre() throws Exception {
    Path askew = dir.resolve("askew.png");
    ImageIO.write(SkewEstimatorTest.page(8, 1), "png", askew.toFile());
    PageImage p = ImageFileImage.prepare(askew, "png", dir);
    assertNotNull(p);
    assertEquals(ImageFileImage.DESKEWED, p.method());
    String[] header = new String(Files.readAllBytes(p.file()), 0, 20, java.nio.charset.StandardCharsets.US_ASCII)
        .split("\\s+");
    assertEquals("P5", header[0]);
    assertTrue(Integer.parseInt(header[1]) > 1240 && Integer.parseInt(header[2]) > 1754,
        "the canvas grows to hold the turned page: " + header[1] + "x" + header[2]);

    Path straight = dir.resolve("straight.jpg");
    ImageIO.write(SkewEstimatorTest.page(0, 1), "jpeg", straight.toFile());
    assertNull(ImageFileImage.prepare(straight, "jpeg", dir), "nothing to correct: Tesseract reads the file itself");
  }

  @Test
  void filesImageIoCannotReadGoToTesseractUnchanged() throws Exception {
    Path fake = dir.resolve("fake.png");
    Files.write(fake, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
    assertNull(ImageFileImage.prepare(fake, "png", dir));
    Path webp = dir.resolve("x.webp");
    Files.write(webp, "RIFF0000WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertNull(ImageFileImage.prepare(webp, "webp", dir), "formats ImageIO does not decode are not tried");
  }

  @Test
  void resolutionComesFromTheFilesOwnMetadata() throws Exception {
    javax.imageio.ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
    BufferedImage img = transparentText();
    javax.imageio.ImageWriteParam param = w.getDefaultWriteParam();
    javax.imageio.metadata.IIOMetadata meta =
        w.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(img), param);
    // the PNG pHYs chunk: 11,811 pixels per metre = 300 dpi (written through the PNG tree: the
    // JDK's writer mis-converts the standard tree's pixel size)
    javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
    javax.imageio.metadata.IIOMetadataNode phys = new javax.imageio.metadata.IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", "11811");
    phys.setAttribute("pixelsPerUnitYAxis", "11811");
    phys.setAttribute("unitSpecifier", "meter");
    root.appendChild(phys);
    meta.mergeTree("javax_imageio_png_1.0", root);
    Path png = dir.resolve("300dpi.png");
    try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
      w.setOutput(out);
      w.write(new javax.imageio.IIOImage(img, null, meta));
    } finally {
      w.dispose();
    }
    PageImage p = ImageFileImage.prepare(png, "png", dir);
    assertNotNull(p);
    assertEquals(300, p.dpi());
  }
}
