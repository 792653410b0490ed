package org.istraga.provenance.forensics.cms;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.LenientDates;
import org.istraga.store.Hashes;

/**
 * Forensics of a CMS / PKCS#7 signed envelope: the {@code .p7m} of Italian and Serbian
 * e-procurement (CAdES, the signed document inside) and the detached {@code .p7s}.
 *
 * <p>For every signer it checks, offline, that the digest of the encapsulated content equals the
 * signed message digest and that the signature value verifies with the signer certificate included
 * in the envelope ({@link CmsSignerCheck}, shared with the PDF signature checks). A detached
 * signature's value over its signed attributes is still checked; whether they belong to a document
 * is checked only when the caller passes that document in ({@link SignedDocument}, found for
 * example next to the {@code .p7s} in the case), else the signer stays unchecked. It raises the
 * {@code cms-*} flags. No chain building, no revocation, no network.
 *
 * <p>Cost: one parse of the envelope held in memory and one digest per signer. Stateless and
 * thread-safe.
 */
public final class CmsForensics {

  private static final int MAX_SIGNERS = 20;
  private static final int MAX_CERTIFICATES = 50;

  private CmsForensics() {}

  /**
   * Analyzes one envelope.
   *
   * @param data the whole file (DER, or Base64 / PEM-armoured DER)
   * @param ctx receives flags and errors
   * @return the facts, or null if the bytes are not a readable CMS signed-data envelope (then an
   *     error says why)
   */
  public static CmsFacts analyze(byte[] data, AnalysisContext ctx) {
    return analyze(data, null, ctx);
  }

  /**
   * Analyzes one envelope; a detached one is checked against {@code document} when it is found.
   *
   * @param data the whole file (DER, or Base64 / PEM-armoured DER)
   * @param document the document a detached signature is over, or why there is none; null if
   *     nobody looked. Ignored when the envelope carries its content.
   * @param ctx receives flags and errors
   * @return the facts, or null if the bytes are not a readable CMS signed-data envelope
   */
  public static CmsFacts analyze(byte[] data, SignedDocument document, AnalysisContext ctx) {
    return CmsSignerCheck.lenient(() -> analyzeStrict(data, document, ctx));
  }

  private static CmsFacts analyzeStrict(byte[] data, SignedDocument document, AnalysisContext ctx) {
    String encoding = "der";
    byte[] der = data;
    if (data.length > 0 && data[0] != 0x30) {
      String text = new String(data, StandardCharsets.US_ASCII).strip();
      if (text.startsWith("-----BEGIN")) {
        encoding = "pem";
        text = text.replaceAll("-----[A-Z0-9 ]+-----", "");
      } else {
        encoding = "base64";
      }
      try {
        der = Base64.getMimeDecoder().decode(text.replaceAll("\\s+", ""));
      } catch (IllegalArgumentException e) {
        ctx.error("cms", "neither DER nor Base64: " + e.getMessage());
        return null;
      }
    }
    CMSSignedData cms;
    try {
      cms = new CMSSignedData(der);
    } catch (Exception e) {
      ctx.error("cms", "not a readable CMS signed-data envelope: " + e.getMessage());
      return null;
    }
    byte[] content = null;
    CMSProcessable sc = cms.getSignedContent();
    if (sc != null && sc.getContent() instanceof byte[] b) {
      content = b;
    }
    boolean detached = content == null;
    SignedDocument against = detached ? document : null;
    byte[] checked = against != null && against.isFound() ? against.content() : content;
    String contentType =
        CMSObjectIdentifiers.data.getId().equals(cms.getSignedContentTypeOID())
            ? "data"
            : cms.getSignedContentTypeOID();

    List<SignerInformation> signerInfos = new ArrayList<>(cms.getSignerInfos().getSigners());
    if (signerInfos.size() > MAX_SIGNERS) {
      ctx.error("cms", signerInfos.size() + " signers; only the first " + MAX_SIGNERS + " checked");
      signerInfos = signerInfos.subList(0, MAX_SIGNERS);
    }
    List<X509CertificateHolder> signerCerts = new ArrayList<>();
    List<CmsFacts.Signer> signers = new ArrayList<>();
    for (SignerInformation si : signerInfos) {
      X509CertificateHolder cert = CmsSignerCheck.signerCertificate(cms, si);
      signerCerts.add(cert);
      CmsFacts.Signer s = signer(si, cert, checked, detached, against);
      signers.add(s);
      rules(s, detached, ctx);
      if (s.signingTime() != null) { // the signer's own clock: checked by the date rules
        ctx.date("cms.signer " + signers.size(), "signed", OffsetDateTime.parse(s.signingTime()));
      }
    }
    List<CertificateFacts> certificates = new ArrayList<>();
    for (X509CertificateHolder c : CmsSignerCheck.certificates(cms, signerCerts, MAX_CERTIFICATES)) {
      certificates.add(CertificateFacts.of(c, signerCerts.contains(c)));
    }
    if (signers.isEmpty()) {
      ctx.flag(
          FlagName.CMS_SIGNATURE_UNVERIFIED,
          "The envelope holds no signer, so nothing vouches for its content.",
          evidence("signers", 0));
    }
    return new CmsFacts(
        encoding,
        detached,
        contentType,
        content == null ? null : (long) content.length,
        content == null ? null : Hashes.sha256(content),
        signers,
        certificates,
        against);
  }

