package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Metadata, encryption and active content of real PDFs. Expected values come from poppler ({@code
 * pdfinfo -isodates}, {@code pdfinfo -meta}, {@code pdffonts}), qpdf ({@code --show-encryption},
 * {@code --list-attachments}, {@code --qdf} and grep for JavaScript actions) and the raw bytes.
 */
class PdfMetadataTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  private ForensicReport pdf(String rel) {
    return analyzer.analyze(Corpus.file(rel), "application/pdf");
  }

  @Test
  void infoAndXmpOfAPartlyRewrittenFile() {
    ForensicReport r = pdf("c_pdf_features/bug854315.pdf");
    PdfFacts.Info info = r.pdf().info();
    assertEquals("paul", info.author());
    assertEquals("eDocPrintPro - PDF printer driver - www.pdfprinter.at", info.creator());
    assertEquals("www.pdfprinter.at; modified using iText 2.1.7 by 1T3XT", info.producer());
    assertEquals("2011-01-17T22:49:33Z", info.creationDate());
    assertEquals("2011-01-17T23:52:40+01:00", info.modDate());
    // The XMP packet (it uses an undeclared "xmp" prefix) holds the original values as
    // attributes and iText's later ones as elements.
    PdfFacts.Xmp xmp = r.pdf().xmp();
    assertEquals("2011-01-17T22:49:33Z", xmp.createDate());
    assertEquals("2011-01-17T23:52:40+01:00", xmp.modifyDate());
    assertEquals("8cd2fcd5-24e7-11e0-0000-11d698e0f795", xmp.documentId());
    assertEquals(List.of("paul"), xmp.creators());
    assertEquals(
        List.of("2011-01-17T22:49:33Z", "2011-01-17T23:52:40+01:00"),
        xmp.conflictingValues().get("xmp:ModifyDate"));
    assertTrue(r.hasFlag(FlagName.PDF_XMP_CONFLICTING_VALUES));
    assertFalse(r.hasFlag(FlagName.DATES_XMP_INFO_MISMATCH));
    assertEquals(List.of(), r.errors());
  }

  @Test
  void xmpEditHistoryIsListed() {
    // pdfinfo -meta: 7 stEvt events by "Preflight", the first at 2014-03-04T23:50:41+01:00
    PdfFacts.Xmp xmp = pdf("c_pdf_features/testPDF_Version.11.x.PDFA-1b.pdf").pdf().xmp();
    assertEquals("uuid:cccee1fc-51b3-4b52-ac86-672af3974d25", xmp.documentId());
    assertEquals("uuid:afa71b09-7cc5-48ac-8664-ac6dcf8b5ab4", xmp.instanceId());
    assertEquals(7, xmp.history().size());
    PdfFacts.HistoryEntry first = xmp.history().get(0);
    assertEquals("converted", first.action());
    assertEquals("2014-03-04T23:50:41+01:00", first.when());
    assertEquals("Preflight", first.softwareAgent());
    assertEquals("uuid:0313504b-a0b0-4dac-a9f0-357221f2eadf", first.instanceId());
    assertEquals("converted to PDF/A-1a", first.parameters());
    assertEquals(
        "PDF/A conversion failed; Version and conformance level identification removed",
        xmp.history().get(1).parameters());
  }

  @Test
  void fontsMatchPdffonts() {
    ForensicReport r = pdf("c_pdf_features/bug854315.pdf");
    assertEquals(
        List.of(
            new PdfFacts.Font("RXNQOL+Calibri", "TrueType", true, true),
            new PdfFacts.Font("EXQTEL+Albany", "Type0", true, true)),
        r.pdf().fonts());
  }

  @Test
  void xmpAndInfoDatesThatDisagreeAreFlagged() {
    // testPDF_XMPBasicSchema.pdf: XMP CreateDate 1998-08-29T13:53:15-01:00
    ForensicReport r = pdf("c_pdf_features/testPDF_XMPBasicSchema.pdf");
    assertEquals("1998-08-29T13:53:15-01:00", r.pdf().xmp().createDate());
    assertEquals("Hewlett-Packard MFP", r.pdf().xmp().creatorTool());
    assertFalse(r.hasFlag(FlagName.DATES_XMP_INFO_MISMATCH)); // no Info dates to compare
  }

  @Test
  void fileSavedByAnotherProgramAfterAcrobatIsFlagged() {
    // pdfinfo: Info ModDate 2023-07-12T17:40:32Z, producer "macOS ... Quartz PDFContext,
    // AppendMode 1.1"; XMP ModifyDate 2023-07-12T19:34:40+01:00 (18:34:40Z), producer Acrobat.
    ForensicReport r = pdf("d_malformed/issue16633.pdf");
    Flag dates =
        r.flags(FlagName.DATES_XMP_INFO_MISMATCH).stream()
            .filter(f -> f.evidence().get("date").equals("modification"))
            .findFirst()
            .orElseThrow();
    assertEquals("2023-07-12T19:34:40+01:00", dates.evidence().get("xmp"));
    assertEquals("3248", dates.evidence().get("difference_seconds"));
    Flag producer = r.flag(FlagName.PDF_PRODUCER_XMP_INFO_MISMATCH).orElseThrow();
    assertEquals("Adobe Acrobat Pro (64-bit) 23.3.20215", producer.evidence().get("xmp_producer"));
    assertTrue(
        producer.evidence().get("info_producer").contains("Quartz PDFContext, AppendMode 1.1"));
  }

  @Test
  void encryptedPdfThatOpensWithoutPassword() {
    // qpdf: R = 3, P = -1324, empty user password; assembly/forms/annotations/modify not allowed
    PdfFacts.Encryption e = pdf("c_pdf_features/testPDF_protected.pdf").pdf().encryption();
    assertEquals("Standard", e.filter());
    assertEquals(3, e.revision());
    assertFalse(e.userPasswordRequired());
    assertEquals(
        Map.of(
            "print", true,
            "print_high_quality", true,
            "modify", false,
            "extract_content", true,
            "extract_for_accessibility", true,
            "modify_annotations", false,
            "fill_in_form", false,
            "assemble_document", false),
        e.permissions());
  }

  @Test
  void encryptedPdfThatNeedsAPasswordIsDescribedFromRawBytes() {
    // qpdf: R = 6, P = -3392, only "extract for accessibility" allowed; pdfinfo: incorrect password
    ForensicReport r = pdf("c_pdf_features/print_protection.pdf");
    PdfFacts.Encryption e = r.pdf().encryption();
    assertEquals("Standard", e.filter());
    assertEquals(5, e.version());
    assertEquals(6, e.revision());
    assertEquals(256, e.keyLengthBits());
    assertTrue(e.userPasswordRequired());
    assertEquals(Boolean.TRUE, e.permissions().get("extract_for_accessibility"));
    assertEquals(Boolean.FALSE, e.permissions().get("print"));
    Flag f = r.flag(FlagName.PDF_ENCRYPTED).orElseThrow();
    assertEquals("true", f.evidence().get("user_password_required"));
    assertEquals(-1, r.pdf().pageCount());
  }

  @Test
  void javascriptActionsAreCounted() {
    // qpdf --qdf: 55 objects carry /S /JavaScript
    ForensicReport r = pdf("c_pdf_features/160F-2019.pdf");
    assertEquals(55, r.pdf().javascript().size());
    assertEquals("55", r.flag(FlagName.PDF_JAVASCRIPT).orElseThrow().evidence().get("count"));
    assertFalse(pdf("c_pdf_features/bug854315.pdf").hasFlag(FlagName.PDF_JAVASCRIPT));
  }

  @Test
  void embeddedFilesAreListedWithSizes() {
    // qpdf --list-attachments: image.png; --show-attachment gives 6669 bytes
    ForensicReport r = pdf("c_pdf_features/with-attachment.pdf");
    assertEquals(1, r.pdf().embeddedFiles().size());
    PdfFacts.EmbeddedFile f = r.pdf().embeddedFiles().get(0);
    assertEquals("image.png", f.name());
    assertEquals(6669L, f.size());
    assertEquals(
        "[\"image.png\"]",
        r.flag(FlagName.PDF_EMBEDDED_FILES).orElseThrow().evidence().get("names"));
    assertNull(r.pdf().encryption());
  }

  @Test
  void headerAndCatalogVersion() {
    ForensicReport r = pdf("c_pdf_features/bug854315.pdf");
    assertEquals(0L, r.pdf().headerOffset());
    assertEquals("1.4", r.pdf().headerVersion());
    assertEquals(1, r.pdf().pageCount());
  }
}
