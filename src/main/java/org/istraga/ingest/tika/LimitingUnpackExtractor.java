package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.tika.extractor.RUnpackExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's recursive unpacker with a nesting-depth limit: children deeper than {@code maxDepth} are
 * neither parsed nor spooled. The container at the limit records how many children it did not
 * unpack in {@link #SKIPPED_TOO_DEEP}, which the ingest turns into the status {@code too-deep}.
 * Self-containing archives ({@code droste.zip}, {@code quine.gz}) stop here.
 *
 * <p>One instance serves one top-level parse; it is not thread-safe.
 */
public class LimitingUnpackExtractor extends RUnpackExtractor {

  /** Metadata key on a document whose children were cut by the depth limit: their count. */
  public static final String SKIPPED_TOO_DEEP = "istraga:children_skipped_too_deep";

  private final int maxDepth;
  /** Metadata of the children being parsed, innermost last; its size is the current depth. */
  private final Deque<Metadata> open = new ArrayDeque<>();

  public LimitingUnpackExtractor(ParseContext context, long maxBytes, int maxDepth) {
    super(context, maxBytes);
    this.maxDepth = maxDepth;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (open.size() >= maxDepth) {
      Metadata container = open.peekLast();
      if (container != null) {
        String prev = container.get(SKIPPED_TOO_DEEP);
        int n = prev == null ? 0 : Integer.parseInt(prev);
        container.set(SKIPPED_TOO_DEEP, Integer.toString(n + 1));
      }
      return false;
    }
    return super.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    open.addLast(metadata);
    try {
      super.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      open.removeLast();
    }
  }
}
