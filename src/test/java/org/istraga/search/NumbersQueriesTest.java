package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.istraga.cli.ExitCode;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.istraga.testing.TextPdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out numbers audit: what journalists type when they chase procurement money and
 * paperwork (amounts in every notation, with currency codes, symbols and words, percentages,
 * contract and case numbers, PIB and MB, dates, accounts, IBANs, phones, e-mail addresses),
 * judged by hand in {@code search/numbers-queries.json} over the invented passages of {@code
 * search/numbers-documents.json} (PDF pages, DOCX, XLSX, e-mail, text), all written before any
 * query was run on them. Each judgment is checked like {@link JournalistQueriesTest}'s (a
 * judgment a known limit still breaks carries a {@code limit} mark and must stay broken), and the
 * set is scored: the number of queries that keep every judgment must not fall below what the
 * audit reached (src/test/resources/search/MEASUREMENTS.md, "Numbers audit").
 */
class NumbersQueriesTest {

  /**
   * Queries of the 74 that keep every judgment after the audit's fixes (52 before them, 67 with
   * the query-side rules, 71 once the money extractor read a spreadsheet's column headed {@code
   * Iznos (RSD)}); the 3 others carry a {@code limit} mark, all index-side causes
   * (MEASUREMENTS.md).
   */
  private static final int KEPT_AT_LEAST = 71;

  @TempDir static Path tmp;
  static String caseDir;

  @BeforeAll
  static void ingest() throws IOException {
    Path leak = tmp.resolve("leak");
    JsonNode docs;
    try (InputStream in = NumbersQueriesTest.class.getResourceAsStream("/search/numbers-documents.json")) {
      docs = new ObjectMapper().readTree(in).get("documents");
    }
    for (JsonNode d : docs) {
      Path file = leak.resolve(d.get("file").asText());
      switch (d.get("format").asText()) {
        case "txt" -> Evidence.write(file, d.get("text").asText());
        case "pdf" -> Evidence.write(file, TextPdfs.of(strings(d.get("pages"))));
        case "docx" -> Evidence.write(file, Evidence.docx(d.get("author").asText(), d.get("author").asText(),
            strings(d.get("paragraphs")).toArray(String[]::new)));
        case "xlsx" -> Evidence.write(file, xlsx(d.get("sheet").asText(), d.get("rows")));
        case "eml" -> Evidence.write(file, eml(d));
        default -> throw new IllegalStateException("unknown format in " + d);
      }
    }
    caseDir = tmp.resolve("case").toString();
    Cli.Result r = Cli.run("ingest", "--case", caseDir, "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }

  @TestFactory
  Stream<DynamicTest> everyJudgedNumberQueryFindsWhatItMustAndNothingItMustNot() {
    JournalistQueries judged = JournalistQueries.load("/search/numbers-queries.json");
    assertTrue(judged.judgments().size() >= 60, "at least 60 judged queries");
    return judged.judgments().stream().map(j -> DynamicTest.dynamicTest(j.query(), () ->
        JournalistQueries.assertJudged(j, JournalistQueries.search(caseDir, j.query()))));
  }

  /** The score of the held-out set, with every broken judgment printed (the audit's record). */
  @Test
  void theSetKeepsAtLeastWhatTheAuditReached() throws IOException {
    JournalistQueries judged = JournalistQueries.load("/search/numbers-queries.json");
    int kept = 0;
    List<String> broken = new ArrayList<>();
    for (JournalistQueries.Judgment j : judged.judgments()) {
      List<String> wrong = JournalistQueries.check(j, JournalistQueries.search(caseDir, j.query()));
      if (wrong.isEmpty()) {
        kept++;
      } else {
        broken.add(j.query() + " → " + wrong);
      }
    }
    System.out.println("numbers audit: " + kept + " of " + judged.judgments().size() + " keep every judgment");
    broken.forEach(b -> System.out.println("  broken: " + b));
    assertTrue(kept >= KEPT_AT_LEAST, kept + " of " + judged.judgments().size() + " keep every judgment, fewer than "
        + KEPT_AT_LEAST + ": " + broken);
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

  private static byte[] eml(JsonNode d) {
    String mail = "From: " + d.get("from").asText() + "\r\n"
        + "To: " + d.get("to").asText() + "\r\n"
        + "Subject: " + d.get("subject").asText() + "\r\n"
        + "Date: " + d.get("date").asText() + "\r\n"
        + "Message-ID: <numbers-1@tehnosistemi.example>\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + d.get("body").asText().replace("\n", "\r\n") + "\r\n";
    return mail.getBytes(StandardCharsets.UTF_8);
  }
}