  /**
   * @param content the signed content: the encapsulated one, or for a detached signature the
   *     document passed in; null if neither
   * @param against for a detached signature, the document checked against (or why none); null
   *     otherwise
   */
  private static CmsFacts.Signer signer(
      SignerInformation si,
      X509CertificateHolder cert,
      byte[] content,
      boolean detached,
      SignedDocument against) {
    String issuer = si.getSID().getIssuer() != null ? si.getSID().getIssuer().toString() : null;
    String serial =
        si.getSID().getSerialNumber() != null ? si.getSID().getSerialNumber().toString(16) : null;
    if (cert != null) {
      issuer = issuer != null ? issuer : cert.getIssuer().toString();
      serial = serial != null ? serial : cert.getSerialNumber().toString(16);
    }
    Date signingTime = CmsSignerCheck.signingTime(si);
    String tsTime = null;
    String tsa = null;
    Boolean tsCovers = null;
    Date tsDate = null;
    String tsProblem = null;
    try {
      TimeStampToken token = CmsSignerCheck.signatureTimestamp(si);
      if (token != null) {
        tsDate = token.getTimeStampInfo().getGenTime();
        tsTime = LenientDates.format(tsDate);
        if (token.getTimeStampInfo().getTsa() != null) {
          tsa = token.getTimeStampInfo().getTsa().getName().toString();
        }
        tsCovers = CmsSignerCheck.timestampCoversSignature(token, si);
      }
    } catch (Exception e) {
      tsProblem = "the signature timestamp is unreadable: " + e.getMessage();
    }

    Boolean digestMatches = null;
    Boolean valueValid = null;
    String verification;
    String detail;
    byte[] md = null;
    String mdProblem = null;
    try {
      md = CmsSignerCheck.messageDigest(si);
      if (md != null && content != null) {
        digestMatches =
            MessageDigest.isEqual(
                md, CmsSignerCheck.digest(si.getDigestAlgorithmID().getAlgorithm(), content));
      }
    } catch (Exception e) {
      mdProblem = e.getMessage();
    }
    if (mdProblem != null) {
      verification = CmsFacts.INVALID;
      detail = "cannot compare the content with the signature: " + mdProblem;
    } else if (cert == null) {
      verification = Boolean.FALSE.equals(digestMatches) ? CmsFacts.INVALID : CmsFacts.UNCHECKED;
      detail =
          Boolean.FALSE.equals(digestMatches)
              ? "the signed content does not match the digest in the signature"
              : "the signer certificate is not included in the envelope, so the signature value"
                  + " cannot be checked offline";
    } else if (content == null && md == null) {
      verification = CmsFacts.UNCHECKED;
      detail =
          "detached signature directly over the content, which is not in this file: it cannot be"
              + " checked here";
    } else {
      try {
        valueValid = CmsSignerCheck.verifyValue(si, cert, content);
      } catch (Exception e) {
        valueValid = false;
        mdProblem = "the signature value cannot be verified: " + e.getMessage();
      }
      if (md == null && content != null) {
        digestMatches = valueValid; // no signed attributes: the signature is over the content
      }
      if (mdProblem != null) {
        verification = CmsFacts.INVALID;
        detail = mdProblem;
      } else if (Boolean.FALSE.equals(digestMatches)) {
        verification = CmsFacts.INVALID;
        detail =
            detached
                ? "the document does not match the digest in the signature (altered after signing,"
                    + " or not the document that was signed)"
                : "the signed content does not match the digest in the signature (altered after"
                    + " signing)";
      } else if (!valueValid) {
        verification = CmsFacts.INVALID;
        detail = "the signature value does not verify with the signer certificate's public key";
      } else if (content == null) {
        verification = CmsFacts.UNCHECKED;
        detail =
            "detached signature: the signed document is not in this file, so whether it matches"
                + " cannot be checked here (the signature value over the signed attributes"
                + " verifies)";
      } else {
        verification = CmsFacts.VALID;
        detail =
            "the signed content matches the signature and the signature value verifies with the"
                + " included signer certificate";
      }
    }
    if (detached) {
      detail = detail + "; " + againstNote(against);
    }
    if (tsProblem != null) {
      detail = detail + "; " + tsProblem;
    }
    Boolean validAtSigning = null;
    Date when = tsDate != null ? tsDate : signingTime;
    if (cert != null && when != null) {
      validAtSigning = !when.before(cert.getNotBefore()) && !when.after(cert.getNotAfter());
    }
    return new CmsFacts.Signer(
        cert == null ? null : CmsSignerCheck.commonName(cert.getSubject()),
        cert == null ? null : cert.getSubject().toString(),
        issuer,
        serial,
        LenientDates.format(signingTime),
        CmsSignerCheck.digestAlgorithm(si),
        CmsSignerCheck.signatureAlgorithm(si),
        digestMatches,
        valueValid,
        verification,
        detail,
        validAtSigning,
        tsTime,
        tsa,
        tsCovers);
  }

