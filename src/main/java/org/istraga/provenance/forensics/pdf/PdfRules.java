package org.istraga.provenance.forensics.pdf;

import static org.istraga.provenance.forensics.AnalysisContext.evidence;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.Flag;
import org.istraga.provenance.forensics.FlagName;
import org.istraga.provenance.forensics.LenientDates;
import org.istraga.provenance.forensics.Severity;
import org.istraga.provenance.forensics.cms.CertificateFacts;

/**
 * The PDF consistency rules (documented one by one in {@code docs/provenance.md}). They read only
 * the finished {@link PdfFacts}, so they run the same on fresh analyses and on stored reports.
 * Stateless.
 */
final class PdfRules {

  /** Info and XMP dates closer than this are considered equal. */
  static final Duration DATE_TOLERANCE = Duration.ofMinutes(1);

  private PdfRules() {}

  static void apply(
      PdfFacts f,
      Map<String, String> xmpRaw,
      long fileLength,
      PdfRevisionScanner.Layout layout,
      AnalysisContext ctx) {
    if (f.revisionCount() > 1) {
      ctx.flag(
          FlagName.PDF_INCREMENTAL_UPDATES,
          "The file holds "
              + f.revisionCount()
              + " revisions: it was changed "
              + (f.revisionCount() - 1)
              + " time(s) by appending updates, and the earlier versions are recoverable.",
          evidence("revision_count", f.revisionCount(), "revision_ends", f.revisionEnds()));
    }
    if (layout.trailingNonWhitespace()) {
      ctx.flag(
          FlagName.PDF_DATA_AFTER_EOF,
          f.bytesAfterLastEof() + " bytes follow the final end-of-file marker.",
          evidence(
              "bytes_after_last_eof", f.bytesAfterLastEof(),
              "preview_hex", f.bytesAfterLastEofPreview()));
    }
    boolean jsOpen = f.openAction() != null && f.openAction().startsWith("JavaScript");
    if (!f.javascript().isEmpty() || jsOpen) {
      List<String> where = new ArrayList<>();
      for (PdfFacts.JavaScript js : f.javascript()) {
        if (where.size() < 5) {
          where.add(js.location());
        }
      }
      ctx.flag(
          FlagName.PDF_JAVASCRIPT,
          "The document contains JavaScript (" + f.javascript().size() + " action(s)).",
          evidence(
              "count", f.javascript().size(), "locations", where, "open_action", f.openAction()));
    }
    if (f.encryption() != null) {
      PdfFacts.Encryption e = f.encryption();
      ctx.flag(
          FlagName.PDF_ENCRYPTED,
          Boolean.TRUE.equals(e.embeddedFilesOnly())
              ? "Only the attached files are encrypted; the document itself opens without a"
                  + " password."
              : e.userPasswordRequired() && e.filter() != null && !"Standard".equals(e.filter())
                  ? "The document is encrypted with the "
                      + e.filter()
                      + " security handler (certificate or rights-management encryption); it"
                      + " opens only with the recipient's key or licence."
              : e.userPasswordRequired()
                  ? "The document is encrypted and needs a password to open."
                  : "The document is encrypted (opens without a password; permissions may be"
                      + " restricted).",
          evidence(
              "filter", e.filter(),
              "revision", e.revision(),
              "key_length_bits", e.keyLengthBits(),
              "user_password_required", e.userPasswordRequired(),
              "embedded_files_only", e.embeddedFilesOnly(),
              "permissions", e.permissions()));
    }
    if (!f.embeddedFiles().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (PdfFacts.EmbeddedFile ef : f.embeddedFiles()) {
        if (names.size() < 10) {
          names.add(ef.name());
        }
      }
      ctx.flag(
          FlagName.PDF_EMBEDDED_FILES,
          f.embeddedFiles().size() + " file(s) are attached to the document.",
          evidence("count", f.embeddedFiles().size(), "names", names));
    }
    signatureRules(f, fileLength, ctx);
    xmpInfoRules(f, xmpRaw, ctx);
    PdfForensics.declareDates(f, ctx);
  }

