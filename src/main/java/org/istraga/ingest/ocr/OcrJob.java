package org.istraga.ingest.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.istraga.document.DocumentRecord;

/**
 * One document in the OCR stage: the pages to read, split into calls to the workers, and the
 * page results as they come back (including pages found in the {@link PageCache}). Workers
 * report calls concurrently; the job says when the last one has come back.
 *
 * <p>Thread-safe.
 */
final class OcrJob {

  /** A call: some consecutive pages of one job, handed to one worker. */
  record Call(OcrJob job, int[] pages) {}

  final DocumentRecord record;
  final Path source;
  final String kind;
  private final Map<Integer, PageResult> results = new TreeMap<>();
  private final List<Integer> cachedPages = new ArrayList<>();
  private int outstanding;

  OcrJob(DocumentRecord record, Path source, String kind) {
    this.record = record;
    this.source = source;
    this.kind = kind;
  }

  /** Records pages found in the cache before any call is issued. */
  synchronized void cached(Map<Integer, PageResult> pages) {
    results.putAll(pages);
    cachedPages.addAll(pages.keySet());
  }

  /**
   * Splits the pages still to read into calls of at most {@code perCall} pages, balanced so that
   * {@code workers} workers can share a long document.
   */
  synchronized List<Call> plan(List<Integer> pages, int perCall, int workers) {
    List<Integer> todo = new ArrayList<>();
    for (int p : pages) {
      if (!results.containsKey(p)) {
        todo.add(p);
      }
    }
    List<Call> calls = new ArrayList<>();
    if (todo.isEmpty()) {
      return calls;
    }
    int size = Math.max(1, Math.min(perCall, (todo.size() + workers - 1) / workers));
    for (int i = 0; i < todo.size(); i += size) {
      List<Integer> part = todo.subList(i, Math.min(todo.size(), i + size));
      calls.add(new Call(this, part.stream().mapToInt(Integer::intValue).toArray()));
    }
    outstanding += calls.size();
    return calls;
  }

  /** Replaces one outstanding call by {@code n} others (a failed call retried page by page). */
  synchronized void split(int n) {
    outstanding += n - 1;
  }

  /**
   * Records the answer to one call.
   *
   * @return true when this was the last outstanding call
   */
  synchronized boolean answered(List<PageResult> pages) {
    for (PageResult p : pages) {
      results.put(p.page(), p);
    }
    outstanding--;
    return outstanding == 0;
  }

  synchronized List<PageResult> results() {
    return new ArrayList<>(results.values());
  }

  synchronized int cachedCount() {
    return cachedPages.size();
  }
}
