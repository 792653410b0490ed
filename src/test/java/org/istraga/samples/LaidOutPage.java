package org.istraga.samples;

import java.util.List;

/**
 * A page after line breaking: its size in points and every line with its position. Both the PDF
 * renderer and the raster "scan" renderer draw from this, so the scan shows exactly the page
 * the text PDF has.
 *
 * @param width page width in points
 * @param height page height in points
 * @param lines the lines, top to bottom
 */
record LaidOutPage(float width, float height, List<Line> lines) {

  LaidOutPage {
    lines = List.copyOf(lines);
  }
}
