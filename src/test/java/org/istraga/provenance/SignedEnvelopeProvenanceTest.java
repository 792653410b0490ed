package org.istraga.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Date;
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
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From ingest to {@code istraga provenance}: a signed contract envelope ({@code .p7m}) and its
 * detached signature ({@code .p7s}) get a {@code cms} report (before, the ingest made no forensic
 * report for them, so provenance said "no forensic report").
 */
class SignedEnvelopeProvenanceTest {

  @TempDir Path tmp;

  private static byte[] sign(byte[] content, boolean encapsulate) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    X500Name subject = new X500Name("CN=Petar Petrović, O=Ministarstvo finansija, C=RS");
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate());
    long now = System.currentTimeMillis();
    X509CertificateHolder cert =
        new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(0x5eed),
            new Date(now - 86_400_000L), new Date(now + 86_400_000L), subject, kp.getPublic())
            .build(signer);
    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
    gen.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .build(signer, cert));
    gen.addCertificates(new JcaCertStore(List.of(cert)));
    return gen.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
  }

  @Test
  void envelopeAndDetachedSignatureGetACmsReport() throws Exception {
    byte[] contract =
        "UGOVOR O JAVNOJ NABAVCI br. 404-02-117/2019\n".getBytes(StandardCharsets.UTF_8);
    Path evidence = Files.createDirectories(tmp.resolve("evidence"));
    Files.write(evidence.resolve("ugovor.txt.p7m"), sign(contract, true));
    Files.write(evidence.resolve("ugovor.txt.p7s"), sign(contract, false));
    Path caseDir = tmp.resolve("case");
    Cli.Result in =
        Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", evidence.toString());
    assertEquals(ExitCode.OK, in.code(), in::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord envelope = recs.byPathSuffix("ugovor.txt.p7m");
    Cli.Result p = Cli.run("provenance", "--case", caseDir.toString(), envelope.id, "--json");
    assertEquals(ExitCode.OK, p.code(), p::toString);
    JsonNode cms = p.json().path("report").path("cms");
    assertEquals(Hashes.of(contract).sha256(), cms.path("content_sha256").asText(), p.out());
    JsonNode signer = cms.path("signers").path(0);
    assertEquals("Petar Petrović", signer.path("signer_name").asText());
    assertEquals("valid", signer.path("verification").asText());

    Cli.Result text = Cli.run("provenance", "--case", caseDir.toString(), envelope.id);
    assertTrue(text.out().contains("Signer Petar Petrović: valid"), text.out());

    DocumentRecord detached = recs.byPathSuffix("ugovor.txt.p7s");
    Cli.Result d = Cli.run("provenance", "--case", caseDir.toString(), detached.id);
    assertTrue(d.out().contains("detached signature"), d.out());
    assertTrue(d.out().contains("cms-signature-unverified"), d.out());
  }
}
