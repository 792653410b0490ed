package org.istraga.provenance.forensics.office;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.Data;
import javax.xml.crypto.NodeSetData;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dom.DOMCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.crypto.dsig.XMLSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.istraga.provenance.forensics.LenientDates;
import org.istraga.provenance.forensics.cms.CmsSignerCheck;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The XAdES signature timestamp of an XML signature ({@code xades:SignatureTimeStamp}, added by
 * XAdES-T signers after signing): an RFC 3161 token whose message imprint must be the digest of
 * the canonicalized {@code ds:SignatureValue} element, the canonicalization named in the
 * timestamp (inclusive C14N when it names none). The canonical form is made by the JDK's own
 * canonicalizer over the element's node set; the digest by BouncyCastle. The token's own
 * signature and its authority's certificate chain are not checked. Stateless.
 *
 * @param time the token's time, or null
 * @param authority the common name of the certificate that signed the token when included, else
 *     the authority name the token states, else null
 * @param coversSignature true if the imprint is the digest of this signature's value, false if the
 *     token was issued for other data, null if it could not be compared
 * @param problem why the token could not be read or compared, or null
 */
record XadesTimestamp(String time, String authority, Boolean coversSignature, String problem) {

  /** The XML canonicalization algorithms, the only ones a signature may name for canonicalizing. */
  static final Set<String> C14N =
      Set.of(
          CanonicalizationMethod.INCLUSIVE,
          CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
          CanonicalizationMethod.EXCLUSIVE,
          CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
          "http://www.w3.org/2006/12/xml-c14n11",
          "http://www.w3.org/2006/12/xml-c14n11#WithComments");

  /** The signature's timestamp, or null if it has none. */
  static XadesTimestamp of(Element sig) {
    Element ts = first(sig, "SignatureTimeStamp");
    Element enc = ts == null ? null : first(ts, "EncapsulatedTimeStamp");
    if (enc == null) {
      return null;
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(enc.getTextContent().replaceAll("\\s+", ""));
    } catch (IllegalArgumentException e) {
      return new XadesTimestamp(null, null, null, "the timestamp is not base64: " + e.getMessage());
    }
    return CmsSignerCheck.lenient(() -> read(sig, ts, der));
  }

  private static XadesTimestamp read(Element sig, Element ts, byte[] der) {
    TimeStampToken token;
    try {
      token = new TimeStampToken(new CMSSignedData(der));
    } catch (Exception e) {
      return new XadesTimestamp(null, null, null, "the timestamp is unreadable: " + e.getMessage());
    }
    String time = LenientDates.format(token.getTimeStampInfo().getGenTime());
    String authority = null;
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> certs = token.getCertificates().getMatches(token.getSID());
    if (!certs.isEmpty()) {
      authority = CmsSignerCheck.commonName(certs.iterator().next().getSubject());
    } else if (token.getTimeStampInfo().getTsa() != null) {
      authority = token.getTimeStampInfo().getTsa().getName().toString();
    }
    Element value = null;
    for (Node n = sig.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && XMLSignature.XMLNS.equals(e.getNamespaceURI())
          && "SignatureValue".equals(e.getLocalName())) {
        value = e;
      }
    }
    Element method = firstChild(ts, XMLSignature.XMLNS, "CanonicalizationMethod");
    String alg =
        method == null ? CanonicalizationMethod.INCLUSIVE : method.getAttribute("Algorithm");
    if (value == null || !C14N.contains(alg)) {
      return new XadesTimestamp(
          time,
          authority,
          null,
          value == null ? "the signature has no value" : "unsupported canonicalization " + alg);
    }
    try {
      byte[] canonical = canonicalize(value, alg);
      byte[] digest =
          CmsSignerCheck.digest(token.getTimeStampInfo().getMessageImprintAlgOID(), canonical);
      boolean covers =
          MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest());
      return new XadesTimestamp(time, authority, covers, null);
    } catch (Exception e) {
      return new XadesTimestamp(
          time,
          authority,
          null,
          "the timestamp's imprint could not be compared: " + e.getMessage());
    }
  }

  /** The canonical form of {@code e}'s subtree (a document subset: in-scope namespaces kept). */
  static byte[] canonicalize(Element e, String algorithm) throws Exception {
    List<Node> nodes = new ArrayList<>();
    collect(e, nodes);
    NodeSetData<Node> data = nodes::iterator;
    TransformService c14n = TransformService.getInstance(algorithm, "DOM");
    c14n.init(null);
    Data out = c14n.transform(data, new DOMCryptoContext() {});
    try {
      return ((OctetStreamData) out).getOctetStream().readAllBytes();
    } catch (IOException io) {
      throw new IllegalStateException("canonical form unreadable", io);
    }
  }

  private static void collect(Node n, List<Node> out) {
    out.add(n);
    NamedNodeMap attrs = n.getAttributes();
    if (attrs != null) {
      for (int i = 0; i < attrs.getLength(); i++) {
        out.add(attrs.item(i));
      }
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      collect(c, out);
    }
  }

  private static Element first(Element in, String local) {
    NodeList l = in.getElementsByTagNameNS("*", local);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static Element firstChild(Element in, String ns, String local) {
    for (Node n = in.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
