package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF whose page tree declares more pages than it holds (a wrong {@code /Count}, as in damaged
 * or circular page trees) is recorded with the pages actually read: its page count equals its
 * page starts, so {@code show --page N} works for every N up to the page count, and the declared
 * count is kept in the status reason.
 */
class PdfPageCountTest {

  @TempDir Path tmp;

  @Test
  void pageCountIsThePagesReadWhenThePageTreeOverstatesIt() throws Exception {
    byte[] pdf = pdfWithCount(3, "First page of the tender annex", "Second page: total 4.200.000 RSD");
    try (PDDocument check = Loader.loadPDF(pdf)) {
      assertEquals(3, check.getNumberOfPages(), "the built PDF declares 3 pages");
      int walked = 0;
      for (PDPage ignored : check.getPages()) {
        walked++;
      }
      assertEquals(2, walked, "and holds 2");
    }
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("annex.pdf"), pdf);
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);

    DocumentRecord r = CaseRecords.read(caseDir).byPathSuffix("annex.pdf");
    assertEquals(2, r.pageStarts.length, r.text);
    assertEquals(2, r.pageCount);
    assertNotNull(r.statusReason);
    assertTrue(r.statusReason.contains("declares 3 pages"), r.statusReason);
    for (int page = 1; page <= r.pageCount; page++) {
      Cli.Result show = Cli.run("show", "--case", caseDir.toString(), r.id, "--page", String.valueOf(page));
      assertEquals(ExitCode.OK, show.code(), show::toString);
      assertTrue(show.out().contains(page == 1 ? "tender annex" : "4.200.000 RSD"), show.out());
    }
    Cli.Result beyond = Cli.run("show", "--case", caseDir.toString(), r.id, "--page", "3");
    assertNotEquals(ExitCode.OK, beyond.code(), beyond::toString);
  }

  @Test
  void pageCountOfAWellFormedPdfIsUnchanged() throws Exception {
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("ok.pdf"), Evidence.pdf("one", "two", "three"));
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);
    DocumentRecord r = CaseRecords.read(caseDir).byPathSuffix("ok.pdf");
    assertEquals(3, r.pageCount);
    assertEquals(3, r.pageStarts.length);
    assertTrue(r.statusReason == null || !r.statusReason.contains("declares"), r.statusReason);
  }

  /** A PDF with one page per text whose root page tree's /Count is set to {@code count}. */
  private static byte[] pdfWithCount(int count, String... pages) throws Exception {
    try (PDDocument doc = Loader.loadPDF(Evidence.pdf(pages)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getPages().getCOSObject().setInt(COSName.COUNT, count);
      doc.save(out);
      return out.toByteArray();
    }
  }
}
