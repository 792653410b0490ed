package org.istraga.ingest.tika;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.istraga.ingest.ocr.PageRanges;

/**
 * Finds the pages of a PDF that hold an image large enough to be a scan of the page: at least
 * {@value #MIN_PIXELS_PER_INCH} pixels per inch of the page's width and height (its crop box,
 * either way round), that is a page scanned at 100 dpi covering 70% of each side. Together with
 * its text this tells a scan with a Bates number or a typed header apart from a page of text
 * (org.istraga.ingest.ocr.OcrPages).
 *
 * <p>Only dictionaries are read: the images of each page's resources and of the forms they hold
 * (up to {@value #MAX_FORM_DEPTH} levels, {@value #MAX_XOBJECTS} objects a page); no content
 * stream is parsed and no image is decoded, so the cost is a few dictionary look-ups a page. An
 * image listed in the resources but not painted counts as painted. A page whose resources cannot
 * be read is left out. Stateless and thread-safe (one document per call).
 */
final class ScanImagePages {

  /** Pixels per inch of each page side that make an image scan-sized. */
  static final int MIN_PIXELS_PER_INCH = 70;
  static final int MAX_FORM_DEPTH = 3;
  static final int MAX_XOBJECTS = 1000;

  private ScanImagePages() {}

  /** The 1-based pages with a scan-sized image, as {@link PageRanges#format} writes them. */
  static String of(PDDocument doc) {
    List<Integer> pages = new ArrayList<>();
    int index = 0;
    for (PDPage page : doc.getPages()) {
      index++;
      try {
        if (hasScanSizedImage(page)) {
          pages.add(index);
        }
      } catch (RuntimeException e) {
        // a damaged page: no verdict for it
      }
    }
    return PageRanges.format(pages);
  }

  static boolean hasScanSizedImage(PDPage page) {
    PDRectangle box = page.getCropBox();
    float a = Math.abs(box.getWidth()) / 72f;
    float b = Math.abs(box.getHeight()) / 72f;
    float shortSide = Math.min(a, b) * MIN_PIXELS_PER_INCH;
    float longSide = Math.max(a, b) * MIN_PIXELS_PER_INCH;
    if (shortSide <= 0) {
      return false;
    }
    PDResources res = page.getResources();
    if (res == null) {
      return false;
    }
    int[] budget = {MAX_XOBJECTS};
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return find(res.getCOSObject(), shortSide, longSide, 0, budget, seen);
  }

  private static boolean find(COSDictionary resources, float shortSide, float longSide, int depth, int[] budget,
      Set<COSBase> seen) {
    COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
    if (xobjects == null || !seen.add(xobjects)) {
      return false;
    }
    for (COSName name : xobjects.keySet()) {
      if (--budget[0] < 0) {
        return false;
      }
      if (!(xobjects.getDictionaryObject(name) instanceof COSStream s) || !seen.add(s)) {
        continue;
      }
      COSName subtype = s.getCOSName(COSName.SUBTYPE);
      if (COSName.IMAGE.equals(subtype)) {
        int w = s.getInt(COSName.WIDTH, 0);
        int h = s.getInt(COSName.HEIGHT, 0);
        if (Math.min(w, h) >= shortSide && Math.max(w, h) >= longSide) {
          return true;
        }
      } else if (COSName.FORM.equals(subtype) && depth < MAX_FORM_DEPTH) {
        COSDictionary inner = s.getCOSDictionary(COSName.RESOURCES);
        if (inner != null && find(inner, shortSide, longSide, depth + 1, budget, seen)) {
          return true;
        }
      }
    }
    return false;
  }
}
