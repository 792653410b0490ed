package org.istraga.provenance.forensics.email;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The {@code "email"} section: one entry per message ({@code .eml} and {@code .msg} have one, an
 * mbox many).
 *
 * @param container {@code rfc822}, {@code mbox} or {@code msg}
 * @param messageCount messages found (for an mbox possibly more than analyzed)
 * @param truncated true if only the first {@code maxEmailMessages} were analyzed
 * @param messages per-message facts
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailFacts(
    String container, int messageCount, boolean truncated, List<MessageFacts> messages) {

  /**
   * One message.
   *
   * @param index 1-based position in the container
   * @param messageId Message-ID header
   * @param date Date header as ISO-8601 (null if unparseable)
   * @param dateRaw Date header as written
   * @param from From header
   * @param to To header
   * @param subject Subject header (decoded only if plain)
   * @param received Received hops, top (most recent, nearest the recipient) first
   * @param dkim every DKIM-Signature, top first
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MessageFacts(
      int index,
      String messageId,
      String date,
      String dateRaw,
      String from,
      String to,
      String subject,
      List<ReceivedHop> received,
      List<DkimResult> dkim) {}

  /**
   * One Received header.
   *
   * @param from the {@code from} clause (sending host as it named itself, and as seen)
   * @param by the {@code by} clause (receiving host)
   * @param with the {@code with} clause (protocol)
   * @param id the {@code id} clause (the receiving host's queue id)
   * @param forRecipient the {@code for} clause
   * @param timestamp the date after the last {@code ;}, ISO-8601; null if unparseable
   * @param raw the header value, unfolded
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReceivedHop(
      String from,
      String by,
      String with,
      String id,
      String forRecipient,
      String timestamp,
      String raw) {}

  /**
   * One DKIM-Signature and the checks run on it.
   *
   * @param bodyHash {@code pass}, {@code fail} or {@code unknown} (body not available as sent)
   * @param computedBodyHash base64 body hash computed here
   * @param canonicalBodyLength length of the canonicalized body in bytes (before any l= cut)
   * @param signature {@code pass}, {@code fail}, {@code unknown} (no key supplied) or {@code error}
   *     (signature unusable: missing tags, unsupported algorithm)
   * @param detail why, in one line
   * @param keySource where the key came from ({@code file:line}), if one was used
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DkimResult(
      String v,
      String a,
      String c,
      String d,
      String s,
      List<String> h,
      String bh,
      String b,
      Long l,
      Long t,
      Long x,
      String i,
      String q,
      String bodyHash,
      String computedBodyHash,
      Long canonicalBodyLength,
      String signature,
      String detail,
      String keySource) {}
}