  private static void signatureRules(PdfFacts f, long fileLength, AnalysisContext ctx) {
    for (PdfSignatureFacts s : f.signatures()) {
      boolean ur = PdfSignatureInspector.USAGE_RIGHTS.equals(s.kind());
      String who = s.fieldName() + (s.signerName() == null ? "" : " (" + s.signerName() + ")");
      if (PdfSignatureFacts.INVALID.equals(s.verification())) {
        ctx.flag(
            Flag.of(
                FlagName.PDF_SIGNATURE_INVALID,
                ur ? Severity.WARNING : Severity.ALERT,
                "Signature " + who + " does not verify: " + s.verificationDetail() + ".",
                evidence(
                    "field", s.fieldName(),
                    "kind", s.kind(),
                    "digest_matches", s.digestMatches(),
                    "signature_value_valid", s.signatureValueValid(),
                    "detail", s.verificationDetail())));
      } else if (PdfSignatureFacts.UNCHECKED.equals(s.verification())) {
        ctx.flag(
            FlagName.PDF_SIGNATURE_UNVERIFIED,
            "Signature " + who + " could not be checked: " + s.verificationDetail() + ".",
            evidence("field", s.fieldName(), "sub_filter", s.subFilter()));
      }
      if (!s.coverageProblems().isEmpty()) {
        ctx.flag(
            Flag.of(
                FlagName.PDF_SIGNATURE_PARTIAL_COVERAGE,
                ur ? Severity.WARNING : Severity.ALERT,
                "Signature "
                    + who
                    + " leaves part of its own revision unsigned ("
                    + String.join(", ", s.coverageProblems())
                    + ").",
                evidence(
                    "field", s.fieldName(),
                    "byte_range", s.byteRange(),
                    "signed_bytes_end", s.signedBytesEnd(),
                    "problems", s.coverageProblems())));
      }
      boolean changed =
          s.revisionsAfterSigning() > 0 || (!s.coversWholeFile() && s.bytesAfterSigning() > 2);
      if (changed && !ur) {
        boolean laterCovers = false;
        for (PdfSignatureFacts o : f.signatures()) {
          if (o != s
              && o.coversWholeFile()
              && o.signedBytesEnd() > s.signedBytesEnd()
              && !PdfSignatureInspector.USAGE_RIGHTS.equals(o.kind())) {
            laterCovers = true;
          }
        }
        boolean forbidden = s.mdpPermissions() != null && s.mdpPermissions() == 1;
        ctx.flag(
            Flag.of(
                FlagName.PDF_CHANGED_AFTER_SIGNING,
                forbidden ? Severity.ALERT : FlagName.PDF_CHANGED_AFTER_SIGNING.severity(),
                (forbidden
                        ? "The certifying author allowed no changes, yet the file was extended"
                              + " after signature "
                        : "The file was extended after signature ")
                    + who
                    + " was applied: "
                    + s.bytesAfterSigning()
                    + " bytes in "
                    + s.revisionsAfterSigning()
                    + " later update(s)"
                    + (laterCovers ? " (a later signature covers them)" : "")
                    + ".",
                evidence(
                    "field", s.fieldName(),
                    "signed_bytes_end", s.signedBytesEnd(),
                    "file_length", fileLength,
                    "bytes_after_signing", s.bytesAfterSigning(),
                    "revisions_after_signing", s.revisionsAfterSigning(),
                    "later_signature_covers_file", laterCovers,
                    "mdp_permissions", s.mdpPermissions())));
      }
      certificateValidityRule(s, who, ctx);
    }
  }

  private static void certificateValidityRule(
      PdfSignatureFacts s, String who, AnalysisContext ctx) {
    CertificateFacts signer = null;
    for (CertificateFacts c : s.certificates()) {
      if (c.signer()) {
        signer = c;
      }
    }
    String when =
        s.timestampTime() != null
            ? s.timestampTime()
            : s.signedAttributeSigningTime() != null
                ? s.signedAttributeSigningTime()
                : s.claimedSigningTime();
    OffsetDateTime t = PdfDates.parseIso(when);
    if (signer == null || t == null) {
      return;
    }
    OffsetDateTime from = PdfDates.parseIso(signer.notBefore());
    OffsetDateTime to = PdfDates.parseIso(signer.notAfter());
    if ((from != null && t.isBefore(from)) || (to != null && t.isAfter(to))) {
      ctx.flag(
          FlagName.PDF_SIGNING_TIME_OUTSIDE_CERT_VALIDITY,
          "Signature " + who + " claims a signing time outside its certificate's validity.",
          evidence(
              "field", s.fieldName(),
              "signing_time", when,
              "not_before", signer.notBefore(),
              "not_after", signer.notAfter()));
    }
  }

  private static void xmpInfoRules(PdfFacts f, Map<String, String> xmpRaw, AnalysisContext ctx) {
    if (f.xmp() != null && f.xmp().conflictingValues() != null) {
      ctx.flag(
          FlagName.PDF_XMP_CONFLICTING_VALUES,
          "The XMP metadata declares "
              + String.join(", ", f.xmp().conflictingValues().keySet())
              + " more than once with different values (a partial rewrite by another program).",
          evidence("values", f.xmp().conflictingValues()));
    }
    if (f.info() == null || f.xmp() == null) {
      return;
    }
    compareDates(
        "creation", f.info().creationDateRaw(), xmpRaw == null ? null : xmpRaw.get("create"), ctx);
    compareDates(
        "modification", f.info().modDateRaw(), xmpRaw == null ? null : xmpRaw.get("modify"), ctx);
    String ip = f.info().producer();
    String xp = f.xmp().producer();
    if (ip != null
        && xp != null
        && !ip.isBlank()
        && !xp.isBlank()
        && !ip.strip().toLowerCase(Locale.ROOT).equals(xp.strip().toLowerCase(Locale.ROOT))) {
      ctx.flag(
          FlagName.PDF_PRODUCER_XMP_INFO_MISMATCH,
          "The Info dictionary and the XMP metadata name different producers.",
          evidence("info_producer", ip, "xmp_producer", xp));
    }
  }

  private static void compareDates(
      String what, String infoRaw, String xmpRawValue, AnalysisContext ctx) {
    OffsetDateTime info = PdfDates.parse(infoRaw);
    OffsetDateTime xmp = LenientDates.parse(xmpRawValue);
    if (info == null || xmp == null) {
      return;
    }
    Duration diff;
    if (PdfDates.hasExplicitZone(infoRaw) && LenientDates.hasZone(xmpRawValue)) {
      diff = Duration.between(info.toInstant(), xmp.toInstant()).abs();
    } else {
      // One side has no zone: compare wall-clock times only.
      LocalDateTime a = info.toLocalDateTime();
      LocalDateTime b = xmp.toLocalDateTime();
      diff = Duration.between(a, b).abs();
    }
    if (diff.compareTo(DATE_TOLERANCE) > 0) {
      ctx.flag(
          FlagName.DATES_XMP_INFO_MISMATCH,
          "The Info dictionary and the XMP metadata give different " + what + " dates.",
          evidence(
              "date", what,
              "info", infoRaw,
              "xmp", xmpRawValue,
              "difference_seconds", diff.toSeconds()));
    }
  }
}
