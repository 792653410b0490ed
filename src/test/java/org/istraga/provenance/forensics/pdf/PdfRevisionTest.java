package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicLimits;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.provenance.forensics.Revision;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisions of incrementally updated PDFs. Expected revision ends and hashes were computed over the
 * raw bytes (Python); page counts and text of each truncated revision with poppler ({@code
 * pdfinfo}, {@code pdftotext}).
 */
class PdfRevisionTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void earlierRevisionsOfARealFileAreRecoveredWithTheirText() {
    ForensicReport r =
        analyzer.analyze(
            Corpus.file("c_pdf_features/testPDF_incrementalUpdates.pdf"), "application/pdf");
    // linearized: the first-page trailer (startxref 0) is not a revision
    assertTrue(r.pdf().linearized());
    assertEquals(3, r.pdf().revisionCount());
    assertEquals(List.of(16242L, 41226L, 64872L), r.pdf().revisionEnds());
    assertEquals(2, r.revisions().size());
    Revision first = r.revisions().get(0);
    assertEquals(1, first.index());
    assertEquals(16242L, first.byteLength());
    assertEquals(
        "817382edd7403df8ebb47673998bc12dec1620e630d8b879bc409cd696a5d192", first.sha256());
    assertEquals(1, first.pageCount());
    assertTrue(first.text().contains("Testing"), first.text());
    assertFalse(first.text().contains("Incremental"), first.text());
    Revision second = r.revisions().get(1);
    assertEquals(41226L, second.byteLength());
    assertEquals(
        "7ebf5d1cc908aaf453f6808f0e514a3777e32e86ce7823d81e44722f86db525e", second.sha256());
    assertTrue(second.text().contains("Testing Incremental"), second.text());
    assertNull(second.error());
    Flag f = r.flag(FlagName.PDF_INCREMENTAL_UPDATES).orElseThrow();
    assertEquals("3", f.evidence().get("revision_count"));
  }

  @Test
  void singleRevisionAndLinearizedFilesHaveNoEarlierRevision() {
    ForensicReport r =
        analyzer.analyze(Corpus.file("c_pdf_features/jetblue_coc.pdf"), "application/pdf");
    assertTrue(r.pdf().linearized());
    assertEquals(1, r.pdf().revisionCount());
    assertTrue(r.revisions().isEmpty());
    assertFalse(r.hasFlag(FlagName.PDF_INCREMENTAL_UPDATES));
  }

  @Test
  void textReplacedInAnIncrementalUpdateStaysRecoverable(@TempDir Path dir) throws Exception {
    byte[] original;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      write(doc, page, "Original amount: 1000 EUR", PDPageContentStream.AppendMode.APPEND);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      original = out.toByteArray();
    }
    ByteArrayOutputStream updated = new ByteArrayOutputStream();
    updated.write(original);
    try (PDDocument doc = Loader.loadPDF(original)) {
      PDPage page = doc.getPage(0);
      write(doc, page, "Amended amount: 9000 EUR", PDPageContentStream.AppendMode.OVERWRITE);
      page.getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream inc = new ByteArrayOutputStream();
      doc.saveIncremental(inc);
      updated.reset();
      updated.write(inc.toByteArray());
    }
    byte[] bytes = updated.toByteArray();
    Path file = dir.resolve("amended.pdf");
    Files.write(file, bytes);

    ForensicReport r = analyzer.analyze(file, "application/pdf");
    assertEquals(2, r.pdf().revisionCount());
    Revision rev = r.revisions().get(0);
    assertEquals(original.length, rev.byteLength());
    assertEquals(sha256(original), rev.sha256());
    assertTrue(rev.text().contains("Original amount: 1000 EUR"), rev.text());
    assertFalse(rev.text().contains("9000"), rev.text());
    assertTrue(r.hasFlag(FlagName.PDF_INCREMENTAL_UPDATES));
  }

  @Test
  void bytesAfterTheLastEofAreReported(@TempDir Path dir) throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    byte[] tail = "PK\u0003\u0004hidden payload".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[pdf.length + tail.length];
    System.arraycopy(pdf, 0, all, 0, pdf.length);
    System.arraycopy(tail, 0, all, pdf.length, tail.length);
    Path file = dir.resolve("tail.pdf");
    Files.write(file, all);
    ForensicReport r = analyzer.analyze(file, "application/pdf");
    assertEquals(tail.length, r.pdf().bytesAfterLastEof());
    assertEquals(HexFormat.of().formatHex(tail), r.pdf().bytesAfterLastEofPreview());
    Flag f = r.flag(FlagName.PDF_DATA_AFTER_EOF).orElseThrow();
    assertEquals(String.valueOf(tail.length), f.evidence().get("bytes_after_last_eof"));
    // whitespace padding alone is not flagged
    Path padded = dir.resolve("padded.pdf");
    byte[] ws = new byte[pdf.length + 3];
    System.arraycopy(pdf, 0, ws, 0, pdf.length);
    ws[pdf.length] = ' ';
    ws[pdf.length + 1] = '\n';
    ws[pdf.length + 2] = 0;
    Files.write(padded, ws);
    assertFalse(analyzer.analyze(padded, "application/pdf").hasFlag(FlagName.PDF_DATA_AFTER_EOF));
  }

  @Test
  void revisionLimitIsRespectedAndReported() {
    ForensicLimits d = ForensicLimits.defaults();
    ForensicLimits one =
        new ForensicLimits(
            d.maxFileBytes(),
            1,
            d.maxRevisionTextChars(),
            d.maxRevisionPages(),
            d.maxSignatures(),
            d.maxObjects(),
            d.maxXmlPartBytes(),
            d.maxEmailMessages(),
            d.timeBudget());
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults().withLimits(one))
            .analyze(
                Corpus.file("c_pdf_features/pades-lta-dss-indirect-arrs-test-2.pdf"),
                "application/pdf");
    assertEquals(7, r.pdf().revisionCount());
    assertEquals(1, r.revisions().size());
    assertTrue(
        r.errors().stream().anyMatch(e -> e.contains("6 earlier revisions")),
        r.errors().toString());
    assertTrue(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE));
  }

  @Test
  void exhaustedTimeBudgetSkipsOptionalStepsButKeepsTheStructure() {
    ForensicLimits d = ForensicLimits.defaults();
    ForensicLimits none =
        new ForensicLimits(
            d.maxFileBytes(),
            d.maxRevisions(),
            d.maxRevisionTextChars(),
            d.maxRevisionPages(),
            d.maxSignatures(),
            d.maxObjects(),
            d.maxXmlPartBytes(),
            d.maxEmailMessages(),
            java.time.Duration.ZERO);
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults().withLimits(none))
            .analyze(
                Corpus.file("c_pdf_features/testPDF_incrementalUpdates.pdf"), "application/pdf");
    assertEquals(3, r.pdf().revisionCount());
    assertEquals(2, r.revisions().size());
    for (Revision rev : r.revisions()) {
      assertNull(rev.text());
      assertEquals("time budget used up", rev.error());
      assertTrue(rev.sha256().length() == 64);
    }
    assertTrue(r.errors().stream().anyMatch(e -> e.contains("time budget")), r.errors().toString());
    assertTrue(r.hasFlag(FlagName.ANALYSIS_INCOMPLETE));
  }

  private static void write(
      PDDocument doc, PDPage page, String text, PDPageContentStream.AppendMode mode)
      throws Exception {
    try (PDPageContentStream cs = new PDPageContentStream(doc, page, mode, true)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(72, 700);
      cs.showText(text);
      cs.endText();
    }
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
