package org.istraga.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.Attribute;

/**
 * The tokens of one token stream, kept in flat arrays so that they can be played again, as often as
 * needed, for the price of a copy: each token's term, position increment, position length,
 * offsets and type, and the final offset and position increment that the stream's {@code end()}
 * reported. {@link TextAnalysis} uses it to run the steps that several text fields share (word
 * segmentation, the joins and parts, folding, stemming) once per document instead of once per
 * field.
 *
 * <p>A {@link Replay} played from a recording gives a downstream filter exactly the tokens and
 * attribute values the recorded stream gave. Only streams whose attributes are all among those
 * kept may be recorded ({@link #record} refuses others), and a term frequency other than 1 is
 * refused too, so a future filter that sets one of them cannot be silently dropped.
 *
 * <p>Memory: about 30 bytes and the term's characters per token; the arrays grow and are reused.
 * Not thread-safe.
 */
final class TokenRecording {

  /** The attributes a recording keeps (the term also as bytes: the same attribute). */
  private static final Set<Class<? extends Attribute>> KEPT = Set.of(CharTermAttribute.class,
      TermToBytesRefAttribute.class, OffsetAttribute.class, PositionIncrementAttribute.class,
      PositionLengthAttribute.class, TypeAttribute.class, TermFrequencyAttribute.class);

  private char[] chars = new char[4096];
  private int[] termEnd = new int[512];
  private int[] posInc = new int[512];
  private int[] posLen = new int[512];
  private int[] startOffset = new int[512];
  private int[] endOffset = new int[512];
  private String[] type = new String[512];
  private int size;
  private int finalStartOffset;
  private int finalEndOffset;
  private int finalPosInc;

  /** Tokens recorded. */
  int size() {
    return size;
  }

  /**
   * Consumes {@code ts} (reset, every token, end, close) and keeps its tokens, replacing what was
   * kept before.
   *
   * @throws IllegalStateException when the stream has an attribute that is not kept
   */
  void record(TokenStream ts) throws IOException {
    for (Iterator<Class<? extends Attribute>> it = ts.getAttributeClassesIterator(); it.hasNext(); ) {
      Class<? extends Attribute> a = it.next();
      if (!KEPT.contains(a)) {
        ts.close();
        throw new IllegalStateException("a token recording cannot keep attribute " + a.getName());
      }
    }
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
    TypeAttribute typ = ts.addAttribute(TypeAttribute.class);
    TermFrequencyAttribute freq = ts.addAttribute(TermFrequencyAttribute.class);
    try (ts) {
      size = 0;
      int used = 0;
      ts.reset();
      while (ts.incrementToken()) {
        if (freq.getTermFrequency() != 1) {
          throw new IllegalStateException("a token recording cannot keep term frequency " + freq.getTermFrequency());
        }
        if (size == termEnd.length) {
          grow();
        }
        int n = term.length();
        if (used + n > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
        }
        System.arraycopy(term.buffer(), 0, chars, used, n);
        used += n;
        termEnd[size] = used;
        posInc[size] = inc.getPositionIncrement();
        posLen[size] = len.getPositionLength();
        startOffset[size] = off.startOffset();
        endOffset[size] = off.endOffset();
        type[size] = typ.type();
        size++;
      }
      ts.end();
      finalStartOffset = off.startOffset();
      finalEndOffset = off.endOffset();
      finalPosInc = inc.getPositionIncrement();
    }
  }

  private void grow() {
    int n = termEnd.length * 2;
    termEnd = Arrays.copyOf(termEnd, n);
    posInc = Arrays.copyOf(posInc, n);
    posLen = Arrays.copyOf(posLen, n);
    startOffset = Arrays.copyOf(startOffset, n);
    endOffset = Arrays.copyOf(endOffset, n);
    type = Arrays.copyOf(type, n);
  }

  /**
   * A token stream that plays a recording: the source of a chain that continues where the recorded
   * one stopped. Re-armed for each value by {@link #play}; reusable after {@code close()}.
   */
  static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute len = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typ = addAttribute(TypeAttribute.class);
    private TokenRecording recording;
    private int next;

    /** Plays {@code r} from its first token at the next {@code reset()}. */
    void play(TokenRecording r) {
      recording = r;
    }

    @Override
    public boolean incrementToken() {
      TokenRecording r = recording;
      if (next >= r.size) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : r.termEnd[next - 1];
      term.copyBuffer(r.chars, from, r.termEnd[next] - from);
      inc.setPositionIncrement(r.posInc[next]);
      len.setPositionLength(r.posLen[next]);
      off.setOffset(r.startOffset[next], r.endOffset[next]);
      typ.setType(r.type[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      off.setOffset(recording.finalStartOffset, recording.finalEndOffset);
      inc.setPositionIncrement(recording.finalPosInc);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      if (recording == null) {
        throw new IllegalStateException("nothing to replay");
      }
      next = 0;
    }
  }
}
