package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.odf.OpenDocumentContentParser;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads an OpenDocument {@code content.xml} (or {@code styles.xml}) with Tika's content parser,
 * after two changes for {@link OdfParser}:
 *
 * <ul>
 *   <li>A text document's tracked deletions, which ODF keeps in a change log ({@code
 *       text:tracked-changes}) at the head of the body and Tika writes there unmarked, are written
 *       where they were deleted (at their {@code text:change} mark) as {@code [deleted by AUTHOR:
 *       …]}; a deletion whose mark is missing is written at the end of the text, marked alike.
 *   <li>Each sheet of a spreadsheet starts a page ({@code <div class="page">}) headed by the
 *       sheet's name, and each slide of a presentation starts a page.
 * </ul>
 *
 * <p>Cost: the part is spooled to a temporary file and read once more with StAX (names of the
 * sheets, presence of a change log); a document with tracked changes is rewritten once more.
 * Constant memory apart from the deleted text itself. Thread-safe (no state).
 */
final class OdfContentParser implements Parser {

  private static final long serialVersionUID = 1L;
  static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  /** Elements inside which a deletion mark can take an inline span. */
  private static final Set<String> INLINE_PARENTS = Set.of("p", "h", "span", "a", "meta", "ruby-base");

  private final Parser delegate = new OpenDocumentContentParser();

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return delegate.getSupportedTypes(context);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    try (TemporaryResources tmp = new TemporaryResources()) {
      Path part = tmp.createTempFile();
      Files.copy(stream, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Outline outline = outline(part);
      Path input = part;
      if (outline != null && outline.trackedChanges) {
        Path marked = tmp.createTempFile();
        try (InputStream in = Files.newInputStream(part); OutputStream out = Files.newOutputStream(marked)) {
          markDeletions(in, out);
          input = marked;
        } catch (XMLStreamException e) {
          input = part; // Tika's reading of the part as it is
        }
      }
      ContentHandler target = handler;
      // only in the document's own body: an object embedded in a text (a chart, a table) is not a page
      String type = metadata.get(Metadata.CONTENT_TYPE);
      boolean paged = type != null && (type.contains("opendocument.spreadsheet") || type.contains("opendocument.presentation"));
      if (outline != null && paged && (outline.spreadsheet || outline.presentation)) {
        target = new PageStarts(handler, outline.spreadsheet ? outline.sheets : null);
      }
      // Tika's content parser, called from outside its package, writes a whole XHTML document;
      // the container's document already has its html, head and body
      target = new BodyOnly(target);
      try (InputStream in = Files.newInputStream(input)) {
        delegate.parse(in, target, metadata, context);
      }
    }
  }

  /** What the part holds; null when it cannot be read as XML (Tika then reports the damage). */
  static final class Outline {
    boolean spreadsheet;
    boolean presentation;
    boolean trackedChanges;
    final List<String> sheets = new ArrayList<>();
  }

