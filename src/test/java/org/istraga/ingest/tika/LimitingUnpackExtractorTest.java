package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

/**
 * What the unpacker hands to the parser of a child: container parsers (Outlook, Office, PST) give
 * some children as an empty stream whose content is an open container.
 */
class LimitingUnpackExtractorTest {

  /** Records, for each parse, the open container and the bytes it was given. */
  static class RecordingParser implements Parser {
    final List<Object> containers = new ArrayList<>();
    final List<byte[]> bytes = new ArrayList<>();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of(MediaType.OCTET_STREAM);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
        throws java.io.IOException {
      containers.add(stream instanceof TikaInputStream ? ((TikaInputStream) stream).getOpenContainer() : null);
      bytes.add(stream.readAllBytes());
    }
  }

  private static RecordingParser parseChild(InputStream child) throws Exception {
    RecordingParser parser = new RecordingParser();
    ParseContext ctx = new ParseContext();
    ctx.set(Parser.class, parser);
    ctx.set(ExpansionBudget.class, new ExpansionBudget(1_000_000, 100, 100_000_000));
    new LimitingUnpackExtractor(ctx, 10_000_000, 5).parseEmbedded(child, new BodyContentHandler(), new Metadata(), false);
    return parser;
  }

  @Test
  void anEmbeddedOle2StorageKeepsItsContainerAndGetsItsBytesWrittenOut() throws Exception {
    try (POIFSFileSystem outer = new POIFSFileSystem()) {
      DirectoryEntry attached = outer.getRoot().createDirectory("__substg1.0_3701000D");
      attached.createDocument("__substg1.0_0037001F", new ByteArrayInputStream(
          "P\u0000o\u0000n\u0000u\u0000d\u0000a\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
      TikaInputStream child = TikaInputStream.get(new byte[0]);
      child.setOpenContainer(attached);

      RecordingParser p = parseChild(child);
      assertEquals(1, p.containers.size());
      assertSame(attached, p.containers.get(0), "the parser still sees the open storage");
      byte[] written = p.bytes.get(0);
      assertTrue(written.length >= 512, "an OLE2 file, not zero bytes: " + written.length);
      try (POIFSFileSystem back = new POIFSFileSystem(new ByteArrayInputStream(written))) {
        assertTrue(back.getRoot().hasEntry("__substg1.0_0037001F"), "the storage's streams are in the written file");
      }
    }
  }

  @Test
  void anOpenContainerWithoutByteFormIsKeptAndTheStreamStaysEmpty() throws Exception {
    Object message = new Object(); // stands for a PST message record
    TikaInputStream child = TikaInputStream.get(new byte[0]);
    child.setOpenContainer(message);
    RecordingParser p = parseChild(child);
    assertSame(message, p.containers.get(0));
    assertEquals(0, p.bytes.get(0).length);
  }

  @Test
  void ordinaryChildrenPassThroughWithTheirBytes() throws Exception {
    RecordingParser p = parseChild(new ByteArrayInputStream("ugovor".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(null, p.containers.get(0));
    assertEquals("ugovor", new String(p.bytes.get(0), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aParserThatClosesItsStreamDoesNotCostTheChildItsStoredBytes() throws Exception {
    Parser closing = new RecordingParser() {
      @Override
      public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
          throws java.io.IOException {
        super.parse(stream, handler, metadata, context);
        stream.close(); // as mime4j and others do
      }
    };
    List<byte[]> stored = new ArrayList<>();
    ParseContext ctx = new ParseContext();
    ctx.set(Parser.class, closing);
    ctx.set(ExpansionBudget.class, new ExpansionBudget(1_000_000, 100, 100_000_000));
    ctx.set(org.apache.tika.extractor.EmbeddedDocumentBytesHandler.class,
        new org.apache.tika.extractor.EmbeddedDocumentBytesHandler() {
          @Override
          public void add(int id, Metadata metadata, InputStream bytes) throws java.io.IOException {
            stored.add(bytes.readAllBytes());
          }

          @Override
          public List<Integer> getIds() {
            return List.of();
          }

          @Override
          public void close() {}
        });
    Metadata m = new Metadata();
    m.set(org.apache.tika.metadata.TikaCoreProperties.EMBEDDED_ID, 1);
    new LimitingUnpackExtractor(ctx, 10_000_000, 5).parseEmbedded(
        new ByteArrayInputStream("From: a@b.rs\r\n\r\nponuda".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new BodyContentHandler(), m, false);
    assertEquals(1, stored.size(), "the child's bytes reached the store");
    assertEquals("From: a@b.rs\r\n\r\nponuda", new String(stored.get(0), java.nio.charset.StandardCharsets.UTF_8));
  }
}
