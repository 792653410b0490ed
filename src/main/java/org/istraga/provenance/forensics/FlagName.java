package org.istraga.provenance.forensics;

import java.util.Optional;

/**
 * Every consistency flag the forensic analyzers can raise. The {@link #id()} is the stable
 * kebab-case name stored in reports and documented, rule by rule, in {@code docs/provenance.md};
 * never rename one (add a new constant instead).
 */
public enum FlagName {
  // --- PDF structure
  /** The file holds more than one revision: content was appended after it was first saved. */
  PDF_INCREMENTAL_UPDATES("pdf-incremental-updates", Severity.INFO),
  /** Non-whitespace bytes follow the last end-of-file marker. */
  PDF_DATA_AFTER_EOF("pdf-data-after-eof", Severity.WARNING),
  /** The document carries JavaScript (names tree, open action, additional actions). */
  PDF_JAVASCRIPT("pdf-javascript", Severity.WARNING),
  /** The document is encrypted or carries permission restrictions. */
  PDF_ENCRYPTED("pdf-encrypted", Severity.INFO),
  /** The document carries attached (embedded) files. */
  PDF_EMBEDDED_FILES("pdf-embedded-files", Severity.INFO),
  // --- PDF signatures
  /** A signature's cryptographic check failed: the signed bytes or the signature changed. */
  PDF_SIGNATURE_INVALID("pdf-signature-invalid", Severity.ALERT),
  /** A signature's byte range leaves parts of its own revision unsigned. */
  PDF_SIGNATURE_PARTIAL_COVERAGE("pdf-signature-partial-coverage", Severity.ALERT),
  /** Bytes were appended after a signature was applied (incremental updates after signing). */
  PDF_CHANGED_AFTER_SIGNING("pdf-changed-after-signing", Severity.WARNING),
  /** A signature could not be checked (unsupported format or unreadable signature data). */
  PDF_SIGNATURE_UNVERIFIED("pdf-signature-unverified", Severity.INFO),
  /** The declared signing time lies outside the signer certificate's validity period. */
  PDF_SIGNING_TIME_OUTSIDE_CERT_VALIDITY(
      "pdf-signing-time-outside-certificate-validity", Severity.WARNING),
  // --- CMS / PKCS#7 signed envelopes (.p7m, .p7s)
  /** A signer's check failed: the content or the signature changed after signing. */
  CMS_SIGNATURE_INVALID("cms-signature-invalid", Severity.ALERT),
  /** A signer could not be checked (detached content, certificate not included). */
  CMS_SIGNATURE_UNVERIFIED("cms-signature-unverified", Severity.INFO),
  /** A signer's signing time lies outside its certificate's validity period. */
  CMS_SIGNING_TIME_OUTSIDE_CERT_VALIDITY(
      "cms-signing-time-outside-certificate-validity", Severity.WARNING),
  /** The Info dictionary and the XMP metadata name different producers. */
  PDF_PRODUCER_XMP_INFO_MISMATCH("pdf-producer-xmp-info-mismatch", Severity.INFO),
  /** The XMP metadata declares one property several times with different values. */
  PDF_XMP_CONFLICTING_VALUES("pdf-xmp-conflicting-values", Severity.INFO),
  /** The Info dictionary and the XMP metadata give different creation or modification dates. */
  DATES_XMP_INFO_MISMATCH("dates-xmp-info-mismatch", Severity.WARNING),
  // --- any format
  /** A declared modification date is earlier than the declared creation date. */
  DATES_MODIFIED_BEFORE_CREATED("dates-modified-before-created", Severity.WARNING),
  /** A declared date lies in the future relative to the time of analysis. */
  DATE_IN_FUTURE("date-in-future", Severity.WARNING),
  /** The declared author differs from the declared last modifier. */
  AUTHOR_DIFFERS_FROM_LAST_MODIFIER("author-differs-from-last-modifier", Severity.INFO),
  /** The analysis stopped early or failed in part; the report is incomplete. */
  ANALYSIS_INCOMPLETE("analysis-incomplete", Severity.INFO),
  // --- Office
  /** The document holds tracked changes (insertions or deletions not yet accepted). */
  OFFICE_TRACKED_CHANGES("office-tracked-changes", Severity.WARNING),
  /** The document holds comments. */
  OFFICE_COMMENTS("office-comments", Severity.INFO),
  /** The document holds hidden sheets, hidden slides or hidden text. */
  OFFICE_HIDDEN_CONTENT("office-hidden-content", Severity.WARNING),
  /** The document is password-encrypted; its content and most metadata could not be read. */
  OFFICE_ENCRYPTED("office-encrypted", Severity.INFO),
  /** The document carries a macro (VBA) project. */
  OFFICE_MACROS("office-macros", Severity.WARNING),
  /** The package carries XML digital signatures (each checked; see the office-signature flags). */
  OFFICE_SIGNED("office-signed", Severity.INFO),
  /** A package signature's check failed: a signed part, or the signature itself, changed. */
  OFFICE_SIGNATURE_INVALID("office-signature-invalid", Severity.ALERT),
  /** A package signature could not be checked (unsupported, unreadable or beyond the limits). */
  OFFICE_SIGNATURE_UNVERIFIED("office-signature-unverified", Severity.INFO),
  /** A signed package holds parts no signature covers: added or replaced after signing. */
  OFFICE_CHANGED_AFTER_SIGNING("office-changed-after-signing", Severity.WARNING),
  /** A package signature's time lies outside its signer certificate's validity period. */
  OFFICE_SIGNING_TIME_OUTSIDE_CERT_VALIDITY(
      "office-signing-time-outside-certificate-validity", Severity.WARNING),
  // --- images
  /** The image carries a GPS position. */
  IMAGE_GPS_PRESENT("image-gps-present", Severity.INFO),
  // --- e-mail
  /** The Date header is later than the first (earliest) Received timestamp. */
  EMAIL_DATE_AFTER_FIRST_RECEIVED("email-date-after-first-received", Severity.WARNING),
  /** The Received timestamps do not increase hop by hop. */
  EMAIL_RECEIVED_OUT_OF_ORDER("email-received-out-of-order", Severity.INFO),
  /** A DKIM body hash recomputed here differs from the signed bh= value. */
  EMAIL_DKIM_BODY_HASH_FAIL("email-dkim-body-hash-fail", Severity.ALERT),
  /** A DKIM signature does not verify with the supplied public key. */
  EMAIL_DKIM_SIGNATURE_FAIL("email-dkim-signature-fail", Severity.ALERT),
  /** A DKIM signature could not be checked because no public key was supplied for it. */
  EMAIL_DKIM_NO_KEY("email-dkim-no-key", Severity.INFO),
  /** A DKIM signature covers only the first l= bytes of the body and more follows. */
  EMAIL_DKIM_LENGTH_LIMIT("email-dkim-length-limit", Severity.WARNING);

  private final String id;
  private final Severity severity;

  FlagName(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The stable kebab-case name. */
  public String id() {
    return id;
  }

  /** The default severity. */
  public Severity severity() {
    return severity;
  }

  /** The constant with this kebab-case name, if any. */
  public static Optional<FlagName> fromId(String id) {
    for (FlagName f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
