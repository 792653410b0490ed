package org.istraga.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation a message belongs to, named by the Message-ID of its first message.
 *
 * <p>RFC 5322 replies carry {@code References} (the ids of the conversation so far, the first
 * message's first) and {@code In-Reply-To} (the id of the message answered). The thread of a
 * message is the first id of its References, else its In-Reply-To, else its own Message-ID: an
 * original message and every reply that keeps its References share one thread, whichever copy
 * of the mailbox they come from. A client that drops References starts a sub-thread at the
 * message it answered; those are found with {@code message-id:} on the In-Reply-To value.
 * Outlook messages with no Internet headers fall back to their conversation index (its first
 * 22 bytes name the conversation in Exchange), prefixed {@code outlook:}.
 *
 * <p>Ids are kept without their angle brackets. Stateless and cheap: a scan of two header values.
 */
final class MailThread {

  private MailThread() {}

  private static final Pattern ID = Pattern.compile("<([^<>\\s]{1,500})>");

  /** The Message-IDs of a header value in order, each once, without brackets. */
  static List<String> ids(String... values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      if (v == null) {
        continue;
      }
      Matcher m = ID.matcher(v);
      boolean any = false;
      while (m.find()) {
        out.add(m.group(1));
        any = true;
      }
      String bare = v.strip();
      if (!any && !bare.isEmpty() && bare.indexOf(' ') < 0 && bare.contains("@")) {
        out.add(bare); // an id written without brackets
      }
    }
    return new ArrayList<>(out);
  }

  /** The thread id, or null for a message without any id. */
  static String of(String messageId, List<String> inReplyTo, List<String> references,
      String conversationIndex) {
    if (!references.isEmpty()) {
      return references.get(0);
    }
    if (!inReplyTo.isEmpty()) {
      return inReplyTo.get(0);
    }
    List<String> own = ids(messageId);
    if (!own.isEmpty()) {
      return own.get(0);
    }
    if (conversationIndex != null) {
      String hex = conversationIndex.strip().toLowerCase(Locale.ROOT);
      if (hex.length() >= 44 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return "outlook:" + hex.substring(0, 44);
      }
    }
    return null;
  }
}
