package org.istraga.ingest.tika;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Passes Tika's PDF XHTML through and, just before the {@code </div>} that ends the n-th
 * {@code <div class="page">}, adds the lines given for page index n as a
 * {@code <div class="signature-appearance">} of paragraphs (or of another class: form fields'
 * values, {@link FormFieldPages}). The added text is thus inside its
 * page's div, so the page starts computed from those divs ({@link XhtmlTextConverter}) map it to
 * the page on which it is drawn.
 *
 * <p>Only page divs that are not inside another page div are counted: the pages of a PDF attached
 * to this one and parsed into the same handler are left to that parse. Tika's PDF2XHTML writes one
 * page div per page of the page tree, in page-tree order, which is the order of the indexes.
 *
 * <p>The lines are asked for (once) at the first page end, after the parser has opened the
 * document. Cost: a counter per element; nothing is added when there are no lines. Not
 * thread-safe; one instance per parse.
 */
final class PageEndInserter extends ContentHandlerDecorator {

  private static final String CLASS = "signature-appearance";

  private final String divClass;
  private final Supplier<Map<Integer, List<String>>> source;
  private Map<Integer, List<String>> linesByPage;
  private int depth;
  private int pageDepth = -1;
  private int pageIndex = -1;

  PageEndInserter(ContentHandler handler, Supplier<Map<Integer, List<String>>> source) {
    this(handler, source, CLASS);
  }

  /** As above, the added lines in a {@code <div>} of class {@code divClass}. */
  PageEndInserter(ContentHandler handler, Supplier<Map<Integer, List<String>>> source, String divClass) {
    super(handler);
    this.source = source;
    this.divClass = divClass;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    depth++;
    if (pageDepth < 0 && "div".equals(name(localName, qName)) && "page".equals(atts.getValue("class"))) {
      pageDepth = depth;
      pageIndex++;
    }
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (depth == pageDepth) {
      pageDepth = -1;
      insert(uri, pageIndex);
    }
    depth--;
    super.endElement(uri, localName, qName);
  }

  private void insert(String uri, int page) throws SAXException {
    if (linesByPage == null) {
      linesByPage = source.get();
    }
    List<String> lines = linesByPage.get(page);
    if (lines == null || lines.isEmpty()) {
      return;
    }
    String ns = uri == null || uri.isEmpty() ? XHTMLContentHandler.XHTML : uri;
    AttributesImpl cls = new AttributesImpl();
    cls.addAttribute("", "class", "class", "CDATA", divClass);
    super.startElement(ns, "div", "div", cls);
    for (String line : lines) {
      super.startElement(ns, "p", "p", new AttributesImpl());
      char[] chars = line.toCharArray();
      super.characters(chars, 0, chars.length);
      super.endElement(ns, "p", "p");
    }
    super.endElement(ns, "div", "div");
  }

  private static String name(String localName, String qName) {
    return localName == null || localName.isEmpty() ? qName : localName;
  }
}