  static Outline outline(Path part) {
    try (InputStream in = Files.newInputStream(part)) {
      XMLStreamReader r = inputs().createXMLStreamReader(in);
      Outline o = new Outline();
      int depth = 0;
      int spreadsheetDepth = -1;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
          continue;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (OFFICE_NS.equals(ns) && "spreadsheet".equals(name)) {
          o.spreadsheet = true;
          spreadsheetDepth = depth;
        } else if (OFFICE_NS.equals(ns) && "presentation".equals(name)) {
          o.presentation = true;
        } else if (TEXT_NS.equals(ns) && "tracked-changes".equals(name)) {
          o.trackedChanges = true;
        } else if (TABLE_NS.equals(ns) && "table".equals(name) && depth == spreadsheetDepth + 1) {
          String sheet = r.getAttributeValue(TABLE_NS, "name");
          o.sheets.add(sheet == null ? "" : sheet);
        }
      }
      r.close();
      return o;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return null;
    }
  }

  private static XMLInputFactory inputs() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** One deletion of the change log: who deleted what. */
  private record Deletion(String author, String text) {
    String marked() {
      return "[deleted" + (author.isEmpty() ? "" : " by " + author) + ": " + text.strip() + "]";
    }
  }

  /** Copies a part, moving its logged deletions to their marks. */
  static void markDeletions(InputStream in, OutputStream out) throws XMLStreamException {
    XMLEventReader reader = inputs().createXMLEventReader(in);
    XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
    XMLEventFactory events = XMLEventFactory.newFactory();
    Map<String, Deletion> deletions = new LinkedHashMap<>();
    Deque<QName> open = new ArrayDeque<>();
    String textPrefix = "text";
    char last = '\n'; // last character of text written
    boolean spaceAfter = false; // a marker was written: the next text needs a space before it
    while (reader.hasNext()) {
      XMLEvent ev = reader.nextEvent();
      if (ev.isStartDocument()) {
        writer.add(events.createStartDocument("UTF-8", "1.0"));
        continue;
      }
      if (ev.isStartElement()) {
        StartElement s = ev.asStartElement();
        if (is(s.getName(), TEXT_NS, "tracked-changes")) {
          textPrefix = s.getName().getPrefix();
          readLog(reader, deletions);
          continue;
        }
        if (is(s.getName(), TEXT_NS, "change")) {
          Deletion d = deletions.remove(attr(s, TEXT_NS, "change-id"));
          if (d != null) {
            boolean inline = !open.isEmpty() && TEXT_NS.equals(open.peek().getNamespaceURI())
                && INLINE_PARENTS.contains(open.peek().getLocalPart());
            String space = inline && !Character.isWhitespace(last) ? " " : "";
            writeText(writer, events, s.getName().getPrefix(), inline ? "span" : "p", space + d.marked());
            spaceAfter = inline;
          }
        }
        open.push(s.getName());
        writer.add(ev);
      } else if (ev.isEndElement()) {
        QName name = open.pop();
        if (is(name, TEXT_NS, "p") || is(name, TEXT_NS, "h")) {
          spaceAfter = false;
          last = '\n';
        }
        if (is(name, OFFICE_NS, "text") && !deletions.isEmpty()) {
          for (Deletion d : deletions.values()) {
            writeText(writer, events, textPrefix, "p", d.marked());
          }
          deletions.clear();
        }
        writer.add(ev);
      } else {
        if (ev.isCharacters() && !ev.asCharacters().isIgnorableWhiteSpace()) {
          String data = ev.asCharacters().getData();
          if (!data.isEmpty()) {
            if (spaceAfter && !Character.isWhitespace(data.charAt(0))) {
              writer.add(events.createCharacters(" "));
            }
            spaceAfter = false;
            last = data.charAt(data.length() - 1);
          }
        }
        writer.add(ev);
      }
    }
    writer.flush();
    writer.close();
    reader.close();
  }

  /** Reads the change log up to its end, keeping each deletion's author and text. */
  private static void readLog(XMLEventReader reader, Map<String, Deletion> deletions) throws XMLStreamException {
    int depth = 1;
    String region = null;
    boolean inDeletion = false;
    boolean inInfo = false;
    boolean inCreator = false;
    StringBuilder author = new StringBuilder();
    StringBuilder text = new StringBuilder();
    while (reader.hasNext() && depth > 0) {
      XMLEvent ev = reader.nextEvent();
      if (ev.isStartElement()) {
        depth++;
        StartElement s = ev.asStartElement();
        QName n = s.getName();
        if (is(n, TEXT_NS, "changed-region")) {
          region = attr(s, TEXT_NS, "id");
          if (region == null) {
            region = attr(s, "http://www.w3.org/XML/1998/namespace", "id");
          }
        } else if (is(n, TEXT_NS, "deletion")) {
          inDeletion = true;
          author.setLength(0);
          text.setLength(0);
        } else if (is(n, OFFICE_NS, "change-info")) {
          inInfo = true;
        } else if (inInfo && is(n, DC_NS, "creator")) {
          inCreator = true;
        } else if (inDeletion && !inInfo && is(n, TEXT_NS, "s")) {
          text.append(' ');
        } else if (inDeletion && !inInfo && is(n, TEXT_NS, "tab")) {
          text.append('\t');
        } else if (inDeletion && !inInfo && is(n, TEXT_NS, "line-break")) {
          text.append(' ');
        }
      } else if (ev.isEndElement()) {
        depth--;
        QName n = ev.asEndElement().getName();
        if (is(n, TEXT_NS, "deletion")) {
          inDeletion = false;
          if (region != null && !text.toString().isBlank()) {
            deletions.put(region, new Deletion(author.toString().strip(), text.toString().replaceAll("\\s+", " ")));
          }
        } else if (is(n, OFFICE_NS, "change-info")) {
          inInfo = false;
        } else if (is(n, DC_NS, "creator")) {
          inCreator = false;
        } else if (inDeletion && !inInfo && (is(n, TEXT_NS, "p") || is(n, TEXT_NS, "h"))) {
          text.append(' ');
        }
      } else if (ev.isCharacters()) {
        if (inCreator) {
          author.append(ev.asCharacters().getData());
        } else if (inDeletion && !inInfo) {
          text.append(ev.asCharacters().getData());
        }
      }
    }
  }

  private static boolean is(QName n, String ns, String local) {
    return ns.equals(n.getNamespaceURI()) && local.equals(n.getLocalPart());
  }

  private static String attr(StartElement s, String ns, String local) {
    Attribute a = s.getAttributeByName(new QName(ns, local));
    return a == null ? null : a.getValue();
  }

  private static void writeText(XMLEventWriter w, XMLEventFactory f, String prefix, String element, String text)
      throws XMLStreamException {
    w.add(f.createStartElement(prefix, TEXT_NS, element));
    w.add(f.createCharacters(text));
    w.add(f.createEndElement(prefix, TEXT_NS, element));
  }

  /** Passes on only what is inside the {@code body} element, without the document's events. */
  static final class BodyOnly extends ContentHandlerDecorator {
    private int depth; // 0 outside body, 1 in body itself, more inside

    BodyOnly(ContentHandler handler) {
      super(handler);
    }

    @Override
    public void startDocument() {}

    @Override
    public void endDocument() {}

    @Override
    public void startPrefixMapping(String prefix, String uri) {}

    @Override
    public void endPrefixMapping(String prefix) {}

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
      if (depth > 0) {
        depth++;
        super.startElement(uri, localName, name, atts);
      } else if ("body".equals(localName)) {
        depth = 1;
      }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      if (depth > 1) {
        super.endElement(uri, localName, name);
      }
      if (depth > 0) {
        depth--;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (depth > 0) {
        super.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      // the inner document's line breaks after blocks: the container's handler writes its own
    }
  }

  /**
   * Starts a page before each top-level table (a sheet, headed by its name) or top-level division
   * (a slide) of the XHTML Tika's content parser writes.
   */
  static final class PageStarts extends ContentHandlerDecorator {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final List<String> sheets;
    private int depth;
    private int index;

    PageStarts(ContentHandler handler, List<String> sheets) {
      super(handler);
      this.sheets = sheets;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
      if (depth == 0 && (sheets != null ? "table".equals(localName) : "div".equals(localName))) {
        AttributesImpl page = new AttributesImpl();
        page.addAttribute("", "class", "class", "CDATA", "page");
        super.startElement(XHTML, "div", "div", page);
        super.endElement(XHTML, "div", "div");
        if (sheets != null && index < sheets.size() && !sheets.get(index).isBlank()) {
          String title = sheets.get(index);
          super.startElement(XHTML, "h1", "h1", new AttributesImpl());
          super.characters(title.toCharArray(), 0, title.length());
          super.endElement(XHTML, "h1", "h1");
        }
        index++;
      }
      depth++;
      super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      depth--;
      super.endElement(uri, localName, name);
    }
  }
}
