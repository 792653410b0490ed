package org.istraga.provenance.forensics.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.istraga.provenance.forensics.LenientDates;
import org.istraga.provenance.forensics.SafeXml;

/**
 * Reads the provenance-relevant properties of an XMP packet with a safe streaming parser
 * (properties may be written as elements or as attributes of {@code rdf:Description}). Unknown
 * schemas are ignored; malformed XML fails with {@link XMLStreamException}. At most {@code
 * maxEvents} history entries are kept. Stateless.
 */
public final class PdfXmpReader {

  static final String NS_XMP = "http://ns.adobe.com/xap/1.0/";
  static final String NS_PDF = "http://ns.adobe.com/pdf/1.3/";
  static final String NS_DC = "http://purl.org/dc/elements/1.1/";
  static final String NS_MM = "http://ns.adobe.com/xap/1.0/mm/";
  static final String NS_EVT = "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#";
  static final String NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  private PdfXmpReader() {}

  /** The raw values found, keyed {@code prefix:Name} (e.g. {@code xmp:CreateDate}). */
  record Raw(Map<String, List<String>> values, List<Map<String, String>> history) {
    /** The last value in document order: what the most recent writer added. */
    String last(String key) {
      List<String> v = values.get(key);
      return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }
  }

  public static PdfFacts.Xmp read(byte[] xmp, int maxEvents) throws XMLStreamException {
    Raw raw = parse(xmp, maxEvents);
    List<PdfFacts.HistoryEntry> history = new ArrayList<>();
    for (Map<String, String> e : raw.history()) {
      String when = e.get("when");
      String whenIso = LenientDates.format(LenientDates.parse(when));
      history.add(
          new PdfFacts.HistoryEntry(
              e.get("action"),
              whenIso != null ? whenIso : when,
              e.get("softwareAgent"),
              e.get("instanceID"),
              e.get("changed"),
              e.get("parameters")));
    }
    List<String> creators = raw.values().get("dc:creator");
    Map<String, List<String>> conflicts = new LinkedHashMap<>();
    for (String k : SINGLE_VALUED) {
      List<String> v = raw.values().get(k);
      if (v != null && new java.util.LinkedHashSet<>(v).size() > 1) {
        conflicts.put(k, List.copyOf(new java.util.LinkedHashSet<>(v)));
      }
    }
    return new PdfFacts.Xmp(
        normDate(raw.last("xmp:CreateDate")),
        normDate(raw.last("xmp:ModifyDate")),
        normDate(raw.last("xmp:MetadataDate")),
        raw.last("xmp:CreatorTool"),
        raw.last("pdf:Producer"),
        creators == null ? null : List.copyOf(creators),
        raw.last("dc:title" + DEFAULT_LANGUAGE) != null
            ? raw.last("dc:title" + DEFAULT_LANGUAGE)
            : raw.last("dc:title"),
        raw.last("xmpMM:DocumentID"),
        raw.last("xmpMM:InstanceID"),
        raw.last("xmpMM:OriginalDocumentID"),
        history.isEmpty() ? null : history,
        conflicts.isEmpty() ? null : conflicts);
  }

  /**
   * Key suffix under which the {@code x-default} item of a language alternative is also kept: a
   * title in several languages is reported in its default language, not in the last one listed.
   */
  private static final String DEFAULT_LANGUAGE = "#x-default";

  /** Properties that hold one value; several different values mean a partial rewrite. */
  private static final List<String> SINGLE_VALUED =
      List.of(
          "xmp:CreateDate",
          "xmp:ModifyDate",
          "xmp:MetadataDate",
          "xmp:CreatorTool",
          "pdf:Producer",
          "xmpMM:DocumentID",
          "xmpMM:InstanceID");

  /** The raw (unnormalized) create and modify dates, for zone-aware comparison. */
  static Map<String, String> rawDates(byte[] xmp) throws XMLStreamException {
    Raw raw = parse(xmp, 0);
    Map<String, String> m = new HashMap<>();
    m.put("create", raw.last("xmp:CreateDate"));
    m.put("modify", raw.last("xmp:ModifyDate"));
    return m;
  }

  private static String normDate(String s) {
    if (s == null) {
      return null;
    }
    String iso = LenientDates.format(LenientDates.parse(s));
    return iso != null ? iso : s.trim();
  }

  private static String key(String ns, String local) {
    if (ns == null) {
      return null;
    }
    switch (ns) {
      case NS_XMP:
        return "xmp:" + local;
      case NS_PDF:
        return "pdf:" + local;
      case NS_DC:
        return "dc:" + local;
      case NS_MM:
        return "xmpMM:" + local;
      default:
        return null;
    }
  }

  /**
   * Parses with namespaces; if the packet uses an undeclared prefix (a common producer bug), parses
   * again reading prefixes literally and mapping the conventional ones ({@code xmp}, {@code pdf},
   * {@code dc}, {@code xmpMM}, {@code stEvt}, {@code rdf}) to their namespaces.
   */
  static Raw parse(byte[] xmp, int maxEvents) throws XMLStreamException {
    try {
      return parse(SafeXml.reader(new ByteArrayInputStream(xmp)), maxEvents, true);
    } catch (XMLStreamException e) {
      try {
        return parse(SafeXml.plainReader(new ByteArrayInputStream(xmp)), maxEvents, false);
      } catch (XMLStreamException again) {
        e.addSuppressed(again);
        throw e;
      }
    }
  }

