package org.istraga.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.istraga.Json;

/** JSON Lines rows: one JSON object per line (UTF-8, {@code \n}), lists as arrays, nulls left out. */
public final class JsonlRowWriter implements RowWriter {

  private final OutputStream out;
  private final ObjectWriter writer = Json.mapper().writerFor(ExportRow.class);

  public JsonlRowWriter(OutputStream out) {
    this.out = new BufferedOutputStream(out, 1 << 16);
  }

  @Override
  public void write(ExportRow row) throws IOException {
    out.write(writer.writeValueAsBytes(row));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
