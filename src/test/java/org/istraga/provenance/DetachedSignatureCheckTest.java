package org.istraga.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code istraga provenance} on a detached signature ({@code .p7s}) checks it against the document
 * next to it in the case. The evidence is built here: detached CMS signatures made with a fresh
 * key over small text documents, one of which is changed after signing, ingested through the CLI.
 */
class DetachedSignatureCheckTest {

  private static final long DAY = 86_400_000L;

  @TempDir static Path tmp;
  static Path evidence;
  static String caseDir;
  static byte[] goodDoc;

  @BeforeAll
  static void ingest() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair keys = g.generateKeyPair();
    long now = System.currentTimeMillis();
    X500Name subject = new X500Name("CN=Petar Petrović, O=Ministarstvo finansija, C=RS");
    X509CertificateHolder cert =
        new JcaX509v3CertificateBuilder(
                subject, BigInteger.valueOf(0x5eed), new Date(now - DAY), new Date(now + 365 * DAY),
                subject, keys.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));

    evidence = tmp.resolve("dump");
    goodDoc = text("UGOVOR O JAVNOJ NABAVCI br. 404-02-117/2019\nIsporuka opreme, 35 jedinica.\n");
    write("ok/doc.txt", goodDoc);
    write("ok/doc.txt.p7s", sign(goodDoc, keys, cert));

    byte[] signed = text("ANEKS UGOVORA br. 404-02-118/2019\nCena: 1.200.000 dinara.\n");
    write("changed/doc.txt", text("ANEKS UGOVORA br. 404-02-118/2019\nCena: 9.200.000 dinara.\n"));
    write("changed/doc.txt.p7s", sign(signed, keys, cert));

    byte[] memo = text("Službena beleška o sastanku od 3. marta.\n");
    write("loose/memo.txt", memo);
    write("loose/memo.p7s", sign(memo, keys, cert));

    write("alone/odluka.pdf.p7s", sign(text("Odluka o dodeli ugovora.\n"), keys, cert));

    byte[] zapisnik = text("Zapisnik sa otvaranja ponuda.\n");
    write("two/zapisnik.p7s", sign(zapisnik, keys, cert));
    write("two/zapisnik.txt", zapisnik);
    write("two/zapisnik.csv", text("ponudjac;cena\nA;100\n"));

    caseDir = tmp.resolve("case").toString();
    Cli.Result r = Cli.run("ingest", "--case", caseDir, "--ocr", "off", evidence.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void write(String rel, byte[] bytes) throws Exception {
    Path p = evidence.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private static byte[] sign(byte[] content, KeyPair keys, X509CertificateHolder cert)
      throws Exception {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
    gen.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .build(signer, cert));
    gen.addCertificates(new JcaCertStore(List.of(cert)));
    return gen.generate(new CMSProcessableByteArray(content), false).getEncoded();
  }

  private static JsonNode provenance(String pathSuffix) throws Exception {
    DocumentRecord sig = CaseRecords.read(Path.of(caseDir)).byPathSuffix(pathSuffix);
    Cli.Result r = Cli.run("provenance", "--case", caseDir, "--json", sig.id);
    assertEquals(ExitCode.OK, r.code(), r::toString);
    return r.json();
  }

  private static List<String> flags(JsonNode out) {
    List<String> names = new ArrayList<>();
    out.path("flags").forEach(f -> names.add(f.asText()));
    return names;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void signatureNextToItsDocumentVerifiesAgainstIt() throws Exception {
    JsonNode out = provenance("ok/doc.txt.p7s");
    JsonNode cms = out.path("report").path("cms");
    assertTrue(cms.path("detached").asBoolean());
    assertEquals(sha256(goodDoc), cms.path("signed_document").path("id").asText());
    assertEquals(evidence.resolve("ok/doc.txt").toString(), cms.path("signed_document").path("path").asText());
    assertEquals("evidence", cms.path("signed_document").path("source").asText());
    JsonNode s = cms.path("signers").get(0);
    assertEquals("valid", s.path("verification").asText(), s.toString());
    assertTrue(s.path("digest_matches").asBoolean());
    assertTrue(s.path("verification_detail").asText().contains("checked against " + evidence.resolve("ok/doc.txt")));
    assertFalse(flags(out).contains("cms-signature-invalid"), out.toString());
    assertFalse(flags(out).contains("cms-signature-unverified"), out.toString());

    Cli.Result text = Cli.run("provenance", "--case", caseDir,
        CaseRecords.read(Path.of(caseDir)).byPathSuffix("ok/doc.txt.p7s").id);
    assertTrue(text.out().contains("detached signature, checked against " + evidence.resolve("ok/doc.txt")), text.out());
  }

  @Test
  void documentChangedAfterSigningIsInvalid() throws Exception {
    JsonNode out = provenance("changed/doc.txt.p7s");
    JsonNode cms = out.path("report").path("cms");
    assertEquals(evidence.resolve("changed/doc.txt").toString(), cms.path("signed_document").path("path").asText());
    JsonNode s = cms.path("signers").get(0);
    assertEquals("invalid", s.path("verification").asText(), s.toString());
    assertFalse(s.path("digest_matches").asBoolean(true));
    assertTrue(s.path("verification_detail").asText().contains("does not match"), s.toString());
    assertTrue(flags(out).contains("cms-signature-invalid"), out.toString());
  }

  @Test
  void signatureNamedWithoutTheExtensionFindsTheSingleCandidate() throws Exception {
    JsonNode s = provenance("loose/memo.p7s").path("report").path("cms").path("signers").get(0);
    assertEquals("valid", s.path("verification").asText(), s.toString());
  }

  @Test
  void signatureWithoutCompanionStaysUncheckedAndSaysWhy() throws Exception {
    JsonNode out = provenance("alone/odluka.pdf.p7s");
    JsonNode cms = out.path("report").path("cms");
    assertFalse(cms.path("signed_document").has("id"));
    assertTrue(cms.path("signed_document").path("reason").asText().contains(
        "no document in the case at " + evidence.resolve("alone/odluka.pdf")), cms.toString());
    JsonNode s = cms.path("signers").get(0);
    assertEquals("unchecked", s.path("verification").asText());
    assertTrue(s.path("verification_detail").asText().contains("no document to check it against"));
    assertTrue(flags(out).contains("cms-signature-unverified"), out.toString());
  }

  @Test
  void severalCandidatesAreReportedNotGuessed() throws Exception {
    JsonNode cms = provenance("two/zapisnik.p7s").path("report").path("cms");
    assertTrue(cms.path("signed_document").path("reason").asText().startsWith("2 different documents"),
        cms.toString());
    assertEquals("unchecked", cms.path("signers").get(0).path("verification").asText());
  }
}
