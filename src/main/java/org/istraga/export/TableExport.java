package org.istraga.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.lucene.search.Query;
import org.istraga.cases.Case;
import org.istraga.findings.Findings;
import org.istraga.findings.FindingsJournal;
import org.istraga.findings.QueryIds;
import org.istraga.index.CaseIndex;

/**
 * CSV and JSON Lines export: one row per selected document, streamed in index order.
 *
 * <p>Cost: one pass over the matches; per row, one stored-source read (the text is not loaded)
 * and O(1) findings lookups. Memory is bounded: nothing is held between rows except the findings
 * snapshot (tags, notes and citations of the case), whatever the number of rows.
 */
public final class TableExport {

  /** CSV or JSON Lines. */
  public enum Format { CSV, JSONL }

  private final Case kase;

  public TableExport(Case kase) {
    this.kase = kase;
  }

  /**
   * Writes the rows of every selected document to {@code out} (not closed).
   *
   * @return the number of rows written
   */
  public long export(Selection selection, Format format, OutputStream out) throws IOException {
    Findings findings = new FindingsJournal(kase.layout()).read();
    try (CaseIndex index = CaseIndex.openReader(kase); CaseIndex.Handle h = index.searcher()) {
      Query q = selection.toQuery(index, findings);
      RecordSource records = new RecordSource(h);
      long[] rows = {0};
      try (RowWriter w = format == Format.CSV ? new CsvRowWriter(out) : new JsonlRowWriter(out)) {
        QueryIds.forEach(h, q, (doc, id) -> {
          w.write(ExportRow.of(records.metadata(doc), findings));
          rows[0]++;
        });
      }
      return rows[0];
    }
  }
}
