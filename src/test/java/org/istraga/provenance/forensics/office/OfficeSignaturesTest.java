package org.istraga.provenance.forensics.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML digital signatures inside Office packages. The report said nothing about them (corpus
 * testWORD_signed.docx, testEXCEL_signed.xlsx, testPPT_signed.pptx: _xmlsignatures/sig1.xml names
 * the signer "Allison, Timothy B." and SigningTime 2019-09-27T14:21:59Z, as a plain XML read
 * shows). Packages here are written with POI or by hand, the certificate made with BouncyCastle.
 */
class OfficeSignaturesTest {

  private final ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());

  @Test
  void ooxmlSignatureNamesSignerTimeAndComment(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Ugovor o nabavci");
      doc.write(docx);
    }
    String sig =
        "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"idPackageSignature\">"
            + "<SignedInfo/><SignatureValue>AAAA</SignatureValue>"
            + "<KeyInfo><X509Data><X509Certificate>"
            + certificate("CN=Jovanović\\, Ana, O=Ministarstvo, C=RS", 0xabcdef)
            + "</X509Certificate></X509Data></KeyInfo>"
            + "<Object Id=\"idPackageObject\"><SignatureProperties><SignatureProperty"
            + " Target=\"#idPackageSignature\"><mdssi:SignatureTime xmlns:mdssi="
            + "\"http://schemas.openxmlformats.org/package/2006/digital-signature\">"
            + "<mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format>"
            + "<mdssi:Value>2024-03-01T10:15:00Z</mdssi:Value></mdssi:SignatureTime>"
            + "</SignatureProperty></SignatureProperties></Object>"
            + "<Object><SignatureProperties><SignatureProperty><SignatureInfoV1"
            + " xmlns=\"http://schemas.microsoft.com/office/2006/digsig\">"
            + "<SignatureComments>Odobreno</SignatureComments></SignatureInfoV1>"
            + "</SignatureProperty></SignatureProperties></Object></Signature>";
    Path file = dir.resolve("signed.docx");
    Files.write(file, withEntry(docx.toByteArray(), "_xmlsignatures/sig1.xml", sig));
    ForensicReport r =
        analyzer.analyze(
            file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    List<OfficeFacts.Signature> s = r.office().signatures();
    assertEquals(1, s.size());
    assertEquals("Jovanović, Ana", s.get(0).signerName());
    assertEquals("abcdef", s.get(0).serialNumber());
    assertEquals("2024-03-01T10:15:00Z", s.get(0).claimedSigningTime());
    assertEquals("Odobreno", s.get(0).comments());
    assertNull(s.get(0).problem());
    Flag f = r.flag(FlagName.OFFICE_SIGNED).orElseThrow();
    assertTrue(f.message().contains("Jovanović, Ana"), f.message());
    assertEquals(List.of(), r.errors());
  }

  @Test
  void odfDocumentSignaturesAreAllListed(@TempDir Path dir) throws Exception {
    String sigs =
        "<document-signatures xmlns=\"urn:oasis:names:tc:opendocument:xmlns:digitalsignature:1.0\">"
            + signatureOdf("CN=Petar Petrović, C=RS", 7, "2023-05-06T07:08:09.123456789")
            + signatureOdf("CN=Ana Anić, C=RS", 8, "2023-05-07T10:00:00")
            + "</document-signatures>";
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      put(z, "mimetype", "application/vnd.oasis.opendocument.text");
      put(
          z,
          "META-INF/manifest.xml",
          "<manifest:manifest"
              + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
              + "<manifest:file-entry manifest:full-path=\"/\""
              + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "</manifest:manifest>");
      put(z, "content.xml", "<office:document-content xmlns:office="
          + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
      put(z, "META-INF/documentsignatures.xml", sigs);
    }
    Path file = dir.resolve("potpisan.odt");
    Files.write(file, zip.toByteArray());
    ForensicReport r = analyzer.analyze(file, "application/vnd.oasis.opendocument.text");
    List<OfficeFacts.Signature> s = r.office().signatures();
    assertEquals(2, s.size(), String.valueOf(r.errors()));
    assertEquals("Petar Petrović", s.get(0).signerName());
    assertEquals("2023-05-06T07:08:09", s.get(0).claimedSigningTime().substring(0, 19));
    assertEquals("Ana Anić", s.get(1).signerName());
    assertTrue(r.hasFlag(FlagName.OFFICE_SIGNED));
  }

  private static String signatureOdf(String subject, long serial, String date) throws Exception {
    return "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"ID_" + serial + "\">"
        + "<SignedInfo/><SignatureValue>AAAA</SignatureValue><KeyInfo><X509Data>"
        + "<X509Certificate>" + certificate(subject, serial) + "</X509Certificate>"
        + "</X509Data></KeyInfo><Object><SignatureProperties><SignatureProperty>"
        + "<dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" + date + "</dc:date>"
        + "</SignatureProperty></SignatureProperties></Object></Signature>";
  }

  private static String certificate(String subjectDn, long serial) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    X500Name subject = new X500Name(subjectDn);
    long now = System.currentTimeMillis();
    byte[] der =
        new JcaX509v3CertificateBuilder(
                subject,
                BigInteger.valueOf(serial),
                new Date(now - 86_400_000L),
                new Date(now + 86_400_000L),
                subject,
                kp.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate()))
            .getEncoded();
    return Base64.getMimeEncoder().encodeToString(der); // line-wrapped, as signers write it
  }

  private static byte[] withEntry(byte[] zipBytes, String name, String content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(z);
        z.closeEntry();
      }
      put(z, name, content);
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream z, String name, String content) throws Exception {
    z.putNextEntry(new ZipEntry(name));
    z.write(content.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }
}
