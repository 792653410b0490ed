package org.istraga.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The "modern" (threaded) comments of PowerPoint files, which Tika does not read.
 *
 * <p>Since 2021 PowerPoint writes comments and their replies only in {@code
 * ppt/comments/modernComment_*.xml} parts (namespace {@code
 * http://schemas.microsoft.com/office/powerpoint/2018/8/main}), with the authors' names in {@code
 * ppt/authors.xml}; Tika 3.3 reads only the older {@code ppt/comments/comment*.xml}, so these
 * comments were missing from the text. {@link #read} collects them per slide, in the order of the
 * presentation, as {@code Comment by AUTHOR: text}; {@link Inserter} writes each slide's comments at
 * the end of that slide's page (before the next {@code <div class="slide-content">}, or before the
 * end of the body for the last slide).
 *
 * <p>Cost: a look at the ZIP's entry names; when modern comments exist, the presentation's,
 * slides' and comments' relationship and XML parts are read once more with StAX. Stateless and
 * thread-safe; an {@link Inserter} serves one parse.
 */
final class ModernSlideComments {

  private static final String COMMENTS_REL = "http://schemas.microsoft.com/office/2018/10/relationships/comments";

  private ModernSlideComments() {}

  /**
   * Each slide's comments (index 0 the first slide), or an empty list when the file has no modern
   * comments or cannot be read.
   */
  static List<List<String>> read(Path pptx) {
    try (ZipFile zip = ZipFile.builder().setPath(pptx).get()) {
      if (!hasModernComments(zip)) {
        return List.of();
      }
      Map<String, String> authors = authors(zip);
      Map<String, String> presRels = relationships(zip, "ppt/presentation.xml", null);
      List<List<String>> out = new ArrayList<>();
      for (String rid : slideIds(zip)) {
        String slide = presRels.get(rid);
        List<String> comments = new ArrayList<>();
        if (slide != null) {
          for (String part : relationships(zip, slide, COMMENTS_REL).values()) {
            comments.addAll(comments(zip, part, authors));
          }
        }
        out.add(comments);
      }
      return out;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return List.of(); // damaged: the parser reports what it can read
    }
  }

  private static boolean hasModernComments(ZipFile zip) {
    Enumeration<ZipArchiveEntry> entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      String name = entries.nextElement().getName();
      if (name.startsWith("ppt/comments/modernComment")) {
        return true;
      }
    }
    return false;
  }

  private static XMLStreamReader xml(ZipFile zip, String part) throws IOException, XMLStreamException {
    ZipArchiveEntry e = zip.getEntry(part);
    if (e == null) {
      return null;
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    InputStream in = zip.getInputStream(e);
    return f.createXMLStreamReader(in);
  }

  /** Author id to name, from ppt/authors.xml. */
  private static Map<String, String> authors(ZipFile zip) throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    XMLStreamReader r = xml(zip, "ppt/authors.xml");
    if (r == null) {
      return out;
    }
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && "author".equals(r.getLocalName())) {
        String id = r.getAttributeValue(null, "id");
        String name = r.getAttributeValue(null, "name");
        if (id != null && name != null) {
          out.put(id, name.strip());
        }
      }
    }
    r.close();
    return out;
  }

  /** The relationship ids of the slides, in the presentation's order. */
  private static List<String> slideIds(ZipFile zip) throws IOException, XMLStreamException {
    List<String> out = new ArrayList<>();
    XMLStreamReader r = xml(zip, "ppt/presentation.xml");
    if (r == null) {
      return out;
    }
    String rNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && "sldId".equals(r.getLocalName())) {
        String id = r.getAttributeValue(rNs, "id");
        if (id != null) {
          out.add(id);
        }
      }
    }
    r.close();
    return out;
  }

  /** Relationship id to target part name of {@code part}, of one type or all (type null). */
  private static Map<String, String> relationships(ZipFile zip, String part, String type)
      throws IOException, XMLStreamException {
    Map<String, String> out = new LinkedHashMap<>();
    int slash = part.lastIndexOf('/');
    String dir = part.substring(0, slash + 1);
    XMLStreamReader r = xml(zip, dir + "_rels/" + part.substring(slash + 1) + ".rels");
    if (r == null) {
      return out;
    }
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
        String target = r.getAttributeValue(null, "Target");
        if (target == null || "External".equals(r.getAttributeValue(null, "TargetMode"))
            || type != null && !type.equals(r.getAttributeValue(null, "Type"))) {
          continue;
        }
        String resolved = target.startsWith("/") ? target.substring(1)
            : URI.create("x:/" + dir).resolve(target.replace(" ", "%20")).getPath().substring(1).replace("%20", " ");
        out.put(r.getAttributeValue(null, "Id"), resolved);
      }
    }
    r.close();
    return out;
  }

  /** The comments and replies of one comments part, as "Comment by AUTHOR: text". */
  private static List<String> comments(ZipFile zip, String part, Map<String, String> authors)
      throws IOException, XMLStreamException {
    List<String> out = new ArrayList<>();
    XMLStreamReader r = xml(zip, part);
    if (r == null) {
      return out;
    }
    // the open cm and reply elements: author, and where a comment's own text goes (before its replies)
    java.util.Deque<String> authorsOpen = new java.util.ArrayDeque<>();
    java.util.Deque<Integer> positions = new java.util.ArrayDeque<>();
    StringBuilder text = null;
    int depth = 0;
    int bodyDepth = -1;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = r.getLocalName();
        if ("cm".equals(name) || "reply".equals(name)) {
          String id = r.getAttributeValue(null, "authorId");
          authorsOpen.push(id == null ? "" : authors.getOrDefault(id, ""));
          positions.push(out.size());
        } else if ("txBody".equals(name)) {
          bodyDepth = depth;
          text = new StringBuilder();
        } else if ("p".equals(name) && text != null && text.length() > 0) {
          text.append(' ');
        } else if ("t".equals(name) && text != null) {
          text.append(r.getElementText());
          depth--;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (("cm".equals(r.getLocalName()) || "reply".equals(r.getLocalName())) && !authorsOpen.isEmpty()) {
          authorsOpen.pop();
          positions.pop();
        }
        if (depth == bodyDepth && text != null) {
          String t = text.toString().strip();
          String author = authorsOpen.isEmpty() ? "" : authorsOpen.peek();
          if (!t.isEmpty()) {
            int at = positions.isEmpty() ? out.size() : Math.min(positions.peek(), out.size());
            out.add(at, "Comment" + (author.isEmpty() ? "" : " by " + author) + ": " + t);
          }
          text = null;
          bodyDepth = -1;
        }
        depth--;
      }
    }
    r.close();
    return out;
  }

  /** Writes each slide's comments at the end of its page in Tika's XHTML. */
  static final class Inserter extends ContentHandlerDecorator {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final List<List<String>> slides;
    private int started; // slides whose content div has started
    private int written; // slides whose comments were written

    Inserter(ContentHandler handler, List<List<String>> slides) {
      super(handler);
      this.slides = slides;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
      if ("div".equals(localName) && "slide-content".equals(atts.getValue("class"))) {
        writeUpTo(started);
        started++;
      }
      super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      if ("body".equals(localName)) {
        writeUpTo(slides.size());
      }
      super.endElement(uri, localName, name);
    }

    /** Writes the comments of slides [written, n). */
    private void writeUpTo(int n) throws SAXException {
      for (; written < n && written < slides.size(); written++) {
        List<String> comments = slides.get(written);
        if (comments.isEmpty()) {
          continue;
        }
        AttributesImpl cls = new AttributesImpl();
        cls.addAttribute("", "class", "class", "CDATA", "comments");
        super.startElement(XHTML, "div", "div", cls);
        for (String c : comments) {
          super.startElement(XHTML, "p", "p", new AttributesImpl());
          super.characters(c.toCharArray(), 0, c.length());
          super.endElement(XHTML, "p", "p");
        }
        super.endElement(XHTML, "div", "div");
      }
    }
  }
}
