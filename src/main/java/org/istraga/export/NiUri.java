package org.istraga.export;

import java.util.Base64;
import java.util.HexFormat;
import org.istraga.IstragaException;

/**
 * RFC 6920 "Named Information" URIs: {@code ni:///sha-256;<base64url of the digest, no padding>}.
 * A citation pinned with one names the exact bytes it quotes, wherever they are stored.
 */
public final class NiUri {

  private NiUri() {}

  /** The ni URI of a SHA-256 given as 64 hex characters. */
  public static String sha256(String hex) {
    if (hex == null || hex.length() != 64) {
      throw new IstragaException(IstragaException.Kind.INTERNAL, "not a SHA-256 hex digest: " + hex);
    }
    byte[] digest = HexFormat.of().parseHex(hex);
    return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }
}
