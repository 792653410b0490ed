package org.istraga.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Test helper: what an analyzer makes of a text, one readable string per token. */
final class TokenListing {

  private TokenListing() {}

  /** term@position[start,end] for every token of {@code text} in {@code field}. */
  static List<String> tokens(Analyzer a, String field, String text) throws IOException {
    return tokens(a.tokenStream(field, text));
  }

  /** term@position[start,end] for every token of {@code stream}, which is consumed and closed. */
  static List<String> tokens(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + "[" + off.startOffset() + "," + off.endOffset() + "]");
      }
      ts.end();
    }
    return out;
  }
}
