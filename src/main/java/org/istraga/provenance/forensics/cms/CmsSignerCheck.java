package org.istraga.provenance.forensics.cms;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Properties;
import org.bouncycastle.util.Store;

/**
 * The offline checks of one CMS (PKCS#7) signer shared by every container that carries CMS
 * signatures: PDF signature dictionaries ({@code forensics.pdf.PdfSignatureInspector}) and signed
 * envelopes ({@code .p7m}, {@code .p7s}: {@link CmsForensics}).
 *
 * <p>What it does: finds the signer certificate among the certificates included in the message,
 * names the algorithms, reads the signing-time and message-digest signed attributes and the
 * signature timestamp token, and verifies the signature value with the included certificate's
 * public key. What it does not do: build a chain to a trusted root, check revocation (OCSP/CRL), or
 * go to the network. Stateless and thread-safe; BouncyCastle is used as a local provider instance,
 * never installed globally.
 */
public final class CmsSignerCheck {

  private static final Provider BC = new BouncyCastleProvider();
  private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();
  private static final String UNSAFE_INTEGER = "org.bouncycastle.asn1.allow_unsafe_integer";

  private CmsSignerCheck() {}

  /**
   * Runs {@code work} with BouncyCastle tolerating non-minimal INTEGER encodings (certificate serial
   * numbers with a leading zero, written by real-world signers and rejected by default). The
   * override is thread-local, so it affects neither other threads nor the cryptographic result
   * (signatures are over bytes, not over parsed values).
   */
  public static <T> T lenient(Supplier<T> work) {
    boolean wasSet = Properties.setThreadOverride(UNSAFE_INTEGER, true);
    try {
      return work.get();
    } finally {
      if (!wasSet) {
        Properties.removeThreadOverride(UNSAFE_INTEGER);
      }
    }
  }

  /** The certificate in {@code cms} that matches the signer's identifier, or null if absent. */
  public static X509CertificateHolder signerCertificate(
      CMSSignedData cms, SignerInformation signer) {
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
    return matches.isEmpty() ? null : matches.iterator().next();
  }

