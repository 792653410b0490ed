package org.istraga.ingest.tika;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.AddressListField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.dom.field.UnstructuredField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.mailcommons.MailDateParser;
import org.apache.tika.parser.mailcommons.MailUtil;
import org.istraga.provenance.forensics.email.MailDates;

/**
 * The header fields of one message as Tika's metadata: {@code Message-From}, {@code Message-To},
 * {@code Message-Cc}, {@code Message-Bcc} (each mailbox of an address list, members of address
 * groups included: {@code Team: a@x, b@x;}), {@code dc:subject} and {@code dcterms:created}
 * (RFC 5322 dates, obsolete forms and named zones at their fixed offsets, {@code EST} always
 * -0500), the multipart type and boundary, S/MIME encryption, and every other field as {@code
 * Message:Raw-Header:*}. A field that does not parse is kept as written (or rethrown when
 * strict).
 *
 * <p>One instance per message, fed by {@link MessageContentHandler}; not thread-safe.
 */
final class MessageHeaders {

  /** Raw header key of the {@code Date} field, kept as written. */
  static final String RAW_DATE = Metadata.MESSAGE_RAW_HEADER_PREFIX + "Date";

  private final Metadata metadata;
  private final boolean strict;

  MessageHeaders(Metadata metadata, boolean strict) {
    this.metadata = metadata;
    this.strict = strict;
  }


  /** Records one header field of the message (not of a part) in the message's metadata. */
  void field(Field field) {
    try {
      ParsedField parsed = LenientFieldParser.getParser().parse(field, DecodeMonitor.SILENT);
      String name = field.getName().toLowerCase(Locale.ROOT);
      switch (name) {
        case "from" -> from(field, parsed);
        case "subject" -> {
          String subject = ((UnstructuredField) parsed).getValue();
          metadata.set(TikaCoreProperties.TITLE, subject);
          metadata.set(TikaCoreProperties.SUBJECT, subject);
          metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, subject + ".eml");
        }
        case "to" -> addresses(parsed, field, Metadata.MESSAGE_TO);
        case "cc" -> addresses(parsed, field, Metadata.MESSAGE_CC);
        case "bcc" -> addresses(parsed, field, Metadata.MESSAGE_BCC);
        case "reply-to" -> {
          metadata.add(Metadata.MESSAGE_RAW_HEADER_PREFIX + field.getName(), field.getBody());
          addresses(parsed, field, MessageParser.REPLY_TO);
        }
        case "content-type" -> {
          MediaType type = MediaType.parse(parsed.getBody());
          if (type != null && "multipart".equalsIgnoreCase(type.getType())) {
            metadata.set(Message.MULTIPART_SUBTYPE, type.getSubtype());
            metadata.set(Message.MULTIPART_BOUNDARY, type.getParameters().get("boundary"));
          } else {
            metadata.add(Metadata.MESSAGE_RAW_HEADER_PREFIX + parsed.getName(), field.getBody());
            if (isEnvelopedData(type)) {
              metadata.set(TikaCoreProperties.IS_ENCRYPTED, "true"); // the whole body is encrypted
              metadata.set(SignedDataParser.ENVELOPED, "true"); // for a recipient's key
            }
          }
        }
        case "date" -> {
          metadata.add(RAW_DATE, field.getBody());
          Date sent = date(field.getBody());
          if (sent != null && metadata.get(TikaCoreProperties.CREATED) == null) {
            metadata.set(TikaCoreProperties.CREATED, sent);
          }
        }
        default -> metadata.add(Metadata.MESSAGE_RAW_HEADER_PREFIX + parsed.getName(), field.getBody());
      }
    } catch (RuntimeException e) {
      if (strict) {
        throw e;
      }
      // a malformed field is kept as written
      metadata.add(Metadata.MESSAGE_RAW_HEADER_PREFIX + field.getName(), field.getBody());
    }
  }

  /** S/MIME encrypted content: {@code application/pkcs7-mime; smime-type=enveloped-data}. */
  static boolean isEnvelopedData(MediaType type) {
    if (type == null) {
      return false;
    }
    String sub = type.getSubtype().toLowerCase(Locale.ROOT);
    String smime = type.getParameters().get("smime-type");
    return "application".equalsIgnoreCase(type.getType())
        && (sub.equals("pkcs7-mime") || sub.equals("x-pkcs7-mime"))
        && smime != null && smime.toLowerCase(Locale.ROOT).contains("enveloped-data");
  }

  /** An RFC 5322 date (obsolete forms and named zones at their fixed offsets), else Tika's reading. */
  static Date date(String value) {
    OffsetDateTime strict = MailDates.parse(value);
    if (strict != null) {
      return Date.from(strict.toInstant());
    }
    try {
      return MailDateParser.parseDateLenient(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void from(Field field, ParsedField parsed) {
    MailboxListField from = (MailboxListField) parsed;
    if (from.isValidField() && from.getMailboxList() != null) {
      for (Mailbox m : from.getMailboxList()) {
        String shown = MessageParser.display(m);
        MailUtil.setPersonAndEmail(shown, Message.MESSAGE_FROM_NAME, Message.MESSAGE_FROM_EMAIL, metadata);
        metadata.add(Metadata.MESSAGE_FROM, shown);
        metadata.add(TikaCoreProperties.CREATOR, shown);
      }
      return;
    }
    String shown = DecoderUtil.decodeEncodedWords(field.getBody(), DecodeMonitor.SILENT).strip();
    MailUtil.setPersonAndEmail(shown, Message.MESSAGE_FROM_NAME, Message.MESSAGE_FROM_EMAIL, metadata);
    if (shown.startsWith("<") && shown.endsWith(">")) {
      shown = shown.substring(1, shown.length() - 1);
    }
    metadata.add(Metadata.MESSAGE_FROM, shown);
    metadata.add(TikaCoreProperties.CREATOR, shown);
  }

  /** Each mailbox of an address list, group members included; an empty group adds none. */
  private void addresses(ParsedField parsed, Field field, String key) {
    AddressListField list = (AddressListField) parsed;
    if (!list.isValidField() || list.getAddressList() == null) {
      metadata.add(Metadata.MESSAGE_RAW_HEADER_PREFIX + field.getName(), field.getBody());
      for (String each : DecoderUtil.decodeEncodedWords(field.getBody(), DecodeMonitor.SILENT).split(",")) {
        if (!each.isBlank()) {
          metadata.add(key, each.strip());
        }
      }
      return;
    }
    for (Address a : list.getAddressList()) {
      if (a instanceof Mailbox m) {
        metadata.add(key, MessageParser.display(m));
      } else if (a instanceof Group g) {
        metadata.add(Metadata.MESSAGE_RAW_HEADER_PREFIX + field.getName(), field.getBody());
        for (Mailbox m : g.getMailboxes()) {
          metadata.add(key, MessageParser.display(m));
        }
      }
    }
  }
}
