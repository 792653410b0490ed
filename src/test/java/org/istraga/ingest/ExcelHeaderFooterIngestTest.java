package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page header and footer of a workbook, as Excel stores them with formatting codes (a font, a
 * size, the page number), are in the text as a printed page shows them, in xls and xlsx alike
 * ({@code org.istraga.ingest.tika.ExcelHeaderFooters}); before, "&amp;14Ugovor" and
 * "&amp;CPoverljivo" made the words "14ugovor" and "cpoverljivo", which no search found.
 */
class ExcelHeaderFooterIngestTest {

  @TempDir Path tmp;

  @Test
  void headersAndFootersReadAsPrinted() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("budzet.xls"), workbook(new HSSFWorkbook()));
    Evidence.write(leak.resolve("budzet2.xlsx"), workbook(new XSSFWorkbook()));
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);
    for (String name : new String[] {"budzet.xls", "budzet2.xlsx"}) {
      DocumentRecord d = recs.byPathSuffix(name);
      assertEquals("ok", d.status, d.statusReason);
      assertTrue(d.text.contains("Ugovor o nabavci 404-12\tPoverljivo\tStrana  od"), name + ": " + d.text);
      assertTrue(d.text.contains("AT&T d.o.o.\tMinistarstvo finansija"), name + ": " + d.text);
      assertTrue(d.text.contains("Iznos bez PDV-a"), name + ": " + d.text);
      assertFalse(d.text.replace("AT&T", "").contains("&"), name + ": no code left: " + d.text);
    }
  }

  private static byte[] workbook(Workbook wb) throws Exception {
    try (wb) {
      Sheet s = wb.createSheet("Budzet 2024");
      s.createRow(0).createCell(0).setCellValue("Iznos bez PDV-a");
      s.getHeader().setLeft("&\"Arial,Bold\"&14Ugovor o nabavci 404-12");
      s.getHeader().setCenter("&KFF0000Poverljivo");
      s.getHeader().setRight("Strana &P od &N");
      s.getFooter().setLeft("AT&&T d.o.o.");
      s.getFooter().setCenter("&8Ministarstvo finansija &D");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
