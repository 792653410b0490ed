package org.istraga.provenance.forensics.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately plain DKIM signer for tests (rsa-sha256, relaxed/relaxed only), written from RFC
 * 6376 without using the production canonicalizer, so that production verification is checked
 * against an independent implementation.
 */
final class TestDkimSigner {

  private TestDkimSigner() {}

  /** Returns {@code message} (CRLF line endings) with a DKIM-Signature field prepended. */
  static String sign(
      String message, String domain, String selector, List<String> names, PrivateKey key)
      throws Exception {
    int split = message.indexOf("\r\n\r\n");
    String head = message.substring(0, split + 2);
    String body = message.substring(split + 4);
    // relaxed body
    List<String> lines = new ArrayList<>(List.of(body.split("\r\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<String> reduced = new ArrayList<>();
    for (String l : lines) {
      reduced.add(l.replaceAll("[ \t]+", " ").replaceAll(" $", ""));
    }
    while (!reduced.isEmpty() && reduced.get(reduced.size() - 1).isEmpty()) {
      reduced.remove(reduced.size() - 1);
    }
    StringBuilder canonBody = new StringBuilder();
    for (String l : reduced) {
      canonBody.append(l).append("\r\n");
    }
    String bh =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(canonBody.toString().getBytes(StandardCharsets.ISO_8859_1)));
    // headers: unfold, split into fields
    List<String[]> fields = new ArrayList<>();
    for (String f : head.split("\r\n(?![ \t])")) {
      if (f.isEmpty()) {
        continue;
      }
      int c = f.indexOf(':');
      fields.add(new String[] {f.substring(0, c), f.substring(c + 1)});
    }
    StringBuilder data = new StringBuilder();
    boolean[] used = new boolean[fields.size()];
    for (String name : names) {
      for (int i = fields.size() - 1; i >= 0; i--) {
        if (!used[i] && fields.get(i)[0].trim().equalsIgnoreCase(name)) {
          used[i] = true;
          data.append(relaxed(fields.get(i)[0], fields.get(i)[1])).append("\r\n");
          break;
        }
      }
    }
    String sigValue =
        " v=1; a=rsa-sha256; c=relaxed/relaxed; d="
            + domain
            + "; s="
            + selector
            + ";\r\n\th="
            + String.join(":", names)
            + "; bh="
            + bh
            + "; b=";
    data.append(relaxed("DKIM-Signature", sigValue));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(data.toString().getBytes(StandardCharsets.ISO_8859_1));
    String b = Base64.getEncoder().encodeToString(s.sign());
    return "DKIM-Signature:" + sigValue + b + "\r\n" + message;
  }

  private static String relaxed(String name, String value) {
    String v = value.replace("\r\n", "").replaceAll("[ \t]+", " ").trim();
    return name.trim().toLowerCase(Locale.ROOT) + ":" + v;
  }
}
