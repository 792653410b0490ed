package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
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

  public MessageParser() {
    super(new RFC822Parser());
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    String given = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    try {
      super.parse(new RawHeaderParameters(stream), handler, metadata, context);
    } finally {
      String named = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      if (given != null && !given.isBlank()) {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, given);
      } else if (named != null) {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, named.replace('/', '_').replace('\\', '_'));
      }
    }
  }
}
