package org.istraga.provenance.forensics;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * StAX readers and a DOM parser for untrusted XML (XMP packets, Office and ODF parts, XML
 * signatures): no DTDs, no external entities, no entity expansion, so XXE and billion-laughs
 * payloads are inert. Callers bound the bytes they feed in. Thread-safe.
 */
public final class SafeXml {

  private static final XMLInputFactory FACTORY = create(true);
  private static final XMLInputFactory PLAIN_FACTORY = create(false);

  private static final DocumentBuilderFactory DOM_FACTORY = createDom();

  private SafeXml() {}

  private static DocumentBuilderFactory createDom() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  /**
   * Parses a whole document into a namespace-aware DOM; a document with a DOCTYPE is refused (no
   * legitimate Office or signature part has one). For parts that must be kept whole, such as XML
   * signatures, whose checks need the exact tree. Memory is a small multiple of the input, which
   * callers bound.
   *
   * @throws IOException if the input is not well-formed XML or declares a DTD
   */
  public static Document document(InputStream in) throws IOException {
    DocumentBuilder builder;
    synchronized (DOM_FACTORY) {
      try {
        builder = DOM_FACTORY.newDocumentBuilder();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("cannot create a safe XML parser", e);
      }
    }
    builder.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing is printed
    try {
      return builder.parse(in);
    } catch (SAXException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
  }

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
