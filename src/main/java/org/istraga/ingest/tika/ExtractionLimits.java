package org.istraga.ingest.tika;

import org.istraga.IstragaException;

/**
 * The limits that keep one hostile or huge file from hurting a run, with their defaults. Every
 * limit has a command-line flag on {@code istraga ingest} and is listed in docs/reliability.md.
 *
 * @param timeoutMillis wall-clock time a small file (with all its children) may take to parse;
 *     larger files get more ({@link #timeoutMillisFor(long)})
 * @param workerHeapMb heap of each forked parser process
 * @param maxTextChars characters of text kept per file, children included; the rest is cut and
 *     the document marked {@code text_truncated}
 * @param maxChildren embedded children unpacked per file
 * @param maxDepth nesting depth of embedded children (a file is depth 0)
 * @param maxChildBytes bytes of embedded children stored per file
 * @param maxFileBytes files larger than this are hashed and recorded but not parsed
 * @param maxCompressionRatio expansion ratio beyond which an archive counts as a bomb
 * @param filesPerWorker files a forked parser handles before it is recycled
 */
public record ExtractionLimits(
    long timeoutMillis,
    int workerHeapMb,
    int maxTextChars,
    int maxChildren,
    int maxDepth,
    long maxChildBytes,
    long maxFileBytes,
    long maxCompressionRatio,
    int filesPerWorker) {

  public static final long DEFAULT_TIMEOUT_MILLIS = 180_000;
  public static final int DEFAULT_WORKER_HEAP_MB = 1024;
  public static final int DEFAULT_MAX_TEXT_CHARS = 20_000_000;
  public static final int DEFAULT_MAX_CHILDREN = 50_000;
  public static final int DEFAULT_MAX_DEPTH = 12;
  public static final long DEFAULT_MAX_CHILD_BYTES = 8L << 30;
  public static final long DEFAULT_MAX_FILE_BYTES = 4L << 30;
  public static final long DEFAULT_MAX_COMPRESSION_RATIO = 200;
  public static final int DEFAULT_FILES_PER_WORKER = 20_000;

  public ExtractionLimits {
    positive("timeout", timeoutMillis);
    positive("worker heap", workerHeapMb);
    positive("max text", maxTextChars);
    positive("max children", maxChildren);
    positive("max depth", maxDepth);
    positive("max child bytes", maxChildBytes);
    positive("max file size", maxFileBytes);
    positive("max compression ratio", maxCompressionRatio);
    positive("files per worker", filesPerWorker);
  }

  /** File size that adds one more {@link #timeoutMillis()} to a file's time limit. */
  public static final long TIMEOUT_STEP_BYTES = 16L << 20;
  /** A file's time limit is at most this many times {@link #timeoutMillis()}. */
  public static final int MAX_TIMEOUT_FACTOR = 10;

  /**
   * Time one file of {@code fileBytes} may take to parse: {@link #timeoutMillis()} for every
   * started {@link #TIMEOUT_STEP_BYTES} of its size, at most {@link #MAX_TIMEOUT_FACTOR} times
   * it. A hang is cut as soon on a small file as before, while a large file of many small items
   * (a mailbox of 200,000 messages, 28 MB, takes minutes) is not cut off with all its items lost.
   */
  public long timeoutMillisFor(long fileBytes) {
    long steps = 1 + Math.max(0, fileBytes) / TIMEOUT_STEP_BYTES;
    long factor = Math.min(MAX_TIMEOUT_FACTOR, steps);
    return timeoutMillis > Long.MAX_VALUE / factor ? Long.MAX_VALUE : timeoutMillis * factor;
  }

  public static ExtractionLimits defaults() {
    return new ExtractionLimits(DEFAULT_TIMEOUT_MILLIS, DEFAULT_WORKER_HEAP_MB, DEFAULT_MAX_TEXT_CHARS,
        DEFAULT_MAX_CHILDREN, DEFAULT_MAX_DEPTH, DEFAULT_MAX_CHILD_BYTES, DEFAULT_MAX_FILE_BYTES,
        DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_FILES_PER_WORKER);
  }

  private static void positive(String what, long v) {
    if (v <= 0) {
      throw IstragaException.usage(what + " must be positive, got " + v);
    }
  }
}
