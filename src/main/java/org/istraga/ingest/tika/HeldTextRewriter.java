package org.istraga.ingest.tika;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A SAX decorator that holds the characters between two element boundaries and passes them on
 * rewritten as one string. Tika's XHTML handlers split a paragraph's characters wherever they
 * replace a mark, so a pattern to take out or replace may arrive in several pieces; held up to the
 * next start or end tag, ignorable whitespace or the end of the document, it is seen whole.
 *
 * <p>Cost: one copy of the text between two tags. Not thread-safe: one instance per parse.
 */
abstract class HeldTextRewriter extends ContentHandlerDecorator {
  private final StringBuilder held = new StringBuilder();

  HeldTextRewriter(ContentHandler handler) {
    super(handler);
  }

  /** The text to pass on for {@code text}, the characters held since the last boundary (non-empty). */
  abstract String rewrite(String text);

  @Override
  public final void characters(char[] ch, int start, int length) {
    held.append(ch, start, length);
  }

  @Override
  public final void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    flush();
    super.ignorableWhitespace(ch, start, length);
  }

  @Override
  public final void startElement(String uri, String localName, String name, Attributes atts)
      throws SAXException {
    flush();
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public final void endElement(String uri, String localName, String name) throws SAXException {
    flush();
    super.endElement(uri, localName, name);
  }

  @Override
  public final void endDocument() throws SAXException {
    flush();
    super.endDocument();
  }

  private void flush() throws SAXException {
    if (held.length() == 0) {
      return;
    }
    String text = rewrite(held.toString());
    held.setLength(0);
    if (!text.isEmpty()) {
      super.characters(text.toCharArray(), 0, text.length());
    }
  }
}
