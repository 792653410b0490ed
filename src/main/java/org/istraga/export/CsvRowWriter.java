package org.istraga.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV rows (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed), UTF-8 with a
 * byte-order mark so spreadsheet programs read Cyrillic correctly, a header row of {@link
 * ExportRow#COLUMNS}. Lists are joined with {@code " | "}.
 *
 * <p>Leaked documents are adversarial: a cell that begins with {@code = + - @}, a tab or a
 * carriage return would run as a formula in a spreadsheet, so such a cell is prefixed with an
 * apostrophe (the OWASP advice). docs/findings.md says so; {@code --format jsonl} keeps every
 * value as it is.
 */
public final class CsvRowWriter implements RowWriter {

  private final Writer writer;
  private final CSVPrinter printer;

  public CsvRowWriter(OutputStream out) throws IOException {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(ExportRow.COLUMNS.toArray(new String[0])).get());
  }

  @Override
  public void write(ExportRow row) throws IOException {
    List<String> cells = row.cells();
    List<String> safe = new ArrayList<>(cells.size());
    for (String c : cells) {
      safe.add(neutralize(c));
    }
    printer.printRecord(safe);
  }

  /** Prefixes a cell that a spreadsheet would evaluate as a formula. */
  static String neutralize(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      return "'" + cell;
    }
    return cell;
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
