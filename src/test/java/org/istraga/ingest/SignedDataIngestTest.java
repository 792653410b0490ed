package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.istraga.ingest.tika.SignedDataParser;
import org.istraga.store.Hashes;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document signed in a PKCS#7 / CMS envelope ({@code ugovor.txt.p7m}): the signed document is
 * its own child with its own bytes, text and id; the signer is recorded; a detached signature is
 * an empty document with the reason, not a damaged one.
 */
class SignedDataIngestTest {

  @TempDir Path tmp;

  private static byte[] sign(byte[] content, boolean encapsulate) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    X500Name subject = new X500Name("CN=Petar Petrović, O=Ministarstvo unutrašnjih poslova, C=RS");
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate());
    X509CertificateHolder cert = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(0x5eed),
        new Date(System.currentTimeMillis() - 86_400_000L), new Date(System.currentTimeMillis() + 86_400_000L),
        subject, kp.getPublic()).build(signer);
    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
    gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
        .build(signer, cert));
    gen.addCertificates(new JcaCertStore(List.of(cert)));
    return gen.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
  }

  @Test
  void theSignedDocumentIsAChildWithItsOwnBytesAndTheSignerIsRecorded() throws Exception {
    byte[] contract = ("UGOVOR O JAVNOJ NABAVCI br. 404-02-117/2019\n"
        + "Isporuka opreme za mrežu eLTE, ukupno 35 jedinica.\n").getBytes(StandardCharsets.UTF_8);
    Path evidence = Files.createDirectories(tmp.resolve("evidence"));
    Files.write(evidence.resolve("ugovor.txt.p7m"), sign(contract, true));
    Files.write(evidence.resolve("ugovor.txt.p7s"), sign(contract, false));
    Path caseDir = tmp.resolve("case");
    Cli.Result r = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", evidence.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    CaseRecords recs = CaseRecords.read(caseDir);

    DocumentRecord envelope = recs.byPathSuffix("ugovor.txt.p7m");
    assertEquals("ok", envelope.status, envelope.statusReason);
    String signers = String.valueOf(envelope.metadata.get(SignedDataParser.SIGNER));
    assertTrue(signers.contains("CN=Petar Petrović") && signers.contains("serial 5eed"), signers);

    DocumentRecord signed = recs.byPathSuffix("ugovor.txt.p7m!/ugovor.txt");
    assertEquals(Hashes.of(contract).sha256(), signed.id, "the child is the signed bytes themselves");
    assertEquals(envelope.id, signed.occurrences.get(0).parent());
    assertEquals("ok", signed.status);
    assertTrue(signed.text.contains("UGOVOR O JAVNOJ NABAVCI"), signed.text);
    Path blob = new org.istraga.store.BlobStore(caseDir.resolve("blobs")).path(signed.id);
    assertEquals(signed.id, Hashes.of(blob).sha256(), "its bytes are stored");

    DocumentRecord detached = recs.byPathSuffix("ugovor.txt.p7s");
    assertEquals("empty", detached.status);
    assertTrue(detached.statusReason.startsWith("detached signature"), detached.statusReason);
  }
}
