package org.istraga.provenance.forensics.office;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.istraga.provenance.forensics.LenientDates;
import org.istraga.provenance.forensics.cms.CmsSignerCheck;

/**
 * Reads the XML digital signatures stored in an Office package: OOXML {@code
 * _xmlsignatures/sig*.xml} and OpenDocument {@code META-INF/documentsignatures.xml} (and macro
 * signatures). For each signature: the signer certificate (the first {@code X509Certificate} of
 * the signature), the signing time the signer's software claimed (XAdES {@code SigningTime},
 * Office's {@code SignatureTime/Value} or ODF's {@code dc:date}) and the signer's comment.
 * Signatures are <em>not</em> verified (that needs the package's reference transforms); the report
 * says so. Stateless.
 */
final class OfficeSignatureReader {

  private OfficeSignatureReader() {}

  /** True for the package parts that hold signatures. */
  static boolean isSignaturePart(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.matches("_xmlsignatures/sig\\d*\\.xml")
        || n.equals("meta-inf/documentsignatures.xml")
        || n.equals("meta-inf/macrosignatures.xml");
  }

  /** The signatures of one signature part (an ODF part may hold several), at most {@code max}. */
  static List<OfficeFacts.Signature> read(ZipParts zip, String part, int maxElements, int max)
      throws Exception {
    byte[] xml = zip.read(part);
    List<OfficeFacts.Signature> out = new ArrayList<>();
    if (xml == null) {
      return out;
    }
    List<String[]> found = new ArrayList<>(); // {certificate, time, comment}
    XmlWalker.walk(
        new ByteArrayInputStream(xml),
        new XmlWalker.Visitor() {
          @Override
          public boolean start(javax.xml.stream.XMLStreamReader r, String parent, int depth) {
            String local = r.getLocalName();
            if (local.equals("Signature") && found.size() < max) {
              found.add(new String[3]);
              return false;
            }
            return local.equals("X509Certificate")
                || local.equals("SigningTime")
                || local.equals("Value") && "SignatureTime".equals(parent)
                || local.equals("date") && "SignatureProperty".equals(parent)
                || local.equals("SignatureComments");
          }

          @Override
          public void text(String ns, String local, String text) {
            if (found.isEmpty() || text.isEmpty()) {
              return;
            }
            String[] s = found.get(found.size() - 1);
            if (local.equals("X509Certificate")) {
              s[0] = s[0] == null ? text : s[0];
            } else if (local.equals("SignatureComments")) {
              s[2] = text;
            } else if (s[1] == null || local.equals("SigningTime")) {
              s[1] = text;
            }
          }
        },
        maxElements);
    for (String[] s : found) {
      out.add(signature(part, s[0], s[1], s[2]));
    }
    return out;
  }

  private static OfficeFacts.Signature signature(
      String part, String certBase64, String time, String comment) {
    String iso = time == null ? null : LenientDates.format(LenientDates.parse(time));
    String claimed = iso != null ? iso : time;
    if (certBase64 == null) {
      return new OfficeFacts.Signature(
          part, null, null, null, null, null, null, claimed, comment, "no signer certificate");
    }
    try {
      X509Certificate c =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(
                          Base64.getMimeDecoder().decode(certBase64.replaceAll("\\s+", ""))));
      X500Name subject = X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
      X500Name issuer = X500Name.getInstance(c.getIssuerX500Principal().getEncoded());
      return new OfficeFacts.Signature(
          part,
          CmsSignerCheck.commonNameOrNull(subject),
          subject.toString(),
          issuer.toString(),
          c.getSerialNumber().toString(16),
          c.getNotBefore().toInstant().atOffset(ZoneOffset.UTC).toString(),
          c.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toString(),
          claimed,
          comment,
          null);
    } catch (CertificateException | IllegalArgumentException e) {
      return new OfficeFacts.Signature(
          part,
          null,
          null,
          null,
          null,
          null,
          null,
          claimed,
          comment,
          "signer certificate unreadable: " + e.getMessage());
    }
  }
}
