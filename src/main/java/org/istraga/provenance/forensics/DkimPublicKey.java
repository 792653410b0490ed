package org.istraga.provenance.forensics;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;

/**
 * One DKIM key record ({@code selector._domainkey.domain}) as published in DNS and supplied to
 * Istraga offline.
 *
 * @param selector the selector ({@code s=} of a signature), lower case
 * @param domain the signing domain ({@code d=} of a signature), lower case, no trailing dot
 * @param keyType {@code rsa} or {@code ed25519} ({@code k=})
 * @param publicKey the decoded key; null when the record is revoked (empty {@code p=})
 * @param hashAlgorithms acceptable hashes ({@code h=}); empty means any
 * @param flags {@code t=} flags such as {@code y} (testing) and {@code s} (strict)
 * @param source where the record came from, as {@code file:line}
 */
public record DkimPublicKey(
    String selector,
    String domain,
    String keyType,
    PublicKey publicKey,
    List<String> hashAlgorithms,
    List<String> flags,
    String source) {

  public DkimPublicKey {
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(keyType, "keyType");
    hashAlgorithms = List.copyOf(hashAlgorithms);
    flags = List.copyOf(flags);
  }

  /** True when the record has an empty {@code p=}: the key was revoked by its owner. */
  public boolean revoked() {
    return publicKey == null;
  }

  /** The DNS name the record was published under. */
  public String dnsName() {
    return selector + "._domainkey." + domain;
  }
}
