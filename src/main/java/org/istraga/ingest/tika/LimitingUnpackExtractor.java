package org.istraga.ingest.tika;

import java.io.FilterInputStream;
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
 * Tika's recursive unpacker with two guards, both enforced while bytes are read:
 *
 * <ul>
 *   <li>Nesting depth: children deeper than {@code maxDepth} are neither parsed nor spooled; the
 *       container at the limit records their count in {@link #SKIPPED_TOO_DEEP} (status
 *       {@code too-deep}). Self-containing archives ({@code droste.zip}, {@code quine.gz}) stop
 *       here.
 *   <li>Expansion: all children of one file together may expand to at most {@link
 *       ExpansionBudget#limit()} bytes; reading past it fails with a "suspected archive bomb"
 *       error (status {@code bomb}) and no further child is unpacked.
 * </ul>
 *
 * <p>One instance serves one top-level parse; it is not thread-safe.
 */
public class LimitingUnpackExtractor extends RUnpackExtractor {

  /** Metadata key on a document whose children were cut by the depth limit: their count. */
  public static final String SKIPPED_TOO_DEEP = "istraga:children_skipped_too_deep";
  /** Metadata key on a container whose unpacking the expansion budget stopped. */
  public static final String BOMB = "istraga:archive_bomb";
  /** Start of the message of the error raised when the budget is exceeded. */
  public static final String BOMB_MESSAGE = "Suspected archive bomb";

  private final int maxDepth;
  private final ParseContext context;
  /** Metadata of the children being parsed, innermost last; its size is the current depth. */
  private final Deque<Metadata> open = new ArrayDeque<>();
  private long expanded;
  private boolean exhausted;

  public LimitingUnpackExtractor(ParseContext context, long maxBytes, int maxDepth) {
    super(context, maxBytes);
    this.context = context;
    this.maxDepth = maxDepth;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (exhausted) {
      markContainer(BOMB, "true");
      return false;
    }
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
    if (exhausted) {
      markContainer(BOMB, "true");
      return;
    }
    open.addLast(metadata);
    try {
      super.parseEmbedded(budgeted(stream), handler, metadata, outputHtml);
    } finally {
      open.removeLast();
    }
  }

  private void markContainer(String key, String value) {
    Metadata container = open.peekLast();
    if (container != null) {
      container.set(key, value);
    }
  }

  private InputStream budgeted(InputStream in) {
    ExpansionBudget budget = context.get(ExpansionBudget.class);
    if (budget == null) {
      return in;
    }
    long limit = budget.limit();
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(long n) throws IOException {
        expanded += n;
        if (expanded > limit) {
          exhausted = true;
          markContainer(BOMB, "true");
          throw new IOException(BOMB_MESSAGE + ": embedded items expanded to more than " + limit
              + " bytes from a file of " + budget.fileSize() + " bytes");
        }
      }
    };
  }
}
