package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Excel's coded header and footer strings read as the text a printed page shows. */
class ExcelHeaderFootersTest {

  @Test
  void sectionsInPrintedOrderWithoutFormattingCodes() {
    assertEquals("Ugovor o nabavci\tPoverljivo\tStrana  od",
        ExcelHeaderFooters.readable("&CPoverljivo&L&\"Arial,Bold\"&14Ugovor o nabavci&RStrana &P od &N"));
  }

  @Test
  void textWithoutSectionCodeIsTheCentre() {
    assertEquals("Izveštaj za 2024.", ExcelHeaderFooters.readable("&B&IIzveštaj za 2024.&I&B"));
  }

  @Test
  void anAmpersandColoursAndPageOffsets() {
    assertEquals("AT&T\tstrana", ExcelHeaderFooters.readable("&LAT&&T&C&K00FF00strana &P+1"));
    assertEquals("Tema boja", ExcelHeaderFooters.readable("&K01+020Tema boja"));
  }

  @Test
  void whatTikaWritesForAnXlsxHeaderIsItsCodedSections() {
    // the form the filter looks for in an xlsx workbook's text
    // (POI's rendering, which Tika's extractor uses, ends the line)
    assertEquals("&\"Arial,Bold\"&14Ugovor\tPoverljivo\tStrana &P\n",
        ExcelHeaderFooters.tikaXlsxText("&L&\"Arial,Bold\"&14Ugovor&CPoverljivo&RStrana &P"));
  }
}
