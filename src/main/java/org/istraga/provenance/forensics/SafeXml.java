package org.istraga.provenance.forensics;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted XML (XMP packets, Office and ODF parts): no DTDs, no external
 * entities, no entity expansion, so XXE and billion-laughs payloads are inert. Callers bound the
 * bytes they feed in. Thread-safe.
 */
public final class SafeXml {

  private static final XMLInputFactory FACTORY = create(true);
  private static final XMLInputFactory PLAIN_FACTORY = create(false);

  private SafeXml() {}

  private static XMLInputFactory create(boolean namespaceAware) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * A reader that does not resolve namespaces (element and attribute names come back as written,
   * {@code prefix:local}): for documents that use undeclared prefixes. Same protections.
   */
  public static XMLStreamReader plainReader(InputStream in) throws XMLStreamException {
    synchronized (PLAIN_FACTORY) {
      return PLAIN_FACTORY.createXMLStreamReader(in);
    }
  }

  /** A namespace-aware reader that refuses DTDs and entities. */
  public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(in);
    }
  }
}
