package org.istraga.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Removes the names of people from an OpenDocument file's metadata (ODF 1.2 part 3, {@code
 * meta.xml}): {@code meta:initial-creator} (the author), {@code dc:creator} (who saved it last),
 * {@code meta:printed-by}, and user-defined fields whose name marks a person ({@code Editor}, see
 * {@link SensitiveScan#isSensitiveKey}). Every other entry of the package is copied unchanged, {@code
 * mimetype} first and stored, as ODF requires. Names of tracked-change and annotation authors
 * inside {@code content.xml} are not touched (as for OOXML; docs/findings.md says so).
 *
 * <p>Stateless and thread-safe. Cost: the package is rewritten in memory (its size).
 */
final class OdfMetadataStripper {

  private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private OdfMetadataStripper() {}

  /** True for OpenDocument media types (text, spreadsheet, presentation, graphics...). */
  static boolean supports(String mediaType) {
    return mediaType.startsWith("application/vnd.oasis.opendocument.");
  }

  static MetadataStripper.Stripped strip(Path source) throws IOException {
    List<String> removed = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null) {
        copyStored(zip, mimetype, out);
      }
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        if (e.getName().equals("mimetype")) {
          continue;
        }
        byte[] content;
        try (InputStream in = zip.getInputStream(e)) {
          content = in.readAllBytes();
        }
        if (e.getName().equals("meta.xml")) {
          content = meta(content, removed);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        out.putNextEntry(copy);
        out.write(content);
        out.closeEntry();
      }
    }
    return new MetadataStripper.Stripped(bytes.toByteArray(), removed);
  }

  private static void copyStored(ZipFile zip, ZipEntry e, ZipOutputStream out) throws IOException {
    byte[] content;
    try (InputStream in = zip.getInputStream(e)) {
      content = in.readAllBytes();
    }
    ZipEntry copy = new ZipEntry(e.getName());
    copy.setMethod(ZipEntry.STORED);
    copy.setSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    copy.setCrc(crc.getValue());
    copy.setTime(e.getTime());
    out.putNextEntry(copy);
    out.write(content);
    out.closeEntry();
  }

  /** meta.xml without the person elements; the names of what was removed go to {@code removed}. */
  private static byte[] meta(byte[] xml, List<String> removed) throws IOException {
    try {
      Document doc = parser().parse(new ByteArrayInputStream(xml));
      drop(doc, META, "initial-creator", "meta:initial-creator (author)", removed);
      drop(doc, DC, "creator", "dc:creator (last saved by)", removed);
      drop(doc, META, "printed-by", "meta:printed-by", removed);
      NodeList custom = doc.getElementsByTagNameNS(META, "user-defined");
      for (int i = custom.getLength() - 1; i >= 0; i--) {
        Element e = (Element) custom.item(i);
        String name = e.getAttributeNS(META, "name");
        if (SensitiveScan.isSensitiveKey("custom:" + name)) {
          e.getParentNode().removeChild(e);
          removed.add("ODF user-defined " + name);
        }
      }
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (SAXException | TransformerException | ParserConfigurationException e) {
      throw new IOException("meta.xml of the OpenDocument file cannot be read: " + e.getMessage(), e);
    }
  }

  private static void drop(Document doc, String ns, String local, String label, List<String> removed) {
    NodeList nodes = doc.getElementsByTagNameNS(ns, local);
    if (nodes.getLength() > 0) {
      removed.add("ODF " + label);
    }
    for (int i = nodes.getLength() - 1; i >= 0; i--) {
      Element e = (Element) nodes.item(i);
      e.getParentNode().removeChild(e);
    }
  }

  /** A namespace-aware parser that refuses DOCTYPEs, so a hostile meta.xml reaches no file or URL. */
  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder();
  }
}
