package org.istraga.provenance.forensics.office;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Manifest;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Verifies one XML digital signature of an Office package with the JDK's XML signature API
 * ({@code javax.xml.crypto.dsig}): the signature value over the signed information with the signer
 * certificate's public key, then every reference of the signed information and of a signed package
 * manifest (OOXML), each against the package part or signature element it names.
 *
 * <p>The JDK's secure-validation mode is switched off because it refuses what ordinary Office
 * signatures contain (more than 30 manifest references; SHA-1 in older signatures). Its
 * protections are applied here instead, before anything is unmarshalled: only canonicalization,
 * enveloped-signature, base64 and the OPC relationships transform are accepted (no XPath, no XSLT),
 * at most {@value #MAX_TRANSFORMS} transforms per reference and {@value #MAX_REFERENCES}
 * references,
 * no duplicate {@code Id}s (signature wrapping), no key retrieval (the key is the certificate's),
 * and {@link PartDereferencer} never leaves the package. A signature outside these bounds is
 * reported unchecked, never valid. Not thread-safe; one per signature.
 */
final class OfficeSignatureVerifier {

  static final int MAX_REFERENCES = 10_000;
  static final int MAX_TRANSFORMS = 5;

  /** Canonicalization (as for the timestamp's imprint), enveloped, base64 and OPC relationships. */
  private static final Set<String> ALLOWED_TRANSFORMS =
      java.util.stream.Stream.concat(XadesTimestamp.C14N.stream(),
              java.util.stream.Stream.of(Transform.ENVELOPED, Transform.BASE64,
                  OpcRelationshipTransform.ALGORITHM))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** What checking a signature showed. */
  record Outcome(
      String signatureAlgorithm,
      Boolean signatureValueValid,
      String verification,
      String detail,
      List<OfficeFacts.SignedReference> references,
      Set<String> signedIds) {}

  private final PartDereferencer.Factory dereferencers;
  private final ContentTypes contentTypes;
  private final BooleanSupplier outOfTime;

  /**
   * @param dereferencers makes the dereferencer for a signature, given the URIs that a transform
   *     will parse as XML
   * @param contentTypes the package's declared content types (OOXML; empty for ODF)
   * @param outOfTime true once the analysis's time budget is used up (checked between references)
   */
  OfficeSignatureVerifier(
      PartDereferencer.Factory dereferencers,
      ContentTypes contentTypes,
      BooleanSupplier outOfTime) {
    this.dereferencers = dereferencers;
    this.contentTypes = contentTypes;
    this.outOfTime = outOfTime;
  }

  /**
   * Checks {@code sig} with {@code key}. The signature's document must have its {@code Id}
   * attributes registered by the caller ({@code idProblem} says why that was refused, or null).
   */
  Outcome verify(Element sig, PublicKey key, String idProblem) {
    String algorithm = signatureAlgorithm(sig);
    String refused = idProblem != null ? idProblem : precheck(sig);
    if (refused != null) {
      return unchecked(algorithm, refused);
    }
    if (key == null) {
      return unchecked(algorithm, "no signer certificate in the signature");
    }
    XMLSignatureFactory fac = PackageDsigProvider.factory();
    DOMValidateContext vc = new DOMValidateContext(KeySelector.singletonKeySelector(key), sig);
    vc.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
    vc.setURIDereferencer(dereferencers.create(fac.getURIDereferencer(), parsedUris(sig)));
    XMLSignature xs;
    try {
      xs = fac.unmarshalXMLSignature(vc);
    } catch (MarshalException | RuntimeException e) {
      return unchecked(algorithm, "signature not readable: " + message(e));
    }
    Boolean valueValid;
    try {
      valueValid = xs.getSignatureValue().validate(vc);
    } catch (XMLSignatureException | RuntimeException e) {
      return unchecked(algorithm, "signature value not checkable: " + message(e));
    }
    List<OfficeFacts.SignedReference> refs = new ArrayList<>();
    Set<String> signedIds = new HashSet<>();
    for (Object o : xs.getSignedInfo().getReferences()) {
      Reference r = (Reference) o;
      OfficeFacts.SignedReference checked = check(r, vc);
      refs.add(checked);
      if (Boolean.TRUE.equals(checked.digestMatches()) && r.getURI().startsWith("#")) {
        signedIds.add(r.getURI().substring(1));
      }
    }
    List<String> unsignedManifests = new ArrayList<>();
    for (Object o : xs.getObjects()) {
      XMLObject obj = (XMLObject) o;
      for (Object c : obj.getContent()) {
        if (c instanceof Manifest m) {
          boolean signed =
              obj.getId() != null && signedIds.contains(obj.getId())
                  || m.getId() != null && signedIds.contains(m.getId());
          if (!signed) {
            unsignedManifests.add(obj.getId() != null ? obj.getId() : "(no Id)");
            continue;
          }
          for (Object mr : m.getReferences()) {
            if (outOfTime.getAsBoolean()) {
              return new Outcome(
                  algorithm, valueValid, OfficeFacts.UNCHECKED,
                  "time budget used up while checking the references", refs, signedIds);
            }
            refs.add(check((Reference) mr, vc));
          }
        }
      }
    }
    return outcome(algorithm, valueValid, refs, signedIds, unsignedManifests);
  }

  private static Outcome outcome(
      String algorithm,
      boolean valueValid,
      List<OfficeFacts.SignedReference> refs,
      Set<String> signedIds,
      List<String> unsignedManifests) {
    List<String> changed = new ArrayList<>();
    List<String> retyped = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (OfficeFacts.SignedReference r : refs) {
      String name = r.part() != null ? r.part() : r.uri();
      if (Boolean.FALSE.equals(r.contentTypeMatches())) {
        retyped.add(name);
      }
      if (Boolean.FALSE.equals(r.digestMatches())) {
        changed.add(name);
      } else if (r.digestMatches() == null && r.problem() != null
          && r.problem().contains("is missing from the package")) {
        missing.add(name);
      } else if (r.digestMatches() == null) {
        unchecked.add(name + " (" + r.problem() + ")");
      }
    }
    List<String> failures = new ArrayList<>();
    if (!valueValid) {
      failures.add(
          "the signature value does not verify with the signer certificate's key"
              + " (the signed information or the signature value was altered)");
    }
    if (!changed.isEmpty()) {
      failures.add("changed after signing: " + String.join(", ", changed));
    }
    if (!retyped.isEmpty()) {
      failures.add(
          "content type changed after signing ([Content_Types].xml): "
              + String.join(", ", retyped));
    }
    if (!missing.isEmpty()) {
      failures.add("signed but missing from the package: " + String.join(", ", missing));
    }
    if (!failures.isEmpty()) {
      return new Outcome(
          algorithm, valueValid, OfficeFacts.INVALID, String.join("; ", failures), refs, signedIds);
    }
    if (!unchecked.isEmpty()) {
      return new Outcome(
          algorithm, valueValid, OfficeFacts.UNCHECKED,
          "references not checkable: " + String.join(", ", unchecked), refs, signedIds);
    }
    if (refs.isEmpty()) {
      return new Outcome(
          algorithm, valueValid, OfficeFacts.UNCHECKED, "the signature references nothing", refs,
          signedIds);
    }
    String detail =
        "signature value and " + refs.size() + " reference(s) verify"
            + (unsignedManifests.isEmpty()
                ? ""
                : "; manifest(s) in object(s) " + String.join(", ", unsignedManifests)
                    + " are not signed and were ignored");
    return new Outcome(algorithm, valueValid, OfficeFacts.VALID, detail, refs, signedIds);
  }

  private OfficeFacts.SignedReference check(Reference r, DOMValidateContext vc) {
    String uri = r.getURI() == null ? "" : r.getURI();
    String part = uri.isEmpty() || uri.startsWith("#") ? null : PartDereferencer.partName(uri);
    String digest = shortName(r.getDigestMethod().getAlgorithm());
    Boolean typeMatches = null;
    String signedType = signedContentType(uri);
    if (part != null && signedType != null && !contentTypes.isEmpty()) {
      typeMatches = signedType.equalsIgnoreCase(contentTypes.of(part));
    }
    try {
      boolean ok = r.validate(vc);
      return new OfficeFacts.SignedReference(uri, part, digest, ok, null, typeMatches);
    } catch (XMLSignatureException | RuntimeException e) {
      return new OfficeFacts.SignedReference(uri, part, digest, null, message(e), typeMatches);
    }
  }

  /** The content type an OOXML reference URI signs ({@code ?ContentType=...}), or null. */
  static String signedContentType(String uri) {
    int q = uri.indexOf('?');
    if (q < 0) {
      return null;
    }
    for (String param : uri.substring(q + 1).split("&")) {
      if (param.startsWith("ContentType=")) {
        String v = param.substring("ContentType=".length());
        try {
          return java.net.URLDecoder.decode(
              v.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
          return v;
        }
      }
    }
    return null;
  }

  /** The reason a signature is refused before unmarshalling, or null if it may be checked. */
  private static String precheck(Element sig) {
    NodeList refs = sig.getElementsByTagNameNS(XMLSignature.XMLNS, "Reference");
    if (refs.getLength() > MAX_REFERENCES) {
      return refs.getLength() + " references, more than the " + MAX_REFERENCES + " checked";
    }
    for (int i = 0; i < refs.getLength(); i++) {
      Element ref = (Element) refs.item(i);
      if (ref.getElementsByTagNameNS(XMLSignature.XMLNS, "Transform").getLength()
          > MAX_TRANSFORMS) {
        return "a reference with more than " + MAX_TRANSFORMS + " transforms";
      }
    }
    for (String name : List.of("Transform", "CanonicalizationMethod")) {
      NodeList list = sig.getElementsByTagNameNS(XMLSignature.XMLNS, name);
      for (int i = 0; i < list.getLength(); i++) {
        String alg = ((Element) list.item(i)).getAttribute("Algorithm");
        if (!ALLOWED_TRANSFORMS.contains(alg)) {
          return "unsupported " + name.toLowerCase(Locale.ROOT) + " " + alg;
        }
      }
    }
    if (sig.getElementsByTagNameNS(XMLSignature.XMLNS, "RetrievalMethod").getLength() > 0) {
      return "the key is given by a RetrievalMethod, which is not followed";
    }
    return null;
  }

  /** The URIs of part references with transforms (their part is parsed as XML). */
  private static Set<String> parsedUris(Element sig) {
    Set<String> out = new LinkedHashSet<>();
    NodeList refs = sig.getElementsByTagNameNS(XMLSignature.XMLNS, "Reference");
    for (int i = 0; i < refs.getLength(); i++) {
      Element ref = (Element) refs.item(i);
      if (ref.getElementsByTagNameNS(XMLSignature.XMLNS, "Transform").getLength() > 0) {
        out.add(ref.getAttribute("URI"));
      }
    }
    return out;
  }

  private static String signatureAlgorithm(Element sig) {
    NodeList list = sig.getElementsByTagNameNS(XMLSignature.XMLNS, "SignatureMethod");
    return list.getLength() == 0
        ? null
        : shortName(((Element) list.item(0)).getAttribute("Algorithm"));
  }

  /** {@code http://www.w3.org/2001/04/xmldsig-more#rsa-sha256} → {@code rsa-sha256}. */
  static String shortName(String algorithmUri) {
    if (algorithmUri == null) {
      return null;
    }
    int hash = algorithmUri.lastIndexOf('#');
    return hash >= 0 && hash < algorithmUri.length() - 1
        ? algorithmUri.substring(hash + 1)
        : algorithmUri;
  }

  private static Outcome unchecked(String algorithm, String why) {
    return new Outcome(algorithm, null, OfficeFacts.UNCHECKED, why, List.of(), Set.of());
  }

  private static String message(Throwable e) {
    Throwable t = e;
    String m = e.getMessage();
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null) {
        m = t.getMessage();
      }
    }
    return m != null ? m : e.getClass().getSimpleName();
  }
}
