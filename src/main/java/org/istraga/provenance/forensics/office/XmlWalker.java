package org.istraga.provenance.forensics.office;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.istraga.provenance.forensics.SafeXml;

/**
 * Streams an untrusted XML part through {@link SafeXml} and hands each element to a visitor with
 * its parent's local name; collects the text of elements the visitor asks for. Bounded by the
 * caller's byte limit and by {@code maxElements}.
 */
final class XmlWalker {

  /**
   * Receives elements; return true from {@link #start} to get the element's text in {@link #text}.
   */
  interface Visitor {
    boolean start(XMLStreamReader r, String parentLocal, int depth);

    default void text(String ns, String local, String text) {}

    default void end(String ns, String local, int depth) {}
  }

  private XmlWalker() {}

  /** Walks the part; returns false if {@code maxElements} was reached before the end. */
  static boolean walk(InputStream in, Visitor v, int maxElements) throws XMLStreamException {
    XMLStreamReader r = SafeXml.reader(in);
    Deque<String> stack = new ArrayDeque<>();
    Deque<StringBuilder> texts = new ArrayDeque<>();
    int count = 0;
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (++count > maxElements) {
            return false;
          }
          String parent = stack.isEmpty() ? null : stack.peek();
          boolean wantText = v.start(r, parent, stack.size() + 1);
          stack.push(r.getLocalName());
          texts.push(wantText ? new StringBuilder() : NO_TEXT);
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)
            && !texts.isEmpty()
            && texts.peek() != NO_TEXT
            && texts.peek().length() < 100_000) {
          texts.peek().append(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          StringBuilder t = texts.isEmpty() ? NO_TEXT : texts.pop();
          if (!stack.isEmpty()) {
            stack.pop();
          }
          if (t != NO_TEXT) {
            v.text(r.getNamespaceURI(), r.getLocalName(), t.toString().strip());
          }
          v.end(r.getNamespaceURI(), r.getLocalName(), stack.size() + 1);
        }
      }
      return true;
    } finally {
      r.close();
    }
  }

  private static final StringBuilder NO_TEXT = new StringBuilder(0);

  /** The attribute's value by namespace and local name, or null. */
  static String attr(XMLStreamReader r, String ns, String local) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (local.equals(r.getAttributeLocalName(i))
          && (ns == null || ns.equals(r.getAttributeNamespace(i)))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }
}
