package org.istraga.provenance.forensics.email;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.istraga.provenance.forensics.DkimKeys;
import org.istraga.provenance.forensics.DkimPublicKey;

/**
 * Verifies one DKIM-Signature of a message offline (RFC 6376, RFC 8463 for Ed25519):
 *
 * <ol>
 *   <li>body hash: canonicalize the body as declared by {@code c=}, cut it at {@code l=} if set,
 *       hash it with the algorithm of {@code a=} and compare with {@code bh=} → pass or fail;
 *   <li>signature: select the header fields named in {@code h=} bottom-up, canonicalize them,
 *       append the DKIM-Signature field with its {@code b=} value deleted, and verify {@code b=}
 *       with the public key supplied for {@code s=}/{@code d=} → pass, fail, or unknown when no key
 *       was supplied.
 * </ol>
 *
 * <p>The two results are independent: a passing signature with a failing body hash means the signed
 * headers are authentic but the body was changed. Supported: {@code rsa-sha256}, {@code rsa-sha1},
 * {@code ed25519-sha256}. Stateless and thread-safe.
 */
public final class DkimVerifier {

  public static final String PASS = "pass";
  public static final String FAIL = "fail";
  public static final String UNKNOWN = "unknown";
  public static final String ERROR = "error";

  private DkimVerifier() {}

  public static EmailFacts.DkimResult verify(RawMessage msg, HeaderField field, DkimKeys keys) {
    DkimSignature sig = DkimSignature.parse(field);
    String alg = sig.algorithm();
    String hashName = hashFor(alg);

    // ---- body hash
    String bodyHash;
    String computed = null;
    Long canonicalLength = null;
    StringBuilder detail = new StringBuilder();
    if (!msg.bodyPresent()) {
      bodyHash = UNKNOWN;
      detail.append("body not available as sent");
    } else if (hashName == null) {
      bodyHash = UNKNOWN;
      detail.append("unsupported algorithm a=").append(alg);
    } else {
      byte[] canon = DkimCanonicalizer.body(msg.body(), sig.bodyCanon());
      canonicalLength = (long) canon.length;
      Long l = sig.length();
      if (l != null && (l < 0 || l > canon.length)) {
        bodyHash = FAIL;
        detail
            .append("l=")
            .append(l)
            .append(" exceeds the canonical body length ")
            .append(canon.length);
      } else {
        int len = l == null ? canon.length : (int) (long) l;
        computed = Base64.getEncoder().encodeToString(digest(hashName, canon, len));
        String bh = sig.tag("bh");
        bodyHash = computed.equals(bh) ? PASS : FAIL;
        detail.append(bodyHash.equals(PASS) ? "body hash matches" : "body hash differs");
      }
    }

    // ---- signature
    String result;
    String keySource = null;
    String why;
    Optional<DkimPublicKey> key = keys.find(sig.selector(), sig.domain());
    if (sig.problem() != null) {
      result = ERROR;
      why = sig.problem();
    } else if (hashName == null) {
      result = ERROR;
      why = "unsupported algorithm a=" + alg;
    } else if (!headerListHasFrom(sig.signedHeaders())) {
      result = ERROR;
      why = "h= does not include From";
    } else if (!identityWithinDomain(sig.tag("i"), sig.domain())) {
      result = ERROR;
      why = "i= is not within d=";
    } else if (key.isEmpty()) {
      result = UNKNOWN;
      why = "no public key supplied for " + sig.selector() + "._domainkey." + sig.domain();
    } else {
      DkimPublicKey k = key.get();
      keySource = k.source();
      String keyAlg = alg.startsWith("ed25519") ? "ed25519" : "rsa";
      if (k.revoked()) {
        result = FAIL;
        why = "the key record is revoked (empty p=)";
      } else if (!k.keyType().equals(keyAlg)) {
        result = ERROR;
        why = "key type k=" + k.keyType() + " does not match a=" + alg;
      } else if (!k.hashAlgorithms().isEmpty()
          && !k.hashAlgorithms().contains(alg.substring(alg.indexOf('-') + 1))) {
        result = ERROR;
        why = "the key does not allow hash " + alg;
      } else {
        try {
          boolean ok = verifySignature(msg, sig, k, alg);
          result = ok ? PASS : FAIL;
          why = ok ? "signature verifies" : "signature does not verify";
        } catch (GeneralSecurityException | IllegalArgumentException e) {
          result = FAIL;
          why = "signature does not verify (" + e.getMessage() + ")";
        }
      }
    }
    detail.append("; ").append(why);
    return new EmailFacts.DkimResult(
        sig.tag("v"),
        sig.tag("a"),
        sig.tag("c"),
        sig.tag("d"),
        sig.tag("s"),
        sig.tag("h") == null ? null : sig.signedHeaders(),
        sig.tag("bh"),
        sig.tag("b"),
        sig.length(),
        sig.number("t"),
        sig.number("x"),
        sig.tag("i"),
        sig.tag("q"),
        bodyHash,
        computed,
        canonicalLength,
        result,
        detail.toString(),
        keySource);
  }

