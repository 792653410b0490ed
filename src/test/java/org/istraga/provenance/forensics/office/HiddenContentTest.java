package org.istraga.provenance.forensics.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hidden content written by Apache POI's own writers (an implementation separate from Istraga's
 * streaming readers): hidden and very hidden sheets, hidden slides and hidden text runs.
 */
class HiddenContentTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void hiddenSheetsInXlsxAndXls(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("prices.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      wb.createSheet("Offer");
      wb.createSheet("Real prices");
      wb.createSheet("Kickbacks");
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      wb.write(out);
    }
    Path xls = dir.resolve("prices.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      wb.createSheet("Offer");
      wb.createSheet("Real prices");
      wb.createSheet("Kickbacks");
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      wb.write(out);
    }
    List<OfficeFacts.HiddenSheet> expected =
        List.of(
            new OfficeFacts.HiddenSheet("Real prices", "hidden"),
            new OfficeFacts.HiddenSheet("Kickbacks", "very_hidden"));
    for (Path p : List.of(xlsx, xls)) {
      ForensicReport r = analyzer.analyze(p, null);
      assertEquals(expected, r.office().hiddenSheets(), p.toString());
      Flag f = r.flag(FlagName.OFFICE_HIDDEN_CONTENT).orElseThrow();
      assertTrue(f.message().contains("\"Kickbacks\" (very_hidden)"), f.message());
    }
  }

  @Test
  void hiddenSlidesInPptxAndPpt(@TempDir Path dir) throws Exception {
    Path pptx = dir.resolve("deck.pptx");
    try (XMLSlideShow show = new XMLSlideShow();
        OutputStream out = Files.newOutputStream(pptx)) {
      show.createSlide();
      show.createSlide().setHidden(true);
      show.createSlide();
      show.createSlide().setHidden(true);
      show.write(out);
    }
    Path ppt = dir.resolve("deck.ppt");
    try (HSLFSlideShow show = new HSLFSlideShow();
        OutputStream out = Files.newOutputStream(ppt)) {
      show.createSlide();
      show.createSlide().setHidden(true);
      show.createSlide();
      show.createSlide().setHidden(true);
      show.write(out);
    }
    for (Path p : List.of(pptx, ppt)) {
      ForensicReport r = analyzer.analyze(p, null);
      assertEquals(List.of(2, 4), r.office().hiddenSlides(), p.toString());
      assertTrue(r.hasFlag(FlagName.OFFICE_HIDDEN_CONTENT), p.toString());
    }
  }

  @Test
  void hiddenTextRunsInDocx(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("memo.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(docx)) {
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("The tender was fair. ");
      XWPFRun hidden = p.createRun();
      hidden.setText("The winner was chosen in advance.");
      hidden.setVanish(true);
      XWPFRun visible = p.createRun();
      visible.setText(" Signed, the committee.");
      visible.setVanish(false);
      doc.write(out);
    }
    ForensicReport r = analyzer.analyze(docx, null);
    assertEquals(1, r.office().hiddenTextRuns());
    assertEquals(
        "[\"1 hidden text run(s)\"]",
        r.flag(FlagName.OFFICE_HIDDEN_CONTENT).orElseThrow().evidence().get("hidden"));
  }
}
