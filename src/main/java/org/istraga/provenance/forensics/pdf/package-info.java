/**
 * PDF forensics.
 *
 * <p>{@link org.istraga.provenance.forensics.pdf.PdfForensics} runs the steps:
 *
 * <ol>
 *   <li>{@link org.istraga.provenance.forensics.pdf.PdfRevisionScanner} finds the revision
 *       boundaries in the raw bytes (each {@code %%EOF} closing a {@code startxref} that points at
 *       a cross-reference section) and the bytes after the last one;
 *   <li>PDFBox opens the final revision for the Info dictionary, the XMP packet ({@link
 *       org.istraga.provenance.forensics.pdf.PdfXmpReader}, a safe streaming reader), encryption,
 *       signatures, JavaScript, attachments and fonts ({@link
 *       org.istraga.provenance.forensics.pdf.PdfInventory});
 *   <li>{@link org.istraga.provenance.forensics.pdf.PdfSignatureInspector} checks every signature
 *       offline with BouncyCastle: byte-range coverage, digest of the signed bytes, signature value
 *       with the embedded signer certificate;
 *   <li>each earlier revision is re-opened as a view on the same bytes and its text extracted, so
 *       that text removed or changed later stays searchable;
 *   <li>the PDF rules raise the {@code pdf-*} flags and register the declared dates.
 * </ol>
 *
 * <p>Files PDFBox cannot open (broken beyond repair, encrypted with an unknown password, or
 * encrypted for a certificate or a rights-management server) still get the byte-level results, the
 * encryption dictionary ({@code PdfRawEncryption}; permissions decoded by {@code PdfPermissions}
 * for the handler's revision) and a raw scan for signatures. An "unencrypted wrapper", whose
 * password protects only its attachments, is read in full; {@link
 * org.istraga.provenance.forensics.pdf.PdfUnencryptedWrapper} (its detection and openable copy) is
 * public so that the ingest reads such files the same way. Everything
 * here is stateless and thread-safe.
 */
package org.istraga.provenance.forensics.pdf;
