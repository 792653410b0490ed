package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A step that fails on one document's text costs that step for that document: the record keeps
 * what it had, its status reason says which step failed and why, and the caller carries on.
 */
class EnrichmentTest {

  /** A backtracking pattern whose recursion grows with the run it matches, as OpenNLP's laughter pattern did. */
  private static final Pattern DEEP = Pattern.compile("(a|b)+c");

  @Test
  void aStackOverflowInAStepIsNotedAndTheRecordKept() {
    DocumentRecord r = new DocumentRecord();
    r.text = "ab".repeat(200_000);
    r.statusReason = "text cut at the limit";
    List<EntityMention> before = r.entities;
    String language = Enrichment.guarded(r, "language detection", () -> DEEP.matcher(r.text).matches() ? "xx" : "yy", null);
    assertNull(language);
    Enrichment.guarded(r, "entity extraction", () -> {
      throw new IllegalStateException("recognizer bug\nsecond line");
    });
    assertEquals(before, r.entities);
    assertEquals("text cut at the limit; language detection skipped: StackOverflowError; "
        + "entity extraction skipped: IllegalStateException (recognizer bug)", r.statusReason);
  }

  @Test
  void aStepThatWorksLeavesNoNoteAndOtherErrorsStillEndTheRun() {
    DocumentRecord r = new DocumentRecord();
    assertEquals("sr", Enrichment.guarded(r, "language detection", () -> "sr", null));
    assertNull(r.statusReason);
    assertThrows(OutOfMemoryError.class, () -> Enrichment.guarded(r, "entity extraction", () -> {
      throw new OutOfMemoryError("Java heap space");
    }));
    assertTrue(r.statusReason == null, "an error that ends the run is not noted as a skipped step");
  }
}
