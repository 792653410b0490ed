package org.istraga.samples;

/**
 * One line of text placed on a page, in PDF user space (points, origin bottom left).
 *
 * @param face the font face
 * @param size the font size in points
 * @param x left edge of the text in points
 * @param baseline baseline height above the bottom of the page in points
 * @param text the text as printed (no-break spaces already turned into spaces)
 */
record Line(Face face, float size, float x, float baseline, String text) {}
