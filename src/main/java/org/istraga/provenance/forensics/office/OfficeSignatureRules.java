package org.istraga.provenance.forensics.office;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.LenientDates;

/**
 * The flags raised from the XML digital signatures of an Office package: {@code office-signed},
 * {@code office-signature-invalid}, {@code office-signature-unverified}, {@code
 * office-changed-after-signing} and {@code office-signing-time-outside-certificate-validity}, each
 * named and explained in {@code docs/provenance.md}. Stateless.
 */
final class OfficeSignatureRules {

  private OfficeSignatureRules() {}

  static void apply(OfficeFacts f, AnalysisContext ctx) {
    List<String> signers = new ArrayList<>();
    int valid = 0;
    int invalid = 0;
    int unchecked = 0;
    for (OfficeFacts.Signature sig : f.signatures()) {
      String signer = sig.signerName() != null ? sig.signerName() : "(unknown signer)";
      signers.add(signer);
      String who = sig.part() + " (" + signer + ")";
      String source = "office.signature " + sig.part();
      ctx.date(source, "signed", LenientDates.parse(sig.claimedSigningTime()));
      ctx.date(source, "timestamp", LenientDates.parse(sig.timestampTime()));
      if (OfficeFacts.VALID.equals(sig.verification())) {
        valid++;
      } else if (OfficeFacts.INVALID.equals(sig.verification())) {
        invalid++;
        List<String> changed = new ArrayList<>();
        if (sig.references() != null) {
          for (OfficeFacts.SignedReference r : sig.references()) {
            if (Boolean.FALSE.equals(r.digestMatches())
                || Boolean.FALSE.equals(r.contentTypeMatches())
                || r.problem() != null && r.problem().contains("is missing from the package")) {
              changed.add(r.part() != null ? r.part() : r.uri());
            }
          }
        }
        ctx.flag(
            FlagName.OFFICE_SIGNATURE_INVALID,
            "Signature " + who + " does not verify: " + sig.verificationDetail() + ".",
            evidence(
                "part", sig.part(),
                "signer", signer,
                "signature_value_valid", sig.signatureValueValid(),
                "changed_parts", changed,
                "detail", sig.verificationDetail()));
      } else {
        unchecked++;
        ctx.flag(
            FlagName.OFFICE_SIGNATURE_UNVERIFIED,
            "Signature " + who + " could not be checked: " + sig.verificationDetail() + ".",
            evidence("part", sig.part(), "signer", signer, "detail", sig.verificationDetail()));
      }
      if (Boolean.FALSE.equals(sig.timestampCoversSignature())) {
        ctx.flag(
            FlagName.OFFICE_SIGNATURE_INVALID,
            "The timestamp attached to signature "
                + who
                + " was issued for other data, not for this signature.",
            evidence("part", sig.part(), "signer", signer, "timestamp_time", sig.timestampTime()));
      }
      validityRule(sig, who, ctx);
    }
    ctx.flag(
        FlagName.OFFICE_SIGNED,
        "The document carries "
            + f.signatures().size()
            + " digital signature(s) by "
            + String.join(", ", signers)
            + ": "
            + valid
            + " valid, "
            + invalid
            + " invalid, "
            + unchecked
            + " not checkable (offline check; the certificates are not traced to a trusted"
            + " authority).",
        evidence(
            "signers", signers,
            "count", f.signatures().size(),
            "valid", valid,
            "invalid", invalid,
            "unchecked", unchecked));
    if (f.unsignedParts() != null && !f.unsignedParts().isEmpty()) {
      ctx.flag(
          FlagName.OFFICE_CHANGED_AFTER_SIGNING,
          f.unsignedParts().size()
              + " part(s) of the package are covered by no signature: "
              + String.join(", ", f.unsignedParts())
              + ". They were added or replaced after signing (or the signing software left"
              + " them out); a reader opening the document may see their content as signed.",
          evidence("parts", f.unsignedParts()));
    }
  }

  private static void validityRule(OfficeFacts.Signature s, String who, AnalysisContext ctx) {
    String when = s.timestampTime() != null ? s.timestampTime() : s.claimedSigningTime();
    OffsetDateTime t = LenientDates.parse(when);
    OffsetDateTime from = LenientDates.parse(s.notBefore());
    OffsetDateTime to = LenientDates.parse(s.notAfter());
    if (t == null || from == null && to == null) {
      return;
    }
    if (from != null && t.isBefore(from) || to != null && t.isAfter(to)) {
      ctx.flag(
          FlagName.OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY,
          "Signature " + who + " claims a signing time outside its certificate's validity.",
          evidence(
              "part", s.part(),
              "signing_time", when,
              "not_before", s.notBefore(),
              "not_after", s.notAfter()));
    }
  }
}
