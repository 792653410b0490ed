package org.istraga.provenance.forensics.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.istraga.provenance.forensics.cms.CertificateFacts;
import org.istraga.provenance.forensics.cms.CmsSignerCheck;
import org.istraga.provenance.forensics.pdf.PdfRevisionScanner.Layout;

/**
 * Checks one PDF signature dictionary against the file's bytes, offline:
 *
 * <ol>
 *   <li>coverage: does {@code /ByteRange} start at 0, leave out exactly the {@code /Contents} hex
 *       string, and end where a revision ends? How many bytes and revisions follow it?
 *   <li>integrity: does the digest of the signed bytes equal the digest inside the signature (the
 *       CMS message-digest attribute; for {@code adbe.pkcs7.sha1} the signed SHA-1; for document
 *       timestamps the RFC 3161 message imprint)?
 *   <li>authenticity of the value: does the signature over the signed attributes verify with the
 *       public key of the signer certificate included in the signature?
 * </ol>
 *
 * <p>No network access: no certificate chain building, no revocation (OCSP/CRL) checks, no trust
 * anchors. Stateless and thread-safe; BouncyCastle is used as a local provider instance, never
 * installed globally.
 */
public final class PdfSignatureInspector {

  static final String APPROVAL = "approval";
  static final String CERTIFICATION = "certification";
  static final String USAGE_RIGHTS = "usage_rights";
  static final String DOCUMENT_TIMESTAMP = "document_timestamp";

  private static final long MAX_SIGNED_BYTES = Integer.MAX_VALUE - 64;
  private static final int MAX_CERTIFICATES = 50;

  private PdfSignatureInspector() {}

  /**
   * Inspects one signature dictionary.
   *
   * @param sig the signature dictionary ({@code /V} of a signature field, or a {@code /Perms}
   *     entry)
   * @param fieldName the field name or {@code /Perms} key
   * @param kind {@code approval}, {@code certification} or {@code usage_rights}
   * @param data the whole file
   * @param layout the file's revision layout
   */
  public static PdfSignatureFacts inspect(
      COSDictionary sig, String fieldName, String kind, byte[] data, Layout layout) {
    String filter = nameOf(sig.getDictionaryObject(COSName.FILTER));
    String subFilter = nameOf(sig.getDictionaryObject(COSName.SUB_FILTER));
    if ("ETSI.RFC3161".equals(subFilter)
        || COSName.getPDFName("DocTimeStamp").equals(sig.getCOSName(COSName.TYPE))) {
      kind = DOCUMENT_TIMESTAMP;
    }
    String reason = sig.getString(COSName.REASON);
    String location = sig.getString(COSName.LOCATION);
    String dictName = sig.getString(COSName.NAME);
    String m = sig.getString(COSName.M);
    String claimed = m == null ? null : PdfDates.iso(m);

    // ---- coverage
    List<Long> range = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    COSBase br = sig.getDictionaryObject(COSName.BYTERANGE);
    if (br instanceof COSArray arr) {
      for (int i = 0; i < arr.size() && i < 64; i++) {
        COSBase b = arr.getObject(i);
        range.add(b instanceof COSNumber n ? n.longValue() : -1L);
      }
    }
    boolean wellFormed = range.size() >= 2 && range.size() % 2 == 0;
    long signedEnd = 0;
    long signedTotal = 0;
    for (int i = 0; wellFormed && i < range.size(); i += 2) {
      long off = range.get(i);
      long len = range.get(i + 1);
      if (off < 0 || len < 0 || off + len > data.length || (i > 0 && off < signedEnd)) {
        wellFormed = false;
      } else {
        signedEnd = off + len;
        signedTotal += len;
      }
    }
    if (!wellFormed || signedTotal > MAX_SIGNED_BYTES) {
      problems.add("byte-range-malformed");
      signedEnd = 0;
    } else {
      if (range.get(0) != 0) {
        problems.add("not-starting-at-zero");
      }
      boolean gapsOk = range.size() == 4;
      for (int i = 1; gapsOk && i + 1 < range.size(); i += 2) {
        long gapStart = range.get(i - 1) + range.get(i);
        long gapEnd = range.get(i + 1);
        gapsOk = isContentsGap(data, gapStart, gapEnd);
      }
      if (!gapsOk) {
        problems.add("gap-not-contents");
      }
      if (!layout.isRevisionEnd(signedEnd)) {
        problems.add("revision-tail-unsigned");
      }
    }
    long bytesAfter = data.length - signedEnd;
    int revisionsAfter = layout.revisionsAfter(signedEnd);
    boolean coversWhole = wellFormed && signedEnd == data.length;

    // ---- cryptography
    Verification v = new Verification();
    byte[] contents = contentsOf(sig);
    if (contents == null || contents.length == 0) {
      v.unchecked("no /Contents in the signature dictionary");
    } else if (!wellFormed) {
      v.invalid("the /ByteRange is malformed, so the signed bytes are undefined");
    } else if ("adbe.x509.rsa_sha1".equals(subFilter)) {
      v.unchecked("adbe.x509.rsa_sha1 (raw PKCS#1) signatures are not checked");
    } else {
      byte[] signed = concat(data, range);
      verifyCms(contents, signed, subFilter, kind, v);
    }
    String signerName = v.signerName != null ? v.signerName : dictName;
    return new PdfSignatureFacts(
        fieldName,
        kind,
        filter,
        subFilter,
        signerName,
        v.signerSubject,
        reason,
        location,
        claimed,
        v.signingTime,
        v.timestampTime,
        v.digestAlgorithm,
        v.signatureAlgorithm,
        List.copyOf(range),
        signedEnd,
        coversWhole,
        bytesAfter,
        revisionsAfter,
        List.copyOf(problems),
        v.digestMatches,
        v.signatureValueValid,
        v.result,
        v.detail,
        List.copyOf(v.certificates),
        CERTIFICATION.equals(kind) ? mdpPermissions(sig) : null);
  }

