package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tika's type detection, corrected for e-mail messages and mailboxes whose body is HTML.
 *
 * <p>Tika's magic gives HTML (priority 60) precedence over its looser e-mail rule (priority 45), so
 * a message that starts with a {@code Received:} or an {@code Authentication-Results:} header and
 * carries an HTML body is read as a web page: its sender, recipients, date and attachments are
 * lost and its headers become text. The same happens to an mbox mailbox whose first message has
 * no {@code From:}/{@code Date:} header near the top. This detector asks Tika first and, only when
 * Tika answers plain text, HTML or unknown bytes, looks at the start of the file:
 * <ul>
 *   <li>an RFC 5322 header block (every line up to the first empty line a {@code Name: value}
 *       field or a folded continuation, at least two well-known mail fields among them, one of
 *       them a sender or transport field: {@code From}, {@code Sender}, {@code Received},
 *       {@code Return-Path}, {@code Message-ID}, {@code Delivered-To}) is {@code message/rfc822};
 *   <li>an mbox separator line ({@code From sender Tue Mar 14 09:15:00 2023}) followed by such a
 *       header block (here any well-formed fields will do) is {@code application/mbox}.
 * </ul>
 * Tika's magic also takes a mailbox for a single message when its first message carries a header
 * its message rule knows near the top ({@code DKIM-Signature}, {@code X-Mailer}...); a file that
 * starts with an mbox separator line and a header block is a mailbox whatever Tika answered.
 * An HTTP response, a CSV or a text that happens to start with {@code Date:} is not taken for a
 * message (no sender or transport field, or a line that is not a header field).
 *
 * <p>Cost: Tika's detection plus one scan of at most {@link #READ_LIMIT} bytes. Thread-safe.
 */
public final class MailHeaderDetector implements Detector {

  private static final long serialVersionUID = 1L;
  /** Bytes of the file's start examined (header blocks of relayed mail reach several KB). */
  static final int READ_LIMIT = 32 * 1024;
  /** Fields a header block of a message ends with in this many bytes when it is cut by the limit. */
  private static final int MIN_FIELDS_UNTERMINATED = 5;

  private static final MediaType RFC822 = MediaType.parse("message/rfc822");
  private static final MediaType MBOX = MediaType.application("mbox");
  private static final Set<MediaType> OVERRIDABLE = Set.of(
      MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.application("xhtml+xml"), MediaType.OCTET_STREAM);
  private static final Set<String> MAIL_FIELDS = Set.of(
      "from", "sender", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id", "in-reply-to",
      "references", "received", "return-path", "delivered-to", "mime-version", "content-type",
      "content-transfer-encoding", "x-mailer", "user-agent", "thread-topic", "thread-index",
      "dkim-signature", "authentication-results", "x-originating-ip", "importance", "x-priority");
  private static final Set<String> SENDER_OR_TRANSPORT = Set.of(
      "from", "sender", "received", "return-path", "message-id", "delivered-to");
  /** RFC 5322 field name: printable ASCII except colon, then the colon. */
  private static final Pattern FIELD = Pattern.compile("[!-9;-~]+:.*", Pattern.DOTALL);

  private final Detector tika;

  /** Tika's default detector, corrected. */
  public MailHeaderDetector() {
    this(new DefaultDetector());
  }

  MailHeaderDetector(Detector tika) {
    this.tika = tika;
  }

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    MediaType type = tika.detect(input, metadata);
    boolean message = RFC822.equals(type.getBaseType());
    if (input == null || !OVERRIDABLE.contains(type.getBaseType()) && !message) {
      return type;
    }
    input.mark(READ_LIMIT);
    byte[] head;
    try {
      head = input.readNBytes(READ_LIMIT);
    } finally {
      input.reset();
    }
    MediaType mail = sniff(head);
    if (message) {
      return MBOX.equals(mail) ? MBOX : type; // a mailbox whose first message Tika's magic matched
    }
    return mail != null ? mail : type;
  }

  /** {@code message/rfc822}, {@code application/mbox} or null for the first bytes of a file. */
  static MediaType sniff(byte[] head) {
    // header fields are ASCII (RFC 5322); 8-bit values decode to something, never to a line break
    String s = new String(head, StandardCharsets.ISO_8859_1);
    int start = s.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
    int eol = s.indexOf('\n', start);
    if (eol < 0) {
      return null;
    }
    String first = stripCr(s.substring(start, eol));
    if (first.startsWith("From ")) {
      return MboxParser.isSeparatorLine(first) && headerBlock(s, eol + 1, true) ? MBOX : null;
    }
    return headerBlock(s, start, false) ? RFC822 : null;
  }

  /** True when a header block starts at {@code from} and meets the rules in the class comment. */
  private static boolean headerBlock(String s, int from, boolean afterSeparator) {
    Set<String> names = new HashSet<>();
    int fields = 0;
    int known = 0;
    boolean senderOrTransport = false;
    int pos = from;
    while (true) {
      int eol = s.indexOf('\n', pos);
      if (eol < 0) {
        // the block runs past the bytes read: accept only a long, well-formed block
        return fields >= MIN_FIELDS_UNTERMINATED && verdict(known, senderOrTransport, afterSeparator);
      }
      String line = stripCr(s.substring(pos, eol));
      pos = eol + 1;
      if (line.isEmpty()) {
        return fields > 0 && verdict(known, senderOrTransport, afterSeparator);
      }
      char c = line.charAt(0);
      if (c == ' ' || c == '\t') {
        if (fields == 0) {
          return false;
        }
        continue;
      }
      if (!FIELD.matcher(line).matches()) {
        return false;
      }
      fields++;
      String name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
      if (MAIL_FIELDS.contains(name) && names.add(name)) {
        known++;
      }
      senderOrTransport |= SENDER_OR_TRANSPORT.contains(name);
    }
  }

  private static boolean verdict(int known, boolean senderOrTransport, boolean afterSeparator) {
    return afterSeparator ? known >= 1 : known >= 2 && senderOrTransport;
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
