package org.istraga.ingest;

import java.util.function.Supplier;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.lang.LanguageDetector;
import org.istraga.ingest.lang.ScriptDetector;

/**
 * Runs one enrichment step of a document (language, entity mentions) so that its failure on one
 * document's text (a recognizer's bug, a pattern that recurses too deep on a pathological text)
 * costs that step for that document only: the document is still indexed with its text, its status
 * reason names the step and the error, and the run goes on. A parser's failure is contained by the
 * forked worker; this is the same promise for the work done after the parse, in Istraga's own
 * process. Out-of-memory and other errors still end the run: the process may not be sound after
 * them.
 *
 * <p>Stateless; thread-safe.
 */
public final class Enrichment {

  private Enrichment() {}

  /**
   * Script, language and entity mentions of {@code r}'s text, each of the last two guarded; the
   * same steps after extraction and after OCR.
   *
   * @return nanoseconds spent finding entities (the benchmark's entity share)
   */
  public static long apply(DocumentRecord r, LanguageDetector languages, EntityAnnotator entities) {
    r.script = ScriptDetector.detect(r.text);
    r.language = guarded(r, "language detection", () -> languages.detect(r.text), null);
    long t0 = System.nanoTime();
    guarded(r, "entity extraction", () -> entities.annotate(r));
    return System.nanoTime() - t0;
  }

  /** The value of {@code step}, or {@code fallback} when it fails on this document. */
  public static <T> T guarded(DocumentRecord r, String step, Supplier<T> action, T fallback) {
    try {
      return action.get();
    } catch (RuntimeException | StackOverflowError e) {
      note(r, step, e);
      return fallback;
    }
  }

  /** Runs {@code step}; when it fails on this document, notes it and leaves the record as it was. */
  public static void guarded(DocumentRecord r, String step, Runnable action) {
    guarded(r, step, () -> {
      action.run();
      return null;
    }, null);
  }

  private static void note(DocumentRecord r, String step, Throwable e) {
    String what = step + " skipped: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")");
    r.statusReason = r.statusReason == null || r.statusReason.isEmpty() ? what : r.statusReason + "; " + what;
  }
}