  private static String againstNote(SignedDocument against) {
    if (against == null) {
      return "no document was looked for to check it against";
    }
    if (!against.isFound()) {
      return "no document to check it against: " + against.reason();
    }
    return "checked against "
        + against.path()
        + " (document "
        + against.id()
        + ", "
        + ("stored".equals(against.source()) ? "the case's stored copy" : "the evidence file")
        + ")";
  }

  private static void rules(CmsFacts.Signer s, boolean detached, AnalysisContext ctx) {
    String who = s.signerName() != null ? s.signerName() : "serial " + s.serialNumber();
    if (CmsFacts.INVALID.equals(s.verification())) {
      ctx.flag(
          FlagName.CMS_SIGNATURE_INVALID,
          "The signature of " + who + " does not verify: " + s.verificationDetail() + ".",
          evidence(
              "signer", s.signerSubject(),
              "digest_matches", s.digestMatches(),
              "signature_value_valid", s.signatureValueValid(),
              "detail", s.verificationDetail()));
    } else if (CmsFacts.UNCHECKED.equals(s.verification())) {
      ctx.flag(
          FlagName.CMS_SIGNATURE_UNVERIFIED,
          "The signature of " + who + " could not be checked: " + s.verificationDetail() + ".",
          evidence("signer", s.signerSubject(), "detached", detached));
    }
    if (Boolean.FALSE.equals(s.timestampCoversSignature())) {
      ctx.flag(
          FlagName.CMS_SIGNATURE_INVALID,
          "The timestamp attached to the signature of "
              + who
              + " was issued for other data, not for this signature.",
          evidence("signer", s.signerSubject(), "timestamp_time", s.timestampTime()));
    }
    if (Boolean.FALSE.equals(s.certificateValidAtSigning())) {
      ctx.flag(
          FlagName.CMS_SIGNING_TIME_OUTSIDE_CERT_VALIDITY,
          "The signature of " + who + " claims a signing time outside its certificate's validity.",
          evidence(
              "signer", s.signerSubject(),
              "signing_time", s.signingTime(),
              "timestamp_time", s.timestampTime()));
    }
  }
}
