package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.istraga.provenance.forensics.SafeXml;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The text boxes of a Word document that sit inside a block-level content control, which Tika's
 * default Word extractor leaves out.
 *
 * <p>Word's cover pages (Insert, Cover Page) and many templates put the title, subtitle, author,
 * date and abstract in text boxes anchored in a paragraph of a block-level content control
 * ({@code <w:sdt>} directly in the body or a table cell, its {@code <w:sdtContent>} holding
 * paragraphs). Tika reads such a control through POI's {@code XWPFSDT.getContent().getText()},
 * which keeps the control's paragraphs but not the text boxes drawn in them, so "My Document
 * Title" and "This is an engaging title page" of a cover page were not in the text (Tika's
 * streaming extractor, used for large files, reads them). {@link #read} collects the text of each
 * such text box, one entry a paragraph, from the main document part; {@link Inserter} writes them
 * at the end of the document's body, where they are searchable (a Word document has no page
 * boundaries in the text, so nothing moves to a wrong page).
 *
 * <p>A text box inside an inline (run-level) content control, or in no control, is read by Tika
 * and not collected. The VML copy of a text box that Word writes for old readers ({@code
 * mc:Fallback}) is skipped, so each box counts once.
 *
 * <p>Cost: one StAX pass over {@code word/document.xml} (the main part the package names);
 * memory: the collected text. Stateless and thread-safe; an {@link Inserter} serves one parse.
 */
final class ContentControlTextBoxes {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String OFFICE_DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  private static final String STRICT_OFFICE_DOCUMENT =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

  private ContentControlTextBoxes() {}

  /** The paragraphs of the text boxes in block-level content controls; empty when none or unreadable. */
  static List<String> read(Path docx) {
    try (ZipFile zip = ZipFile.builder().setPath(docx).get()) {
      ZipArchiveEntry main = zip.getEntry(mainPart(zip));
      if (main == null) {
        return List.of();
      }
      try (InputStream in = zip.getInputStream(main)) {
        return collect(in);
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return List.of(); // damaged: the parser reports what it can read
    }
  }

  /** The main document part the package relationships name; {@code word/document.xml} by default. */
  private static String mainPart(ZipFile zip) throws IOException, XMLStreamException {
    ZipArchiveEntry rels = zip.getEntry("_rels/.rels");
    if (rels != null) {
      try (InputStream in = zip.getInputStream(rels)) {
        XMLStreamReader r = SafeXml.reader(in);
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
            String type = r.getAttributeValue(null, "Type");
            String target = r.getAttributeValue(null, "Target");
            if (target != null && (OFFICE_DOCUMENT.equals(type) || STRICT_OFFICE_DOCUMENT.equals(type))) {
              return target.startsWith("/") ? target.substring(1) : target;
            }
          }
        }
      }
    }
    return "word/document.xml";
  }

  /** {@link #read} on the main part's XML. */
  static List<String> collect(InputStream documentXml) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    XMLStreamReader r = SafeXml.reader(documentXml);
    int paragraphs = 0; // open w:p
    // per open w:sdt: whether it is block-level (opened outside any paragraph)
    Deque<Boolean> sdts = new ArrayDeque<>();
    int blockSdts = 0;
    int fallback = 0; // open mc:Fallback
    int box = 0; // open w:txbxContent inside a block-level control
    int text = 0; // open w:t
    StringBuilder line = new StringBuilder();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (MC.equals(ns) && "Fallback".equals(name)) {
          fallback++;
        } else if (W.equals(ns)) {
          switch (name) {
            case "p" -> paragraphs++;
            case "sdt" -> {
              boolean block = paragraphs == 0;
              sdts.push(block);
              if (block) {
                blockSdts++;
              }
            }
            case "txbxContent" -> {
              if (fallback == 0 && (box > 0 || blockSdts > 0 && paragraphs > 0)) {
                box++;
              }
            }
            case "t" -> text++;
            case "tab" -> {
              if (box > 0 && fallback == 0) {
                line.append('\t');
              }
            }
            case "br", "cr" -> {
              if (box > 0 && fallback == 0) {
                line.append('\n');
              }
            }
            default -> { }
          }
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (box > 0 && fallback == 0 && text > 0) {
          line.append(r.getText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (MC.equals(ns) && "Fallback".equals(name)) {
          fallback--;
        } else if (W.equals(ns)) {
          switch (name) {
            case "t" -> text--;
            case "p" -> {
              paragraphs--;
              if (box > 0 && fallback == 0) {
                flush(line, out);
              }
            }
            case "sdt" -> {
              if (!sdts.isEmpty() && sdts.pop()) {
                blockSdts--;
              }
            }
            case "txbxContent" -> {
              if (box > 0 && fallback == 0) {
                box--;
                flush(line, out);
              }
            }
            default -> { }
          }
        }
      }
    }
    r.close();
    return out;
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    line.setLength(0);
  }


  /** Writes the collected paragraphs at the end of the document's body, in a text-box div. */
  static final class Inserter extends ContentHandlerDecorator {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final List<String> paragraphs;
    private boolean written;

    Inserter(ContentHandler handler, List<String> paragraphs) {
      super(handler);
      this.paragraphs = paragraphs;
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      if ("body".equals(localName) && !written) {
        written = true;
        AttributesImpl cls = new AttributesImpl();
        cls.addAttribute("", "class", "class", "CDATA", "textbox");
        super.startElement(XHTML, "div", "div", cls);
        for (String p : paragraphs) {
          super.startElement(XHTML, "p", "p", new AttributesImpl());
          super.characters(p.toCharArray(), 0, p.length());
          super.endElement(XHTML, "p", "p");
        }
        super.endElement(XHTML, "div", "div");
      }
      super.endElement(uri, localName, name);
    }
  }
}
