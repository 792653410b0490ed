package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's OpenDocument parser (odt, ods, odp and their templates) with these corrections:
 *
 * <ul>
 *   <li><b>Author and last editor.</b> In ODF {@code meta:initial-creator} is the author and
 *       {@code dc:creator} the person who saved the file last; Tika puts both in {@code
 *       dc:creator}, so the record listed the last editor as a second author and had no "last
 *       modified by". Here {@code dc:creator} is the initial creator alone (when the file names
 *       one) and {@code meta:last-author} the last editor.
 *   <li><b>Revision.</b> The number of times the file was saved ({@code meta:editing-cycles},
 *       which Tika reports as {@code editing-cycles}) is also {@code cp:revision}, the name Office
 *       files give it.
 *   <li><b>Tracked deletions</b> are moved from the change log at the head of the text to the place
 *       they were deleted from and marked {@code [deleted by AUTHOR: …]} ({@link
 *       OdfContentParser}).
 *   <li><b>Sheets and slides are pages</b>: each sheet starts a page headed by its name, each slide
 *       a page, so page counts and citations work as for Office Open XML files.
 * </ul>
 *
 * <p>Cost: the file is spooled to disk when it is an embedded child (Tika's parser does so
 * anyway), and {@code meta.xml} is read a second time. Thread-safe (no state).
 */
public final class OdfParser extends OpenDocumentParser {

  private static final long serialVersionUID = 1L;
  private static final String META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

  public OdfParser() {
    setContentParser(new OdfContentParser());
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
      Path file = tis.getPath();
      super.parse(tis, handler, metadata, context);
      fixCreators(file, metadata);
      // the revision number under the name Office files give it
      String cycles = metadata.get("editing-cycles");
      if (cycles != null && metadata.get("cp:revision") == null) {
        metadata.set("cp:revision", cycles.strip());
      }
    }
  }

  /** Sets the author and last editor from {@code meta.xml}, when the file has one. */
  static void fixCreators(Path file, Metadata metadata) {
    String[] people = creators(file);
    if (people == null) {
      return;
    }
    String initial = people[0];
    String last = people[1];
    if (initial != null) {
      metadata.set(TikaCoreProperties.CREATOR, initial);
    }
    if (last != null) {
      metadata.set(TikaCoreProperties.MODIFIER, last);
      if (initial == null) {
        metadata.set(TikaCoreProperties.CREATOR, last); // the only name the file gives
      }
    }
  }

  /** {initial creator, last editor} from meta.xml (each may be null), or null when unreadable. */
  private static String[] creators(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry meta = zip.getEntry("meta.xml");
      if (meta == null) {
        return null;
      }
      try (InputStream in = zip.getInputStream(meta)) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in);
        String initial = null;
        String last = null;
        while (r.hasNext()) {
          if (r.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (META_NS.equals(r.getNamespaceURI()) && "initial-creator".equals(r.getLocalName())) {
            initial = blankToNull(r.getElementText());
          } else if (DC_NS.equals(r.getNamespaceURI()) && "creator".equals(r.getLocalName())) {
            last = blankToNull(r.getElementText());
          }
        }
        r.close();
        return new String[] {initial, last};
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return null; // damaged: Tika's reading stands
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
