package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

  private static final String TEXT_PAGE = "Ugovor o javnoj nabavci broj 404-02-117/2019-06 zaključen je "
      + "između naručioca i dobavljača; vrednost ugovora iznosi 1.234.567,89 dinara bez PDV-a.\n";

  @Test
  void garbageTextLayersAreCandidatesWithTheirReason() {
    DocumentRecord r = pdf(TEXT_PAGE, "\uE041\uE042\uE043 \uE044\uE045\uE046\uE047 \uE048\uE049\uE04A\n",
        "(cid:3)(cid:17)(cid:42) (cid:5)(cid:9)\n", TEXT_PAGE, "\n");
    assertEquals(List.of(2, 3, 5), OcrPages.candidates(r));
    assertEquals(java.util.Map.of(2, TextLayerQuality.Reason.UNMAPPED_GLYPHS, 3, TextLayerQuality.Reason.UNMAPPED_GLYPHS,
        5, TextLayerQuality.Reason.NO_TEXT), OcrPages.unusablePages(r));
  }

  @Test
  void pagesWhoseGlyphsTheParserCouldNotMapAreCandidatesWhateverTheirText() {
    DocumentRecord r = pdf(TEXT_PAGE, "- 53 - 5. 2011. 20,8 , : ( ) 1. 17,0 ( , . ) 2. 1,1 , 3. 2,7\n", TEXT_PAGE);
    OcrPages.recordGlyphCounts(r, new String[] {"180", "1945", "175"}, new String[] {"0", "1417", "3"});
    assertEquals(List.of("2"), r.metadata.get(OcrPages.UNMAPPED_GLYPH_PAGES));
    assertEquals(List.of(2), OcrPages.candidates(r));
    assertEquals(TextLayerQuality.Reason.UNMAPPED_GLYPHS, OcrPages.unusablePages(r).get(2));

    DocumentRecord mismatched = pdf(TEXT_PAGE, TEXT_PAGE);
    OcrPages.recordGlyphCounts(mismatched, new String[] {"100"}, new String[] {"100"});
    assertFalse(mismatched.metadata.containsKey(OcrPages.UNMAPPED_GLYPH_PAGES), "counts for other pages: no verdict");
    OcrPages.recordGlyphCounts(mismatched, new String[] {"100", "x"}, new String[] {"100", "1"});
    assertFalse(mismatched.metadata.containsKey(OcrPages.UNMAPPED_GLYPH_PAGES), "unreadable counts: no verdict");
  }

  @Test
  void aScanWithOnlyAHeaderOrBatesNumberIsACandidateButAScanUnderRealTextIsNot() {
    String footer = "Appendix II: Comments from the Small Business Administration Page 54 GAO-06-399 Alaska Native\n";
    String ocrLayer = (TEXT_PAGE + "Predmet ugovora je isporuka opreme za proširenje mreže eLTE.\n").repeat(2);
    DocumentRecord r = pdf(footer, "ISTRAGA-0001234\n", ocrLayer, footer);
    r.metadata.put(OcrPages.SCAN_IMAGE_PAGES, List.of("1-3"));
    assertEquals(List.of(1, 2), OcrPages.candidates(r), "page 4 has no scan-sized image; page 3 has an OCR layer");
    assertEquals(TextLayerQuality.Reason.SCAN_WITH_LITTLE_TEXT, OcrPages.unusablePages(r).get(1));
  }

  @Test
  void pageRangesRoundTripAndSkipWhatTheyCannotRead() {
    assertEquals("1-3,7,9-10", PageRanges.format(List.of(1, 2, 3, 7, 9, 10)));
    assertEquals("", PageRanges.format(List.of()));
    assertEquals(java.util.Set.of(1, 2, 3, 7, 9, 10), PageRanges.parse("1-3,7,9-10", 10));
    assertEquals(java.util.Set.of(1, 2, 3, 7), PageRanges.parse("1-3,7,9-10", 8), "pages past the last are dropped");
    assertEquals(java.util.Set.of(1, 2), PageRanges.parse("1-2,x,4…", 10));
    assertEquals(java.util.Set.of(), PageRanges.parse(null, 10));
  }
}
