package org.istraga.ingest.ocr;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Progress of the OCR stage on stderr: documents and pages done out of the backlog, pages per
 * second, estimated time left. On a terminal one line is redrawn; otherwise a line is printed
 * every {@value #PLAIN_INTERVAL_MILLIS} ms. Thread-safe.
 */
final class OcrProgress {

  static final long PLAIN_INTERVAL_MILLIS = 10_000;

  private final PrintWriter err;
  private final boolean enabled;
  private final boolean terminal;
  private final OcrQueue.Backlog backlog;
  private final long started = System.currentTimeMillis();
  private long pages;
  private long lastPrinted;

  OcrProgress(PrintWriter err, boolean enabled, OcrQueue.Backlog backlog) {
    this.err = err;
    this.enabled = enabled;
    this.terminal = System.console() != null;
    this.backlog = backlog;
    if (enabled && backlog.documents() > 0) {
      err.printf(Locale.ROOT, "ocr: %d documents, %d pages waiting%n", backlog.documents(), backlog.pages());
      err.flush();
    }
  }

  synchronized void pages(List<PageResult> done) {
    pages += done.size();
  }

  synchronized void update(OcrStage stage) {
    if (!enabled || backlog.documents() == 0) {
      return;
    }
    long now = System.currentTimeMillis();
    if (!terminal && now - lastPrinted < PLAIN_INTERVAL_MILLIS) {
      return;
    }
    lastPrinted = now;
    String line = line(stage, now);
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
    } else {
      err.println(line);
    }
    err.flush();
  }

  synchronized void finish(OcrStage stage) {
    if (!enabled || backlog.documents() == 0) {
      return;
    }
    String line = line(stage, System.currentTimeMillis());
    err.println(terminal ? "\r" + line + "\u001b[K" : line);
    err.flush();
  }

  private String line(OcrStage stage, long now) {
    double secs = Math.max(0.001, (now - started) / 1000.0);
    double rate = pages / secs;
    long left = Math.max(0, backlog.pages() - pages);
    String eta = rate > 0 ? duration((long) (left / rate)) : "?";
    return String.format(Locale.ROOT, "ocr: %d/%d documents, %d/%d pages, %.2f pages/s, ETA %s",
        stage.documentsFinished(), backlog.documents(), pages, backlog.pages(), rate, eta);
  }

  private static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return (seconds / 60) + "m" + (seconds % 60) + "s";
    }
    return (seconds / 3600) + "h" + (seconds % 3600 / 60) + "m";
  }
}
