package org.istraga.ingest;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.istraga.document.ExtractionStatus;

/**
 * Progress of an ingest on stderr: files and megabytes done, rate, estimated time left once the
 * walk has listed everything, failures so far. On a terminal one line is redrawn; otherwise a line
 * is printed every {@link #PLAIN_INTERVAL_MILLIS}. Thread-safe.
 */
final class IngestProgress {

  static final long PLAIN_INTERVAL_MILLIS = 10_000;

  private final PrintWriter err;
  private final boolean enabled;
  private final boolean terminal;
  private final long started = System.currentTimeMillis();
  private final AtomicLong listedBytes = new AtomicLong();
  private final AtomicLong doneBytes = new AtomicLong();
  private long lastPrinted;
  private String lastFailure;

  IngestProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
    this.terminal = System.console() != null;
  }

  void listed(long bytes) {
    listedBytes.addAndGet(bytes);
  }

  void done(long bytes) {
    doneBytes.addAndGet(bytes);
  }

  synchronized void failure(String path, ExtractionStatus status, String reason) {
    lastFailure = status.label() + ": " + path;
  }

  synchronized void update(IngestRun run) {
    if (!enabled) {
      return;
    }
    long now = System.currentTimeMillis();
    if (!terminal && now - lastPrinted < PLAIN_INTERVAL_MILLIS) {
      return;
    }
    lastPrinted = now;
    String line = line(run, now);
    if (terminal) {
      err.print("\r" + line + "\u001b[K");
    } else {
      err.println(line);
    }
    err.flush();
  }

  synchronized void finish(IngestRun run) {
    if (!enabled) {
      return;
    }
    String line = line(run, System.currentTimeMillis());
    err.println(terminal ? "\r" + line + "\u001b[K" : line);
  }

  private String line(IngestRun run, long now) {
    double secs = Math.max(0.001, (now - started) / 1000.0);
    long files = run.filesDone();
    double mb = doneBytes.get() / 1e6;
    double rate = files / secs;
    long remainingBytes = Math.max(0, listedBytes.get() - doneBytes.get());
    double mbps = mb / secs;
    String eta = mbps > 0 ? formatDuration((long) (remainingBytes / 1e6 / mbps)) : "?";
    String s = String.format(Locale.ROOT, "ingest: %d/%d files, %.1f MB, %.1f files/s, %.1f MB/s, ETA %s, %d failures",
        files, run.filesSeen(), mb, rate, mbps, eta, run.failureCount());
    if (lastFailure != null) {
      s += " (last: " + abbreviate(lastFailure, 60) + ")";
    }
    return s;
  }

  private static String formatDuration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return (seconds / 60) + "m" + (seconds % 60) + "s";
    }
    return (seconds / 3600) + "h" + (seconds % 3600 / 60) + "m";
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
  }
}
