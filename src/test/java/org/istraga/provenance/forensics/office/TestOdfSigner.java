package org.istraga.provenance.forensics.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignatureProperties;
import javax.xml.crypto.dsig.SignatureProperty;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs an OpenDocument package in the test, the way LibreOffice does (ODF 1.2): one reference per
 * package entry except {@code mimetype} and the signature file, XML parts canonicalized, a {@code
 * dc:date} signature property, the signer certificate in {@code KeyInfo}; written to {@code
 * META-INF/documentsignatures.xml}. Uses the JDK's XML signature API with its own plain
 * dereferencer (not the one under test) and a self-signed certificate made with BouncyCastle.
 */
final class TestOdfSigner {

  static final String NS_DSIG_ODF = "urn:oasis:names:tc:opendocument:xmlns:digitalsignature:1.0";
  static final String SIGNATURES = "META-INF/documentsignatures.xml";

  final KeyPair keys;
  final X509Certificate certificate;

  TestOdfSigner(String subjectDn, Date notBefore, Date notAfter) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
    X500Name subject = new X500Name(subjectDn);
    byte[] der =
        new JcaX509v3CertificateBuilder(
                subject, BigInteger.valueOf(0x5ca1ab1eL), notBefore, notAfter, subject,
                keys.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()))
            .getEncoded();
    certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
  }

  /** A minimal text document with an image, unsigned. */
  static Map<String, byte[]> document() {
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    parts.put("mimetype", bytes("application/vnd.oasis.opendocument.text"));
    parts.put(
        "content.xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\""
                + office + "\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " office:version=\"1.2\"><office:body><office:text>"
                + "<text:p>Ugovor br. 404-02-117/2019 vredi 1.250.000 dinara.</text:p>"
                + "</office:text></office:body></office:document-content>"));
    parts.put(
        "styles.xml",
        bytes("<office:document-styles xmlns:office=\"" + office + "\" office:version=\"1.2\"/>"));
    parts.put(
        "meta.xml",
        bytes(
            "<office:document-meta xmlns:office=\"" + office + "\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">"
                + "<office:meta><meta:initial-creator>Ana Anić</meta:initial-creator>"
                + "<dc:creator>Ana Anić</dc:creator></office:meta></office:document-meta>"));
    parts.put(
        "Pictures/pečat 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2});
    parts.put(
        "META-INF/manifest.xml",
        bytes(
            "<manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\""
                + " manifest:media-type=\"text/xml\"/></manifest:manifest>"));
    return parts;
  }

  /** {@code parts} plus {@code META-INF/documentsignatures.xml} signing all of them. */
  Map<String, byte[]> sign(Map<String, byte[]> parts, String date) throws Exception {
    return sign(parts, date, name -> !name.equals("mimetype"), SIGNATURES);
  }

  /** {@code parts} plus {@code signaturePart} signing those {@code signed} accepts. */
  Map<String, byte[]> sign(
      Map<String, byte[]> parts,
      String date,
      java.util.function.Predicate<String> signed,
      String signaturePart)
      throws Exception {
    XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
    DigestMethod sha256 = fac.newDigestMethod(DigestMethod.SHA256, null);
    Transform c14n =
        fac.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null);
    List<Reference> refs = new ArrayList<>();
    for (String name : parts.keySet()) {
      if (!signed.test(name)) {
        continue;
      }
      String uri = name.replace(" ", "%20");
      refs.add(
          name.endsWith(".xml")
              ? fac.newReference(uri, sha256, List.of(c14n), null, null)
              : fac.newReference(uri, sha256));
    }
    refs.add(fac.newReference("#idDate", sha256));
    SignedInfo si =
        fac.newSignedInfo(
            fac.newCanonicalizationMethod(
                CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
            fac.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
            refs);
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    Document doc = dbf.newDocumentBuilder().newDocument();
    Element root = doc.createElementNS(NS_DSIG_ODF, "document-signatures");
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS_DSIG_ODF);
    doc.appendChild(root);
    Element dcDate = doc.createElementNS("http://purl.org/dc/elements/1.1/", "dc:date");
    dcDate.setAttributeNS(
        "http://www.w3.org/2000/xmlns/", "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    dcDate.setTextContent(date);
    SignatureProperty prop =
        fac.newSignatureProperty(List.of(new DOMStructure(dcDate)), "#ID_1", "idDate");
    SignatureProperties props = fac.newSignatureProperties(List.of(prop), null);
    XMLObject object = fac.newXMLObject(List.of(props), null, null, null);
    KeyInfoFactory kif = fac.getKeyInfoFactory();
    XMLSignature sig =
        fac.newXMLSignature(
            si,
            kif.newKeyInfo(List.of(kif.newX509Data(List.of(certificate)))),
            List.of(object),
            "ID_1",
            null);
    DOMSignContext ctx = new DOMSignContext(keys.getPrivate(), root);
    URIDereferencer standard = fac.getURIDereferencer();
    ctx.setURIDereferencer(
        (ref, c) -> {
          if (ref.getURI().startsWith("#")) {
            return standard.dereference(ref, c);
          }
          byte[] b = parts.get(ref.getURI().replace("%20", " "));
          return new OctetStreamData(new ByteArrayInputStream(b));
        });
    sig.sign(ctx);
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(doc), new StreamResult(xml));
    Map<String, byte[]> out = new java.util.LinkedHashMap<>(parts);
    out.put(signaturePart, xml.toByteArray());
    return out;
  }

  /**
   * {@code signed} with a XAdES signature timestamp added after signing, as XAdES-T does: an
   * unsigned property holding an RFC 3161 token made with BouncyCastle by a test authority named
   * {@code tsaName} at {@code time}. For {@code forThisSignature} the token's imprint is the
   * SHA-256 of the signature value element in canonical form (XAdES), written out here by the
   * rules of inclusive C14N (the element has no attributes; the dsig namespace is its only
   * in-scope namespace); otherwise the imprint is of other data.
   */
  Map<String, byte[]> timestamped(
      Map<String, byte[]> signed, Date time, String tsaName, boolean forThisSignature)
      throws Exception {
    X500Name tsa = new X500Name("CN=" + tsaName + ", C=RS");
    X509CertificateHolder tsaCert =
        new JcaX509v3CertificateBuilder(
                tsa, BigInteger.TEN, new Date(time.getTime() - 86_400_000L),
                new Date(time.getTime() + 86_400_000L), tsa, keys.getPublic())
            .addExtension(
                Extension.extendedKeyUsage, true,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
    TimeStampTokenGenerator tsg =
        new TimeStampTokenGenerator(
            new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()),
                    tsaCert),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            new ASN1ObjectIdentifier("1.2.3.4.1"));
    tsg.addCertificates(new JcaCertStore(List.of(tsaCert)));
    String xml = new String(signed.get(SIGNATURES), StandardCharsets.UTF_8);
    String value =
        xml.substring(xml.indexOf("<SignatureValue>") + 16, xml.indexOf("</SignatureValue>"));
    String canonical =
        "<SignatureValue xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"
            + value.replace("&#13;", "&#xD;")
            + "</SignatureValue>";
    byte[] imprint =
        MessageDigest.getInstance("SHA-256")
            .digest(bytes(forThisSignature ? canonical : "other data"));
    TimeStampRequestGenerator request = new TimeStampRequestGenerator();
    request.setCertReq(true); // the authority's certificate is returned in the token
    byte[] token =
        tsg.generate(
                request.generate(NISTObjectIdentifiers.id_sha256, imprint), BigInteger.ONE, time)
            .getEncoded();
    String xades = "http://uri.etsi.org/01903/v1.3.2#";
    String object =
        "<Object><xd:QualifyingProperties xmlns:xd=\"" + xades + "\" Target=\"#ID_1\">"
            + "<xd:UnsignedProperties><xd:UnsignedSignatureProperties><xd:SignatureTimeStamp>"
            + "<CanonicalizationMethod Algorithm=\"" + CanonicalizationMethod.INCLUSIVE + "\"/>"
            + "<xd:EncapsulatedTimeStamp>" + Base64.getEncoder().encodeToString(token)
            + "</xd:EncapsulatedTimeStamp></xd:SignatureTimeStamp></xd:UnsignedSignatureProperties>"
            + "</xd:UnsignedProperties></xd:QualifyingProperties></Object></Signature>";
    Map<String, byte[]> out = new java.util.LinkedHashMap<>(signed);
    out.put(SIGNATURES, bytes(xml.replace("</Signature>", object)));
    return out;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