  /**
   * {@code /P} of the DocMDP transform parameters: 1 to 3, and 2 when absent, out of range or when
   * no DocMDP reference is declared.
   */
  static Integer mdpPermissions(COSDictionary sig) {
    COSDictionary r = docMdpReference(sig);
    if (r != null) {
      COSDictionary params =
          PdfInventory.dict(r.getDictionaryObject(COSName.getPDFName("TransformParams")));
      int p = params == null ? 2 : params.getInt(COSName.P, 2);
      return p >= 1 && p <= 3 ? p : 2;
    }
    return 2;
  }

  /**
   * The signature reference dictionary whose transform method is DocMDP (a certification
   * signature's), among the first 16 of {@code /Reference}, or null.
   */
  static COSDictionary docMdpReference(COSDictionary sig) {
    COSBase ref = sig.getDictionaryObject(COSName.getPDFName("Reference"));
    if (ref instanceof COSArray arr) {
      for (int i = 0; i < arr.size() && i < 16; i++) {
        COSDictionary r = PdfInventory.dict(arr.getObject(i));
        if (r != null
            && COSName.DOCMDP.equals(r.getCOSName(COSName.getPDFName("TransformMethod")))) {
          return r;
        }
      }
    }
    return null;
  }

  /** Mutable result of the CMS check. */
  static final class Verification {
    String result = PdfSignatureFacts.UNCHECKED;
    String detail;
    Boolean digestMatches;
    Boolean signatureValueValid;
    String signerName;
    String signerSubject;
    String signingTime;
    String timestampTime;
    String digestAlgorithm;
    String signatureAlgorithm;
    final List<CertificateFacts> certificates = new ArrayList<>();

    void unchecked(String why) {
      result = PdfSignatureFacts.UNCHECKED;
      detail = why;
    }

    void invalid(String why) {
      result = PdfSignatureFacts.INVALID;
      detail = why;
    }
  }

  /**
   * Parses and checks the CMS structure. Real-world signers write non-minimal INTEGER encodings
   * (e.g. certificate serial numbers with a leading zero) that BouncyCastle rejects by default; the
   * check tolerates them through a thread-local BouncyCastle override, which affects neither other
   * threads nor the cryptographic result (signatures are over bytes, not over parsed values).
   */
  static void verifyCms(
      byte[] contents, byte[] signed, String subFilter, String kind, Verification v) {
    CmsSignerCheck.lenient(
        () -> {
          verifyCmsStrict(contents, signed, subFilter, kind, v);
          return null;
        });
  }

