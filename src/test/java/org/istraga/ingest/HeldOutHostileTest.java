package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.EvidenceSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs of the held-out audit (docs/reliability.md, "Held-out hostile audit"), built
 * here at a small scale: a 7z whose entries carry no modification time (the whole archive was
 * {@code corrupt}, not one entry read), and a PDF whose attached file is a flate bomb (PDFBox
 * decoded it whole into the parser's heap: {@code out-of-memory}, the page text lost). The parser
 * heap is made small so that a 150 MB attachment is enough to exhaust it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldOutHostileTest {

  @TempDir static Path tmp;
  Path evidence;
  Cli.Result result;
  CaseRecords recs;
  EvidenceSnapshot before;

  @BeforeAll
  void ingest() throws Exception {
    evidence = tmp.resolve("leak");
    Path caseDir = tmp.resolve("case");
    writeSevenZipWithoutTimes(evidence.resolve("untimed.7z"), List.of(
        new String[] {"minutes/board.txt", "The board approved the tender for the bridge."},
        new String[] {"../../outside-7z.txt", "A name that climbs out of the archive."}));
    Evidence.write(evidence.resolve("bomb.pdf"), pdfWithAttachedZeros(
        "Invoice for the bridge works, page one.", "zeros.bin", 150L << 20));
    Evidence.write(evidence.resolve("plain.txt"), "An ordinary note about the bridge tender.");
    before = EvidenceSnapshot.of(evidence);
    result = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", "--threads", "1",
        "--worker-heap", "128", evidence.toString());
    recs = CaseRecords.read(caseDir);
  }

  @Test
  void runCompletesAndEvidenceIsUntouched() throws IOException {
    assertEquals(ExitCode.OK, result.code(), result::toString);
    assertEquals("ok", recs.byPathSuffix("plain.txt").status);
    assertEquals(before, EvidenceSnapshot.of(evidence), "evidence untouched");
    try (Stream<Path> around = Files.list(tmp)) {
      assertEquals(List.of("case", "leak"), around.map(p -> p.getFileName().toString()).sorted().toList(),
          "nothing written beside the case");
    }
  }

  @Test
  void sevenZipEntriesWithoutTimesAreRead() {
    DocumentRecord archive = recs.byPathSuffix("untimed.7z");
    assertEquals("ok", archive.status, archive.statusReason);
    DocumentRecord board = recs.byPathSuffix("untimed.7z!/minutes/board.txt");
    assertEquals("ok", board.status, board.statusReason);
    assertTrue(board.text.contains("approved the tender"), board.text);
    DocumentRecord climbing = recs.byPathSuffix("untimed.7z!/../../outside-7z.txt");
    assertTrue(climbing.text.contains("climbs out"), climbing.text);
    assertFalse(Files.exists(tmp.resolve("outside-7z.txt")), "an entry name is only a name");
  }

  @Test
  void attachmentBombInAPdfKeepsThePageText() {
    DocumentRecord pdf = recs.byPathSuffix("bomb.pdf");
    assertEquals("bomb", pdf.status, pdf.statusReason);
    assertTrue(pdf.statusReason.contains("zeros.bin"), pdf.statusReason);
    assertTrue(pdf.text.contains("Invoice for the bridge works"), pdf.text);
  }

  static void writeSevenZipWithoutTimes(Path file, List<String[]> entries) throws IOException {
    Files.createDirectories(file.getParent());
    try (SevenZOutputFile out = new SevenZOutputFile(file.toFile())) {
      for (String[] e : entries) {
        SevenZArchiveEntry entry = new SevenZArchiveEntry();
        entry.setName(e[0]); // no time set: the archive records none for the entry
        out.putArchiveEntry(entry);
        out.write(e[1].getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
      }
    }
    assertTrue(Files.size(file) > 0);
  }

  /** A one-page PDF whose attached file is {@code zeros} zero bytes, flate-compressed. */
  static byte[] pdfWithAttachedZeros(String pageText, String name, long zeros) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] block = new byte[1 << 20];
      for (long n = 0; n < zeros; n += block.length) {
        d.write(block, 0, (int) Math.min(block.length, zeros - n));
      }
    }
    byte[] content = ("BT /F1 12 Tf 72 700 Td (" + pageText + ") Tj ET").getBytes(StandardCharsets.US_ASCII);
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 6 0 R >> >>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> >>"));
    objects.add(stream("", content));
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    objects.add(ascii("<< /Names [(" + name + ") 7 0 R] >>"));
    objects.add(ascii("<< /Type /Filespec /F (" + name + ") /UF (" + name + ") /EF << /F 8 0 R >> >>"));
    objects.add(stream("/Type /EmbeddedFile /Filter /FlateDecode ", packed.toByteArray()));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(ascii("%PDF-1.7\n"));
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
      pdf.writeBytes(objects.get(i));
      pdf.writeBytes(ascii("\nendobj\n"));
    }
    int xref = pdf.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int off : offsets) {
      x.append(String.format("%010d 00000 n \n", off));
    }
    x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    pdf.writeBytes(ascii(x.toString()));
    return pdf.toByteArray();
  }

  private static byte[] stream(String dict, byte[] data) {
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    s.writeBytes(ascii("<< " + dict + "/Length " + data.length + " >>\nstream\n"));
    s.writeBytes(data);
    s.writeBytes(ascii("\nendstream"));
    return s.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
