package org.istraga.provenance.forensics.email;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.LenientDates;

/**
 * Forensic analysis of e-mail: RFC 5322 files ({@code .eml}, Apple {@code .emlx}, extension-less),
 * mbox files (each message) and Outlook {@code .msg} (transport headers only: the body is not kept
 * as sent, so DKIM body hashes are {@code unknown}). Reports the Received chain, Message-ID, Date
 * and every DKIM signature with its offline checks, and raises the {@code email-*} flags. Stateless
 * and thread-safe.
 */
public final class EmailForensics {

  /** Clock differences below this between hops are ignored by the order rules. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

  private static final int MAX_RECEIVED = 100;
  private static final int MAX_DKIM = 20;

  private EmailForensics() {}

  /** Analyzes an RFC 5322 message ({@code container} {@code rfc822}) or an mbox. */
  public static EmailFacts analyze(byte[] data, String container, AnalysisContext ctx) {
    if ("mbox".equals(container) || startsWithEnvelopeLine(data)) {
      MboxSplitter.Split split = MboxSplitter.split(data, ctx.limits().maxEmailMessages());
      if (split.total() > split.messages().size()) {
        ctx.error(
            "email.mbox",
            split.total() + " messages; only the first " + split.messages().size() + " analyzed");
      }
      List<EmailFacts.MessageFacts> msgs = new ArrayList<>();
      for (int i = 0; i < split.messages().size(); i++) {
        if (!ctx.withinBudget("email.mbox")) {
          break;
        }
        msgs.add(message(i + 1, RawMessage.parse(split.messages().get(i)), ctx, split.total() > 1));
      }
      return new EmailFacts("mbox", split.total(), split.total() > msgs.size(), msgs);
    }
    byte[] msg = stripEmlxPrefix(data);
    return new EmailFacts(
        "rfc822", 1, false, List.of(message(1, RawMessage.parse(msg), ctx, false)));
  }

  /** Analyzes an Outlook .msg through its stored transport headers. */
  public static EmailFacts analyzeMsg(Path file, AnalysisContext ctx) throws IOException {
    try (MAPIMessage m = new MAPIMessage(file.toFile())) {
      String[] headers = null;
      try {
        headers = m.getHeaders();
      } catch (ChunkNotFoundException e) {
        headers = null;
      }
      if (headers != null && headers.length > 0) {
        RawMessage raw = RawMessage.headersOnly(String.join("\r\n", headers));
        return new EmailFacts("msg", 1, false, List.of(message(1, raw, ctx, false)));
      }
      // Never sent or headers not kept: only what Outlook stored as properties.
      String subject = quiet(m::getSubject);
      String from = quiet(m::getDisplayFrom);
      String to = quiet(m::getDisplayTo);
      Calendar date = null;
      try {
        date = m.getMessageDate();
      } catch (ChunkNotFoundException e) {
        date = null;
      }
      OffsetDateTime d = date == null ? null : date.toInstant().atOffset(java.time.ZoneOffset.UTC);
      ctx.date("email.message 1", "sent", d);
      return new EmailFacts(
          "msg",
          1,
          false,
          List.of(
              new EmailFacts.MessageFacts(
                  1, null, LenientDates.format(d), null, from, to, subject, List.of(), List.of())));
    }
  }

