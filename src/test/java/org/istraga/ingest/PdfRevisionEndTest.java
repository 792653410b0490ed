package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An earlier PDF revision is stored with the whole line break after its {@code %%EOF}: Tika cut it
 * after one character, so a revision ending in CR LF (as Acrobat and other Windows software write
 * it) lost its LF, got another SHA-256 than the one its container's forensic report lists for that
 * revision, and a signature it held looked malformed (its signed range ran one byte past the copy).
 * The revision's id, size and own report must be those of the bytes up to and including the line
 * break, whatever the line break is.
 */
class PdfRevisionEndTest {

  @TempDir Path tmp;

  @Test
  void revisionChildrenKeepTheWholeLineBreakAfterTheirEndMarker() throws Exception {
    Path leak = tmp.resolve("leak");
    byte[] crlf = updatedPdf("\r\n", 2);
    byte[] cr = updatedPdf("\r", 1);
    byte[] lf = updatedPdf("\n", 1);
    Evidence.write(leak.resolve("crlf.pdf"), crlf);
    Evidence.write(leak.resolve("cr.pdf"), cr);
    Evidence.write(leak.resolve("lf.pdf"), lf);
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    assertRevisionsAsReported(recs, "crlf.pdf", crlf, "\r\n", 2);
    assertRevisionsAsReported(recs, "cr.pdf", cr, "\r", 1);
    assertRevisionsAsReported(recs, "lf.pdf", lf, "\n", 1);
  }

  private static void assertRevisionsAsReported(CaseRecords recs, String name, byte[] file, String eol, int earlier) {
    DocumentRecord container = recs.byPathSuffix("leak/" + name);
    JsonNode reported = container.provenance.path("revisions");
    assertEquals(earlier, reported.size(), container.provenance::toString);
    List<Integer> ends = revisionEnds(file, eol);
    for (int k = 1; k <= earlier; k++) {
      DocumentRecord rev = recs.byPathSuffix(name + "!/revision-" + k);
      byte[] expected = Arrays.copyOf(file, ends.get(k - 1));
      String sha = Hashes.of(expected).sha256();
      assertEquals(sha, rev.id, name + " revision " + k + ": stored bytes are not the revision through its line break");
      assertEquals(expected.length, rev.size, name + " revision " + k);
      assertEquals(sha, reported.path(k - 1).path("sha256").asText(), name + ": the report names another revision " + k);
      assertEquals(expected.length, rev.provenance.path("file_size").asLong(), rev.provenance::toString);
      assertTrue(rev.text.contains("Revision " + (k - 1) + " of the memo"), rev.text);
    }
  }

  /** Offsets just after each {@code %%EOF} and its line break. */
  private static List<Integer> revisionEnds(byte[] file, String eol) {
    String s = new String(file, StandardCharsets.ISO_8859_1);
    List<Integer> out = new ArrayList<>();
    for (int at = s.indexOf("%%EOF"); at >= 0; at = s.indexOf("%%EOF", at + 1)) {
      out.add(at + 5 + eol.length());
    }
    return out;
  }

  /**
   * A one-page PDF and {@code updates} incremental updates, each replacing the page's content with
   * "Revision N of the memo"; lines end in CR LF, and every {@code %%EOF} is followed by {@code
   * markerEol}.
   */
  static byte[] updatedPdf(String markerEol, int updates) {
    String eol = "\r\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(b, "%PDF-1.7" + eol + "%\u00e2\u00e3\u00cf\u00d3" + eol);
    String[] objs = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      content(0, eol),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    for (int i = 0; i < objs.length; i++) {
      offsets.add(b.size());
      write(b, (i + 1) + " 0 obj" + eol + objs[i] + eol + "endobj" + eol);
    }
    int xref = b.size();
    StringBuilder x = new StringBuilder("xref" + eol + "0 6" + eol + "0000000000 65535 f\r\n");
    for (int o : offsets) {
      x.append(String.format("%010d 00000 n\r\n", o));
    }
    x.append("trailer" + eol + "<< /Size 6 /Root 1 0 R >>" + eol + "startxref" + eol).append(xref).append(eol + "%%EOF" + markerEol);
    write(b, x.toString());
    int previous = xref;
    for (int u = 1; u <= updates; u++) {
      int off = b.size();
      write(b, "4 0 obj" + eol + content(u, eol) + eol + "endobj" + eol);
      int xr = b.size();
      write(b, "xref" + eol + "4 1" + eol + String.format("%010d 00000 n\r\n", off) + "trailer" + eol
          + "<< /Size 6 /Root 1 0 R /Prev " + previous + " >>" + eol + "startxref" + eol + xr + eol + "%%EOF" + markerEol);
      previous = xr;
    }
    return b.toByteArray();
  }

  private static String content(int n, String eol) {
    String ops = "BT /F1 12 Tf 72 700 Td (Revision " + n + " of the memo) Tj ET";
    return "<< /Length " + ops.length() + " >>" + eol + "stream" + eol + ops + eol + "endstream";
  }

  private static void write(ByteArrayOutputStream b, String s) {
    b.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
