package org.istraga.provenance.forensics;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.istraga.IstragaException;

/**
 * DKIM public keys supplied offline, read from a file of DNS TXT records. Istraga never queries
 * DNS: a key published today may differ from the one used when a message was signed years ago, so
 * the editor supplies the keys they trust (for example from a DNS history service or from the
 * sender).
 *
 * <p>Accepted lines, one record each (blank lines and {@code ;} or {@code #} comments ignored):
 *
 * <pre>
 * sel._domainkey.example.com TXT "v=DKIM1; k=rsa; p=MIIB..."
 * sel._domainkey.example.com. 3600 IN TXT ( "v=DKIM1; k=rsa; "
 *     "p=MIIB..." )
 * </pre>
 *
 * <p>TXT values split into several quoted strings are joined; parentheses may continue a record
 * over several lines (zone-file style); {@code $ORIGIN} makes names without a trailing dot relative
 * to it. Bad input fails with an {@link IstragaException} naming the file and line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DkimKeys {

  private static final byte[] ED25519_SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private final Map<String, DkimPublicKey> byName;

  private DkimKeys(Map<String, DkimPublicKey> byName) {
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  /** No keys: every DKIM signature's cryptographic check is reported as unknown. */
  public static DkimKeys none() {
    return new DkimKeys(Map.of());
  }

  /** Keys built from already decoded records (later records with the same name win). */
  public static DkimKeys of(Collection<DkimPublicKey> keys) {
    Map<String, DkimPublicKey> map = new LinkedHashMap<>();
    for (DkimPublicKey k : keys) {
      map.put(k.dnsName(), k);
    }
    return new DkimKeys(map);
  }

  /**
   * Reads a file of DNS TXT records.
   *
   * @throws IstragaException NOT_FOUND if the file does not exist, IO if it cannot be read, USAGE
   *     naming {@code file:line} if a record is malformed
   */
  public static DkimKeys load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw IstragaException.notFound("DKIM key file not found: " + file);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw IstragaException.io("cannot read DKIM key file " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** Parses TXT records from text; {@code sourceName} names the source in error messages. */
  public static DkimKeys parse(String text, String sourceName) {
    Map<String, DkimPublicKey> map = new LinkedHashMap<>();
    String origin = null;
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder pending = null;
    int pendingLine = 0;
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = stripComment(lines[i], sourceName, lineNo);
      if (pending == null) {
        if (line.isBlank()) {
          continue;
        }
        String trimmed = line.trim();
        if (trimmed.startsWith("$")) {
          String[] parts = trimmed.split("\\s+");
          if (parts[0].equalsIgnoreCase("$ORIGIN")) {
            if (parts.length < 2) {
              throw bad(sourceName, lineNo, "$ORIGIN needs a domain name");
            }
            origin = stripDot(parts[1]).toLowerCase(Locale.ROOT);
          }
          continue; // $TTL, $INCLUDE (never followed) and others are ignored
        }
        pending = new StringBuilder();
        pendingLine = lineNo;
      }
      pending.append(' ').append(line);
      depth += parenDepth(line);
      if (depth < 0) {
        throw bad(sourceName, lineNo, "unbalanced ')'");
      }
      if (depth > 0) {
        continue;
      }
      DkimPublicKey key = parseRecord(pending.toString(), origin, sourceName, pendingLine);
      map.put(key.dnsName(), key);
      pending = null;
    }
    if (pending != null) {
      throw bad(sourceName, pendingLine, "record not closed: missing ')'");
    }
    return new DkimKeys(map);
  }

  /** The key for {@code s=} and {@code d=} of a signature (case-insensitive). */
  public Optional<DkimPublicKey> find(String selector, String domain) {
    if (selector == null || domain == null) {
      return Optional.empty();
    }
    String name =
        selector.toLowerCase(Locale.ROOT)
            + "._domainkey."
            + stripDot(domain).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(byName.get(name));
  }

  public int size() {
    return byName.size();
  }

  public List<DkimPublicKey> all() {
    return List.copyOf(byName.values());
  }

  // ---------------------------------------------------------------------------------------------

  private static DkimPublicKey parseRecord(
      String record, String origin, String source, int lineNo) {
    List<String> tokens = tokenize(record, source, lineNo);
    if (tokens.isEmpty()) {
      throw bad(source, lineNo, "empty record");
    }
    int txt = -1;
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).equalsIgnoreCase("TXT")) {
        txt = i;
        break;
      }
    }
    if (txt < 0) {
      throw bad(source, lineNo, "expected 'NAME [TTL] [IN] TXT \"v=DKIM1; ...\"'");
    }
    for (int i = 1; i < txt; i++) {
      String t = tokens.get(i);
      if (!t.equalsIgnoreCase("IN") && !t.matches("\\d+[smhdwSMHDW]?")) {
        throw bad(source, lineNo, "unexpected '" + t + "' before TXT");
      }
    }
    String name = tokens.get(0);
    if (name.startsWith("\"")) {
      throw bad(source, lineNo, "the record must start with its DNS name");
    }
    String fqdn;
    if (name.endsWith(".") || origin == null) {
      fqdn = stripDot(name);
    } else {
      fqdn = name.equals("@") ? origin : name + "." + origin;
    }
    fqdn = fqdn.toLowerCase(Locale.ROOT);
    int marker = fqdn.indexOf("._domainkey.");
    if (marker <= 0) {
      throw bad(
          source, lineNo, "name '" + name + "' is not of the form selector._domainkey.domain");
    }
    String selector = fqdn.substring(0, marker);
    String domain = fqdn.substring(marker + "._domainkey.".length());
    if (domain.isEmpty()) {
      throw bad(source, lineNo, "name '" + name + "' has no domain after _domainkey");
    }
    StringBuilder value = new StringBuilder();
    for (int i = txt + 1; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!t.startsWith("\"")) {
        throw bad(source, lineNo, "TXT value must be quoted, got '" + t + "'");
      }
      value.append(unescape(t.substring(1, t.length() - 1), source, lineNo));
    }
    if (value.length() == 0) {
      throw bad(source, lineNo, "TXT record has no value");
    }
    Map<String, String> tags = parseTags(value.toString(), source, lineNo);
    String v = tags.get("v");
    if (v != null && !v.equals("DKIM1")) {
      throw bad(source, lineNo, "v= must be DKIM1, got '" + v + "'");
    }
    String k = tags.getOrDefault("k", "rsa").toLowerCase(Locale.ROOT);
    String p = tags.get("p");
    if (p == null) {
      throw bad(source, lineNo, "record has no p= (public key) tag");
    }
    p = p.replaceAll("\\s+", "");
    PublicKey key = p.isEmpty() ? null : decodeKey(k, p, source, lineNo);
    return new DkimPublicKey(
        selector,
        domain,
        k,
        key,
        splitColon(tags.get("h")),
        splitColon(tags.get("t")),
        source + ":" + lineNo);
  }

  private static PublicKey decodeKey(String k, String p, String source, int lineNo) {
    byte[] der;
    try {
      der = Base64.getDecoder().decode(p);
    } catch (IllegalArgumentException e) {
      throw new IstragaException(
          IstragaException.Kind.USAGE,
          bad(source, lineNo, "p= is not valid base64: " + e.getMessage()).getMessage(),
          e);
    }
    try {
      switch (k) {
        case "rsa":
          try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
          } catch (GeneralSecurityException spkiFailed) {
            // Some publishers put a bare PKCS#1 RSAPublicKey in p=.
            RSAPublicKey pkcs1 = RSAPublicKey.getInstance(ASN1Primitive.fromByteArray(der));
            return KeyFactory.getInstance("RSA")
                .generatePublic(
                    new RSAPublicKeySpec(
                        new BigInteger(1, pkcs1.getModulus().toByteArray()),
                        pkcs1.getPublicExponent()));
          }
        case "ed25519":
          if (der.length != 32) {
            throw bad(source, lineNo, "ed25519 p= must be 32 bytes, got " + der.length);
          }
          byte[] spki = new byte[ED25519_SPKI_PREFIX.length + 32];
          System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
          System.arraycopy(der, 0, spki, ED25519_SPKI_PREFIX.length, 32);
          return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        default:
          throw bad(source, lineNo, "unsupported key type k=" + k + " (use rsa or ed25519)");
      }
    } catch (IstragaException e) {
      throw e;
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      throw new IstragaException(
          IstragaException.Kind.USAGE,
          source + ":" + lineNo + ": p= is not a valid " + k + " public key (" + e + ")",
          e);
    }
  }

  static Map<String, String> parseTags(String value, String source, int lineNo) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String part : value.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw bad(source, lineNo, "malformed tag '" + part.trim() + "' (expected name=value)");
      }
      String name = part.substring(0, eq).trim();
      if (tags.containsKey(name)) {
        throw bad(source, lineNo, "duplicate tag '" + name + "'");
      }
      tags.put(name, part.substring(eq + 1).trim());
    }
    return tags;
  }

  private static List<String> splitColon(String v) {
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String s : v.split(":")) {
        if (!s.isBlank()) {
          out.add(s.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** Splits a record into names and quoted strings (quotes kept), dropping parentheses. */
  private static List<String> tokenize(String s, String source, int lineNo) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        i++;
      } else if (c == '"') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '"') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= s.length()) {
          throw bad(source, lineNo, "unterminated quoted string");
        }
        out.add(s.substring(i, j + 1));
        i = j + 1;
      } else {
        int j = i;
        while (j < s.length()
            && !Character.isWhitespace(s.charAt(j))
            && "()\"".indexOf(s.charAt(j)) < 0) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }

  private static String unescape(String s, String source, int lineNo) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i + 1 >= s.length()) {
        throw bad(source, lineNo, "dangling backslash in TXT value");
      }
      char n = s.charAt(i + 1);
      if (Character.isDigit(n)) {
        if (i + 4 <= s.length() && s.substring(i + 1, i + 4).matches("\\d{3}")) {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 4)));
          i += 3;
          continue;
        }
        throw bad(source, lineNo, "bad \\DDD escape in TXT value");
      }
      b.append(n);
      i++;
    }
    return b.toString();
  }

  /** Removes a ; or # comment that is outside quotes; returns the rest of the line. */
  private static String stripComment(String line, String source, int lineNo) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted
          && (c == ';' || (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))))) {
        return line.substring(0, i);
      }
    }
    if (quoted) {
      throw bad(source, lineNo, "unterminated quoted string (a TXT string cannot span lines)");
    }
    return line;
  }

  private static int parenDepth(String line) {
    int d = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        d++;
      } else if (!quoted && c == ')') {
        d--;
      }
    }
    return d;
  }

  private static String stripDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private static IstragaException bad(String source, int lineNo, String what) {
    return IstragaException.usage(
        source + ":" + lineNo + ": " + what + " (fix the DKIM key file; see docs/provenance.md)");
  }
}
