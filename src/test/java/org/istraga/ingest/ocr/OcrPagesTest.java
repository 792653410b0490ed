package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.istraga.document.DocumentRecord;
import org.junit.jupiter.api.Test;

class OcrPagesTest {

  private static DocumentRecord pdf(String... pages) {
    DocumentRecord r = new DocumentRecord();
    r.typeGroup = "pdf";
    StringBuilder sb = new StringBuilder();
    r.pageStarts = new int[pages.length];
    for (int i = 0; i < pages.length; i++) {
      r.pageStarts[i] = sb.length();
      sb.append(pages[i]);
    }
    r.text = sb.toString();
    r.pageCount = pages.length;
    return r;
  }

  @Test
  void pagesWithLessThanTenNonBlankCharactersAreCandidates() {
    DocumentRecord r = pdf("A full page of text layer here.\n", "  12 \n\n", "\n", "Another page with enough text.\n",
        "123456789\n", "1234567890\n");
    assertEquals(List.of(2, 3, 5), OcrPages.candidates(r));
  }

  @Test
  void aBlankPdfWithoutPageOffsetsIsReadAsWholeAsItsMetadataDeclares() {
    DocumentRecord r = new DocumentRecord();
    r.typeGroup = "pdf";
    r.text = "  \n";
    r.pageCount = 3;
    assertEquals(List.of(1, 2, 3), OcrPages.candidates(r));
    r.pageCount = null;
    assertEquals(List.of(1), OcrPages.candidates(r));
  }

  @Test
  void nonPdfRecordsHaveNoCandidatePagesButImagesAreReadAsOnePage() {
    DocumentRecord r = new DocumentRecord();
    r.typeGroup = "image";
    assertEquals(List.of(), OcrPages.candidates(r));
    assertEquals(List.of(1), OcrPages.toRead(r, false));
  }

  @Test
  void toReadFallsBackToAllPagesWhenQueuedByAlwaysAndSkipsPagesAlreadyRead() {
    DocumentRecord r = pdf("A full page of text layer here.\n", "Another page with enough text.\n");
    assertEquals(List.of(1, 2), OcrPages.toRead(r, false));
    DocumentRecord mixed = pdf("A full page of text layer here.\n", "\n", "\n");
    assertEquals(List.of(2, 3), OcrPages.toRead(mixed, false));
    assertEquals(List.of(1, 2, 3), OcrPages.toRead(mixed, true));
    mixed.ocrPages = new int[] {2};
    assertEquals(List.of(3), OcrPages.toRead(mixed, false));
  }
}
