package org.istraga.samples;

import java.util.function.UnaryOperator;

/**
 * One unit of page content before line breaking: a paragraph, a centred line, a two-column row
 * (signature blocks) or vertical space.
 *
 * <p>Text may contain no-break spaces (U+00A0, see {@link #tie(String)}): the line breaker never
 * breaks there, and the renderers print an ordinary space. That keeps phrases which tests look
 * up ("35 базних станица", amounts, the contract number) on one line, so text extraction returns
 * them exactly as written.
 *
 * @param kind how the block is laid out
 * @param face the font face
 * @param size the font size in points
 * @param text the text (for {@link Kind#COLUMNS}: the left column, lines separated by '\n')
 * @param right the right column of a {@link Kind#COLUMNS} block, otherwise empty
 * @param spaceBefore vertical space above the block in points
 */
record Block(Kind kind, Face face, float size, String text, String right, float spaceBefore) {

  /** The no-break space the line breaker will not break at. */
  static final char TIE = '\u00a0';

  /** How a block is laid out. */
  enum Kind {
    /** Wrapped, left-aligned. */
    PARAGRAPH,
    /** Wrapped, each line centred. */
    CENTERED,
    /** Two columns side by side, each line as given. */
    COLUMNS,
    /** Nothing but {@link Block#spaceBefore()}. */
    SPACE
  }

  /** A body paragraph in 12 pt serif. */
  static Block body(String text) {
    return new Block(Kind.PARAGRAPH, Face.SERIF, 12f, text, "", 5f);
  }

  /** A body paragraph in the given face and size. */
  static Block paragraph(Face face, float size, String text, float spaceBefore) {
    return new Block(Kind.PARAGRAPH, face, size, text, "", spaceBefore);
  }

  /** An article heading ("Члан 1. Предмет уговора") in 12 pt bold serif. */
  static Block heading(String text) {
    return new Block(Kind.PARAGRAPH, Face.SERIF_BOLD, 12f, text, "", 11f);
  }

  /** A centred line or short paragraph. */
  static Block centered(Face face, float size, String text) {
    return new Block(Kind.CENTERED, face, size, text, "", 2f);
  }

  /** Two columns (for example the signatures of both parties). */
  static Block columns(String left, String right) {
    return new Block(Kind.COLUMNS, Face.SERIF, 12f, left, right, 6f);
  }

  /** Vertical space. */
  static Block space(float points) {
    return new Block(Kind.SPACE, Face.SERIF, 12f, "", "", points);
  }

  /** {@code text} with every space made a no-break space, so it stays on one line. */
  static String tie(String text) {
    return text.replace(' ', TIE);
  }

  /** {@code text} as printed: no-break spaces become ordinary spaces. */
  static String printed(String text) {
    return text.replace(TIE, ' ');
  }

  /** The same block with its text passed through {@code f} (used for the Latin twin). */
  Block mapText(UnaryOperator<String> f) {
    return new Block(kind, face, size, f.apply(text), f.apply(right), spaceBefore);
  }
}
