package org.istraga.ingest.tika;

import java.io.IOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Something Istraga adds to a Tika parser's output by reading the file a second time (Word field
 * codes, Excel header codes, an Outlook plain body): a handler that wraps the parser's one. When
 * that reading fails (a damaged or encrypted file), the parse goes on with the handler as it was
 * and a warning in the metadata: Tika's own parse reports what is wrong with the file.
 */
@FunctionalInterface
interface HandlerAddition {

  /** The handler to give the parser; may be {@code handler} itself when there is nothing to add. */
  ContentHandler wrap(ContentHandler handler) throws IOException;

  /**
   * {@code addition}'s handler over {@code handler}, or {@code handler} with the warning {@code
   * notDone} (and the cause) in {@code metadata} when the addition fails.
   */
  static ContentHandler orAsIs(ContentHandler handler, Metadata metadata, String notDone,
      HandlerAddition addition) {
    try {
      return addition.wrap(handler);
    } catch (IOException | RuntimeException e) {
      metadata.add(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING, notDone + ": " + e);
      return handler;
    }
  }
}
