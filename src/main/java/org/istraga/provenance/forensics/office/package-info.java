/**
 * Office document forensics for OOXML (docx/xlsx/pptx), OpenDocument (odt/ods/odp) and OLE2
 * (doc/xls/ppt, and password-encrypted OOXML, which is stored as OLE2).
 *
 * <p>{@link org.istraga.provenance.forensics.office.OfficeForensics} chooses the reader by the
 * file's own magic bytes. ZIP-based formats are read part by part through a bounded reader ({@code
 * ZipParts}) and a streaming XML walker that refuses DTDs and entities, so zip bombs and XXE
 * payloads are inert; OLE2 files are read with Apache POI (property sets, HWPF, HSSF, HSLF). The
 * result is an {@link org.istraga.provenance.forensics.office.OfficeFacts}: who created and last
 * saved the document, when, with which application and template, how often it was saved, and what a
 * reader does not see on screen (tracked changes, comments, hidden sheets, slides and text,
 * macros), whether it is encrypted by password or rights management (IRM), and the XML digital
 * signatures it carries.
 *
 * <p>Signatures are checked offline. {@code OfficeSignatureReader} parses each signature part into
 * a DOM and reads the signer certificate, claimed time, timestamp and comment; {@code
 * OfficeSignatureVerifier} verifies it with the JDK's XML signature API ({@code
 * javax.xml.crypto.dsig}): {@code PartDereferencer} resolves references to package parts (and
 * nothing outside the package), {@code OpcRelationshipTransform} implements the OOXML
 * relationships transform the JDK lacks, offered through a private {@code PackageDsigProvider}
 * that is never installed globally; {@code SignatureCoverage} lists the parts no signature covers
 * and {@code OfficeSignatureRules} raises the {@code office-signature-*} flags. A sketch:
 *
 * <pre>{@code
 * ForensicReport r = new ForensicAnalyzer(ForensicOptions.defaults()).analyze(docx, null);
 * for (OfficeFacts.Signature s : r.office().signatures()) {
 *   System.out.println(s.signerName() + ": " + s.verification());
 *   System.out.println("  " + s.verificationDetail());
 * }
 * System.out.println("covered by no signature: " + r.office().unsignedParts());
 * }</pre>
 *
 * Stateless and thread-safe.
 */
package org.istraga.provenance.forensics.office;
