package org.istraga.ingest.ocr;

import java.nio.file.Path;
import org.istraga.IstragaException;

/**
 * How the OCR stage runs.
 *
 * @param threads OCR workers; each owns one forked worker process and runs one Tesseract at a
 *     time, so this is the number of pages OCR'd at once
 * @param languages Tesseract languages, e.g. {@code srp+srp_latn+eng}
 * @param allPages OCR every page of the documents in the backlog, not only pages without text
 *     (ingest {@code --ocr always})
 * @param tesseract the tesseract binary, or null to use {@code $ISTRAGA_TESSERACT} or the PATH
 * @param pagesPerCall most pages of one document handed to a worker in one call (one Tesseract
 *     run); long documents are split so that every worker has pages to read
 * @param renderDpi resolution of pages that must be rendered
 * @param pageTimeoutMillis time one page may take
 * @param workerHeapMb heap of each forked worker
 * @param callsPerWorker calls a worker process serves before it is replaced
 * @param maxTextChars text kept per document (the ingest's limit)
 * @param commitIntervalMillis how often finished documents are made durable (and searchable)
 * @param progress print progress lines on stderr
 * @param keepImages when not null, keep every page image given to Tesseract in this folder
 *     (benchmarks and debugging)
 */
public record OcrOptions(
    int threads,
    String languages,
    boolean allPages,
    String tesseract,
    int pagesPerCall,
    int renderDpi,
    long pageTimeoutMillis,
    int workerHeapMb,
    int callsPerWorker,
    int maxTextChars,
    long commitIntervalMillis,
    boolean progress,
    Path keepImages) {

  public static final String DEFAULT_LANGUAGES = "srp+srp_latn+eng";
  public static final int DEFAULT_PAGES_PER_CALL = 8;
  public static final int DEFAULT_RENDER_DPI = 300;
  public static final long DEFAULT_PAGE_TIMEOUT_MILLIS = 300_000;
  public static final int DEFAULT_WORKER_HEAP_MB = 1024;
  public static final int DEFAULT_CALLS_PER_WORKER = 5_000;
  public static final long DEFAULT_COMMIT_INTERVAL_MILLIS = 15_000;

  public OcrOptions {
    if (threads < 1) {
      throw IstragaException.usage("--threads must be at least 1, got " + threads);
    }
    if (languages == null || !OcrRequest.LANGUAGES.matcher(languages).matches()) {
      throw IstragaException.usage("--ocr-lang '" + languages
          + "' is not a Tesseract language list; give codes joined by '+', e.g. srp+srp_latn+eng");
    }
    if (pagesPerCall < 1 || renderDpi < 72 || pageTimeoutMillis < 1000 || workerHeapMb < 128 || callsPerWorker < 1
        || maxTextChars < 1 || commitIntervalMillis < 1) {
      throw IstragaException.usage("OCR options out of range: " + pagesPerCall + " pages per call, " + renderDpi
          + " dpi, " + pageTimeoutMillis + " ms per page, " + workerHeapMb + " MB heap");
    }
  }

  /** Defaults with the given threads and languages. */
  public static OcrOptions defaults(int threads, String languages) {
    return new OcrOptions(threads, languages, false, null, DEFAULT_PAGES_PER_CALL, DEFAULT_RENDER_DPI,
        DEFAULT_PAGE_TIMEOUT_MILLIS, DEFAULT_WORKER_HEAP_MB, DEFAULT_CALLS_PER_WORKER,
        org.istraga.ingest.tika.ExtractionLimits.DEFAULT_MAX_TEXT_CHARS, DEFAULT_COMMIT_INTERVAL_MILLIS, false, null);
  }

  public OcrOptions withAllPages(boolean v) {
    return new OcrOptions(threads, languages, v, tesseract, pagesPerCall, renderDpi, pageTimeoutMillis, workerHeapMb,
        callsPerWorker, maxTextChars, commitIntervalMillis, progress, keepImages);
  }

  public OcrOptions withTesseract(String v) {
    return new OcrOptions(threads, languages, allPages, v, pagesPerCall, renderDpi, pageTimeoutMillis, workerHeapMb,
        callsPerWorker, maxTextChars, commitIntervalMillis, progress, keepImages);
  }

  public OcrOptions withProgress(boolean v) {
    return new OcrOptions(threads, languages, allPages, tesseract, pagesPerCall, renderDpi, pageTimeoutMillis,
        workerHeapMb, callsPerWorker, maxTextChars, commitIntervalMillis, v, keepImages);
  }

  public OcrOptions withCommitIntervalMillis(long v) {
    return new OcrOptions(threads, languages, allPages, tesseract, pagesPerCall, renderDpi, pageTimeoutMillis,
        workerHeapMb, callsPerWorker, maxTextChars, v, progress, keepImages);
  }

  public OcrOptions withMaxTextChars(int v) {
    return new OcrOptions(threads, languages, allPages, tesseract, pagesPerCall, renderDpi, pageTimeoutMillis,
        workerHeapMb, callsPerWorker, v, commitIntervalMillis, progress, keepImages);
  }

  public OcrOptions withKeepImages(Path v) {
    return new OcrOptions(threads, languages, allPages, tesseract, pagesPerCall, renderDpi, pageTimeoutMillis,
        workerHeapMb, callsPerWorker, maxTextChars, commitIntervalMillis, progress, v);
  }

  public OcrOptions withPagesPerCall(int v) {
    return new OcrOptions(threads, languages, allPages, tesseract, v, renderDpi, pageTimeoutMillis, workerHeapMb,
        callsPerWorker, maxTextChars, commitIntervalMillis, progress, keepImages);
  }
}
