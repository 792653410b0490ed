package org.istraga.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Makes the image Tesseract reads for one PDF page, as cheaply as the page allows. Runs only in
 * the forked OCR worker: PDFs come from hostile leaks.
 *
 * <p>A scanned page usually paints one image and nothing else. Then that image is used as it is
 * stored, without rendering: a JPEG (DCT) or JPEG 2000 stream is written out unchanged when it is
 * already upright and straight; anything else (CCITT fax, JBIG2, Flate, a JPEG that the page shows
 * turned, whose lines run askew or that bears a coloured stamp) is decoded once, cleaned
 * (coloured ink faded, {@value #DROPOUT}; non-square fax pixels stretched, {@value #STRETCHED};
 * salt-and-pepper specks removed, {@value #DESPECKLED}), turned upright, straightened when scanned
 * askew ({@link SkewEstimator}; method suffix {@value #DESKEWED}) and written losslessly as PBM
 * (two-tone) or PGM (gray). Only pages that are not one plain image, or whose image resolution is
 * outside [{@value #MIN_DIRECT_DPI}, {@value #MAX_DIRECT_DPI}] dpi, are rendered, in grayscale at
 * the requested resolution (and straightened too).
 *
 * <p>Cost: one content-stream pass per page, plus the decode or render when needed, plus 10 to 50
 * ms to measure the skew (a JPEG is decoded at reduced size for that) and, for askew pages, one
 * resampling pass; images
 * larger than {@value #MAX_PIXELS} pixels are never decoded at full size. One instance per open
 * document; not thread-safe.
 */
final class PdfPageImages {

  static final int MIN_DIRECT_DPI = 150;
  static final int MAX_DIRECT_DPI = 600;
  /** Largest raster made for one page (about 8,000 x 10,000 pixels). */
  static final long MAX_PIXELS = 80_000_000L;
  /** Vector fills or strokes tolerated beside a page's image (a white background, a frame). */
  static final int MAX_PAINTS = 2;
  /** Suffix of the method of a page image that was turned straight ({@link SkewEstimator}). */
  static final String DESKEWED = "+deskew";
  /** Suffix of the method of a page image whose coloured stamp or pen ink was faded. */
  static final String DROPOUT = "+dropout";
  /** Suffix of the method of a page image cleaned of salt-and-pepper noise. */
  static final String DESPECKLED = "+despeckle";
  /** Suffix of the method of a page image stretched to square pixels (a fax). */
  static final String STRETCHED = "+stretch";

  private final PDDocument doc;
  private final Path dir;
  private final int renderDpi;
  private PDFRenderer renderer;

  PdfPageImages(PDDocument doc, Path dir, int renderDpi) {
    this.doc = doc;
    this.dir = dir;
    this.renderDpi = renderDpi;
  }

  /** The image of one 1-based page; failures are returned, not thrown. */
  PageImage image(int pageNo) {
    int count = doc.getNumberOfPages();
    if (pageNo < 1 || pageNo > count) {
      return PageImage.failed(pageNo, "page " + pageNo + " does not exist (the PDF has " + count + " pages)");
    }
    PDPage page;
    try {
      page = doc.getPage(pageNo - 1);
    } catch (RuntimeException e) {
      return PageImage.failed(pageNo, "cannot read page: " + describe(e));
    }
    PageImage direct = null;
    try {
      PageContentProbe probe = new PageContentProbe(page).probe();
      if (probe.paints() <= MAX_PAINTS && probe.singleImage() != null) {
        direct = direct(pageNo, page, probe.singleImage(), probe.imageMatrix());
      }
    } catch (IOException | RuntimeException e) {
      direct = null; // an unreadable content stream may still render; try that
    }
    if (direct != null) {
      return direct;
    }
    try {
      return render(pageNo, page);
    } catch (IOException | RuntimeException e) {
      return PageImage.failed(pageNo, "cannot render page: " + describe(e));
    }
  }

  private PageImage direct(int pageNo, PDPage page, PDImage img, Matrix m) throws IOException {
    Placement pl = Placement.of(m, page.getRotation(), img.getWidth(), img.getHeight());
    // a fax's coarse axis is stretched to the fine one's resolution below
    int dpi = pl == null ? 0 : pl.anisotropic() ? Math.max(pl.xDpi, pl.yDpi) : pl.dpi;
    if (pl == null || dpi < MIN_DIRECT_DPI || dpi > MAX_DIRECT_DPI
        || (long) img.getWidth() * img.getHeight() > MAX_PIXELS || img.isStencil()) {
      return null;
    }
    if (img instanceof PDImageXObject) {
      PDImageXObject x = (PDImageXObject) img;
      if (x.getCOSObject().getDictionaryObject(COSName.SMASK) != null
          || x.getCOSObject().getDictionaryObject(COSName.MASK) != null) {
        return null;
      }
      String last = lastFilter(x);
      boolean plain = isDefaultDecode(x.getDecode());
      PageImage raw = null;
      if (plain && pl.upright() && !pl.anisotropic() && ("DCTDecode".equals(last) || "DCT".equals(last))
          && componentsOf(x) != 4) {
        raw = raw(pageNo, x, last, "jpg", "jpeg", pl.dpi);
        if (raw != null && jpegNeedsDecoding(raw.file())) {
          Files.deleteIfExists(raw.file()); // askew or stamped: decoded and prepared below
          raw = null;
        }
      } else if (plain && !pl.anisotropic() && "JPXDecode".equals(last)) {
        // PDFBox cannot decode JPEG 2000 here; Tesseract (Leptonica, OpenJPEG) can
        raw = raw(pageNo, x, last, "jp2", "jp2", pl.dpi);
      }
      if (raw != null) {
        return raw;
      }
    }
    BufferedImage decoded = img.getImage();
    boolean dropout = ScanCleanup.hasColouredInk(decoded);
    GrayImage g = dropout ? ScanCleanup.dropColour(decoded) : GrayImage.of(decoded);
    String how = dropout ? DROPOUT : "";
    if (pl.anisotropic()) {
      g = g.scale((int) Math.round((double) g.width * dpi / pl.xDpi), (int) Math.round((double) g.height * dpi / pl.yDpi));
      how += STRETCHED;
    }
    if (ScanCleanup.speckles(g) >= ScanCleanup.SPECKLED) {
      g = ScanCleanup.despeckle(g);
      how += DESPECKLED;
    }
    g = g.orient(pl.right, pl.down);
    double skew = SkewEstimator.degrees(g);
    g = g.rotate(skew);
    how += skew == 0 ? "" : DESKEWED;
    if (img.getBitsPerComponent() == 1) {
      Path f = dir.resolve("p" + pageNo + ".pbm");
      g.writePbm(f);
      return new PageImage(pageNo, f, dpi, "bilevel" + how, null);
    }
    Path f = dir.resolve("p" + pageNo + ".pgm");
    g.writePgm(f);
    return new PageImage(pageNo, f, dpi, "gray" + how, null);
  }

  /**
   * True when a page's JPEG is better decoded and prepared than handed to Tesseract as it is:
   * its lines run askew, or it shows coloured stamp or pen ink over black print
   * ({@link ScanCleanup#hasColouredInk}). Judged on one copy decoded at reduced size (about 10 ms
   * for a 300 dpi page).
   */
  static boolean jpegNeedsDecoding(Path jpeg) {
    return ImageFileImage.withReader(jpeg, true, reader -> {
      int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
      int step = Math.max(1, longer / SkewEstimator.WORK_SIZE);
      javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage small = reader.read(0, param);
      return SkewEstimator.degrees(GrayImage.of(small)) != 0 || ScanCleanup.hasColouredInk(small);
    }, false); // unreadable by ImageIO (Tesseract may still read it): used as it is
  }

  /**
   * Writes the image's encoded stream as it is. Returns null (and writes nothing) when the bytes
   * do not start like the format they claim: Tesseract would read such a file as a list of paths.
   */
  private PageImage raw(int pageNo, PDImageXObject x, String filter, String ext, String method, int dpi)
      throws IOException {
    Path f = dir.resolve("p" + pageNo + "." + ext);
    try (InputStream in = x.getStream().createInputStream(List.of(filter))) {
      Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
    }
    String format = ImageSignature.of(f);
    if (!method.equals(format)) {
      Files.deleteIfExists(f);
      return null;
    }
    return new PageImage(pageNo, f, dpi, method, null);
  }

  private PageImage render(int pageNo, PDPage page) throws IOException {
    PDRectangle box = page.getCropBox();
    double wIn = Math.abs(box.getWidth()) / 72.0;
    double hIn = Math.abs(box.getHeight()) / 72.0;
    float dpi = renderDpi;
    if (wIn * hIn * dpi * dpi > MAX_PIXELS) {
      dpi = (float) Math.sqrt(MAX_PIXELS / (wIn * hIn));
    }
    if (dpi < 36 || wIn <= 0 || hIn <= 0) {
      return PageImage.failed(pageNo, "page size " + box + " cannot be rendered for OCR");
    }
    if (renderer == null) {
      renderer = new PDFRenderer(doc);
    }
    BufferedImage bi = renderer.renderImageWithDPI(pageNo - 1, dpi, ImageType.GRAY);
    Path f = dir.resolve("p" + pageNo + ".pgm");
    GrayImage g = GrayImage.of(bi);
    double skew = SkewEstimator.degrees(g);
    g.rotate(skew).writePgm(f);
    return new PageImage(pageNo, f, Math.round(dpi), "render" + (skew == 0 ? "" : DESKEWED), null);
  }

  private static String lastFilter(PDImageXObject x) {
    List<COSName> filters = x.getStream().getFilters();
    return filters.isEmpty() ? null : filters.get(filters.size() - 1).getName();
  }

  private static int componentsOf(PDImageXObject x) {
    try {
      return x.getColorSpace().getNumberOfComponents();
    } catch (IOException | RuntimeException e) {
      return 4; // unknown: let PDFBox decode it
    }
  }

  /** True when a Decode array is absent or the identity ([0 1 0 1 ...]). */
  static boolean isDefaultDecode(COSArray decode) {
    if (decode == null) {
      return true;
    }
    for (int i = 0; i < decode.size(); i++) {
      COSBase v = decode.getObject(i);
      if (!(v instanceof COSNumber) || ((COSNumber) v).floatValue() != (i % 2 == 0 ? 0f : 1f)) {
        return false;
      }
    }
    return true;
  }

  static String describe(Throwable e) {
    String msg = e.getMessage();
    String s = e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /**
   * Where an image lands on the displayed page: the directions of its pixel axes (display
   * coordinates, y up) and its resolution.
   */
  record Placement(int[] right, int[] down, int dpi, int xDpi, int yDpi) {

    /**
     * True when the image's two axes have clearly different resolutions (a fax in standard mode
     * is 204 x 98 dpi): Tesseract would read it squashed.
     */
    boolean anisotropic() {
      return Math.max(xDpi, yDpi) > Math.min(xDpi, yDpi) * 1.15;
    }

    boolean upright() {
      return right[0] == 1 && right[1] == 0 && down[0] == 0 && down[1] == -1;
    }

    /**
     * @param m maps the image's unit square to user space (its first row is at the top, y=1)
     * @param rotation the page's /Rotate, clockwise degrees
     * @return null when the image is skewed (not a multiple of a quarter turn)
     */
    static Placement of(Matrix m, int rotation, int width, int height) {
      double a = m.getScaleX();
      double b = m.getShearY();
      double c = m.getShearX();
      double d = m.getScaleY();
      double[] r = turn(a, b, rotation);
      double[] dn = turn(-c, -d, rotation);
      int[] ra = axis(r);
      int[] da = axis(dn);
      if (ra == null || da == null || ra[0] == 0 && da[0] == 0 || ra[1] == 0 && da[1] == 0) {
        return null;
      }
      double lenR = Math.hypot(a, b);
      double lenD = Math.hypot(c, d);
      if (lenR < 1e-3 || lenD < 1e-3) {
        return null;
      }
      double xDpi = width * 72.0 / lenR;
      double yDpi = height * 72.0 / lenD;
      return new Placement(ra, da, (int) Math.round(Math.min(xDpi, yDpi)), (int) Math.round(xDpi),
          (int) Math.round(yDpi));
    }

    private static double[] turn(double x, double y, int rotation) {
      switch (((rotation % 360) + 360) % 360) {
        case 90:
          return new double[] {y, -x};
        case 180:
          return new double[] {-x, -y};
        case 270:
          return new double[] {-y, x};
        default:
          return new double[] {x, y};
      }
    }

    private static int[] axis(double[] v) {
      double ax = Math.abs(v[0]);
      double ay = Math.abs(v[1]);
      if (ax > 100 * ay) {
        return new int[] {v[0] > 0 ? 1 : -1, 0};
      }
      if (ay > 100 * ax) {
        return new int[] {0, v[1] > 0 ? 1 : -1};
      }
      return null;
    }
  }
}