  /** True if the OLE2 file is an Outlook message (it has MAPI property streams). */
  public static boolean isOutlookMsg(Path file) {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
      for (String name : fs.getRoot().getEntryNames()) {
        if (name.startsWith("__substg1.0_") || name.equals("__properties_version1.0")) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  interface Getter {
    String get() throws ChunkNotFoundException;
  }

  private static String quiet(Getter g) {
    try {
      return g.get();
    } catch (ChunkNotFoundException | RuntimeException e) {
      return null;
    }
  }

  static EmailFacts.MessageFacts message(
      int index, RawMessage raw, AnalysisContext ctx, boolean inMbox) {
    String where = "email.message " + index;
    String dateRaw = raw.first("Date");
    OffsetDateTime date = MailDates.parse(dateRaw);
    List<EmailFacts.ReceivedHop> hops = new ArrayList<>();
    for (HeaderField f : raw.headers("Received")) {
      if (hops.size() >= MAX_RECEIVED) {
        ctx.error(where, "more than " + MAX_RECEIVED + " Received headers; the rest ignored");
        break;
      }
      hops.add(ReceivedParser.parse(f.value()));
    }
    List<EmailFacts.DkimResult> dkim = new ArrayList<>();
    List<HeaderField> signatures = raw.headers("DKIM-Signature");
    RawMessage unquoted = null;
    for (int i = 0; i < signatures.size(); i++) {
      HeaderField f = signatures.get(i);
      if (dkim.size() >= MAX_DKIM) {
        ctx.error(where, "more than " + MAX_DKIM + " DKIM signatures; the rest ignored");
        break;
      }
      try {
        EmailFacts.DkimResult r = DkimVerifier.verify(raw, f, ctx.options().dkimKeys());
        if (DkimVerifier.FAIL.equals(r.bodyHash())) {
          unquoted = unquoted != null ? unquoted : mboxUnquoted(raw);
          if (unquoted != null) {
            EmailFacts.DkimResult again =
                DkimVerifier.verify(unquoted, unquoted.headers("DKIM-Signature").get(i), ctx.options().dkimKeys());
            r = DkimVerifier.PASS.equals(again.bodyHash()) ? again : r;
          }
        }
        dkim.add(r);
      } catch (RuntimeException e) {
        ctx.error(where + " dkim", e);
      }
    }
    EmailFacts.MessageFacts facts =
        new EmailFacts.MessageFacts(
            index,
            raw.first("Message-ID"),
            LenientDates.format(date),
            dateRaw,
            decode(raw.first("From")),
            decode(raw.first("To")),
            decode(raw.first("Subject")),
            hops,
            dkim);
    rules(facts, date, ctx, inMbox);
    return facts;
  }

  static void rules(
      EmailFacts.MessageFacts m, OffsetDateTime date, AnalysisContext ctx, boolean inMbox) {
    String prefix = inMbox ? "Message " + m.index() + ": " : "";
    String source = "email.message " + m.index();
    ctx.date(source, "sent", date);
    // Received timestamps, bottom (first hop) to top
    OffsetDateTime first = null;
    OffsetDateTime previous = null;
    EmailFacts.ReceivedHop previousHop = null;
    boolean outOfOrderReported = false;
    for (int i = m.received().size() - 1; i >= 0; i--) {
      EmailFacts.ReceivedHop hop = m.received().get(i);
      OffsetDateTime t = LenientDates.parse(hop.timestamp());
      if (t == null) {
        continue;
      }
      ctx.date(source, "received", t);
      if (first == null) {
        first = t;
      }
      if (previous != null
          && !outOfOrderReported
          && t.toInstant().plus(CLOCK_SKEW).isBefore(previous.toInstant())) {
        outOfOrderReported = true;
        ctx.flag(
            FlagName.EMAIL_RECEIVED_OUT_OF_ORDER,
            prefix + "A later Received hop carries an earlier time than the hop before it.",
            evidence(
                "message", m.index(),
                "earlier_hop_by", previousHop.by(),
                "earlier_hop_time", previousHop.timestamp(),
                "later_hop_by", hop.by(),
                "later_hop_time", hop.timestamp()));
      }
      previous = t;
      previousHop = hop;
    }
    if (date != null
        && first != null
        && date.toInstant().isAfter(first.toInstant().plus(CLOCK_SKEW))) {
      ctx.flag(
          FlagName.EMAIL_DATE_AFTER_FIRST_RECEIVED,
          prefix + "The Date header is later than the time the first server received the message.",
          evidence(
              "message", m.index(),
              "date", m.date(),
              "first_received", LenientDates.format(first),
              "difference_seconds", Duration.between(first, date).toSeconds()));
    }
    for (EmailFacts.DkimResult d : m.dkim()) {
      String sig = "d=" + d.d() + " s=" + d.s();
      if (DkimVerifier.FAIL.equals(d.bodyHash())) {
        ctx.flag(
            FlagName.EMAIL_DKIM_BODY_HASH_FAIL,
            prefix + "The body no longer matches the DKIM signature " + sig + ".",
            evidence(
                "message", m.index(),
                "signature", sig,
                "canonicalization", d.c() == null ? "simple/simple" : d.c(),
                "declared_bh", d.bh(),
                "computed_bh", d.computedBodyHash(),
                "detail", d.detail()));
      }
      if (DkimVerifier.FAIL.equals(d.signature())) {
        ctx.flag(
            FlagName.EMAIL_DKIM_SIGNATURE_FAIL,
            prefix + "The DKIM signature " + sig + " does not verify with the supplied key.",
            evidence(
                "message",
                m.index(),
                "signature",
                sig,
                "key",
                d.keySource(),
                "detail",
                d.detail()));
      } else if (DkimVerifier.UNKNOWN.equals(d.signature())) {
        ctx.flag(
            FlagName.EMAIL_DKIM_NO_KEY,
            prefix
                + "No public key was supplied for DKIM signature "
                + sig
                + "; its signature was"
                + " not checked.",
            evidence(
                "message",
                m.index(),
                "signature",
                sig,
                "dns_name",
                d.s() + "._domainkey." + d.d()));
      }
      if (d.l() != null && d.canonicalBodyLength() != null && d.canonicalBodyLength() > d.l()) {
        ctx.flag(
            FlagName.EMAIL_DKIM_LENGTH_LIMIT,
            prefix
                + "DKIM signature "
                + sig
                + " covers only the first "
                + d.l()
                + " bytes of the body; anything after them could have been added later.",
            evidence(
                "message", m.index(),
                "signature", sig,
                "l", d.l(),
                "canonical_body_length", d.canonicalBodyLength()));
      }
    }
  }

  /**
   * The message with the mbox quoting of its body undone ({@code >From } becomes {@code From },
   * {@code >>From } becomes {@code >From }), or null when its body has no quoted line. A message cut
   * from an mbox keeps the quoting its mailbox program added (mboxo and mboxrd cannot be told
   * apart), and the signer hashed the unquoted body: the stored bytes fail the body hash although
   * nothing was changed. The body hash is retried on this form only when the stored one fails.
   */
  static RawMessage mboxUnquoted(RawMessage raw) {
    byte[] body = raw.body();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    if (!QUOTED_FROM.matcher(text).find()) {
      return null;
    }
    StringBuilder head = new StringBuilder();
    for (HeaderField h : raw.headers()) {
      head.append(h.raw());
    }
    String unquotedBody = QUOTED_FROM.matcher(text).replaceAll("$1From ");
    return RawMessage.parse((head + "\r\n" + unquotedBody).getBytes(StandardCharsets.ISO_8859_1));
  }

  private static final java.util.regex.Pattern QUOTED_FROM =
      java.util.regex.Pattern.compile("(?m)^>(>*)From ");

  private static String decode(String v) {
    if (v == null) {
      return null;
    }
    try {
      // header values are held as ISO-8859-1; raw 8-bit headers are UTF-8 when they decode as such
      byte[] bytes = v.getBytes(StandardCharsets.ISO_8859_1);
      try {
        v = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException notUtf8) {
        // keep the ISO-8859-1 reading
      }
      return DecoderUtil.decodeEncodedWords(v, DecodeMonitor.SILENT);
    } catch (RuntimeException e) {
      return v;
    }
  }

  /** True if the data starts with an mbox {@code From } envelope line (not a From: header). */
  static boolean startsWithEnvelopeLine(byte[] data) {
    return data.length > 5
        && data[0] == 'F'
        && data[1] == 'r'
        && data[2] == 'o'
        && data[3] == 'm'
        && data[4] == ' ';
  }

  /** Apple Mail .emlx: a first line with the byte count of the message that follows. */
  static byte[] stripEmlxPrefix(byte[] data) {
    int nl = -1;
    for (int i = 0; i < Math.min(data.length, 20); i++) {
      if (data[i] == '\n') {
        nl = i;
        break;
      }
    }
    if (nl <= 0) {
      return data;
    }
    String first = new String(data, 0, nl, StandardCharsets.US_ASCII).trim();
    if (!first.matches("\\d{1,12}")) {
      return data;
    }
    long count = Long.parseLong(first);
    int start = nl + 1;
    int len = (int) Math.min(count, data.length - start);
    byte[] out = new byte[len];
    System.arraycopy(data, start, out, 0, len);
    return out;
  }
}
