package org.istraga.provenance.forensics;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which analyzer a file gets, from the detected media type first and the leading bytes
 * second (so a mislabelled or extension-less file still gets the right one). Stateless.
 */
final class FormatSniffer {

  /** The analyzer to run and, for Office and e-mail, the container flavour. */
  record Choice(String format, String container) {}

  private static final byte[] OLE_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "(?i)^(received|return-path|from|to|subject|date|message-id|mime-version|"
              + "delivered-to|dkim-signature|x-[a-z0-9-]+|reply-to|cc|bcc|arc-[a-z-]+|"
              + "authentication-results|content-[a-z-]+|sender|envelope-to|references|"
              + "in-reply-to|comments|keywords|resent-[a-z-]+|organization|"
              + "thread-[a-z]+|importance|x-mailer|user-agent|list-[a-z]+|precedence)\\s*:.*");

  /** Container marker: the format is a guess from magic bytes; not matching it is no error. */
  static final String PROBE = "probe";

  private FormatSniffer() {}

  static Choice choose(String mediaType, byte[] head) {
    String mt = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    int semi = mt.indexOf(';');
    if (semi >= 0) {
      mt = mt.substring(0, semi);
    }
    mt = mt.trim();
    boolean zip =
        head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    boolean ole = startsWith(head, OLE_MAGIC);
    boolean pdf = indexOf(head, "%PDF-") >= 0;

    if (mt.equals("application/pdf") || (pdf && !zip && !ole && isGeneric(mt))) {
      return new Choice(ForensicReport.PDF, "pdf");
    }
    if (mt.equals("application/vnd.ms-outlook") || (ole && mt.contains("outlook"))) {
      return new Choice(ForensicReport.EMAIL, "msg");
    }
    if (mt.equals("application/x-tika-ooxml-protected")
        || mt.equals("application/x-tika-msoffice-protected")
        || mt.equals("application/x-tika-ole-drm-encrypted")) {
      return new Choice(ForensicReport.OLE, null);
    }
    if (mt.equals("application/pkcs7-mime")
        || mt.equals("application/pkcs7-signature")
        || mt.equals("application/x-pkcs7-mime")
        || mt.equals("application/x-pkcs7-signature")
        || (isGeneric(mt) && isCmsSignedData(head))) {
      return new Choice(ForensicReport.CMS, null);
    }
    if (mt.equals("message/rfc822")
        || mt.equals("message/x-emlx")
        || mt.equals("application/mbox")
        || mt.equals("application/x-mbox")) {
      return new Choice(ForensicReport.EMAIL, mt.contains("mbox") ? "mbox" : "rfc822");
    }
    if (mt.startsWith("application/vnd.openxmlformats-officedocument.")
        || mt.startsWith("application/vnd.ms-word.document.macroenabled")
        || mt.startsWith("application/vnd.ms-word.template.macroenabled")
        || mt.startsWith("application/vnd.ms-excel.sheet.")
        || mt.startsWith("application/vnd.ms-excel.template.macroenabled")
        || mt.startsWith("application/vnd.ms-excel.addin.macroenabled")
        || mt.startsWith("application/vnd.ms-powerpoint.presentation.macroenabled")
        || mt.startsWith("application/vnd.ms-powerpoint.slideshow.macroenabled")
        || mt.startsWith("application/vnd.ms-powerpoint.template.macroenabled")) {
      return new Choice(ForensicReport.OOXML, null);
    }
    if (mt.startsWith("application/vnd.oasis.opendocument.")) {
      return new Choice(ForensicReport.ODF, null);
    }
    if (mt.equals("application/msword")
        || mt.equals("application/vnd.ms-excel")
        || mt.equals("application/vnd.ms-powerpoint")
        || mt.equals("application/x-tika-msoffice")
        || mt.equals("application/x-tika-ooxml") && ole) {
      return new Choice(ForensicReport.OLE, null);
    }
    if (mt.equals("application/x-tika-ooxml")
        || mt.equals("application/x-tika-msoffice-embedded")) {
      return zip ? new Choice(ForensicReport.OOXML, null) : new Choice(ForensicReport.OLE, null);
    }
    if (mt.startsWith("image/")) {
      return new Choice(ForensicReport.IMAGE, null);
    }
    if (isGeneric(mt) || mt.startsWith("text/")) {
      if (pdf) {
        return new Choice(ForensicReport.PDF, "pdf");
      }
      if (ole && isGeneric(mt)) {
        return new Choice(ForensicReport.OLE, null);
      }
      if (zip && isGeneric(mt)) {
        // An unlabelled ZIP: analyzed as Office only if it turns out to be OOXML or ODF.
        return new Choice(ForensicReport.OOXML, PROBE);
      }
      String text = new String(head, StandardCharsets.ISO_8859_1);
      if (text.matches("(?s)\\d{1,12}\r?\n.*")
          && looksLikeHeaders(text.substring(text.indexOf('\n') + 1))) {
        return new Choice(ForensicReport.EMAIL, "rfc822"); // Apple Mail .emlx
      }
      if (text.startsWith("From ") && looksLikeHeaders(text.substring(text.indexOf('\n') + 1))) {
        return new Choice(ForensicReport.EMAIL, "mbox");
      }
      if (looksLikeHeaders(text)) {
        return new Choice(ForensicReport.EMAIL, "rfc822");
      }
    }
    return new Choice(ForensicReport.NONE, null);
  }

  private static boolean isGeneric(String mt) {
    return mt.isEmpty()
        || mt.equals("application/octet-stream")
        || mt.equals("text/plain")
        || mt.equals("application/x-unknown");
  }

  /** True if the text starts with at least two RFC 5322 header fields we know. */
  static boolean looksLikeHeaders(String text) {
    String[] lines = text.split("\r?\n");
    int known = 0;
    // The last line may be cut by the head limit; it is not judged.
    for (int i = 0; i < lines.length - 1 && i < 200; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        break;
      }
      if (line.startsWith(" ") || line.startsWith("\t")) {
        continue;
      }
      if (HEADER_LINE.matcher(line).matches()) {
        known++;
      } else if (!line.matches("^[!-9;-~]+:.*")) {
        return false;
      }
    }
    return known >= 2;
  }

  /** The OID of CMS signed-data (1.2.840.113549.1.7.2), DER-encoded with its tag and length. */
  private static final byte[] SIGNED_DATA_OID = {
    0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x07, 0x02
  };

  /** True if {@code head} is a DER SEQUENCE whose first element is the signed-data OID. */
  static boolean isCmsSignedData(byte[] head) {
    if (head.length < 16 || head[0] != 0x30) {
      return false;
    }
    int l = head[1] & 0xff;
    int at = l < 0x80 ? 2 : l == 0x80 ? 2 : 2 + (l & 0x7f);
    if (at + SIGNED_DATA_OID.length > head.length) {
      return false;
    }
    for (int i = 0; i < SIGNED_DATA_OID.length; i++) {
      if (head[at + i] != SIGNED_DATA_OID[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, byte[] p) {
    if (b.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, String s) {
    byte[] p = s.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= b.length - p.length; i++) {
      for (int k = 0; k < p.length; k++) {
        if (b[i + k] != p[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
