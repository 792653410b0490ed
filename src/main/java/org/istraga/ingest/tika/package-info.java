/**
 * Extraction in forked Apache Tika processes.
 *
 * <p>{@link org.istraga.ingest.tika.TikaConfigWriter} writes the tika-config.xml of a run (Tika's OCR
 * off, PDF incremental updates parsed as children, digests of every child, bomb guards).
 * {@link org.istraga.ingest.tika.PipesExtractor} sends one file at a time to a warm {@code
 * PipesServer} and returns an {@link org.istraga.ingest.tika.Extraction}: one {@link
 * org.istraga.ingest.tika.ExtractedItem} per document (the file and each embedded child, addressed by
 * Tika's embedded id path). Inside the forked process, {@link
 * org.istraga.ingest.tika.PageTextMetadataFilter} reduces XHTML to text plus page offsets, {@link
 * org.istraga.ingest.tika.LimitingUnpackExtractor} enforces the nesting and expansion limits and
 * keeps what a container hands over (open containers, bytes of children whose parser closes its
 * stream), and {@link
 * org.istraga.ingest.tika.SpoolEmitter} writes children's bytes under safe, numbered names.
 *
 * <p>Some of Tika's parts are replaced or tuned for what leaks hold: {@link
 * org.istraga.ingest.tika.MboxParser} splits mailboxes byte for byte, {@link
 * org.istraga.ingest.tika.MessageParser} keeps an embedded message's bytes and given name (and,
 * through {@link org.istraga.ingest.tika.RawHeaderParameters}, attachment names written as raw
 * UTF-8) and, with {@link org.istraga.ingest.tika.MessageContentHandler}, reads bodies in their
 * declared charset at any nesting depth, group members and obsolete dates (and what a
 * {@code multipart/alternative}'s unshown renderings add, {@link
 * org.istraga.ingest.tika.AlternativeText}), {@link org.istraga.ingest.tika.MailHeaderDetector} keeps Tika from reading e-mail with an
 * HTML body as a web page, {@link
 * org.istraga.ingest.tika.SignedDataParser} makes the document inside a PKCS#7 envelope a child
 * with its own bytes (and an S/MIME encrypted envelope {@code encrypted}), {@link org.istraga.ingest.tika.PdfParser} reads the pages of a PDF whose
 * attachments alone are encrypted (keeping those attachments {@code encrypted}), adds the
 * visible text of signature boxes to their pages ({@link
 * org.istraga.ingest.tika.SignatureAppearances}, {@link org.istraga.ingest.tika.PageEndInserter}),
 * puts form fields' values on their pages ({@link org.istraga.ingest.tika.FormFieldPages}), reads
 * each page in one flow whatever its article beads ({@link org.istraga.ingest.tika.ArticleBeads})
 * and joins letter-spaced words ({@link org.istraga.ingest.tika.LetterSpacedWords}),
 * {@link
 * org.istraga.ingest.tika.RegionalEncodingDetector} finds the charset of undeclared text
 * (windows-1250/ISO-8859-2 Latin, UTF-16 without a byte-order mark), {@link
 * org.istraga.ingest.tika.CheckedHtmlEncodingDetector} overrules an HTML meta charset the bytes
 * prove wrong, and {@link org.istraga.ingest.tika.EntryNameEncodingDetector} finds that of ZIP entry
 * names in DOS code pages.
 *
 * <p>Generic XML (e-invoices, payment files, procurement notices, OCDS as XML) is read by {@link
 * org.istraga.ingest.tika.XmlDataParser} with {@link org.istraga.ingest.tika.XmlDataHandler}:
 * each element's value a paragraph between blank lines, and the values whose meaning the
 * structure states (an amount with its currency attribute or sibling currency element, a tax or
 * registration number in an id element, a party's name) marked, so that {@link
 * org.istraga.ingest.tika.PageTextMetadataFilter} reports their spans ({@code istraga:fields})
 * for the record's {@code dataFields}:
 *
 * <pre>{@code
 * <cbc:IssueDate>2019-03-14</cbc:IssueDate><cbc:DocumentCurrencyCode>RSD</cbc:DocumentCurrencyCode>
 * <cbc:PayableAmount currencyID="RSD">3300000.00</cbc:PayableAmount>
 * // text "2019-03-14\n\nRSD\n\n3300000.00\n\n", field 20-30 money RSD
 * }</pre>
 *
 * <p>A file carried inside the XML as base64 ({@code <cbc:EmbeddedDocumentBinaryObject
 * mimeCode="application/pdf" filename="F-117.pdf">}, the PDF of a SEF e-invoice) is decoded and
 * handed to the unpacker as a child document, not written as text.
 *
 * <p>Office files keep what a reader does not see at first glance, marked where it is no longer
 * current text: {@link org.istraga.ingest.tika.OoxmlParser} parses Word files with tracked
 * deletions from a copy in which {@link org.istraga.ingest.tika.TrackedChangeMarker} encloses them
 * in {@code [deleted by AUTHOR: …]}, adds PowerPoint 365 comments ({@link
 * org.istraga.ingest.tika.ModernSlideComments}) and the paths of workbooks Excel formulas link to
 * ({@link org.istraga.ingest.tika.ExternalWorkbookLinks}) and the text boxes of Word content
 * controls ({@link org.istraga.ingest.tika.ContentControlTextBoxes}), and writes Excel page
 * headers and footers as printed ({@link org.istraga.ingest.tika.ExcelHeaderFooters});
 * {@link org.istraga.ingest.tika.LegacyOfficeParser} takes the field instructions Tika writes as
 * text out of legacy Word files ({@link org.istraga.ingest.tika.WordFieldCodes}), does the same for
 * the header codes of legacy Excel files, and adds what an Outlook message's plain body says that
 * its shown body does not ({@link org.istraga.ingest.tika.OutlookPlainBody}); {@link
 * org.istraga.ingest.tika.OdfParser} and {@link org.istraga.ingest.tika.OdfContentParser} tell an
 * OpenDocument file's author from its last editor, mark tracked deletions where they were made and
 * make sheets and slides pages. A sketch of the parse of one Word file:
 *
 * <pre>{@code
 * // inside the forked process, for a .docx with unaccepted deletions
 * if (TrackedChangeMarker.hasDeletions(file)) {
 *   TrackedChangeMarker.writeMarked(file, copy); // word/*.xml rewritten, other entries raw
 *   // Tika parses the copy: "Cena iznosi [deleted by Ana: 1.500.000,00] 2.300.000,00 dinara"
 * }
 * }</pre>
 */
package org.istraga.ingest.tika;
