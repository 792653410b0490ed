/**
 * CMS / PKCS#7 signatures, offline.
 *
 * <p>{@link org.istraga.provenance.forensics.cms.CmsSignerCheck} holds the checks of one CMS
 * signer that every container shares: signer certificate lookup, algorithm names, signed
 * attributes (signing time, message digest), the signature timestamp token, and verification of
 * the signature value with the included certificate. The PDF signature inspector and {@link
 * org.istraga.provenance.forensics.cms.CmsForensics} (signed envelopes: {@code .p7m}, {@code
 * .p7s}) both use it.
 *
 * <pre>{@code
 * CmsFacts f = CmsForensics.analyze(Files.readAllBytes(Path.of("ugovor.pdf.p7m")), ctx);
 * for (CmsFacts.Signer s : f.signers()) {
 *   System.out.println(s.signerName() + ": " + s.verification() + " — " + s.verificationDetail());
 * }
 * }</pre>
 *
 * <p>A detached {@code .p7s} is checked against a document only when the caller passes one in as
 * a {@link org.istraga.provenance.forensics.cms.SignedDocument} (through {@code
 * ForensicOptions.withSignedDocument}); finding it in a case is {@code
 * org.istraga.provenance.SignedDocumentFinder}'s job, never this package's:
 *
 * <pre>{@code
 * SignedDocument doc = SignedDocument.found(id, "dump/ugovor.pdf", "evidence", pdfBytes);
 * CmsFacts f = CmsForensics.analyze(Files.readAllBytes(Path.of("dump/ugovor.pdf.p7s")), doc, ctx);
 * }</pre>
 *
 * <p>Nothing here builds a chain to a trusted root, checks revocation or uses the network: a
 * {@code valid} signature proves the content is what the holder of the included certificate's key
 * signed, not who that holder is. Everything is stateless and thread-safe.
 */
package org.istraga.provenance.forensics.cms;
