package org.istraga.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Prepares a standalone image file (a photographed or scanned page, a screenshot, an attachment)
 * for Tesseract when handing it over as it is would lose its text:
 *
 * <ul>
 *   <li><b>Transparency.</b> Leptonica drops the alpha channel, so black text on a transparent
 *       background (common in PNG screenshots and exports) becomes black on black and Tesseract
 *       finds nothing. The image is flattened onto white.
 *   <li><b>Skew.</b> A page photographed or scanned askew ({@link SkewEstimator}) is turned
 *       straight.
 *   <li><b>Coloured stamps and signatures</b> over black print ({@link ScanCleanup#hasColouredInk})
 *       are faded to white ({@link ScanCleanup#dropColour}); method suffix {@code +dropout}.
 *   <li><b>Non-square pixels.</b> A fax TIFF in standard mode (204 x 98 dpi) is stretched to
 *       square pixels; Tesseract would read it squashed. Method suffix {@code +stretch}.
 * </ul>
 *
 * <p>Either way the result is written losslessly as PGM; otherwise (and for anything ImageIO
 * cannot decode, multi-frame TIFFs, or images over {@value #MAX_PIXELS} pixels) {@link #prepare}
 * answers null and the file goes to Tesseract unchanged, as it always could.
 *
 * <p>Cost: one decode (ImageIO) and one gray conversion, plus a resampling pass for askew images;
 * small against Tesseract's seconds per page. Runs only in the forked OCR worker. Stateless.
 */
final class ImageFileImage {

  /** Largest image decoded here (about 6,300 x 6,300 pixels); larger ones go to Tesseract as they are. */
  static final long MAX_PIXELS = 40_000_000L;
  /** Method of an image flattened onto white. */
  static final String FLATTENED = "image+flatten";
  /** Method of an image turned straight (and flattened if it had transparency). */
  static final String DESKEWED = "image" + PdfPageImages.DESKEWED;

  private ImageFileImage() {}

  /**
   * The image Tesseract should read instead of {@code file}, written into {@code dir}, or null
   * when the file is best read as it is.
   *
   * @param format the file's format by its signature ({@link ImageSignature#of(Path)})
   */
  static PageImage prepare(Path file, String format, Path dir) {
    if (!("png".equals(format) || "jpeg".equals(format) || "bmp".equals(format) || "gif".equals(format)
        || "tiff".equals(format) && TiffFrames.count(file) == 1)) {
      return null;
    }
    return withReader(file, false, reader -> {
      if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
        return null;
      }
      IIOMetadata meta = reader.getImageMetadata(0);
      int xDpi = dpi(meta, "HorizontalPixelSize");
      int yDpi = dpi(meta, "VerticalPixelSize");
      BufferedImage img = reader.read(0);
      boolean alpha = img.getColorModel().hasAlpha();
      boolean dropout = !alpha && ScanCleanup.hasColouredInk(img);
      boolean stretch = xDpi > 0 && yDpi > 0 && Math.max(xDpi, yDpi) > Math.min(xDpi, yDpi) * 1.15;
      GrayImage g = dropout ? ScanCleanup.dropColour(img) : GrayImage.of(img);
      int dpi = Math.max(xDpi, yDpi);
      if (stretch) {
        g = g.scale((int) Math.round((double) g.width * dpi / xDpi), (int) Math.round((double) g.height * dpi / yDpi));
      }
      double skew = SkewEstimator.degrees(g);
      if (!alpha && skew == 0 && !dropout && !stretch) {
        return null;
      }
      Path out = dir.resolve("image.pgm");
      g.rotate(skew).writePgm(out);
      String method = skew != 0 ? DESKEWED : alpha ? FLATTENED : "image";
      return new PageImage(1, out, dpi, method + (dropout ? PdfPageImages.DROPOUT : "")
          + (stretch ? PdfPageImages.STRETCHED : ""), null);
    }, null); // ImageIO cannot read it; Tesseract (Leptonica) may
  }

  /** What to do with an ImageIO reader set on a file. */
  interface ReaderUse<T> {
    T apply(ImageReader reader) throws IOException;
  }

  /**
   * Runs {@code use} on the ImageIO reader for {@code file} (first image); {@code orElse} when
   * ImageIO has no reader for it or reading fails. The reader is disposed of afterwards.
   */
  static <T> T withReader(Path file, boolean ignoreMetadata, ReaderUse<T> use, T orElse) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return orElse;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, ignoreMetadata);
        return use.apply(reader);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return orElse;
    }
  }

  /** The horizontal resolution the file records, or 0 (Tesseract then estimates it). */
  static int dpi(IIOMetadata meta) {
    return dpi(meta, "HorizontalPixelSize");
  }

  /**
   * The resolution the file records along one axis ({@code HorizontalPixelSize} or
   * {@code VerticalPixelSize} of the standard metadata), or 0.
   */
  static int dpi(IIOMetadata meta, String axis) {
    if (meta == null || !meta.isStandardMetadataFormatSupported()) {
      return 0;
    }
    Node root = meta.getAsTree("javax_imageio_1.0");
    for (Node dim = root.getFirstChild(); dim != null; dim = dim.getNextSibling()) {
      if (!"Dimension".equals(dim.getNodeName())) {
        continue;
      }
      for (Node n = dim.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (axis.equals(n.getNodeName())) {
          NamedNodeMap attrs = n.getAttributes();
          Node v = attrs == null ? null : attrs.getNamedItem("value");
          if (v == null) {
            return 0;
          }
          try {
            double mmPerPixel = Double.parseDouble(v.getNodeValue());
            long dpi = Math.round(25.4 / mmPerPixel);
            return dpi >= 50 && dpi <= 2400 ? (int) dpi : 0;
          } catch (NumberFormatException e) {
            return 0;
          }
        }
      }
    }
    return 0;
  }
}
