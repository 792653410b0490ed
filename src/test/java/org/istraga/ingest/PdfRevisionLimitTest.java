package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.tika.TikaConfigWriter;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF of more incremental updates than the ingest unpacks as revisions says so in its status
 * (it was "ok" while 2,900 of 3,000 earlier revisions were silently left out), and keeps its
 * current text; a PDF of a few updates keeps every revision.
 */
class PdfRevisionLimitTest {

  @TempDir Path tmp;

  @Test
  void revisionsBeyondTheLimitAreReported() throws Exception {
    int many = TikaConfigWriter.MAX_PDF_REVISIONS + 20;
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("many-updates.pdf"), updatedPdf(many));
    Evidence.write(leak.resolve("few-updates.pdf"), updatedPdf(3));
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord manyPdf = recs.byPathSuffix("leak/many-updates.pdf");
    assertEquals("too-many-children", manyPdf.status, manyPdf.statusReason);
    assertTrue(manyPdf.statusReason.contains("PDF with " + many + " earlier revisions"), manyPdf.statusReason);
    assertTrue(manyPdf.text.contains("Revision " + many + " of the memo"), manyPdf.text);
    assertEquals(TikaConfigWriter.MAX_PDF_REVISIONS, revisions(recs, "many-updates.pdf!/revision-").size());

    DocumentRecord fewPdf = recs.byPathSuffix("leak/few-updates.pdf");
    assertEquals("ok", fewPdf.status, fewPdf.statusReason);
    assertEquals(3, revisions(recs, "few-updates.pdf!/revision-").size());
    assertTrue(recs.byPathSuffix("few-updates.pdf!/revision-1").text.contains("Revision 0 of the memo"));
  }

  private static List<DocumentRecord> revisions(CaseRecords recs, String marker) {
    List<DocumentRecord> out = new ArrayList<>();
    for (DocumentRecord d : recs.all()) {
      if (d.occurrences.stream().anyMatch(o -> o.path().contains(marker))) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * A one-page PDF followed by {@code updates} incremental updates, each replacing the page's
   * content stream with "Revision N of the memo" (N counting from 0 for the original).
   */
  static byte[] updatedPdf(int updates) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(b, "%PDF-1.7\n");
    String[] objs = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      content(0),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    for (int i = 0; i < objs.length; i++) {
      offsets.add(b.size());
      write(b, (i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n");
    }
    int xref = b.size();
    StringBuilder x = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
    for (int o : offsets) {
      x.append(String.format("%010d 00000 n \n", o));
    }
    x.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    write(b, x.toString());
    int previous = xref;
    for (int u = 1; u <= updates; u++) {
      int off = b.size();
      write(b, "4 0 obj\n" + content(u) + "\nendobj\n");
      int xr = b.size();
      write(b, String.format("xref\n4 1\n%010d 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n",
          off, previous, xr));
      previous = xr;
    }
    return b.toByteArray();
  }

  private static String content(int n) {
    String ops = "BT /F1 12 Tf 72 700 Td (Revision " + n + " of the memo) Tj ET";
    return "<< /Length " + ops.length() + " >>\nstream\n" + ops + "\nendstream";
  }

  private static void write(ByteArrayOutputStream b, String s) {
    b.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
