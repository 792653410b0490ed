package org.istraga.provenance.forensics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.istraga.IstragaException;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DkimKeysTest {

  private static String rsaP() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(1024);
    return Base64.getEncoder().encodeToString(g.generateKeyPair().getPublic().getEncoded());
  }

  @Test
  void readsPlainZoneStyleAndSplitRecords() throws Exception {
    String p = rsaP();
    String text =
        "# keys from the sender's DNS, 2024-03-12\n"
            + "sel1._domainkey.example.com TXT \"v=DKIM1; k=rsa; p="
            + p
            + "\"\n"
            + "\n"
            + "sel2._domainkey.Example.ORG. 300 IN TXT \"v=DKIM1; k=rsa; \" \"p="
            + p.substring(0, 40)
            + "\" \""
            + p.substring(40)
            + "\" ; trailing comment\n"
            + "$ORIGIN example.net.\n"
            + "sel3._domainkey IN TXT (\n  \"v=DKIM1; h=sha256; t=y:s; \"\n  \"p="
            + p
            + "\" )\n";
    DkimKeys keys = DkimKeys.parse(text, "keys.txt");
    assertEquals(3, keys.size());
    DkimPublicKey k1 = keys.find("sel1", "example.com").orElseThrow();
    assertEquals("rsa", k1.keyType());
    assertEquals("keys.txt:2", k1.source());
    DkimPublicKey k2 = keys.find("SEL2", "example.org").orElseThrow();
    assertEquals(k1.publicKey(), k2.publicKey());
    DkimPublicKey k3 = keys.find("sel3", "example.net").orElseThrow();
    assertEquals(List.of("sha256"), k3.hashAlgorithms());
    assertEquals(List.of("y", "s"), k3.flags());
    assertEquals("keys.txt:6", k3.source());
  }

  @Test
  void emptyKeyMeansRevoked() {
    DkimKeys keys = DkimKeys.parse("old._domainkey.example.com TXT \"v=DKIM1; p=\"", "k");
    assertTrue(keys.find("old", "example.com").orElseThrow().revoked());
  }

  @Test
  void badInputNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("keys.txt");
    Files.writeString(
        f,
        "sel._domainkey.example.com TXT \"v=DKIM1; p="
            + rsaP()
            + "\"\nexample.com TXT \"p=abc\"\n");
    IstragaException e = assertThrows(IstragaException.class, () -> DkimKeys.load(f));
    assertEquals(IstragaException.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
    assertTrue(e.getMessage().contains("selector._domainkey.domain"), e.getMessage());
  }

  @Test
  void rejectsBadBase64UnclosedParenthesisAndUnknownKeyType() {
    IstragaException b64 =
        assertThrows(
            IstragaException.class,
            () -> DkimKeys.parse("a._domainkey.x.org TXT \"p=***\"", "k.txt"));
    assertTrue(b64.getMessage().startsWith("k.txt:1: "), b64.getMessage());
    IstragaException paren =
        assertThrows(
            IstragaException.class,
            () -> DkimKeys.parse("a._domainkey.x.org TXT ( \"p=abc\"\n", "k.txt"));
    assertTrue(paren.getMessage().contains("k.txt:1"), paren.getMessage());
    IstragaException type =
        assertThrows(
            IstragaException.class,
            () -> DkimKeys.parse("a._domainkey.x.org TXT \"k=dsa; p=AAAA\"", "k.txt"));
    assertTrue(type.getMessage().contains("k=dsa"), type.getMessage());
  }

  @Test
  void missingFileIsNotFound() {
    IstragaException e =
        assertThrows(IstragaException.class, () -> DkimKeys.load(Path.of("/nonexistent/keys.txt")));
    assertEquals(IstragaException.Kind.NOT_FOUND, e.kind());
  }

  @Test
  void fixtureKeyFileLoads() {
    DkimKeys keys =
        DkimKeys.load(Corpus.projectDir().resolve("src/test/resources/provenance/dkim/keys.txt"));
    assertEquals(2, keys.size());
    assertEquals("ed25519", keys.find("ed2024", "sender.example").orElseThrow().keyType());
    assertEquals("rsa", keys.find("rsa2024", "sender.example").orElseThrow().keyType());
  }
}