  /**
   * The certificates included in {@code cms} as given (no chain building), those in {@code first}
   * leading in their order, at most {@code max}.
   */
  public static List<X509CertificateHolder> certificates(
      CMSSignedData cms, List<X509CertificateHolder> first, int max) {
    List<X509CertificateHolder> out = new ArrayList<>();
    for (X509CertificateHolder c : first) {
      if (c != null && !out.contains(c) && out.size() < max) {
        out.add(c);
      }
    }
    Store<X509CertificateHolder> store = cms.getCertificates();
    for (X509CertificateHolder c : store.getMatches(null)) {
      if (out.size() >= max) {
        break;
      }
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The digest algorithm, e.g. {@code SHA-256}. */
  public static String digestAlgorithm(SignerInformation signer) {
    return NAMES
        .getAlgorithmName(signer.getDigestAlgorithmID().getAlgorithm())
        .replaceFirst("^SHA(\\d+)$", "SHA-$1");
  }

  /** The signature algorithm, e.g. {@code SHA256withRSA} (the OID if BouncyCastle has no name). */
  public static String signatureAlgorithm(SignerInformation signer) {
    AlgorithmIdentifier sigAlg = signer.toASN1Structure().getDigestEncryptionAlgorithm();
    try {
      return new DefaultCMSSignatureAlgorithmNameGenerator()
          .getSignatureName(signer.getDigestAlgorithmID(), sigAlg);
    } catch (RuntimeException e) {
      return sigAlg.getAlgorithm().getId();
    }
  }

  /** The signing-time signed attribute (the signer's own clock), or null. */
  public static Date signingTime(SignerInformation signer) {
    AttributeTable signed = signer.getSignedAttributes();
    Attribute st = signed == null ? null : signed.get(CMSAttributes.signingTime);
    if (st == null || st.getAttrValues().size() == 0) {
      return null;
    }
    try {
      return Time.getInstance(st.getAttrValues().getObjectAt(0)).getDate();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The message-digest signed attribute, or null when the signer has no signed attributes (then the
   * signature is directly over the content).
   *
   * @throws IllegalArgumentException if signed attributes are present without a message digest
   */
  public static byte[] messageDigest(SignerInformation signer) {
    AttributeTable signed = signer.getSignedAttributes();
    if (signed == null) {
      return null;
    }
    Attribute md = signed.get(CMSAttributes.messageDigest);
    if (md == null || md.getAttrValues().size() == 0) {
      throw new IllegalArgumentException("the signed attributes carry no message digest");
    }
    return ASN1OctetString.getInstance(md.getAttrValues().getObjectAt(0)).getOctets();
  }

  /**
   * The RFC 3161 token of the signature-time-stamp unsigned attribute, or null if there is none.
   *
   * @throws Exception if the attribute is present but not a readable timestamp token
   */
  public static TimeStampToken signatureTimestamp(SignerInformation signer) throws Exception {
    AttributeTable unsigned = signer.getUnsignedAttributes();
    Attribute ts =
        unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    if (ts == null || ts.getAttrValues().size() == 0) {
      return null;
    }
    ASN1Encodable tok = ts.getAttrValues().getObjectAt(0);
    return new TimeStampToken(new CMSSignedData(tok.toASN1Primitive().getEncoded()));
  }

  /**
   * True if the timestamp's message imprint is the digest of this signer's signature value, i.e.
   * the timestamp was issued for this very signature.
   */
  public static boolean timestampCoversSignature(TimeStampToken token, SignerInformation signer)
      throws NoSuchAlgorithmException {
    ASN1ObjectIdentifier alg = token.getTimeStampInfo().getMessageImprintAlgOID();
    return MessageDigest.isEqual(
        token.getTimeStampInfo().getMessageImprintDigest(), digest(alg, signer.getSignature()));
  }

  /** The digest of {@code data} with the algorithm named by {@code alg}. */
  public static byte[] digest(ASN1ObjectIdentifier alg, byte[] data)
      throws NoSuchAlgorithmException {
    return MessageDigest.getInstance(NAMES.getAlgorithmName(alg), BC).digest(data);
  }

  /**
   * Verifies the signature value with {@code cert}'s public key: over the DER encoding of the
   * signed attributes when there are some, else directly over {@code content}.
   *
   * @param content the signed content; only used when the signer has no signed attributes
   * @throws Exception if the key or algorithm is unusable (reported by callers as a failed check)
   */
  public static boolean verifyValue(
      SignerInformation signer, X509CertificateHolder cert, byte[] content) throws Exception {
    AlgorithmIdentifier sigAlg = signer.toASN1Structure().getDigestEncryptionAlgorithm();
    SignerInformationVerifier verifier =
        new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(cert);
    ContentVerifier cv = verifier.getContentVerifier(sigAlg, signer.getDigestAlgorithmID());
    byte[] signed = signer.getSignedAttributes() != null ? signer.getEncodedSignedAttributes() : content;
    if (signed == null) {
      throw new IllegalArgumentException("the signature is over content that is not available");
    }
    try (OutputStream out = cv.getOutputStream()) {
      out.write(signed);
    }
    return cv.verify(signer.getSignature());
  }

  /**
   * The common name as written in the certificate. A directory string is returned as is: the RFC
   * 4514 escapes of a distinguished name ({@code \,} for a comma) belong to the DN syntax, not to
   * the name. In a multi-valued name part ({@code CN=... + SERIALNUMBER=...}) the common name is
   * picked by its type, not by its place in the set. Without a common name, the whole name.
   */
  public static String commonName(X500Name name) {
    String cn = commonNameOrNull(name);
    if (cn != null) {
      return cn;
    }
    String s = name.toString();
    return s.isEmpty() ? null : s;
  }

  /** The common name as {@link #commonName} reads it, or null when the name has none. */
  public static String commonNameOrNull(X500Name name) {
    for (RDN rdn : name.getRDNs(BCStyle.CN)) {
      for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
        if (BCStyle.CN.equals(atv.getType())) {
          ASN1Encodable value = atv.getValue();
          return value instanceof ASN1String s ? s.getString() : IETFUtils.valueToString(value);
        }
      }
    }
    return null;
  }
}
