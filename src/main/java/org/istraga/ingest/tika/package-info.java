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
 * declared charset at any nesting depth, group members and obsolete dates, {@link org.istraga.ingest.tika.MailHeaderDetector} keeps Tika from reading e-mail with an
 * HTML body as a web page, {@link
 * org.istraga.ingest.tika.SignedDataParser} makes the document inside a PKCS#7 envelope a child
 * with its own bytes (and an S/MIME encrypted envelope {@code encrypted}), {@link org.istraga.ingest.tika.PdfParser} reads the pages of a PDF whose
 * attachments alone are encrypted (keeping those attachments {@code encrypted}) and adds the
 * visible text of signature boxes to their pages ({@link
 * org.istraga.ingest.tika.SignatureAppearances}, {@link org.istraga.ingest.tika.PageEndInserter}),
 * {@link
 * org.istraga.ingest.tika.RegionalEncodingDetector} finds the charset of undeclared text
 * (windows-1250/ISO-8859-2 Latin, UTF-16 without a byte-order mark) and {@link
 * org.istraga.ingest.tika.EntryNameEncodingDetector} that of ZIP entry names in DOS code pages.
 */
package org.istraga.ingest.tika;
