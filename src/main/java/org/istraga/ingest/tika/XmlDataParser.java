package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.xml.DcXMLParser;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.TaggedContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads generic XML ({@code application/xml}, and SVG as Tika's XML parser does), in place of
 * Tika's DcXMLParser, whose Dublin Core metadata ({@code dc:title}, {@code dc:creator}...) it
 * still reads: each element's text is a field of its own and amounts written with their
 * currency as an attribute or a sibling element are marked ({@link XmlDataHandler}), so that
 * e-invoices (UBL), payment files (ISO 20022), procurement notices (eForms) and OCDS releases
 * yield money mentions with their currency, and the value of one element never joins the next.
 *
 * <p>XML formats Tika knows by a more specific type (Office, OpenDocument, RSS, FictionBook...)
 * keep their own parsers. The XML is read with Tika's hardened SAX parser ({@link
 * XMLReaderUtils}): no DTD loading, no external entities, entity expansion capped. Streaming:
 * memory stays bounded whatever the file's size (see {@link XmlDataHandler}). A malformed
 * document keeps the text read before the error and fails with a {@link TikaException}, as
 * with Tika's parser. Stateless and thread-safe.
 */
public class XmlDataParser extends DcXMLParser {

  private static final long serialVersionUID = 1L;

  private static final Set<MediaType> TYPES =
      Set.of(MediaType.application("xml"), MediaType.image("svg+xml"));

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    TaggedContentHandler tagged = new TaggedContentHandler(handler);
    XHTMLContentHandler xhtml = new XHTMLContentHandler(tagged, metadata);
    xhtml.startDocument();
    XmlDataHandler data = new XmlDataHandler(xhtml, attachments(xhtml, metadata, context));
    try {
      // Tika's Dublin Core handlers fill the metadata; their text output is dropped
      ContentHandler dc = super.getContentHandler(new DefaultHandler(), metadata, context);
      XMLReaderUtils.parseSAX(CloseShieldInputStream.wrap(stream),
          new EmbeddedContentHandler(new TeeContentHandler(data, dc)), context);
    } catch (SAXException e) {
      tagged.throwIfCauseOf(e);
      TikaException failure = new TikaException("XML parse error", e);
      try {
        data.endDocument(); // the text read before the error, closed
        xhtml.endDocument();
      } catch (SAXException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
    data.endDocument();
    xhtml.endDocument();
  }

  /**
   * Files carried inside the XML as base64 become children of the document, through the parse's
   * embedded-document extractor (Istraga's unpacker: spooled, hashed, depth and bomb limits), as
   * attachments named by their {@code filename} attribute. Their declared type is not passed on:
   * detection reads the bytes. One the extractor refuses, or that fails to parse, is recorded on
   * the XML document as Tika records a failed attachment, and the parse goes on.
   */
  private static XmlDataHandler.Attachments attachments(XHTMLContentHandler xhtml, Metadata parent,
      ParseContext context) {
    EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
    return new XmlDataHandler.Attachments() {
      @Override
      public void attach(byte[] bytes, String filename) throws SAXException {
        Metadata child = new Metadata();
        if (filename != null) {
          child.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        child.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE,
            TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString());
        if (!extractor.shouldParseEmbedded(child)) {
          return;
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
          extractor.parseEmbedded(in, xhtml, child, true);
        } catch (IOException e) {
          EmbeddedDocumentUtil.recordEmbeddedStreamException(e, parent);
        }
      }

      @Override
      public void skipped() {
        String prev = parent.get(XmlDataHandler.SKIPPED_BINARY_OBJECTS);
        parent.set(XmlDataHandler.SKIPPED_BINARY_OBJECTS,
            Integer.toString(prev == null ? 1 : Integer.parseInt(prev) + 1));
      }
    };
  }
}
