package org.istraga.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.istraga.Json;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {

  @TempDir Path tmp;

  @Test
  void csvAndJsonlHaveOneRowPerDocumentWithTagsAndCitations() throws Exception {
    BundleFixture fx = new BundleFixture(tmp);
    List<DocumentRecord> all = CaseRecords.read(fx.caseDir).all();
    Path csv = tmp.resolve("all.csv");
    Cli.Result r = fx.export("--query", "*:*", "--format", "csv", "--out", csv.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFid,short_id,title,paths"), text.substring(0, 30));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text.substring(1))).getRecords();
    assertEquals(all.size(), rows.size());
    CSVRecord contract = rows.stream().filter(x -> x.get("id").equals(fx.contract.id)).findFirst().orElseThrow();
    assertEquals(fx.contract.title, contract.get("title"));
    assertEquals("objava", contract.get("tags"));
    assertEquals("1", contract.get("citations"));
    assertEquals("4", contract.get("pages"));

    Cli.Result j = fx.export("--tag", "objava", "--format", "jsonl", "--out", "-");
    assertEquals(ExitCode.OK, j.code(), j.toString());
    List<String> lines = j.out().lines().toList();
    assertEquals(2, lines.size(), j.out());
    for (String line : lines) {
      JsonNode n = Json.mapper().readTree(line);
      assertTrue(n.get("tags").isArray());
      assertEquals("objava", n.at("/tags/0").asText());
      assertTrue(n.get("paths").get(0).asText().endsWith(".pdf"));
    }
    Cli.Result again = fx.export("--query", "*:*", "--format", "csv", "--out", csv.toString());
    assertEquals(ExitCode.USAGE, again.code(), "an existing --out needs --force");
  }

  @Test
  void idsFileSelectsListedDocumentsAndRefusesUnknownOnes() throws Exception {
    BundleFixture fx = new BundleFixture(tmp);
    Path ids = tmp.resolve("ids.txt");
    Files.writeString(ids, "# chosen\n" + fx.contract.shortId() + "\n" + fx.summary.id + "  summary.pdf\n\n");
    Cli.Result r = fx.export("--ids", ids.toString(), "--format", "jsonl", "--out", "-");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals(2, r.out().lines().count());
    Files.writeString(ids, "f".repeat(64) + "\n");
    Cli.Result bad = fx.export("--ids", ids.toString(), "--format", "jsonl", "--out", "-");
    assertEquals(ExitCode.NOT_FOUND, bad.code(), bad.toString());

    // saved by a Windows program: a byte-order mark and CRLF line ends
    Files.write(ids, ("\uFEFF" + fx.contract.shortId() + "\r\n" + fx.summary.shortId() + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    Cli.Result windows = fx.export("--ids", ids.toString(), "--format", "jsonl", "--out", "-");
    assertEquals(ExitCode.OK, windows.code(), windows.toString());
    assertEquals(2, windows.out().lines().count());
    // an earlier CSV export, fed back: its id column is read, its header skipped
    Path csv = tmp.resolve("tagged.csv");
    assertEquals(ExitCode.OK, fx.export("--tag", "objava", "--format", "csv", "--out", csv.toString()).code());
    Cli.Result fromCsv = fx.export("--ids", csv.toString(), "--format", "jsonl", "--out", "-");
    assertEquals(ExitCode.OK, fromCsv.code(), fromCsv.toString());
    assertEquals(2, fromCsv.out().lines().count());
    // UTF-16 ("Unicode text" from a spreadsheet) is refused with what to do, not an internal error
    Files.write(ids, (fx.contract.shortId() + "\r\n").getBytes(StandardCharsets.UTF_16));
    Cli.Result utf16 = fx.export("--ids", ids.toString(), "--format", "jsonl", "--out", "-");
    assertEquals(ExitCode.USAGE, utf16.code(), utf16.toString());
    assertTrue(utf16.err().contains("is not UTF-8 text"), utf16.err());
    assertEquals(1, utf16.err().strip().lines().count(), utf16.err());
  }

  @Test
  void formulaCellsAreNeutralized() {
    assertEquals("'=HYPERLINK(\"x\")", CsvRowWriter.neutralize("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", CsvRowWriter.neutralize("@SUM(A1)"));
    assertEquals("Ugovor", CsvRowWriter.neutralize("Ugovor"));
  }
}
