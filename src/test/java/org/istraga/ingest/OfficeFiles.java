package org.istraga.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Office files with secondary and hidden content, built as Word, Excel, PowerPoint and LibreOffice
 * write them: tracked changes, comments, notes, hidden sheets, rows, columns and slides, and the
 * document properties. Word and OpenDocument parts are written by hand (POI has no API for tracked
 * changes); the rest with POI.
 */
final class OfficeFiles {

  static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

  private OfficeFiles() {}

  static String p(String... parts) {
    return "<w:p>" + String.join("", parts) + "</w:p>";
  }

  static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  static String del(int id, String author, String text) {
    return "<w:del w:id=\"" + id + "\" w:author=\"" + author + "\" w:date=\"2023-03-01T10:00:00Z\"><w:r>"
        + "<w:delText xml:space=\"preserve\">" + text + "</w:delText></w:r></w:del>";
  }

  static String ins(int id, String author, String text) {
    return "<w:ins w:id=\"" + id + "\" w:author=\"" + author + "\" w:date=\"2023-03-01T10:00:00Z\">" + r(text) + "</w:ins>";
  }

  /** A Word document of the given body paragraphs with a header, footer, comments, footnotes and properties. */
  static byte[] docx(String body) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + override("/word/document.xml", "wordprocessingml.document.main")
        + override("/word/header1.xml", "wordprocessingml.header")
        + override("/word/footer1.xml", "wordprocessingml.footer")
        + override("/word/comments.xml", "wordprocessingml.comments")
        + override("/word/footnotes.xml", "wordprocessingml.footnotes")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + override("/docProps/app.xml", "extended-properties")
        + "</Types>");
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    parts.put("_rels/.rels", rels(
        "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
            + "core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + rel + "extended-properties\" Target=\"docProps/app.xml\"/>"));
    parts.put("word/_rels/document.xml.rels", rels(
        "<Relationship Id=\"rIdH\" Type=\"" + rel + "header\" Target=\"header1.xml\"/>"
            + "<Relationship Id=\"rIdF\" Type=\"" + rel + "footer\" Target=\"footer1.xml\"/>"
            + "<Relationship Id=\"rIdC\" Type=\"" + rel + "comments\" Target=\"comments.xml\"/>"
            + "<Relationship Id=\"rIdN\" Type=\"" + rel + "footnotes\" Target=\"footnotes.xml\"/>"));
    parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W
        + "><w:body>" + body + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
        + "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr></w:body></w:document>");
    parts.put("word/header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr " + W + ">"
        + p(r("Poverljivo – samo za internu upotrebu")) + "</w:hdr>");
    parts.put("word/footer1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr " + W + ">"
        + p(r("Putevi Srbije, Bulevar kralja Aleksandra 282")) + "</w:ftr>");
    parts.put("word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments " + W + ">"
        + "<w:comment w:id=\"0\" w:author=\"Jelena Jovanović\" w:date=\"2023-03-02T09:00:00Z\" w:initials=\"JJ\">"
        + p(r("Proveriti iznos sa direktorom pre potpisivanja.")) + "</w:comment></w:comments>");
    parts.put("word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + W + ">"
        + "<w:footnote w:type=\"separator\" w:id=\"-1\">" + p() + "</w:footnote>"
        + "<w:footnote w:id=\"2\">" + p(r("Према одлуци број 17/2023.")) + "</w:footnote></w:footnotes>");
    parts.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>Уговор о набавци 404-12</dc:title>"
        + "<dc:creator>Petar Petrović</dc:creator><cp:lastModifiedBy>Đorđe Šćekić</cp:lastModifiedBy>"
        + "<cp:revision>17</cp:revision>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-02-01T08:30:00Z</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2023-03-05T16:45:00Z</dcterms:modified></cp:coreProperties>");
    parts.put("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Microsoft Office Word</Application><Pages>3</Pages><Company>Putevi Srbije d.o.o.</Company>"
        + "</Properties>");
    return zip(parts, null);
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + type + "+xml\"/>";
  }

  private static String rels(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + body
        + "</Relationships>";
  }

  /**
   * A workbook (xlsx or xls) with a Cyrillic sheet of amounts and dates, a hidden row and column,
   * a cell comment, a formula, a hidden and a very hidden sheet, and document properties.
   */
  static byte[] workbook(boolean xlsx) throws IOException {
    try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CreationHelper ch = wb.getCreationHelper();
      Sheet s = wb.createSheet("Понуде");
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(ch.createDataFormat().getFormat("#,##0.00"));
      Row head = s.createRow(0);
      head.createCell(0).setCellValue("Понуђач");
      head.createCell(1).setCellValue("Износ");
      String[] names = {"Путеви Србије д.о.о.", "Šećer Đurđevak", "Žuta firma u skrivenom redu"};
      double[] amounts = {1234567.89, 99.5, 4200000};
      for (int i = 0; i < names.length; i++) {
        Row row = s.createRow(i + 1);
        row.createCell(0).setCellValue(names[i]);
        Cell c = row.createCell(1);
        c.setCellValue(amounts[i]);
        c.setCellStyle(money);
      }
      s.getRow(3).setZeroHeight(true);
      s.getRow(1).createCell(4).setCellValue("Provizija u skrivenoj koloni");
      s.setColumnHidden(4, true);
      Cell total = s.createRow(5).createCell(1);
      total.setCellFormula("SUM(B2:B4)");
      total.setCellStyle(money);
      ch.createFormulaEvaluator().evaluateAll();
      Drawing<?> drawing = s.createDrawingPatriarch();
      ClientAnchor anchor = ch.createClientAnchor();
      anchor.setCol1(2);
      anchor.setRow1(1);
      anchor.setCol2(4);
      anchor.setRow2(4);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(ch.createRichTextString("Проверити износ са директором"));
      comment.setAuthor("Jelena");
      s.getRow(1).getCell(1).setCellComment(comment);
      wb.createSheet("Skriveno").createRow(0).createCell(0).setCellValue("Tajni spisak isplata");
      wb.setSheetHidden(1, true);
      wb.createSheet("VeryHidden").createRow(0).createCell(0).setCellValue("Druga knjiga računa");
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      GregorianCalendar created = utc(2023, 1, 1, 8, 30);
      GregorianCalendar modified = utc(2023, 2, 5, 16, 45);
      if (wb instanceof XSSFWorkbook x) {
        // a formula that reads another workbook, as Excel stores it: the path in an external link part
        try (XSSFWorkbook other = new XSSFWorkbook()) {
          other.createSheet("List1").createRow(0).createCell(0).setCellValue(42);
          x.linkExternalWorkbook("crni_fond_2023.xlsx", other);
        }
        Cell linked = s.getRow(5).createCell(2);
        linked.setCellFormula("[crni_fond_2023.xlsx]List1!A1*2");
        linked.setCellValue(84);
        var core = x.getProperties().getCoreProperties();
        core.setCreator("Petar Petrović");
        core.setTitle("Понуде 2023");
        core.setLastModifiedByUser("Đorđe Šćekić");
        core.setRevision("5");
        core.setCreated(Optional.of(created.getTime()));
        core.setModified(Optional.of(modified.getTime()));
        var ext = x.getProperties().getExtendedProperties().getUnderlyingProperties();
        ext.setCompany("Putevi Srbije d.o.o.");
        ext.setApplication("Microsoft Excel");
      } else {
        HSSFWorkbook h = (HSSFWorkbook) wb;
        h.createInformationProperties();
        SummaryInformation si = h.getSummaryInformation();
        si.getFirstSection().setCodepage(1250); // as Excel on a Serbian Latin Windows writes it
        si.setAuthor("Petar Petrović");
        si.setTitle("Ponude 2023");
        si.setLastAuthor("Đorđe Šćekić");
        si.setRevNumber("5");
        si.setApplicationName("Microsoft Excel");
        si.setCreateDateTime(created.getTime());
        si.setLastSaveDateTime(modified.getTime());
        DocumentSummaryInformation dsi = h.getDocumentSummaryInformation();
        dsi.getFirstSection().setCodepage(1250);
        dsi.setCompany("Putevi Srbije d.o.o.");
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static GregorianCalendar utc(int year, int month, int day, int hour, int minute) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(year, month, day, hour, minute);
    return c;
  }

  /** Three slides with speaker notes, the second hidden. */
  static byte[] pptx() throws IOException {
    try (XMLSlideShow ppt = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      String[] titles = {"Plan nabavke 2023", "Скривени слајд са ценама", "Rokovi isporuke"};
      for (int i = 0; i < titles.length; i++) {
        XSLFSlide slide = ppt.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
        box.setText(titles[i]);
        XSLFNotes notes = ppt.getNotesSlide(slide);
        for (XSLFShape shape : notes.getPlaceholders()) {
          if (shape instanceof XSLFTextShape t && t.getTextType() == Placeholder.BODY) {
            t.setText("Белешка говорника " + (i + 1) + ": не помињати провизију");
          }
        }
        slide.setHidden(i == 1);
      }
      ppt.write(out);
      return out.toByteArray();
    }
  }

  /**
   * {@code pptx} with a PowerPoint 365 ("modern", threaded) comment and its reply on the given slide
   * (1-based), as PowerPoint writes them: a comments part related to the slide and an authors part.
   */
  static byte[] withModernComment(byte[] pptx, int slide, String comment, String reply) throws IOException {
    Map<String, String> text = new LinkedHashMap<>();
    Map<String, byte[]> binary = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(pptx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] b = in.readAllBytes();
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          text.put(e.getName(), new String(b, StandardCharsets.UTF_8));
        } else {
          binary.put(e.getName(), b);
        }
      }
    }
    String p188 = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:p188=\"http://schemas.microsoft.com/office/powerpoint/2018/8/main\"";
    String part = "modernComment_" + (255 + slide) + "_5D2A1C3B.xml";
    text.computeIfPresent("[Content_Types].xml", (k, v) -> v.replace("</Types>",
        "<Override ContentType=\"application/vnd.ms-powerpoint.comments+xml\" PartName=\"/ppt/comments/" + part + "\"/>"
            + "<Override ContentType=\"application/vnd.ms-powerpoint.authors+xml\" PartName=\"/ppt/authors.xml\"/></Types>"));
    text.computeIfPresent("ppt/slides/_rels/slide" + slide + ".xml.rels", (k, v) -> v.replace("</Relationships>",
        "<Relationship Id=\"rId90\" Target=\"../comments/" + part + "\" "
            + "Type=\"http://schemas.microsoft.com/office/2018/10/relationships/comments\"/></Relationships>"));
    text.computeIfPresent("ppt/_rels/presentation.xml.rels", (k, v) -> v.replace("</Relationships>",
        "<Relationship Id=\"rId91\" Target=\"authors.xml\" "
            + "Type=\"http://schemas.microsoft.com/office/2018/10/relationships/authors\"/></Relationships>"));
    text.put("ppt/authors.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><p188:authorLst " + p188 + ">"
        + "<p188:author id=\"{A1}\" name=\"Jelena Jovanović\" initials=\"JJ\" userId=\"Jelena\" providerId=\"None\"/>"
        + "<p188:author id=\"{A2}\" name=\"Марко Марковић\" initials=\"ММ\" userId=\"Marko\" providerId=\"None\"/>"
        + "</p188:authorLst>");
    text.put("ppt/comments/" + part, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><p188:cmLst " + p188 + ">"
        + "<p188:cm id=\"{C1}\" authorId=\"{A1}\" created=\"2023-03-01T10:00:00.000\"><p188:replyLst>"
        + "<p188:reply id=\"{R1}\" authorId=\"{A2}\" created=\"2023-03-01T11:00:00.000\"><p188:txBody><a:bodyPr/>"
        + "<a:p><a:r><a:t>" + reply + "</a:t></a:r></a:p></p188:txBody></p188:reply></p188:replyLst>"
        + "<p188:txBody><a:bodyPr/><a:p><a:r><a:t>" + comment + "</a:t></a:r></a:p></p188:txBody></p188:cm>"
        + "</p188:cmLst>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : text.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> e : binary.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static final String ODF_NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
      + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
      + "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" "
      + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
      + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
      + "office:version=\"1.2\"";

  /** An OpenDocument file of the given type (text, spreadsheet, presentation) and office:body content. */
  static byte[] odf(String kind, String body) throws IOException {
    String mime = "application/vnd.oasis.opendocument." + kind;
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mime + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>");
    parts.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ODF_NS
        + "><office:body><office:" + kind + ">" + body + "</office:" + kind + "></office:body></office:document-content>");
    // LibreOffice's order: the last editor (dc:creator) before the initial creator
    parts.put("meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + ODF_NS + "><office:meta>"
        + "<meta:generator>LibreOffice/7.3.7.2$Linux_X86_64</meta:generator><dc:title>Анекс уговора</dc:title>"
        + "<dc:creator>Đorđe Šćekić</dc:creator><meta:initial-creator>Petar Petrović</meta:initial-creator>"
        + "<meta:creation-date>2023-02-01T08:30:00</meta:creation-date><dc:date>2023-03-05T16:45:00</dc:date>"
        + "<meta:editing-cycles>9</meta:editing-cycles></office:meta></office:document-meta>");
    return zip(parts, mime);
  }

  private static byte[] zip(Map<String, String> parts, String odfMimetype) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      if (odfMimetype != null) {
        byte[] m = odfMimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry e = new ZipEntry("mimetype");
        e.setMethod(ZipEntry.STORED);
        e.setSize(m.length);
        CRC32 crc = new CRC32();
        crc.update(m);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(m);
        zip.closeEntry();
      }
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
