package org.istraga.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.tika.metadata.Metadata;
import org.istraga.ingest.tika.MessageParser;

/**
 * The sender and recipients of a message, as {@code Name <address>} strings, from whichever
 * metadata the parser that read it writes.
 *
 * <p>Parsers of RFC 822 messages (.eml, mbox) write each address whole ({@code Message-To:
 * "Petar <p@example.rs>"}). Outlook's parsers (.msg, items of a .pst) write the display names and
 * the addresses as parallel lists ({@code Message:To-Display-Name}, {@code Message:To-Email}), and
 * their {@code Message-From} is a display name only; a .pst item has no {@code Message-To} at
 * all. Without this the sender of an Outlook message had no address (no {@code from:} match on
 * the address or domain, no {@code from-domain} facet) and the recipients of a .pst item were
 * missing. Exchange-internal X.500 addresses ({@code /O=EXCHANGELABS/OU=…/CN=…}) are not e-mail
 * addresses: the display name stands alone then.
 *
 * <p>Stateless; each call costs a pass over the few values of one message.
 */
final class MailAddresses {

  private MailAddresses() {}

  /** One role of an address: its whole-value key and Outlook's name and address lists. */
  enum Role {
    TO("Message-To", "Message:To-Display-Name", "Message:To-Name", "Message:To-Email"),
    CC("Message-Cc", "Message:CC-Display-Name", "Message:CC-Name", "Message:CC-Email"),
    BCC("Message-Bcc", "Message:BCC-Display-Name", "Message:BCC-Name", "Message:BCC-Email");

    final String whole;
    final String displayNames;
    final String names;
    final String emails;

    Role(String whole, String displayNames, String names, String emails) {
      this.whole = whole;
      this.displayNames = displayNames;
      this.names = names;
      this.emails = emails;
    }
  }

  /** The sender, or null when the message names none. */
  static String from(Metadata m) {
    String whole = MetadataMapper.first(m, "Message-From");
    if (whole != null && whole.contains("@")) {
      return whole;
    }
    String name = whole != null ? whole : MetadataMapper.first(m, "Message:From-Name");
    String email = smtp(MetadataMapper.first(m, "Message:From-Email"));
    if (email == null) {
      email = smtp(MetadataMapper.first(m, "mapi:from-representing-email"));
    }
    return join(name, email);
  }

  /** The recipients in one role, in the order the message lists them, each once. */
  static List<String> recipients(Metadata m, Role role) {
    List<String> whole = MetadataMapper.values(m, role.whole);
    String[] emails = m.getValues(role.emails);
    boolean anyAddress = false;
    for (String e : emails) {
      anyAddress |= smtp(e) != null;
    }
    if (!anyAddress) {
      // RFC 822 values, or Outlook names with no Internet address to add (X.500 only)
      // Outlook's per-recipient names come before its one "A; B" display string
      List<String> each = MetadataMapper.values(m, role.displayNames, role.names);
      return emails.length > 0 && !each.isEmpty() || whole.isEmpty() ? each : whole;
    }
    for (String w : whole) {
      if (w.contains("@") && !w.startsWith("/")) {
        return whole; // the parser already wrote the addresses
      }
    }
    String[] names = m.getValues(role.displayNames);
    if (names.length != emails.length) {
      names = m.getValues(role.names);
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < emails.length; i++) {
      String name = i < names.length && names.length == emails.length ? names[i] : null;
      String joined = join(name, smtp(emails[i]));
      if (joined != null) {
        out.add(joined);
      }
    }
    return new ArrayList<>(out);
  }

  /** The Reply-To addresses, from the message parser's list or the raw header. */
  static List<String> replyTo(Metadata m) {
    List<String> parsed = MetadataMapper.values(m, MessageParser.REPLY_TO);
    if (!parsed.isEmpty()) {
      return parsed;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String raw : m.getValues(Metadata.MESSAGE_RAW_HEADER_PREFIX + "Reply-To")) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      AddressList list = LenientAddressParser.DEFAULT.parseAddressList(raw);
      for (Address a : list) {
        if (a instanceof Mailbox mb) {
          out.add(MessageParser.display(mb));
        } else if (a instanceof Group g) {
          g.getMailboxes().forEach(mb -> out.add(MessageParser.display(mb)));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The value if it is an Internet address (not an X.500 one or a display name), else null. */
  static String smtp(String v) {
    if (v == null) {
      return null;
    }
    String s = v.strip();
    if (s.startsWith("SMTP:") || s.startsWith("smtp:")) {
      s = s.substring(5);
    }
    int at = s.indexOf('@');
    if (at <= 0 || at == s.length() - 1 || s.startsWith("/") || s.indexOf(' ') >= 0
        || s.indexOf('@', at + 1) >= 0) {
      return null;
    }
    return s;
  }

  private static String join(String name, String email) {
    String n = name == null || name.isBlank() ? null : name.strip();
    if (n != null && email != null && n.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
      n = null; // "tika-dev@lucene.apache.org <tika-dev@lucene.apache.org>"
    }
    if (email == null) {
      return n;
    }
    return n == null ? email : n + " <" + email + ">";
  }
}
