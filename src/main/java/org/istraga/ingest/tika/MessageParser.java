package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.mail.RFC822Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's RFC 822 e-mail parser, keeping the name a container gave a message (a ZIP entry name, an
 * attachment file name). Tika names every message after its subject ({@code subject.eml}), which
 * replaced {@code 0001.eml} in a ZIP with its subject and gave two messages with one subject one
 * path. A message without a name (mbox messages, forwarded messages without a file name) keeps
 * the subject name, with {@code /} and {@code \} in the subject replaced by {@code _} so that the
 * name cannot pose as a folder.
 *
 * <p>Attachment names written as raw UTF-8 in the MIME headers, which mime4j drops, are handed to
 * it as encoded words ({@link RawHeaderParameters}).
 *
 * <p>Mime4j closes its input when a message ends; for an embedded message that no longer costs
 * the message its stored bytes, because the unpacker gives every child's parser a stream of its
 * own ({@link LimitingUnpackExtractor#getDelegatingParser()}).
 *
 * <p>Stateless and thread-safe, as the parser it wraps.
 */
public final class MessageParser extends ParserDecorator {

  private static final long serialVersionUID = 1L;

  /** Longest line and header block mime4j accepts, as in Tika's parser. */
  private static final int MAX_LINE = 100_000;

  public MessageParser() {
    super(new RFC822Parser());
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    String given = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    try {
      read(new RawHeaderParameters(stream), handler, metadata, context);
    } finally {
      String named = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      if (given != null && !given.isBlank()) {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, given);
      } else if (named != null) {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, named.replace('/', '_').replace('\\', '_'));
      }
    }
  }

  private static void read(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    MimeConfig config = context.get(MimeConfig.class,
        new MimeConfig.Builder().setMaxLineLen(MAX_LINE).setMaxHeaderLen(MAX_LINE).build());
    MimeStreamParser parser = new MimeStreamParser(config, null, new DefaultBodyDescriptorBuilder());
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    parser.setContentHandler(new MessageContentHandler(xhtml, metadata, context, config.isStrictParsing()));
    parser.setContentDecoding(true);
    parser.setNoRecurse();
    TikaInputStream in = TikaInputStream.get(stream);
    in.mark(1);
    if (in.read() < 0) {
      throw new ZeroByteFileException("the e-mail message is empty");
    }
    in.reset();
    xhtml.startDocument();
    try {
      parser.parse(in);
    } catch (IOException e) {
      in.throwIfCauseOf(e);
      throw new TikaException("Failed to parse an email message", e);
    } catch (MimeException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TikaException t) {
        throw t;
      }
      if (cause instanceof SAXException s) {
        throw s;
      }
      throw new TikaException("Failed to parse an email message", e);
    }
    xhtml.endDocument();
  }
}
