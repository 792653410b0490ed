package org.istraga.entities;

import java.util.List;

/**
 * One family of entity patterns. Implementations are immutable and thread-safe: all patterns
 * are compiled once, and per-call state lives in the {@link TextContext}. They may report
 * overlapping candidates; {@link EntityExtractor} resolves overlaps.
 */
interface Recognizer {

  /** Appends every candidate mention found in {@code ctx} to {@code out}. */
  void find(TextContext ctx, List<Mention> out);
}
