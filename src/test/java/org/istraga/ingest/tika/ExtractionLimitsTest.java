package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A file's time limit grows with its size in steps of the base limit, up to ten times it: a
 * mailbox of 200,000 messages (28 MB) took longer than the 180 s meant to cut hangs and lost
 * every message, while a small file that hangs must still be cut at the base limit.
 */
class ExtractionLimitsTest {

  @Test
  void timeLimitGrowsWithSizeUpToTenTimes() {
    ExtractionLimits l = ExtractionLimits.defaults();
    long base = ExtractionLimits.DEFAULT_TIMEOUT_MILLIS;
    long step = ExtractionLimits.TIMEOUT_STEP_BYTES;
    assertEquals(base, l.timeoutMillisFor(0));
    assertEquals(base, l.timeoutMillisFor(1_000_000));
    assertEquals(base, l.timeoutMillisFor(step - 1));
    assertEquals(2 * base, l.timeoutMillisFor(step));
    assertEquals(2 * base, l.timeoutMillisFor(28_244_450)); // the 200,000-message mailbox
    assertEquals(10 * base, l.timeoutMillisFor(9 * step));
    assertEquals(10 * base, l.timeoutMillisFor(1L << 40));
    assertEquals(base, l.timeoutMillisFor(-1), "an unknown size gets the base limit");
  }

  @Test
  void aSmallTimeoutScalesTheSameWay() {
    ExtractionLimits d = ExtractionLimits.defaults();
    ExtractionLimits l = new ExtractionLimits(5_000, d.workerHeapMb(), d.maxTextChars(), d.maxChildren(),
        d.maxDepth(), d.maxChildBytes(), d.maxFileBytes(), d.maxCompressionRatio(), d.filesPerWorker());
    assertEquals(5_000, l.timeoutMillisFor(100));
    assertEquals(15_000, l.timeoutMillisFor(2 * ExtractionLimits.TIMEOUT_STEP_BYTES + 1));
  }
}
