package org.istraga.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks the blocks of a {@link PageSpec} into lines on an A4 page. Greedy first-fit line
 * breaking at ordinary spaces (never at {@link Block#TIE}), left-aligned or centred; widths come
 * from the font files via {@link SampleFonts}. If the content does not fit the page the layout
 * fails and names the page, rather than silently spilling: page numbers are facts tests assert.
 *
 * <p>Cost is linear in the text; not thread-safe only because {@link SampleFonts} is not.
 */
final class TextLayout {

  /** A4 in points. */
  static final float PAGE_WIDTH = 595.2756f;

  static final float PAGE_HEIGHT = 841.8898f;

  private static final float MARGIN_LEFT = 72f;
  private static final float MARGIN_RIGHT = 62f;
  private static final float MARGIN_TOP = 78f;
  private static final float MARGIN_BOTTOM = 70f;
  private static final float LEADING = 1.32f;
  private static final float SMALL = 9.5f;

  private final SampleFonts fonts;

  TextLayout(SampleFonts fonts) {
    this.fonts = fonts;
  }

  /** Lays out one page; {@code pageNumber} only names the page in an overflow error. */
  LaidOutPage layout(PageSpec spec, int pageNumber) throws IOException {
    List<Line> lines = new ArrayList<>();
    if (!spec.header().isEmpty()) {
      lines.add(new Line(Face.SANS, SMALL, MARGIN_LEFT, PAGE_HEIGHT - 44f,
          Block.printed(spec.header())));
    }
    float textWidth = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    float y = PAGE_HEIGHT - MARGIN_TOP;
    boolean first = true;
    for (Block block : spec.blocks()) {
      y -= first ? 0f : block.spaceBefore();
      first = false;
      float lineHeight = block.size() * LEADING;
      switch (block.kind()) {
        case SPACE -> { }
        case PARAGRAPH, CENTERED -> {
          for (String text : wrap(block, textWidth)) {
            y -= lineHeight;
            float x = MARGIN_LEFT;
            if (block.kind() == Block.Kind.CENTERED) {
              x += (textWidth - fonts.width(block.face(), block.size(), text)) / 2f;
            }
            lines.add(new Line(block.face(), block.size(), x, y, text));
          }
        }
        case COLUMNS -> {
          String[] left = block.text().split("\n", -1);
          String[] right = block.right().split("\n", -1);
          for (int i = 0; i < Math.max(left.length, right.length); i++) {
            y -= lineHeight;
            addIfAny(lines, block, MARGIN_LEFT, y, i < left.length ? left[i] : "");
            addIfAny(lines, block, MARGIN_LEFT + textWidth / 2f + 10f, y,
                i < right.length ? right[i] : "");
          }
        }
        default -> throw new IllegalStateException("unknown block kind " + block.kind());
      }
      if (y < MARGIN_BOTTOM) {
        throw new IllegalStateException(String.format(
            "page %d overflows the bottom margin by %.1f pt; move blocks to the next page",
            pageNumber, MARGIN_BOTTOM - y));
      }
    }
    if (!spec.footer().isEmpty()) {
      String footer = Block.printed(spec.footer());
      float x = (PAGE_WIDTH - fonts.width(Face.SANS, SMALL, footer)) / 2f;
      lines.add(new Line(Face.SANS, SMALL, x, 38f, footer));
    }
    return new LaidOutPage(PAGE_WIDTH, PAGE_HEIGHT, lines);
  }

  private static void addIfAny(List<Line> lines, Block block, float x, float y, String text) {
    if (!text.isEmpty()) {
      lines.add(new Line(block.face(), block.size(), x, y, Block.printed(text)));
    }
  }

  /** Greedy line breaking at ordinary spaces; returns printed lines. */
  private List<String> wrap(Block block, float maxWidth) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : block.text().split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0
          && fonts.width(block.face(), block.size(), Block.printed(candidate)) > maxWidth) {
        out.add(Block.printed(line.toString()));
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      out.add(Block.printed(line.toString()));
    }
    for (String text : out) {
      if (fonts.width(block.face(), block.size(), text) > maxWidth) {
        throw new IllegalStateException("unbreakable text wider than the page: " + text);
      }
    }
    return out;
  }
}
