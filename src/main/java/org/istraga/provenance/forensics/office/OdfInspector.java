package org.istraga.provenance.forensics.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.istraga.provenance.forensics.AnalysisContext;

/**
 * Reads OpenDocument packages (odt/ods/odp/...): {@code meta.xml} properties, tracked changes,
 * annotations (comments), hidden text, hidden sheets and hidden slides in {@code content.xml}, and
 * macro folders. Stateless.
 */
final class OdfInspector {

  static final String NS_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  static final String NS_DC = "http://purl.org/dc/elements/1.1/";
  static final String NS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String NS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String NS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String NS_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String NS_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  static final String NS_PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
  static final String NS_XLINK = "http://www.w3.org/1999/xlink";

  private OdfInspector() {}

  static boolean isOdf(ZipParts zip) throws IOException {
    if (zip.has("mimetype")) {
      byte[] m = zip.read("mimetype");
      return m != null
          && new String(m, StandardCharsets.US_ASCII)
              .startsWith("application/vnd.oasis.opendocument");
    }
    return zip.has("content.xml") && zip.has("META-INF/manifest.xml");
  }

  static void inspect(ZipParts zip, OfficeFactsBuilder b, AnalysisContext ctx) throws IOException {
    int max = ctx.limits().maxObjects() * 50;
    byte[] mt = zip.read("mimetype");
    String mime = mt == null ? "" : new String(mt, StandardCharsets.US_ASCII).trim();
    b.container = container(mime);
    for (String n : zip.names()) {
      if (n.startsWith("Basic/") || n.startsWith("Scripts/")) {
        b.macros = true;
      }
    }
    Set<String> encryptedParts = new HashSet<>();
    OoxmlInspector.guarded(
        ctx, "office.manifest", () -> encryptedParts.addAll(encrypted(zip, max)));
    b.encrypted = !encryptedParts.isEmpty();
    OoxmlInspector.signatures(zip, b, ctx, true);
    if (!encryptedParts.contains("meta.xml")) {
      OoxmlInspector.guarded(ctx, "office.meta", () -> meta(zip, b, max));
    }
    if (!encryptedParts.contains("content.xml")) {
      OoxmlInspector.guarded(ctx, "office.content", () -> content(zip, b, max));
    }
  }

  /** Paths the manifest lists with encryption data (password-protected parts). */
  private static Set<String> encrypted(ZipParts zip, int max) throws Exception {
    Set<String> out = new HashSet<>();
    String ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    try (InputStream in = zip.open("META-INF/manifest.xml")) {
      if (in == null) {
        return out;
      }
      String[] current = {null};
      XmlWalker.walk(
          in,
          (r, parent, depth) -> {
            if (ns.equals(r.getNamespaceURI()) && "file-entry".equals(r.getLocalName())) {
              current[0] = XmlWalker.attr(r, ns, "full-path");
            } else if (ns.equals(r.getNamespaceURI())
                && "encryption-data".equals(r.getLocalName())
                && current[0] != null) {
              out.add(current[0]);
            }
            return false;
          },
          max);
    }
    return out;
  }

  static String container(String mime) {
    int dot = mime.lastIndexOf('.');
    String kind = dot < 0 ? "" : mime.substring(dot + 1);
    switch (kind) {
      case "text":
        return "odt";
      case "spreadsheet":
        return "ods";
      case "presentation":
        return "odp";
      case "graphics":
        return "odg";
      default:
        return mime.contains("text-template") ? "ott" : "odf";
    }
  }

