package org.istraga.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.istraga.testing.Evidence;
import org.istraga.testing.TextPdfs;

/**
 * Writes the documents of a judged query set ({@code journalist-documents.json}, {@code
 * numbers-documents.json}) into a folder as the files a leak would hold: each entry names its
 * {@code file} and {@code format} ({@code txt}, {@code pdf} with {@code pages}, {@code docx} with
 * {@code author} and {@code paragraphs}, {@code xlsx} with {@code sheet} and {@code rows}, {@code
 * eml} with headers and {@code body}). The same entry gives the same bytes every time.
 */
final class JudgedDocuments {

  private JudgedDocuments() {}

  /**
   * Writes every document of {@code resource} under {@code folder}; {@code messageId} is the
   * Message-ID of the e-mails.
   */
  static void write(String resource, Path folder, String messageId) throws IOException {
    JsonNode docs;
    try (InputStream in = JudgedDocuments.class.getResourceAsStream(resource)) {
      docs = new ObjectMapper().readTree(in).get("documents");
    }
    for (JsonNode d : docs) {
      Path file = folder.resolve(d.get("file").asText());
      switch (d.get("format").asText()) {
        case "txt" -> Evidence.write(file, d.get("text").asText());
        case "pdf" -> Evidence.write(file, TextPdfs.of(strings(d.get("pages"))));
        case "docx" -> Evidence.write(file, Evidence.docx(d.get("author").asText(), d.get("author").asText(),
            strings(d.get("paragraphs")).toArray(String[]::new)));
        case "xlsx" -> Evidence.write(file, xlsx(d.get("sheet").asText(), d.get("rows")));
        case "eml" -> Evidence.write(file, eml(d, messageId));
        default -> throw new IllegalStateException("unknown format in " + d);
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * A workbook of one sheet: a string cell as text, {@code {"n": 1200000, "fmt": "#,##0.00"}} a
   * number and {@code {"date": "2019-03-29", "fmt": "dd.mm.yyyy"}} a date, each with its display
   * format, as accounting exports hold them.
   */
  private static byte[] xlsx(String sheetName, JsonNode rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet(sheetName);
      for (int i = 0; i < rows.size(); i++) {
        XSSFRow row = sheet.createRow(i);
        JsonNode cells = rows.get(i);
        for (int c = 0; c < cells.size(); c++) {
          JsonNode v = cells.get(c);
          XSSFCell cell = row.createCell(c);
          if (v.isTextual()) {
            cell.setCellValue(v.asText());
            continue;
          }
          if (v.has("date")) {
            cell.setCellValue(LocalDate.parse(v.get("date").asText()));
          } else {
            cell.setCellValue(v.get("n").asDouble());
          }
          XSSFCellStyle style = wb.createCellStyle();
          style.setDataFormat(wb.createDataFormat().getFormat(v.get("fmt").asText()));
          cell.setCellStyle(style);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] eml(JsonNode d, String messageId) {
    String mail = "From: " + d.get("from").asText() + "\r\n"
        + "To: " + d.get("to").asText() + "\r\n"
        + "Subject: " + d.get("subject").asText() + "\r\n"
        + "Date: " + d.get("date").asText() + "\r\n"
        + "Message-ID: <" + messageId + ">\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + d.get("body").asText().replace("\n", "\r\n") + "\r\n";
    return mail.getBytes(StandardCharsets.UTF_8);
  }
}
