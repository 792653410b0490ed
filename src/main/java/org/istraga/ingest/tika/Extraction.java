package org.istraga.ingest.tika;

import java.util.List;

/**
 * The result of extracting one file in a forked Tika process.
 *
 * @param outcome how the parse ended at the process level
 * @param message Tika's message or container stack trace, when there is one
 * @param items the file and its children in document order; may be partial or empty after a
 *     crash or timeout
 */
public record Extraction(Outcome outcome, String message, List<ExtractedItem> items) {

  /** How the parse of one file ended at the process level. */
  public enum Outcome {
    /** The parser finished (the file may still carry a parse exception in its metadata). */
    PARSED,
    /** The per-file timeout expired; the parser process was restarted. */
    TIMEOUT,
    /** The parser ran out of memory; the parser process was restarted. */
    OUT_OF_MEMORY,
    /** The parser process died (native crash, killed). */
    CRASHED,
    /** The file could not be read by the parser process. */
    FETCH_FAILED
  }
}
