package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's OLE2 Office parser for legacy Word documents (.doc), Excel workbooks (.xls) and Outlook
 * messages (.msg), with what its extractors leave out or garble put right; the other OLE2 formats
 * (ppt, vsd...) stay with Tika's parser as it is.
 *
 * <ul>
 *   <li>Word: the field instructions Tika writes as text ({@code HYPERLINK "http://…"} in
 *       footnotes, comments, endnotes and text boxes, with their marks as U+FFFD; {@code AUTONUM},
 *       {@code PAGE} without a stored result) are taken out, a field's result kept, and so is the
 *       reference mark (U+FFFD) at the head of a footnote ({@link WordFieldCodes}).
 *   <li>Excel: page headers and footers are written as the text they show, not as coded strings
 *       ({@code &CPoverljivo&L&"Arial,Bold"&14Ugovor}) whose words ran into the codes ({@link
 *       ExcelHeaderFooters}).
 *   <li>Outlook: the paragraphs of the plain-text body that say something the shown (HTML or RTF)
 *       body does not are added after it ({@link OutlookPlainBody}).
 * </ul>
 *
 * <p>A file POI cannot read for these additions (damaged, encrypted) is parsed by Tika as it is,
 * with a warning in its metadata; Tika's own parse reports what is wrong with it.
 *
 * <p>Cost: such a file is read twice by POI (once here, once by Tika), and spooled to a temporary
 * file when it is an embedded child (which Tika's parser does anyway). Thread-safe (no state).
 */
public final class LegacyOfficeParser extends OfficeParser {

  private static final long serialVersionUID = 1L;
  static final MediaType WORD = MediaType.application("msword");
  static final MediaType OUTLOOK = MediaType.application("vnd.ms-outlook");
  static final MediaType EXCEL = MediaType.application("vnd.ms-excel");
  private static final Set<MediaType> TYPES = Set.of(WORD, OUTLOOK, EXCEL);

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
      MediaType type = typeOf(metadata);
      ContentHandler target = handler;
      if (WORD.equals(type)) {
        target = wordFilter(tis.getPath(), handler, metadata);
      } else if (OUTLOOK.equals(type)) {
        target = outlookInserter(tis.getPath(), handler, metadata);
      } else if (EXCEL.equals(type)) {
        target = excelFilter(tis.getPath(), handler, metadata);
      }
      super.parse(tis, target, metadata, context);
    }
  }

  private static ContentHandler wordFilter(Path file, ContentHandler handler, Metadata metadata) {
    return HandlerAddition.orAsIs(handler, metadata, "Word field codes not read, left in the text",
        h -> WordFieldCodes.read(file).filter(h));
  }

  private static ContentHandler outlookInserter(Path file, ContentHandler handler, Metadata metadata) {
    return HandlerAddition.orAsIs(handler, metadata,
        "Outlook plain-text body not compared with the shown one", h -> {
          String plain = OutlookPlainBody.read(file);
          return plain == null || plain.isBlank() ? h : new OutlookPlainBody.Inserter(h, plain);
        });
  }

  private static ContentHandler excelFilter(Path file, ContentHandler handler, Metadata metadata) {
    return HandlerAddition.orAsIs(handler, metadata, ExcelHeaderFooters.NOT_READ,
        h -> ExcelHeaderFooters.filter(h, ExcelHeaderFooters.readXls(file), false));
  }

  private static MediaType typeOf(Metadata metadata) {
    String t = metadata.get(Metadata.CONTENT_TYPE);
    MediaType type = t == null ? null : MediaType.parse(t);
    return type == null ? null : type.getBaseType();
  }
}