  /** The bytes the signature is computed over (RFC 6376 section 3.7). */
  static byte[] signedData(RawMessage msg, DkimSignature sig) {
    String canon = sig.headerCanon();
    StringBuilder data = new StringBuilder();
    // The field being verified did not exist when it was computed, so it is never selected.
    List<HeaderField> candidates = new ArrayList<>(msg.headers());
    candidates.removeIf(h -> h == sig.field());
    for (HeaderField h : DkimCanonicalizer.select(candidates, sig.signedHeaders())) {
      data.append(DkimCanonicalizer.header(h, canon));
    }
    data.append(DkimCanonicalizer.signatureHeaderWithoutB(sig.field(), canon));
    return data.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean verifySignature(
      RawMessage msg, DkimSignature sig, DkimPublicKey key, String alg)
      throws GeneralSecurityException {
    byte[] data = signedData(msg, sig);
    byte[] b = Base64.getDecoder().decode(sig.tag("b"));
    switch (alg) {
      case "rsa-sha256":
        {
          Signature s = Signature.getInstance("SHA256withRSA");
          s.initVerify(key.publicKey());
          s.update(data);
          return s.verify(b);
        }
      case "rsa-sha1":
        {
          Signature s = Signature.getInstance("SHA1withRSA");
          s.initVerify(key.publicKey());
          s.update(data);
          return s.verify(b);
        }
      case "ed25519-sha256":
        {
          Signature s = Signature.getInstance("Ed25519");
          s.initVerify(key.publicKey());
          s.update(MessageDigest.getInstance("SHA-256").digest(data));
          return s.verify(b);
        }
      default:
        throw new GeneralSecurityException("unsupported algorithm " + alg);
    }
  }

  static String hashFor(String alg) {
    if (alg == null) {
      return null;
    }
    switch (alg.toLowerCase(Locale.ROOT)) {
      case "rsa-sha256":
      case "ed25519-sha256":
        return "SHA-256";
      case "rsa-sha1":
        return "SHA-1";
      default:
        return null;
    }
  }

  private static byte[] digest(String alg, byte[] data, int len) {
    try {
      MessageDigest md = MessageDigest.getInstance(alg);
      md.update(data, 0, len);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(alg + " missing from the JDK", e);
    }
  }

  private static boolean headerListHasFrom(List<String> names) {
    for (String n : names) {
      if (n.equalsIgnoreCase("from")) {
        return true;
      }
    }
    return false;
  }

  private static boolean identityWithinDomain(String i, String d) {
    if (i == null || d == null) {
      return true;
    }
    int at = i.lastIndexOf('@');
    String dom = (at < 0 ? i : i.substring(at + 1)).toLowerCase(Locale.ROOT).trim();
    String dd = d.toLowerCase(Locale.ROOT).trim();
    return dom.equals(dd) || dom.endsWith("." + dd);
  }
}
