package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The amendment PDF was saved with an incremental update: two %%EOF markers, and the first
 * revision (the bytes up to and including the first marker) reads differently from the whole.
 */
class IncrementalUpdateTest {

  private final JsonNode upd = CommittedSamples.facts().get("incrementalUpdate");

  @Test
  void hasTwoRevisionsWithTheRecordedDifferences() throws IOException {
    byte[] pdf = CommittedSamples.bytes(upd.get("path").asText());
    assertTrue(upd.get("path").asText().contains("Niš"), "file name with a diacritic");
    String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
    assertEquals(upd.get("eofMarkers").asInt(), latin1.split("%%EOF", -1).length - 1);
    // the first revision ends after its %%EOF and one end-of-line
    int firstEnd = latin1.indexOf("%%EOF") + "%%EOF".length();
    if (latin1.startsWith("\r\n", firstEnd)) {
      firstEnd += 2;
    } else if (firstEnd < pdf.length && (pdf[firstEnd] == '\r' || pdf[firstEnd] == '\n')) {
      firstEnd++;
    }
    assertEquals(upd.get("firstRevisionBytes").asInt(), firstEnd);
    assertTrue(latin1.substring(firstEnd).contains("/Prev"), "update trailer points back");

    String before = text(Arrays.copyOf(pdf, firstEnd));
    String after = text(pdf);
    assertTrue(before.contains(upd.get("deadlineBefore").asText()), before);
    assertTrue(before.contains(upd.get("amountBefore").asText()), before);
    assertFalse(before.contains(upd.get("deadlineAfter").asText()));
    assertTrue(after.contains(upd.get("deadlineAfter").asText()), after);
    assertTrue(after.contains(upd.get("amountAfter").asText()), after);
    assertFalse(after.contains(upd.get("deadlineBefore").asText()));
    assertFalse(after.contains(upd.get("amountBefore").asText()));

    try (PDDocument first = Loader.loadPDF(Arrays.copyOf(pdf, firstEnd));
        PDDocument last = Loader.loadPDF(pdf)) {
      assertEquals(OffsetDateTime.parse(upd.get("modifiedFirstRevision").asText()).toInstant(),
          first.getDocumentInformation().getModificationDate().toInstant());
      assertEquals(OffsetDateTime.parse(upd.get("modified").asText()).toInstant(),
          last.getDocumentInformation().getModificationDate().toInstant());
      assertNotEquals(first.getDocumentInformation().getModificationDate(),
          last.getDocumentInformation().getModificationDate());
      assertEquals(upd.get("author").asText(), last.getDocumentInformation().getAuthor());
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
