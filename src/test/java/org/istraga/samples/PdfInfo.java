package org.istraga.samples;

import java.time.OffsetDateTime;

/**
 * The document information dictionary of a sample PDF, with fixed dates so regeneration is
 * byte-identical.
 *
 * @param title /Title
 * @param author /Author
 * @param subject /Subject
 * @param creator /Creator (the application the story says made the document)
 * @param created /CreationDate
 * @param modified /ModDate
 */
record PdfInfo(
    String title,
    String author,
    String subject,
    String creator,
    OffsetDateTime created,
    OffsetDateTime modified) {

  /** /Producer of every generated PDF: says truthfully what wrote the file. */
  static final String PRODUCER = "Istraga sample generator (Apache PDFBox 3.0.8)";
}
