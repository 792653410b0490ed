package org.istraga.provenance.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and damaged inputs never make the analyzer throw: they give a report, with errors where
 * something could not be read. Which PDFs are beyond repair was established with qpdf {@code
 * --check} and pdfinfo (both fail on them).
 */
class MalformedInputsTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void everyMalformedCorpusFileGivesAReportThatSurvivesJson() throws Exception {
    Path dir = Corpus.require().resolve("d_malformed");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() >= 40, "d_malformed has " + files.size() + " files");
    for (Path f : files) {
      for (String mediaType : new String[] {mediaTypeOf(f), null}) {
        ForensicReport r = analyzer.analyze(f, mediaType);
        assertNotNull(r, f.toString());
        assertEquals(Files.size(f), r.fileSize(), f.toString());
        assertEquals(r, ForensicReport.fromJson(r.toJson()), f.toString());
        assertEquals(!r.errors().isEmpty(), r.hasFlag(FlagName.ANALYSIS_INCOMPLETE), f.toString());
      }
    }
  }

  @Test
  void unrepairablePdfsReportWhyTheyCouldNotBeOpened() {
    for (String name : List.of("REDHAT-1531897-0.pdf", "bug1020226.pdf")) {
      ForensicReport r = analyzer.analyze(Corpus.file("d_malformed/" + name), "application/pdf");
      assertEquals("pdf", r.format());
      assertTrue(
          r.errors().stream().anyMatch(e -> e.startsWith("pdf.open: ")), r.errors().toString());
      assertEquals(-1, r.pdf().pageCount());
    }
  }

  @Test
  void damagedOfficeContainersReportErrors() {
    ForensicReport truncated =
        analyzer.analyze(
            Corpus.file("d_malformed/testWORD_truncated.docx"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertEquals("ooxml", truncated.format());
    assertFalse(truncated.errors().isEmpty());
    assertNull(truncated.office());
    // unlabelled, the same bytes are just an unreadable ZIP: no Office claim, no error
    ForensicReport unlabelled =
        analyzer.analyze(Corpus.file("d_malformed/testWORD_truncated.docx"), null);
    assertEquals("none", unlabelled.format());
    assertEquals(List.of(), unlabelled.errors());
    ForensicReport notZip =
        analyzer.analyze(
            Corpus.file("d_malformed/testODTnotaZipFile.odt"),
            "application/vnd.oasis.opendocument.text");
    assertTrue(
        notZip.errors().get(0).contains("not an OLE2 or ZIP container"),
        notZip.errors().toString());
  }

  @Test
  void externalEntitiesInOfficeXmlAreNeverResolved(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String core =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE cp [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
            + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:creator>&xxe;</dc:creator></cp:coreProperties>";
    Path docx = dir.resolve("xxe.docx");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
      put(zip, "docProps/core.xml", core);
      put(
          zip,
          "word/document.xml",
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }
    ForensicReport r = analyzer.analyze(docx, null);
    assertEquals("ooxml", r.format());
    assertFalse(r.toJson().contains("TOP-SECRET-CONTENT"));
    assertTrue(
        r.errors().stream().anyMatch(e -> e.startsWith("office.core")), r.errors().toString());
  }

  @Test
  void oversizedXmlPartsAreCutAtTheLimit(@TempDir Path dir) throws Exception {
    // 8 MB of text compresses to a few kB: a small zip bomb.
    Path docx = dir.resolve("bomb.docx");
    try (OutputStream out = Files.newOutputStream(docx);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", "<Types/>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  + "<w:body>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 140; i++) {
        zip.write(chunk);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertTrue(Files.size(docx) < 200_000);
    ForensicLimits d = ForensicLimits.defaults();
    ForensicLimits small =
        new ForensicLimits(
            d.maxFileBytes(),
            d.maxRevisions(),
            d.maxRevisionTextChars(),
            d.maxRevisionPages(),
            d.maxSignatures(),
            d.maxObjects(),
            1024 * 1024,
            d.maxEmailMessages(),
            d.timeBudget());
    ForensicReport r =
        new ForensicAnalyzer(ForensicOptions.defaults().withLimits(small)).analyze(docx, null);
    assertTrue(
        r.errors().stream().anyMatch(e -> e.startsWith("office.word word/document.xml")),
        r.errors().toString());
  }

  @Test
  void missingFileGivesAReportWithAnError(@TempDir Path dir) {
    ForensicReport r = analyzer.analyze(dir.resolve("gone.pdf"), "application/pdf");
    assertEquals("none", r.format());
    assertEquals(-1, r.fileSize());
    assertTrue(r.errors().get(0).startsWith("read: "), r.errors().toString());
  }

  private static void put(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String mediaTypeOf(Path f) {
    String n = f.getFileName().toString().toLowerCase();
    if (n.endsWith(".pdf")) {
      return "application/pdf";
    } else if (n.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    } else if (n.endsWith(".doc")) {
      return "application/msword";
    } else if (n.endsWith(".ppt")) {
      return "application/vnd.ms-powerpoint";
    } else if (n.endsWith(".odt")) {
      return "application/vnd.oasis.opendocument.text";
    } else if (n.endsWith(".zip")) {
      return "application/zip";
    } else if (n.endsWith(".xml")) {
      return "application/xml";
    } else if (n.endsWith(".html")) {
      return "text/html";
    } else if (n.endsWith(".rtf")) {
      return "application/rtf";
    }
    return null;
  }
}