  private static void verifyCmsStrict(
      byte[] contents, byte[] signed, String subFilter, String kind, Verification v) {
    CMSSignedData cms;
    try {
      cms = new CMSSignedData(trimDer(contents));
    } catch (CMSException | IOException | RuntimeException e) {
      v.invalid("the signature value is not a readable CMS/PKCS#7 structure: " + e.getMessage());
      return;
    }
    boolean timestamp = DOCUMENT_TIMESTAMP.equals(kind);
    boolean sha1Content = "adbe.pkcs7.sha1".equals(subFilter);
    CMSProcessable econtent = cms.getSignedContent();
    byte[] econtentBytes = null;
    if (econtent != null && econtent.getContent() instanceof byte[] b && b.length > 0) {
      econtentBytes = b; // an empty eContent is treated as absent (detached)
    }
    try {
      if (econtentBytes == null) {
        cms = new CMSSignedData(new CMSProcessableByteArray(signed), trimDer(contents));
      }
    } catch (CMSException | IOException | RuntimeException e) {
      v.invalid("cannot attach the signed bytes to the signature: " + e.getMessage());
      return;
    }
    Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
    if (signers.isEmpty()) {
      v.invalid("the signature holds no signer");
      return;
    }
    SignerInformation signer = signers.iterator().next();
    X509CertificateHolder signerCert = CmsSignerCheck.signerCertificate(cms, signer);
    // certificates, signer first
    if (signerCert != null) {
      v.signerSubject = signerCert.getSubject().toString();
      v.signerName = commonName(signerCert.getSubject());
    }
    for (X509CertificateHolder c :
        CmsSignerCheck.certificates(
            cms, signerCert == null ? List.of() : List.of(signerCert), MAX_CERTIFICATES)) {
      v.certificates.add(certificate(c, c.equals(signerCert)));
    }
    AlgorithmIdentifier digestAlg = signer.getDigestAlgorithmID();
    v.digestAlgorithm = CmsSignerCheck.digestAlgorithm(signer);
    v.signatureAlgorithm = CmsSignerCheck.signatureAlgorithm(signer);
    AttributeTable signedAttrs = signer.getSignedAttributes();
    v.signingTime = PdfDates.iso(CmsSignerCheck.signingTime(signer));
    try {
      TimeStampToken token = CmsSignerCheck.signatureTimestamp(signer);
      v.timestampTime = token == null ? null : PdfDates.iso(token.getTimeStampInfo().getGenTime());
    } catch (Exception e) {
      v.timestampTime = null;
    }

    // ---- 1. digest of the signed bytes vs the digest the signature vouches for
    // The signed attributes' message digest covers the encapsulated content when there is one
    // (sha1 sub-filter, timestamp tokens), else the ByteRange bytes.
    byte[] mdContent = econtentBytes != null ? econtentBytes : signed;
    Boolean mdMatches = null;
    try {
      if (signedAttrs != null) {
        byte[] expected;
        try {
          expected = CmsSignerCheck.messageDigest(signer);
        } catch (IllegalArgumentException e) {
          v.invalid(e.getMessage());
          return;
        }
        mdMatches = MessageDigest.isEqual(expected, digest(digestAlg.getAlgorithm(), mdContent));
      }
      if (timestamp) {
        TimeStampToken token = new TimeStampToken(cms);
        v.timestampTime = PdfDates.iso(token.getTimeStampInfo().getGenTime());
        ASN1ObjectIdentifier alg = token.getTimeStampInfo().getMessageImprintAlgOID();
        byte[] expected = token.getTimeStampInfo().getMessageImprintDigest();
        boolean imprint = MessageDigest.isEqual(expected, digest(alg, signed));
        v.digestMatches = imprint && !Boolean.FALSE.equals(mdMatches);
      } else if (sha1Content) {
        byte[] inner = econtentBytes;
        if (inner != null) {
          ASN1Primitive p = ASN1Primitive.fromByteArray(inner);
          if (p instanceof ASN1OctetString os) {
            inner = os.getOctets();
          }
        }
        boolean docDigest =
            inner != null
                && MessageDigest.isEqual(inner, MessageDigest.getInstance("SHA-1").digest(signed));
        v.digestMatches = docDigest && !Boolean.FALSE.equals(mdMatches);
      } else if (econtentBytes != null) {
        // A detached format with encapsulated content: the content must be the signed bytes.
        v.digestMatches = Arrays.equals(econtentBytes, signed) && !Boolean.FALSE.equals(mdMatches);
      } else {
        v.digestMatches = mdMatches;
      }
    } catch (Exception e) {
      v.invalid("cannot compute or compare the digest: " + e.getMessage());
      return;
    }

    // ---- 2. the signature value (certificate validity is a separate rule, not checked here)
    if (signerCert == null) {
      v.unchecked(
          "the signer certificate is not included in the signature, so the signature value"
              + " cannot be checked offline");
      if (Boolean.FALSE.equals(v.digestMatches)) {
        v.invalid("the signed bytes do not match the digest in the signature");
      }
      return;
    }
    try {
      // With signed attributes the signature covers their DER encoding; without, the content.
      v.signatureValueValid = CmsSignerCheck.verifyValue(signer, signerCert, mdContent);
      if (v.digestMatches == null) {
        // No signed attributes: the signature over the content is the digest check.
        v.digestMatches = v.signatureValueValid;
      }
    } catch (Exception e) {
      v.signatureValueValid = false;
      v.invalid("the signature value cannot be verified: " + e.getMessage());
      return;
    }
    if (Boolean.TRUE.equals(v.digestMatches) && Boolean.TRUE.equals(v.signatureValueValid)) {
      v.result = PdfSignatureFacts.VALID;
      v.detail =
          "the signed bytes match the signature and the signature value verifies with the"
              + " included signer certificate";
    } else if (Boolean.FALSE.equals(v.digestMatches)) {
      v.invalid(
          "the signed bytes do not match the digest in the signature (altered after signing)");
    } else {
      v.invalid("the signature value does not verify with the signer certificate's public key");
    }
  }