  private static void meta(ZipParts zip, OfficeFactsBuilder b, int max) throws Exception {
    try (InputStream in = zip.open("meta.xml")) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          new XmlWalker.Visitor() {
            @Override
            public boolean start(XMLStreamReader r, String parent, int depth) {
              if (NS_META.equals(r.getNamespaceURI()) && "template".equals(r.getLocalName())) {
                String title = XmlWalker.attr(r, NS_XLINK, "title");
                String href = XmlWalker.attr(r, NS_XLINK, "href");
                b.template = href != null ? href : title;
              }
              return "meta".equals(parent);
            }

            @Override
            public void text(String ns, String local, String t) {
              if (NS_META.equals(ns)) {
                switch (local) {
                  case "initial-creator" -> b.author = t;
                  case "creation-date" -> b.created = OoxmlInspector.date(t);
                  case "editing-cycles" -> b.revisionNumber = t;
                  case "editing-duration" -> b.totalEditTimeMinutes = minutes(t);
                  case "generator" -> b.application = t;
                  case "print-date" -> b.lastPrinted = OoxmlInspector.date(t);
                  default -> {
                    // not provenance-relevant
                  }
                }
              } else if (NS_DC.equals(ns)) {
                switch (local) {
                  case "creator" -> b.lastModifiedBy = t;
                  case "date" -> b.modified = OoxmlInspector.date(t);
                  case "title" -> b.title = t;
                  case "subject" -> b.subject = t;
                  default -> {
                    // not provenance-relevant
                  }
                }
              }
            }
          },
          max);
    }
  }

  static Long minutes(String isoDuration) {
    try {
      return Duration.parse(isoDuration.trim()).toMinutes();
    } catch (DateTimeParseException | NullPointerException e) {
      return null;
    }
  }

  private static void content(ZipParts zip, OfficeFactsBuilder b, int max) throws Exception {
    Set<String> hiddenTableStyles = new HashSet<>();
    Set<String> hiddenPageStyles = new HashSet<>();
    boolean spreadsheet = "ods".equals(b.container);
    boolean presentation = "odp".equals(b.container);
    if (spreadsheet) {
      b.sheetsInspected = true;
    }
    if (presentation) {
      b.slidesInspected = true;
    }
    b.trackedInsertions = 0;
    b.trackedDeletions = 0;
    b.comments = 0;
    b.hiddenTextRuns = 0;
    // styles.xml may also hold the drawing-page styles of presentations
    for (String part : List.of("styles.xml", "content.xml")) {
      collectHiddenStyles(zip, part, hiddenTableStyles, hiddenPageStyles, max);
    }
    int[] slide = {0};
    try (InputStream in = zip.open("content.xml")) {
      if (in == null) {
        return;
      }
      String[] change = {null};
      boolean[] inAnnotation = {false};
      boolean[] inChangeInfo = {false};
      XmlWalker.walk(
          in,
          new XmlWalker.Visitor() {
            @Override
            public boolean start(XMLStreamReader r, String parent, int depth) {
              String ns = r.getNamespaceURI();
              String l = r.getLocalName();
              if (NS_TEXT.equals(ns)
                  && (l.equals("insertion") || l.equals("deletion"))
                  && "changed-region".equals(parent)) {
                change[0] = l;
              } else if (NS_OFFICE.equals(ns) && l.equals("change-info") && change[0] != null) {
                inChangeInfo[0] = true;
              } else if (NS_OFFICE.equals(ns) && l.equals("annotation")) {
                inAnnotation[0] = true;
              } else if (NS_TEXT.equals(ns)
                  && (l.equals("hidden-text") || l.equals("hidden-paragraph"))) {
                String hidden = XmlWalker.attr(r, NS_TEXT, "is-hidden");
                if (hidden == null || hidden.equals("true")) {
                  b.addHiddenTextRun();
                }
              } else if (NS_TABLE.equals(ns) && l.equals("table") && spreadsheet) {
                String style = XmlWalker.attr(r, NS_TABLE, "style-name");
                if (style != null && hiddenTableStyles.contains(style)) {
                  b.hiddenSheets.add(
                      new OfficeFacts.HiddenSheet(XmlWalker.attr(r, NS_TABLE, "name"), "hidden"));
                }
              } else if (NS_DRAW.equals(ns) && l.equals("page") && presentation) {
                slide[0]++;
                String style = XmlWalker.attr(r, NS_DRAW, "style-name");
                if (style != null && hiddenPageStyles.contains(style)) {
                  b.hiddenSlides.add(slide[0]);
                }
              }
              return NS_DC.equals(ns) && l.equals("creator");
            }

            @Override
            public void text(String ns, String local, String t) {
              if (inChangeInfo[0]) {
                if ("insertion".equals(change[0])) {
                  b.addInsertion(t);
                } else {
                  b.addDeletion(t);
                }
                change[0] = null;
                inChangeInfo[0] = false;
              } else if (inAnnotation[0]) {
                b.addComment(t);
                inAnnotation[0] = false;
              }
            }

            @Override
            public void end(String ns, String local, int depth) {
              if (NS_OFFICE.equals(ns) && local.equals("annotation") && inAnnotation[0]) {
                b.addComment(null); // an annotation without dc:creator
                inAnnotation[0] = false;
              } else if (NS_OFFICE.equals(ns) && local.equals("change-info") && inChangeInfo[0]) {
                if ("insertion".equals(change[0])) {
                  b.addInsertion(null);
                } else {
                  b.addDeletion(null);
                }
                change[0] = null;
                inChangeInfo[0] = false;
              }
            }
          },
          max);
    }
  }

  private static void collectHiddenStyles(
      ZipParts zip, String part, Set<String> tables, Set<String> pages, int max) throws Exception {
    try (InputStream in = zip.open(part)) {
      if (in == null) {
        return;
      }
      String[] current = {null, null};
      XmlWalker.walk(
          in,
          new XmlWalker.Visitor() {
            @Override
            public boolean start(XMLStreamReader r, String parent, int depth) {
              String ns = r.getNamespaceURI();
              String l = r.getLocalName();
              if (NS_STYLE.equals(ns) && l.equals("style")) {
                current[0] = XmlWalker.attr(r, NS_STYLE, "name");
                current[1] = XmlWalker.attr(r, NS_STYLE, "family");
              } else if (NS_STYLE.equals(ns)
                  && l.equals("table-properties")
                  && current[0] != null
                  && "false".equals(XmlWalker.attr(r, NS_TABLE, "display"))) {
                tables.add(current[0]);
              } else if (NS_STYLE.equals(ns)
                  && l.equals("drawing-page-properties")
                  && current[0] != null
                  && ("hidden".equals(XmlWalker.attr(r, NS_PRESENTATION, "visibility"))
                      || "false".equals(XmlWalker.attr(r, NS_PRESENTATION, "display")))) {
                pages.add(current[0]);
              }
              return false;
            }

            @Override
            public void end(String ns, String local, int depth) {
              if (NS_STYLE.equals(ns) && local.equals("style")) {
                current[0] = null;
              }
            }
          },
          max);
    }
  }
}
