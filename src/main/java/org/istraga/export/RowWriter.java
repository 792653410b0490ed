package org.istraga.export;

import java.io.IOException;

/** Writes export rows to a stream, one at a time; nothing is held between rows. Not thread-safe. */
public interface RowWriter extends AutoCloseable {

  /** Writes one row. */
  void write(ExportRow row) throws IOException;

  /** Flushes; the underlying stream is closed by its owner. */
  @Override
  void close() throws IOException;
}
