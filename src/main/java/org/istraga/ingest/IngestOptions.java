package org.istraga.ingest;

import java.nio.file.Path;
import java.util.List;
import org.istraga.ingest.tika.ExtractionLimits;

/**
 * How an ingest runs.
 *
 * @param roots evidence roots (files or folders), absolute
 * @param threads parallel workers (each with its own forked parser process)
 * @param ocr when OCR runs
 * @param ocrLanguages Tesseract languages, e.g. {@code srp+srp_latn+eng}
 * @param limits per-file limits
 * @param passwords optional file of passwords to try on encrypted documents, one per line
 * @param dkimKeys optional file of DKIM public keys (DNS TXT records) for e-mail checks
 * @param parserLogLevel slf4j level of the forked parsers (error, warn, info, debug)
 * @param progress print progress lines on stderr
 * @param commitIntervalMillis how often work is made durable (and visible to readers)
 */
public record IngestOptions(
    List<Path> roots,
    int threads,
    OcrMode ocr,
    String ocrLanguages,
    ExtractionLimits limits,
    Path passwords,
    Path dkimKeys,
    String parserLogLevel,
    boolean progress,
    long commitIntervalMillis) {

  public static final String DEFAULT_OCR_LANGUAGES = "srp+srp_latn+eng";
  public static final long DEFAULT_COMMIT_INTERVAL_MILLIS = 15_000;

  public IngestOptions {
    roots = List.copyOf(roots);
    if (threads < 1) {
      throw org.istraga.IstragaException.usage("--threads must be at least 1, got " + threads);
    }
  }

  /** Defaults for the given roots: one worker per core, OCR auto. */
  public static IngestOptions defaults(List<Path> roots) {
    return new IngestOptions(roots, Runtime.getRuntime().availableProcessors(), OcrMode.AUTO,
        DEFAULT_OCR_LANGUAGES, ExtractionLimits.defaults(), null, null, "error", false,
        DEFAULT_COMMIT_INTERVAL_MILLIS);
  }

  public IngestOptions withThreads(int n) {
    return new IngestOptions(roots, n, ocr, ocrLanguages, limits, passwords, dkimKeys, parserLogLevel, progress,
        commitIntervalMillis);
  }

  public IngestOptions withOcr(OcrMode mode) {
    return new IngestOptions(roots, threads, mode, ocrLanguages, limits, passwords, dkimKeys, parserLogLevel, progress,
        commitIntervalMillis);
  }
}
