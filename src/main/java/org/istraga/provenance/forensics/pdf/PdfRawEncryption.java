package org.istraga.provenance.forensics.pdf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top-level entries of a PDF's encryption dictionary from the raw bytes, for files that
 * PDFBox cannot open because a user password is required. The dictionary itself is never encrypted.
 * A small tokenizer skips literal and hex strings (which hold binary key material) and nested
 * dictionaries. Stateless.
 */
final class PdfRawEncryption {

  private static final Pattern ENCRYPT_REF = Pattern.compile("/Encrypt\\s*(\\d+)\\s+(\\d+)\\s+R");
  private static final Pattern ENCRYPT_INLINE = Pattern.compile("/Encrypt\\s*<<");
  private static final Pattern ENCRYPT_KEY =
      Pattern.compile("/Encrypt(?=\\s*(?:\\d+\\s+\\d+\\s+R|<<))");

  private PdfRawEncryption() {}

  /** The encryption facts, or null if no encryption dictionary was found. */
  static PdfFacts.Encryption read(byte[] data) {
    String text = new String(data, StandardCharsets.ISO_8859_1);
    int dictStart = -1;
    Matcher ref = ENCRYPT_REF.matcher(text);
    String objHeader = null;
    while (ref.find()) {
      objHeader = ref.group(1) + " " + ref.group(2) + " obj";
    }
    if (objHeader != null) {
      Matcher obj =
          Pattern.compile("(?<![0-9])" + Pattern.quote(objHeader).replace(" ", "\\E\\s+\\Q"))
              .matcher(text);
      int at = -1;
      while (obj.find()) {
        at = obj.end(); // the last definition wins (incremental updates)
      }
      if (at >= 0) {
        dictStart = text.indexOf("<<", at);
      }
    } else {
      Matcher inline = ENCRYPT_INLINE.matcher(text);
      if (inline.find()) {
        dictStart = inline.end() - 2;
      }
    }
    if (dictStart < 0) {
      return null;
    }
    Map<String, String> entries = topLevel(text, dictStart);
    int v = intOf(entries.get("V"), 0);
    int r = intOf(entries.get("R"), 0);
    int length = intOf(entries.get("Length"), v == 1 || v == 0 ? 40 : v == 5 ? 256 : 0);
    Map<String, Boolean> perms = null;
    if (entries.containsKey("P")) {
      perms = PdfPermissions.decode(intOf(entries.get("P"), 0), r);
    }
    boolean wrapper =
        embeddedFilesOnly(
            v,
            nameOf(entries.get("StmF")),
            nameOf(entries.get("StrF")),
            nameOf(entries.get("EFF")));
    return new PdfFacts.Encryption(
        nameOf(entries.get("Filter")),
        nameOf(entries.get("SubFilter")),
        v,
        r,
        length,
        true,
        perms,
        wrapper ? Boolean.TRUE : null);
  }

  /**
   * True for an unencrypted wrapper: crypt filters (V 4 or 5) where strings and streams use the
   * Identity filter (the default when {@code /StmF} or {@code /StrF} is absent) and attached files
   * a real one ({@code /EFF}).
   */
  static boolean embeddedFilesOnly(int version, String stmF, String strF, String eff) {
    return version >= 4
        && (stmF == null || stmF.equals("Identity"))
        && (strF == null || strF.equals("Identity"))
        && eff != null
        && !eff.equals("Identity");
  }

  /**
   * A copy of the file in which the trailer's {@code /Encrypt} entries are renamed (same length, so
   * every offset stays valid), for opening an unencrypted wrapper whose user password is unknown:
   * its strings and streams are not encrypted, only its attachments, which stay unreadable. The
   * evidence bytes themselves are never changed; the copy is used to read structure and text only.
   */
  static byte[] withoutEncryptEntries(byte[] data) {
    byte[] copy = data.clone();
    String text = new String(data, StandardCharsets.ISO_8859_1);
    Matcher m = ENCRYPT_KEY.matcher(text);
    while (m.find()) {
      byte[] renamed = "/NoCrypt".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(renamed, 0, copy, m.start(), renamed.length);
    }
    return copy;
  }

  /** Top-level key -> raw value token of the dictionary starting at {@code start} ("<<"). */
  static Map<String, String> topLevel(String t, int start) {
    Map<String, String> out = new HashMap<>();
    int i = start + 2;
    int depth = 1;
    String key = null;
    int n = Math.min(t.length(), start + 1_000_000);
    while (i < n && depth > 0) {
      char c = t.charAt(i);
      if (c == '(') {
        i = skipLiteral(t, i, n);
        if (depth == 1 && key != null) {
          key = null; // a string value
        }
        continue;
      }
      if (c == '<' && i + 1 < n && t.charAt(i + 1) == '<') {
        depth++;
        i += 2;
        if (depth == 2 && key != null) {
          key = null; // a dictionary value
        }
        continue;
      }
      if (c == '>' && i + 1 < n && t.charAt(i + 1) == '>') {
        depth--;
        i += 2;
        continue;
      }
      if (c == '<') {
        int end = t.indexOf('>', i);
        i = end < 0 ? n : end + 1;
        if (depth == 1) {
          key = null;
        }
        continue;
      }
      if (c == '[' && depth == 1) {
        int j = i + 1;
        int nest = 1;
        while (j < n && nest > 0) {
          char a = t.charAt(j);
          if (a == '(') {
            j = skipLiteral(t, j, n);
            continue;
          }
          nest += a == '[' ? 1 : a == ']' ? -1 : 0;
          j++;
        }
        if (key != null) {
          out.putIfAbsent(key, t.substring(i, j)); // an array value
          key = null;
        }
        i = j;
        continue;
      }
      // Names, numbers, references and keywords (true, false, null) are single tokens.
      if (c == '/' || Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.') {
        int j = i + 1;
        while (j < n && !isDelimiter(t.charAt(j))) {
          j++;
        }
        String tok = t.substring(i, j);
        if (depth == 1) {
          if (key == null && tok.startsWith("/")) {
            key = tok.substring(1);
          } else if (key != null) {
            out.putIfAbsent(key, tok);
            key = null;
          }
        }
        i = j;
        continue;
      }
      i++;
    }
    return out;
  }

  private static int skipLiteral(String t, int i, int n) {
    int depth = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return n;
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || "()<>[]{}/%".indexOf(c) >= 0;
  }

  private static int intOf(String s, int dflt) {
    if (s == null) {
      return dflt;
    }
    try {
      return (int) Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  private static String nameOf(String s) {
    return s != null && s.startsWith("/") ? s.substring(1) : null;
  }
}
