package org.istraga.samples;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The content of one page: a running header, a footer and the body blocks. The author of a
 * document decides where pages break, so a fact can be pinned to a page ("the phrase is on page
 * 3") and stays there whatever the fonts measure.
 *
 * @param header running header printed at the top left, or empty
 * @param footer footer printed centred at the bottom, or empty
 * @param blocks the body, top to bottom
 */
record PageSpec(String header, String footer, List<Block> blocks) {

  PageSpec {
    blocks = List.copyOf(blocks);
  }

  /** The same page with all its text passed through {@code f}. */
  PageSpec mapText(UnaryOperator<String> f) {
    return new PageSpec(f.apply(header), f.apply(footer),
        blocks.stream().map(b -> b.mapText(f)).toList());
  }
}
