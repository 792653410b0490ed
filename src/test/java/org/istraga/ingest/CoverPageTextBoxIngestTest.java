package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word cover page, as Insert &gt; Cover Page writes it: a block-level content control whose
 * paragraph anchors text boxes (DrawingML, with the VML copy for old readers) holding the title and
 * abstract. Their text is in the document's text once, and a text box outside any control, which
 * Tika reads itself, is not doubled ({@code org.istraga.ingest.tika.ContentControlTextBoxes}).
 */
class CoverPageTextBoxIngestTest {

  private static final String NS = " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
      + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
      + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
      + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

  @TempDir Path tmp;

  @Test
  void coverPageTextBoxesAreReadOnce() throws Exception {
    String body = "<w:sdt" + NS + "><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Cover Pages\"/>"
        + "</w:docPartObj></w:sdtPr><w:sdtContent>"
        + OfficeFiles.p(textBox("Izveštaj o nabavci opreme za Safe City", "Sažetak: ugovor 404-12 sa Huawei d.o.o."))
        + OfficeFiles.p(OfficeFiles.r("Cover page caption"))
        + "</w:sdtContent></w:sdt>"
        + OfficeFiles.p(OfficeFiles.r("First chapter of the report."))
        + "<w:p" + NS + ">" + textBox("A text box in the chapter") + "</w:p>";
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("izvestaj.docx"), OfficeFiles.docx(body));
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    DocumentRecord d = CaseRecords.read(caseDir).byPathSuffix("izvestaj.docx");
    assertEquals("ok", d.status, d.statusReason);
    assertEquals(1, count(d.text, "Izveštaj o nabavci opreme za Safe City"), d.text);
    assertEquals(1, count(d.text, "Sažetak: ugovor 404-12 sa Huawei d.o.o."), d.text);
    assertEquals(1, count(d.text, "Cover page caption"), d.text);
    assertEquals(1, count(d.text, "First chapter of the report."), d.text);
    assertEquals(1, count(d.text, "A text box in the chapter"), d.text);
  }

  /** A run anchoring a text box with these paragraphs, as DrawingML with a VML fallback. */
  private static String textBox(String... paragraphs) {
    StringBuilder content = new StringBuilder("<w:txbxContent>");
    for (String p : paragraphs) {
      content.append(OfficeFiles.p(OfficeFiles.r(p)));
    }
    content.append("</w:txbxContent>");
    return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\""
        + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>914400</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>914400</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"4000000\" cy=\"1000000\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Text Box 1\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx>" + content + "</wps:txbx><wps:bodyPr/>"
        + "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape><v:textbox>" + content + "</v:textbox></v:shape></w:pict></mc:Fallback>"
        + "</mc:AlternateContent></w:r>";
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
