package org.istraga.provenance.forensics.office;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.crypto.dsig.XMLSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.LenientDates;
import org.istraga.provenance.forensics.SafeXml;
import org.istraga.provenance.forensics.cms.CmsSignerCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads and checks the XML digital signatures stored in an Office package: OOXML {@code
 * _xmlsignatures/sig*.xml} and OpenDocument {@code META-INF/documentsignatures.xml} (and macro
 * signatures). For each signature: the signer certificate (the end-entity certificate of the
 * signature's {@code KeyInfo}), whether it is self-signed, the signing time the signer's software
 * claimed (XAdES {@code SigningTime}, Office's {@code SignatureTime/Value} or ODF's {@code
 * dc:date}) and whether the signature covers it, a XAdES signature timestamp ({@link
 * XadesTimestamp}), the signer's comment, and the result of {@link OfficeSignatureVerifier}.
 *
 * <p>Cost: the signature part is parsed into a DOM (at most {@value #MAX_SIGNATURE_PART_BYTES}
 * bytes, no DTD) and every part a signature references is read once per signature and digested.
 * Runs only for packages that carry signatures. Stateless.
 */
final class OfficeSignatureReader {

  /** Signature parts larger than this are not read (certificates and CRLs included). */
  static final long MAX_SIGNATURE_PART_BYTES = 16L * 1024 * 1024;

  private OfficeSignatureReader() {}

  /** True for the package parts that hold signatures. */
  static boolean isSignaturePart(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.matches("_xmlsignatures/sig\\d*\\.xml")
        || n.equals("meta-inf/documentsignatures.xml")
        || n.equals("meta-inf/macrosignatures.xml");
  }

  /** True for the ODF part that holds macro signatures (they cover only the macro parts). */
  static boolean isMacroSignaturePart(String name) {
    return name.equalsIgnoreCase("META-INF/macrosignatures.xml");
  }

  /** The signatures of one signature part (an ODF part may hold several), at most {@code max}. */
  static List<OfficeFacts.Signature> read(
      ZipParts zip, String part, AnalysisContext ctx, int max) throws Exception {
    byte[] xml = zip.read(part, Math.min(ctx.limits().maxXmlPartBytes(), MAX_SIGNATURE_PART_BYTES));
    List<OfficeFacts.Signature> out = new ArrayList<>();
    if (xml == null) {
      return out;
    }
    Document doc = SafeXml.document(new ByteArrayInputStream(xml));
    String idProblem = registerIds(doc.getDocumentElement());
    OfficeSignatureVerifier verifier =
        new OfficeSignatureVerifier(
            (sameDocument, parsed) ->
                new PartDereferencer(
                    zip,
                    sameDocument,
                    parsed,
                    ctx.limits().maxXmlPartBytes(),
                    ctx.limits().maxFileBytes()),
            ContentTypes.read(zip, ctx.limits().maxObjects() * 50),
            ctx::deadlinePassed);
    for (Element sig : signatureElements(doc)) {
      if (out.size() >= max || !ctx.withinBudget("office.signature " + part)) {
        break;
      }
      out.add(signature(part, sig, verifier, idProblem));
    }
    return out;
  }

  private static List<Element> signatureElements(Document doc) {
    Element root = doc.getDocumentElement();
    List<Element> out = new ArrayList<>();
    if (isDsig(root, "Signature")) {
      out.add(root);
      return out;
    }
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && isDsig(e, "Signature")) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Marks every {@code Id} attribute as an XML ID so that {@code #id} references resolve; returns
   * why the document is refused (an Id used twice, the pattern of signature-wrapping attacks), or
   * null.
   */
  private static String registerIds(Element root) {
    Map<String, Element> seen = new HashMap<>();
    String problem = null;
    Deque<Element> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Element e = todo.pop();
      if (e.hasAttributeNS(null, "Id")) {
        String id = e.getAttributeNS(null, "Id");
        if (seen.putIfAbsent(id, e) != null && problem == null) {
          problem =
              "the Id \"" + id + "\" is used twice (a signature-wrapping pattern); not checked";
        }
        e.setIdAttributeNS(null, "Id", true);
      }
      for (Node n = e.getLastChild(); n != null; n = n.getPreviousSibling()) {
        if (n instanceof Element child) {
          todo.push(child);
        }
      }
    }
    return problem;
  }

  private static OfficeFacts.Signature signature(
      String part, Element sig, OfficeSignatureVerifier verifier, String idProblem) {
    Element timeElement = signingTimeElement(sig);
    String time = timeElement == null ? null : timeElement.getTextContent().strip();
    String iso = time == null ? null : LenientDates.format(LenientDates.parse(time));
    String claimed = iso != null ? iso : time;
    String comment = text(first(sig, null, "SignatureComments"));
    XadesTimestamp ts = XadesTimestamp.of(sig);
    String tsTime = ts == null ? null : ts.time();
    String tsAuthority = ts == null ? null : ts.authority();
    Boolean tsCovers = ts == null ? null : ts.coversSignature();
    String tsNote = ts == null || ts.problem() == null ? "" : "; " + ts.problem();
    X509Certificate signer;
    try {
      signer = signerCertificate(sig);
    } catch (CertificateException | IllegalArgumentException e) {
      OfficeSignatureVerifier.Outcome o =
          verifier.verify(sig, null, "signer certificate unreadable: " + e.getMessage());
      return new OfficeFacts.Signature(
          part, null, null, null, null, null, null, claimed, comment,
          "signer certificate unreadable: " + e.getMessage(), null, o.signatureAlgorithm(), null,
          tsTime, tsAuthority, tsCovers, null, o.verification(), o.detail() + tsNote,
          o.references());
    }
    OfficeSignatureVerifier.Outcome o =
        verifier.verify(sig, signer == null ? null : signer.getPublicKey(), idProblem);
    Boolean timeSigned =
        timeElement == null || OfficeFacts.UNCHECKED.equals(o.verification())
            ? null
            : covered(timeElement, sig, o.signedIds());
    if (signer == null) {
      return new OfficeFacts.Signature(
          part, null, null, null, null, null, null, claimed, comment, "no signer certificate",
          null, o.signatureAlgorithm(), timeSigned, tsTime, tsAuthority, tsCovers,
          o.signatureValueValid(), o.verification(), o.detail() + tsNote, o.references());
    }
    X500Name subject = X500Name.getInstance(signer.getSubjectX500Principal().getEncoded());
    X500Name issuer = X500Name.getInstance(signer.getIssuerX500Principal().getEncoded());
    return new OfficeFacts.Signature(
        part,
        CmsSignerCheck.commonNameOrNull(subject),
        subject.toString(),
        issuer.toString(),
        signer.getSerialNumber().toString(16),
        signer.getNotBefore().toInstant().atOffset(ZoneOffset.UTC).toString(),
        signer.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toString(),
        claimed,
        comment,
        null,
        selfSigned(signer),
        o.signatureAlgorithm(),
        timeSigned,
        tsTime,
        tsAuthority,
        tsCovers,
        o.signatureValueValid(),
        o.verification(),
        o.detail() + tsNote,
        o.references());
  }

  /**
   * The signer's certificate: among the certificates of the signature's {@code KeyInfo} (else of
   * the whole signature), the first that issued none of the others (the end entity of a chain).
   */
  private static X509Certificate signerCertificate(Element sig) throws CertificateException {
    List<X509Certificate> certs = new ArrayList<>();
    Element keyInfo = first(sig, XMLSignature.XMLNS, "KeyInfo");
    NodeList list =
        (keyInfo != null ? keyInfo : sig).getElementsByTagNameNS("*", "X509Certificate");
    if (list.getLength() == 0 && keyInfo != null) {
      list = sig.getElementsByTagNameNS("*", "X509Certificate");
    }
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    for (int i = 0; i < list.getLength() && i < 20; i++) {
      String b64 = list.item(i).getTextContent().replaceAll("\\s+", "");
      certs.add(
          (X509Certificate)
              cf.generateCertificate(
                  new ByteArrayInputStream(Base64.getMimeDecoder().decode(b64))));
    }
    for (X509Certificate c : certs) {
      boolean issuesAnother = false;
      for (X509Certificate other : certs) {
        if (other != c
            && !other.getSubjectX500Principal().equals(other.getIssuerX500Principal())
            && other.getIssuerX500Principal().equals(c.getSubjectX500Principal())) {
          issuesAnother = true;
        }
      }
      if (!issuesAnother) {
        return c;
      }
    }
    return certs.isEmpty() ? null : certs.get(0);
  }

  /** True if the certificate names itself as issuer and its own key verifies it. */
  static boolean selfSigned(X509Certificate c) {
    if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
      return false;
    }
    try {
      c.verify(c.getPublicKey());
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** XAdES {@code SigningTime}, else the first Office {@code SignatureTime/Value} or ODF date. */
  private static Element signingTimeElement(Element sig) {
    Element xades = first(sig, null, "SigningTime");
    if (xades != null) {
      return xades;
    }
    NodeList all = sig.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      Node parent = e.getParentNode();
      String parentName = parent == null ? null : parent.getLocalName();
      if ("Value".equals(e.getLocalName()) && "SignatureTime".equals(parentName)
          || "date".equals(e.getLocalName()) && "SignatureProperty".equals(parentName)) {
        return e;
      }
    }
    return null;
  }

  /** True if {@code e} or an ancestor inside the signature is referenced by a valid reference. */
  private static boolean covered(Element e, Element sig, Set<String> signedIds) {
    for (Node n = e; n != null && n != sig; n = n.getParentNode()) {
      if (n instanceof Element el
          && el.hasAttributeNS(null, "Id")
          && signedIds.contains(el.getAttributeNS(null, "Id"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDsig(Element e, String local) {
    return XMLSignature.XMLNS.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
  }

  /** The first descendant with this local name (in {@code ns}, or any namespace if null). */
  private static Element first(Element in, String ns, String local) {
    NodeList l = in.getElementsByTagNameNS(ns == null ? "*" : ns, local);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.getTextContent().strip();
    return t.isEmpty() ? null : t;
  }
}
