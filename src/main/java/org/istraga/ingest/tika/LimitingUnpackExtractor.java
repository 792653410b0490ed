package org.istraga.ingest.tika;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.RUnpackExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
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
  /** {@link #getDelegatingParser()}: made once per unpacker, used for every child. */
  private final Parser ownStreams;
  /** Metadata of the children being parsed, innermost last; its size is the current depth. */
  private final Deque<Metadata> open = new ArrayDeque<>();
  private long expanded;
  private boolean exhausted;

  public LimitingUnpackExtractor(ParseContext context, long maxBytes, int maxDepth) {
    super(context, maxBytes);
    this.context = context;
    this.maxDepth = maxDepth;
    this.ownStreams = ownStreams(super.getDelegatingParser());
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

  /**
   * Tika's delegating parser, given each child as its own stream over the child's spooled copy.
   * The unpacker spools a child to a temporary file, parses it, then keeps the file as the
   * child's bytes; a parser that closes the stream it is given (mime4j, under Tika's e-mail
   * parser, does) deleted that copy first, and the child was recorded without bytes. A stream
   * opened on the copy's path can be closed freely: the copy stays until the unpacker is done.
   */
  @Override
  public Parser getDelegatingParser() {
    return ownStreams;
  }

  /** Wraps {@code delegate} so that it parses a stream of its own over a spooled child. */
  private static Parser ownStreams(Parser delegate) {
    return new ParserDecorator(delegate) {
      private static final long serialVersionUID = 1L;

      @Override
      public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext ctx)
          throws IOException, SAXException, TikaException {
        TikaInputStream tis = TikaInputStream.cast(stream);
        if (tis == null || !tis.hasFile()) {
          delegate.parse(stream, handler, metadata, ctx);
          return;
        }
        try (TikaInputStream own = TikaInputStream.get(tis.getPath())) {
          if (tis.getOpenContainer() != null) {
            own.setOpenContainer(tis.getOpenContainer());
          }
          delegate.parse(own, handler, metadata, ctx);
        }
      }
    };
  }

  @Override
  public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (exhausted) {
      markContainer(BOMB, "true");
      return;
    }
    open.addLast(metadata);
    try (TemporaryResources tmp = new TemporaryResources()) {
      super.parseEmbedded(withContainer(stream, tmp), handler, metadata, outputHtml);
    } finally {
      open.removeLast();
    }
  }

  /**
   * The budgeted stream of a child, keeping what the container parser attached to it.
   *
   * <p>Some parsers hand over a child as an empty stream whose content is an <em>open
   * container</em>: Office and Outlook parsers an embedded OLE2 storage (an attached
   * {@code .msg}, a Word document embedded in a spreadsheet), the PST parser each message of the
   * mailbox. Wrapping the stream must not lose that container, or the child is parsed as zero
   * bytes and its text, metadata and attachments are lost. An OLE2 storage is also written out
   * as a standalone OLE2 file (as Tika's own extractor does), so that the child has real bytes
   * to hash, keep and export; a PST message has no byte form of its own (the ingest keeps a
   * rendering of it, see RecordAssembler).
   */
  private InputStream withContainer(InputStream stream, TemporaryResources tmp) throws IOException {
    Object container = stream instanceof TikaInputStream ? ((TikaInputStream) stream).getOpenContainer() : null;
    if (container == null) {
      return budgeted(stream);
    }
    InputStream bytes = stream;
    if (container instanceof DirectoryEntry) {
      Path file = tmp.createTempFile();
      try (POIFSFileSystem fs = new POIFSFileSystem()) {
        EntryUtils.copyNodes((DirectoryEntry) container, fs.getRoot());
        try (OutputStream out = Files.newOutputStream(file)) {
          fs.writeFilesystem(out);
        }
      }
      bytes = Files.newInputStream(file);
      tmp.addResource(bytes);
    }
    TikaInputStream kept = TikaInputStream.get(budgeted(bytes));
    kept.setOpenContainer(container);
    tmp.addResource(kept);
    return kept;
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
