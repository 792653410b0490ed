package org.istraga.provenance.forensics.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidAlgorithmParameterException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.crypto.Data;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.TransformException;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.istraga.provenance.forensics.SafeXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The OPC relationships transform of OOXML signatures (ECMA-376 Part 2, "Relationships
 * Transform Algorithm"), for verification only. A relationships part is reduced to the
 * relationships the signer selected ({@code RelationshipReference SourceId} and {@code
 * RelationshipsGroupReference SourceType}), sorted by Id, with their content and the whitespace
 * between them removed and {@code TargetMode="Internal"} made explicit; relationships added later
 * with other Ids therefore do not break the signature, while the selected ones are protected.
 *
 * <p>The output is written in canonical form (attributes in order, escaped as canonical XML
 * escapes them), so the canonicalization that follows in every Office signature leaves it
 * unchanged. Attributes in other namespaces than none are dropped (Office writes none). The input
 * is parsed with {@link SafeXml#document}, so a DTD is refused. One instance per transform
 * element; not thread-safe.
 */
final class OpcRelationshipTransform extends TransformService {

  static final String ALGORITHM =
      "http://schemas.openxmlformats.org/package/2006/RelationshipTransform";

  private final Set<String> sourceIds = new HashSet<>();
  private final Set<String> sourceTypes = new HashSet<>();

  @Override
  public void init(TransformParameterSpec params) throws InvalidAlgorithmParameterException {
    if (params != null) {
      throw new InvalidAlgorithmParameterException(
          "the relationships transform is implemented for verification only");
    }
  }

  @Override
  public void init(XMLStructure parent, XMLCryptoContext context) {
    Node transform = ((DOMStructure) parent).getNode();
    for (Node n = transform.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        String local = e.getLocalName();
        if ("RelationshipReference".equals(local)) {
          sourceIds.add(e.getAttribute("SourceId"));
        } else if ("RelationshipsGroupReference".equals(local)) {
          sourceTypes.add(e.getAttribute("SourceType"));
        }
      }
    }
  }

  @Override
  public void marshalParams(XMLStructure parent, XMLCryptoContext context)
      throws MarshalException {
    throw new MarshalException("the relationships transform is implemented for verification only");
  }

  @Override
  public AlgorithmParameterSpec getParameterSpec() {
    return null;
  }

  @Override
  public boolean isFeatureSupported(String feature) {
    return false;
  }

  @Override
  public Data transform(Data data, XMLCryptoContext context) throws TransformException {
    return new OctetStreamData(new ByteArrayInputStream(apply(data)));
  }

  @Override
  public Data transform(Data data, XMLCryptoContext context, OutputStream os)
      throws TransformException {
    try {
      os.write(apply(data));
    } catch (IOException e) {
      throw new TransformException(e);
    }
    return null;
  }

  private byte[] apply(Data data) throws TransformException {
    if (!(data instanceof OctetStreamData octets)) {
      throw new TransformException(
          "the relationships transform takes a relationships part, not " + data.getClass());
    }
    Element root;
    try (InputStream in = octets.getOctetStream()) {
      root = SafeXml.document(in).getDocumentElement();
    } catch (IOException e) {
      throw new TransformException("relationships part unreadable: " + e.getMessage(), e);
    }
    if (!"Relationships".equals(root.getLocalName())
        || !OoxmlInspector.NS_REL.equals(root.getNamespaceURI())) {
      throw new TransformException("not a relationships part: root " + root.getNodeName());
    }
    List<Element> selected = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && "Relationship".equals(e.getLocalName())
          && OoxmlInspector.NS_REL.equals(e.getNamespaceURI())
          && (sourceIds.contains(e.getAttribute("Id"))
              || sourceTypes.contains(e.getAttribute("Type")))) {
        selected.add(e);
      }
    }
    selected.sort(Comparator.comparing(e -> e.getAttribute("Id")));
    StringBuilder out = new StringBuilder("<Relationships xmlns=\"");
    out.append(OoxmlInspector.NS_REL).append("\">");
    for (Element e : selected) {
      Map<String, String> attrs = new TreeMap<>();
      NamedNodeMap map = e.getAttributes();
      for (int i = 0; i < map.getLength(); i++) {
        Attr a = (Attr) map.item(i);
        if (a.getNamespaceURI() == null) {
          attrs.put(a.getLocalName() != null ? a.getLocalName() : a.getName(), a.getValue());
        }
      }
      attrs.putIfAbsent("TargetMode", "Internal");
      out.append("<Relationship");
      for (Map.Entry<String, String> a : attrs.entrySet()) {
        out.append(' ').append(a.getKey()).append("=\"");
        escapeAttribute(a.getValue(), out);
        out.append('"');
      }
      out.append("></Relationship>");
    }
    out.append("</Relationships>");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Escapes an attribute value as canonical XML 1.0 does. */
  private static void escapeAttribute(String v, StringBuilder out) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#x9;");
        case '\n' -> out.append("&#xA;");
        case '\r' -> out.append("&#xD;");
        default -> out.append(c);
      }
    }
  }
}