  private static final Map<String, String> CONVENTIONAL =
      Map.of(
          "xmp", NS_XMP, "xap", NS_XMP, "pdf", NS_PDF, "dc", NS_DC, "xmpMM", NS_MM, "xapMM", NS_MM,
          "stEvt", NS_EVT, "rdf", NS_RDF);

  private static String nsOf(String qname, boolean aware, String awareNs) {
    if (aware) {
      return awareNs;
    }
    int c = qname.indexOf(':');
    return c < 0 ? null : CONVENTIONAL.get(qname.substring(0, c));
  }

  private static String localOf(String qname) {
    int c = qname.indexOf(':');
    return c < 0 ? qname : qname.substring(c + 1);
  }

  private static Raw parse(XMLStreamReader r, int maxEvents, boolean aware)
      throws XMLStreamException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<Map<String, String>> history = new ArrayList<>();
    try {
      String prop = null; // the property element we are inside
      int propDepth = -1;
      int depth = 0;
      boolean inHistory = false;
      int historyDepth = -1;
      Map<String, String> event = null;
      int eventDepth = -1;
      String evtField = null;
      StringBuilder text = new StringBuilder();
      boolean sawLi = false;
      boolean liDefault = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String ns = nsOf(r.getLocalName(), aware, r.getNamespaceURI());
          String local = aware ? r.getLocalName() : localOf(r.getLocalName());
          // attribute form on any element; rdf:resource is the value of a URI property or item
          String resource = null;
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String aq = aware ? r.getAttributeLocalName(i) : r.getAttributeName(i).getLocalPart();
            if (!aware
                && r.getAttributeName(i).getPrefix() != null
                && !r.getAttributeName(i).getPrefix().isEmpty()) {
              aq = r.getAttributeName(i).getPrefix() + ":" + aq;
            }
            String ans = nsOf(aq, aware, r.getAttributeNamespace(i));
            String an = aware ? aq : localOf(aq);
            if (NS_RDF.equals(ans) && "resource".equals(an)) {
              resource = r.getAttributeValue(i);
            }
            if (inHistory && event != null && NS_EVT.equals(ans)) {
              event.put(an, r.getAttributeValue(i));
            } else {
              String k = key(ans, an);
              if (k != null && !k.equals("xmpMM:History")) {
                values.computeIfAbsent(k, x -> new ArrayList<>()).add(r.getAttributeValue(i));
              }
            }
          }
          if (inHistory) {
            if (NS_RDF.equals(ns) && "li".equals(local) && event == null) {
              event = new LinkedHashMap<>();
              eventDepth = depth;
            } else if (event != null && NS_EVT.equals(ns)) {
              evtField = local;
              text.setLength(0);
            }
            continue;
          }
          String k = key(ns, local);
          if (prop == null && k != null) {
            if (k.equals("xmpMM:History")) {
              inHistory = true;
              historyDepth = depth;
            } else {
              prop = k;
              propDepth = depth;
              text.setLength(0);
              sawLi = false;
              if (resource != null) {
                text.append(resource);
              }
            }
          } else if (prop != null && NS_RDF.equals(ns) && "li".equals(local)) {
            sawLi = true;
            liDefault = "x-default".equalsIgnoreCase(xmlLang(r));
            text.setLength(0);
            if (resource != null) {
              text.append(resource);
            }
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          if ((prop != null || evtField != null) && text.length() < 100_000) {
            text.append(r.getText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String ns = nsOf(r.getLocalName(), aware, r.getNamespaceURI());
          String local = aware ? r.getLocalName() : localOf(r.getLocalName());
          if (inHistory) {
            if (evtField != null && NS_EVT.equals(ns) && evtField.equals(local)) {
              event.put(evtField, text.toString().trim());
              evtField = null;
            } else if (event != null && depth == eventDepth) {
              if (history.size() < maxEvents) {
                history.add(event);
              }
              event = null;
            } else if (depth == historyDepth) {
              inHistory = false;
            }
          } else if (prop != null) {
            if (NS_RDF.equals(ns) && "li".equals(local)) {
              add(values, prop, text.toString());
              if (liDefault) {
                add(values, prop + DEFAULT_LANGUAGE, text.toString());
                liDefault = false;
              }
              text.setLength(0);
            } else if (depth == propDepth) {
              if (!sawLi) {
                add(values, prop, text.toString());
              }
              prop = null;
            }
          }
          depth--;
        }
      }
    } finally {
      r.close();
    }
    return new Raw(values, history);
  }

  /** The {@code xml:lang} attribute of the current element, or null. */
  private static String xmlLang(XMLStreamReader r) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      javax.xml.namespace.QName q = r.getAttributeName(i);
      boolean xmlNs = javax.xml.XMLConstants.XML_NS_URI.equals(q.getNamespaceURI());
      if ((xmlNs || "xml".equals(q.getPrefix())) && "lang".equals(q.getLocalPart())
          || "xml:lang".equals(q.getLocalPart())) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private static void add(Map<String, List<String>> values, String key, String value) {
    String v = value.trim();
    if (!v.isEmpty()) {
      values.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
    }
  }
}
