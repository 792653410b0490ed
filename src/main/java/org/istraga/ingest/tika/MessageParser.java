package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.mail.RFC822Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's RFC 822 e-mail parser with two corrections for messages that are embedded children (in a
 * ZIP, an mbox, or forwarded as an attachment):
 *
 * <ul>
 *   <li>The parser never closes the stream it is given. Mime4j closes its input when the message
 *       ends; for an embedded message that input is the unpacker's temporary copy of the
 *       message's bytes, which closing deletes before they are handed to the spool, so the message
 *       was recorded without its bytes ("bytes of this embedded item could not be extracted").
 *   <li>A name the container gave the message (a ZIP entry name, an attachment file name) is kept.
 *       Tika names every message after its subject ({@code subject.eml}), which replaced
 *       {@code 0001.eml} in a ZIP with its subject and gave two messages with one subject one
 *       path. A message without a name (mbox messages, forwarded messages without a file name)
 *       keeps the subject name, with {@code /} and {@code \} in the subject replaced by {@code _}
 *       so that the name cannot pose as a folder.
 * </ul>
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
      super.parse(CloseShieldInputStream.wrap(stream), handler, metadata, context);
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
