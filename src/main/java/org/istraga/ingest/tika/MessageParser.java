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
 * <p>The text, addresses and attachments are read by {@link MessageContentHandler}. An Apple Mail
 * {@code .emlx} file is read up to the length its first line gives, without its trailing property
 * list.
 *
 * <p>Mime4j closes its input when a message ends; for an embedded message that no longer costs
 * the message its stored bytes, because the unpacker gives every child's parser a stream of its
 * own ({@link LimitingUnpackExtractor#getDelegatingParser()}).
 *
 * <p>Tika's RFC 822 parser is kept as the decorated parser only for its list of types; parsing is
 * done here, with mime4j and {@link MessageContentHandler}, not by it. A message without a usable
 * {@code Date} is dated by its first {@code Received} hop ({@link #DATE_SOURCE}).
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageParser extends ParserDecorator {

  private static final long serialVersionUID = 1L;

  /** Metadata key: {@code received} when the message's date is its first Received time. */
  public static final String DATE_SOURCE = "istraga:date_source";

  /** Addresses of the {@code Reply-To} header, decoded like the recipients (one value each). */
  public static final String REPLY_TO = "Message-Reply-To";

  /**
   * A mailbox as Istraga records senders and recipients: {@code Name <address>} with the name's
   * encoded words decoded, or the bare address when it has no name.
   */
  public static String display(org.apache.james.mime4j.dom.address.Mailbox m) {
    String name = m.getName();
    if (name == null || name.isBlank()) {
      return m.getAddress();
    }
    return org.apache.james.mime4j.codec.DecoderUtil.decodeEncodedWords(name,
        org.apache.james.mime4j.codec.DecodeMonitor.SILENT) + " <" + m.getAddress() + ">";
  }
  private static final org.apache.tika.mime.MediaType EMLX = org.apache.tika.mime.MediaType.parse("message/x-emlx");
  /** Bytes read to find an {@code .emlx} length line. */
  private static final int EMLX_HEAD = 32;

  public MessageParser() {
    super(new RFC822Parser());
  }

  /** Tika's mail types, and Apple Mail's {@code message/x-emlx}, which Tika detects but does not parse. */
  @Override
  public java.util.Set<org.apache.tika.mime.MediaType> getSupportedTypes(ParseContext context) {
    java.util.Set<org.apache.tika.mime.MediaType> types = new java.util.HashSet<>(super.getSupportedTypes(context));
    types.add(EMLX);
    return types;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    String given = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    try {
      read(new RawHeaderParameters(emlxMessage(TikaInputStream.get(stream))), handler, metadata, context);
    } finally {
      dateFromReceived(metadata);
      String named = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      if (given != null && !given.isBlank()) {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, given);
      } else if (named != null) {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, named.replace('/', '_').replace('\\', '_'));
      }
    }
  }

  /**
   * A message without a usable {@code Date} header is dated by the first server that received it:
   * the time in the lowest {@code Received} header (the first hop), with {@link #DATE_SOURCE}
   * {@code received} so the date is not taken for the sender's.
   */
  static void dateFromReceived(Metadata metadata) {
    if (metadata.get(TikaCoreProperties.CREATED) != null) {
      return;
    }
    String[] received = metadata.getValues(Metadata.MESSAGE_RAW_HEADER_PREFIX + "Received");
    for (int i = received.length - 1; i >= 0; i--) {
      int semicolon = received[i].lastIndexOf(';');
      java.time.OffsetDateTime at = semicolon < 0 ? null
          : org.istraga.provenance.forensics.email.MailDates.parse(received[i].substring(semicolon + 1));
      if (at != null) {
        metadata.set(TikaCoreProperties.CREATED, java.util.Date.from(at.toInstant()));
        metadata.set(DATE_SOURCE, "received");
        return;
      }
    }
  }

  /**
   * The message of an Apple Mail {@code .emlx} file: the file starts with a line holding the
   * message's length in bytes, then the message, then an XML property list (flags, dates) that is
   * no part of it and was read as body text. Any other message is returned as it is.
   */
  static InputStream emlxMessage(TikaInputStream in) throws IOException {
    in.mark(EMLX_HEAD);
    byte[] head = in.readNBytes(EMLX_HEAD);
    in.reset();
    int digits = 0;
    while (digits < head.length && head[digits] >= '0' && head[digits] <= '9') {
      digits++;
    }
    int eol = digits;
    while (eol < head.length && (head[eol] == ' ' || head[eol] == '\t' || head[eol] == '\r')) {
      eol++;
    }
    if (digits == 0 || digits > 12 || eol >= head.length || head[eol] != '\n') {
      return in;
    }
    long length = Long.parseLong(new String(head, 0, digits, java.nio.charset.StandardCharsets.US_ASCII));
    in.skipNBytes(eol + 1);
    return org.apache.commons.io.input.BoundedInputStream.builder().setInputStream(in).setMaxCount(length)
        .setPropagateClose(true).get();
  }

  private static void read(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    // no limit on line length, header length or header count (mime4j's are 1,000 fields and, in
    // Tika, 100,000 bytes): a message past one of them failed whole, its body and its sender
    // lost, for one hostile or broken header line. What a message holds is bounded by its file's
    // size and the parser's heap (status out-of-memory beyond it).
    MimeConfig config = context.get(MimeConfig.class,
        new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).build());
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