  private static byte[] digest(ASN1ObjectIdentifier alg, byte[] data)
      throws NoSuchAlgorithmException {
    return CmsSignerCheck.digest(alg, data);
  }

  /** The DER object at the start of {@code contents}, without the zero padding after it. */
  static byte[] trimDer(byte[] contents) throws IOException {
    int len = derLength(contents);
    return len > 0 && len < contents.length ? Arrays.copyOf(contents, len) : contents;
  }

  private static int derLength(byte[] b) {
    if (b.length < 2) {
      return -1;
    }
    int l = b[1] & 0xff;
    if (l < 0x80) {
      return 2 + l;
    }
    int n = l & 0x7f;
    if (n == 0 || n > 4 || 2 + n > b.length) {
      return -1; // indefinite length: let the parser find the end
    }
    long len = 0;
    for (int i = 0; i < n; i++) {
      len = (len << 8) | (b[2 + i] & 0xff);
    }
    long total = 2 + n + len;
    return total > b.length ? -1 : (int) total;
  }

  private static byte[] contentsOf(COSDictionary sig) {
    COSBase c = sig.getDictionaryObject(COSName.CONTENTS);
    return c instanceof COSString s ? s.getBytes() : null;
  }

  private static byte[] concat(byte[] data, List<Long> range) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < range.size(); i += 2) {
      out.write(data, (int) (long) range.get(i), (int) (long) range.get(i + 1));
    }
    return out.toByteArray();
  }

  /**
   * True if the gap [start, end) excludes nothing but the {@code /Contents} hex string: either the
   * whole string with its delimiters, or only its hex digits with the delimiters just outside.
   */
  static boolean isContentsGap(byte[] data, long start, long end) {
    if (isHexString(data, start, end)) {
      return true;
    }
    if (start < 1 || end >= data.length || end <= start) {
      return false;
    }
    if (data[(int) start - 1] != '<' || data[(int) end] != '>') {
      return false;
    }
    for (long i = start; i < end; i++) {
      if (!isHexOrSpace(data[(int) i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHexOrSpace(int c) {
    return (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'f')
        || (c >= 'A' && c <= 'F')
        || c == ' '
        || c == '\r'
        || c == '\n'
        || c == '\t'
        || c == '\f'
        || c == 0;
  }

  /** True if bytes [start, end) are exactly one PDF hex string {@code <...>}. */
  static boolean isHexString(byte[] data, long start, long end) {
    if (start < 0 || end > data.length || end - start < 2) {
      return false;
    }
    if (data[(int) start] != '<' || data[(int) end - 1] != '>') {
      return false;
    }
    for (long i = start + 1; i < end - 1; i++) {
      int c = data[(int) i];
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      boolean ws = c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\f' || c == 0;
      if (!hex && !ws) {
        return false;
      }
    }
    return true;
  }

  static CertificateFacts certificate(X509CertificateHolder c, boolean signer) {
    return CertificateFacts.of(c, signer);
  }

  /** The signer's common name; see {@link CmsSignerCheck#commonName}. */
  static String commonName(X500Name name) {
    return CmsSignerCheck.commonName(name);
  }

  private static String nameOf(COSBase b) {
    return b instanceof COSName n ? n.getName() : null;
  }
}
