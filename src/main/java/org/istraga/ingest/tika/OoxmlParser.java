package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.lang3.SerializationUtils;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's Office Open XML parser (docx, pptx, xlsx...) that reads large Word and PowerPoint files
 * with Tika's streaming (SAX) extractors instead of its default ones, which build the whole
 * document in memory.
 *
 * <p>The default extractors need several times the size of the document's XML in heap, whatever
 * the text limit: a 7 MB docx whose {@code word/document.xml} expands to 1 GB ran the forked parser
 * out of memory and got no text at all. The streaming extractors stop at the text limit
 * ({@code --max-text}) with constant memory, and are used when the XML parts of a file declare more
 * than {@link #streamingThreshold()} bytes (1/64 of the parser's heap: 16 MB with the default 1 GB).
 * Smaller files keep the default extractors, which render a few things more completely (the
 * "Comment by" attribution of Word comments, for one).
 *
 * <p>Word documents with unaccepted deletions or moves are parsed from a copy in which that text is
 * marked ({@link TrackedChangeMarker}): it stays in the text, as evidence, but in brackets that say
 * what it is. Both extractors include it; only files small enough for the default extractor are
 * copied and marked (a larger one keeps its deleted text unmarked, read by the streaming extractor).
 *
 * <p>The paths of other workbooks an Excel file's formulas read from are added to its metadata
 * ({@link ExternalWorkbookLinks}).
 *
 * <p>The text boxes inside Word's block-level content controls (a cover page's title, subtitle,
 * author and abstract), which the default Word extractor leaves out, are added at the end of the
 * text ({@link ContentControlTextBoxes}); the streaming extractor reads them itself.
 *
 * <p>The page headers and footers of Excel workbooks are written as the text they show, without
 * their formatting codes ({@link ExcelHeaderFooters}).
 *
 * <p>PowerPoint's modern (threaded) comments, which Tika does not read, are added at the end of
 * their slide's page ({@link ModernSlideComments}).
 *
 * <p>The sizes are those the ZIP's central directory declares. A file that lies about them (small
 * declared, huge inflated) still goes to the default extractors; if it exhausts the heap, the file
 * gets the status {@code out-of-memory} and the parser process is restarted, as for any other file.
 *
 * <p>Cost: the central directory is read once more (the file is spooled to a temporary file
 * first when it is an embedded child, which Tika's parser does anyway). Thread-safe (no state).
 */
public final class OoxmlParser extends OOXMLParser {

  private static final long serialVersionUID = 1L;

  /** Bytes of declared XML above which the streaming extractors are used. */
  static long streamingThreshold() {
    return Runtime.getRuntime().maxMemory() / 64;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
      Path file = tis.getPath();
      long xmlBytes = declaredXmlBytes(file);
      // a Word file too large for the default extractor is not copied: a part that inflates far
      // beyond its ZIP would be written out whole; the streaming extractor keeps its deletions
      // (unmarked) at constant memory and disk
      if (isWordprocessing(metadata) && xmlBytes <= streamingThreshold()
          && TrackedChangeMarker.hasDeletions(file)) {
        Path marked = tmp.createTempFile();
        try {
          TrackedChangeMarker.writeMarked(file, marked);
          tis = TikaInputStream.get(marked);
          tmp.addResource(tis);
        } catch (IOException e) {
          // a damaged part: Tika reads the file as it is and recovers what it can, unmarked
          metadata.add(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING,
              "tracked changes not marked: " + e.getMessage());
        }
      }
      if (isSpreadsheet(metadata)) {
        for (String link : ExternalWorkbookLinks.read(file)) {
          metadata.add(ExternalWorkbookLinks.KEY, link);
        }
        handler = headerFooterFilter(file, handler, metadata);
      }
      if (isPresentation(metadata)) {
        List<List<String>> comments = ModernSlideComments.read(file);
        if (!comments.isEmpty()) {
          handler = new ModernSlideComments.Inserter(handler, comments);
        }
      }
      if (xmlBytes <= streamingThreshold()) {
        if (isWordprocessing(metadata)) {
          List<String> boxes = ContentControlTextBoxes.read(file);
          if (!boxes.isEmpty()) {
            handler = new ContentControlTextBoxes.Inserter(handler, boxes);
          }
        }
        super.parse(tis, handler, metadata, context);
        return;
      }
      OfficeParserConfig previous = context.get(OfficeParserConfig.class);
      OfficeParserConfig streaming = previous == null ? new OfficeParserConfig() : SerializationUtils.clone(previous);
      streaming.setUseSAXDocxExtractor(true);
      streaming.setUseSAXPptxExtractor(true);
      // the default extractor writes deleted and moved-from text; the streaming one only when told
      streaming.setIncludeDeletedContent(true);
      streaming.setIncludeMoveFromContent(true);
      context.set(OfficeParserConfig.class, streaming);
      try {
        super.parse(tis, handler, metadata, context);
      } finally {
        context.set(OfficeParserConfig.class, previous);
      }
    }
  }

  /** {@code handler} behind a filter that writes the workbook's page headers and footers as text. */
  private static ContentHandler headerFooterFilter(Path file, ContentHandler handler, Metadata metadata) {
    return HandlerAddition.orAsIs(handler, metadata, ExcelHeaderFooters.NOT_READ,
        h -> ExcelHeaderFooters.filter(h, ExcelHeaderFooters.readXlsx(file), true));
  }

  /** True for Excel workbooks, templates and macro-enabled workbooks. */
  static boolean isSpreadsheet(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type != null && (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")
        || type.startsWith("application/vnd.ms-excel."));
  }

  /** True for PowerPoint presentations, shows and templates. */
  static boolean isPresentation(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type != null && (type.startsWith("application/vnd.openxmlformats-officedocument.presentationml")
        || type.startsWith("application/vnd.ms-powerpoint."));
  }

  /** True for Word documents, templates and macro-enabled documents (not spreadsheets, slides). */
  static boolean isWordprocessing(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type != null && type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
        || type != null && type.startsWith("application/vnd.ms-word.");
  }

  /**
   * Sum of the uncompressed sizes the central directory declares for the file's XML parts; 0 when
   * it cannot be read as a ZIP (the parser then reports the damage as usual).
   */
  static long declaredXmlBytes(Path file) {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getName().endsWith(".xml") && e.getSize() > 0) {
          total = e.getSize() > Long.MAX_VALUE - total ? Long.MAX_VALUE : total + e.getSize();
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return total;
  }
}
