package org.istraga.index;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the characters its consumer has read, from a moving start, so that a token
 * filter can look at the text between two tokens (the tokenizer drops it). Offsets are absolute
 * character positions in the value being analysed, as the tokenizer reports them when there is no
 * char filter.
 *
 * <p>Memory: the characters from the last {@link #release} point to the tokenizer's read position
 * (a few kilobytes: the tokenizer reads ahead in small blocks). One instance per analysis chain,
 * re-armed for each value by {@link #wrap}; not thread-safe, like the chain itself.
 */
final class TextWindow {

  /** Characters kept before the buffer is compacted. */
  private static final int COMPACT_AT = 1 << 14;

  private final StringBuilder kept = new StringBuilder();
  private int keptStart;

  /** Wraps the reader of a new value; forgets the previous value's characters. */
  Reader wrap(Reader in) {
    kept.setLength(0);
    keptStart = 0;
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          kept.append((char) c);
        }
        return c;
      }

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          kept.append(buf, off, n);
        }
        return n;
      }
    };
  }

  /**
   * The characters in {@code [start, end)}, or null when they were released or are not read yet.
   */
  CharSequence between(int start, int end) {
    if (start < keptStart || end > keptStart + kept.length() || start > end) {
      return null;
    }
    return kept.subSequence(start - keptStart, end - keptStart);
  }

  /** The character at {@code pos}, or -1 when it was released or is not read yet. */
  int charAt(int pos) {
    int i = pos - keptStart;
    return i < 0 || i >= kept.length() ? -1 : kept.charAt(i);
  }

  /** Characters before {@code offset} will not be asked for again. */
  void release(int offset) {
    int drop = Math.min(offset - keptStart, kept.length());
    if (drop >= COMPACT_AT) {
      kept.delete(0, drop);
      keptStart += drop;
    }
  }
}
