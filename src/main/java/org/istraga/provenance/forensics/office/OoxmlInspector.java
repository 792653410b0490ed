package org.istraga.provenance.forensics.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.istraga.provenance.forensics.AnalysisContext;
import org.istraga.provenance.forensics.LenientDates;

/**
 * Reads OOXML packages (docx/xlsx/pptx and their macro and template variants) part by part with a
 * safe streaming XML parser: core and extended properties, tracked changes, comments, hidden text,
 * hidden sheets and slides, macro projects. Stateless.
 */
final class OoxmlInspector {

  static final String NS_CP =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  static final String NS_DC = "http://purl.org/dc/elements/1.1/";
  static final String NS_DCTERMS = "http://purl.org/dc/terms/";
  static final String NS_APP =
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
  static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

  private OoxmlInspector() {}

  /** True if the package looks like OOXML. */
  static boolean isOoxml(ZipParts zip) {
    return zip.has("[Content_Types].xml");
  }

  static void inspect(ZipParts zip, OfficeFactsBuilder b, AnalysisContext ctx) throws IOException {
    int max = ctx.limits().maxObjects() * 50;
    String main = mainPart(zip, ctx);
    b.container = containerName(zip, main);
    guarded(ctx, "office.core", () -> core(zip, b, max));
    guarded(ctx, "office.app", () -> app(zip, b, max));
    signatures(zip, b, ctx, false);
    for (String name : zip.names()) {
      if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
        b.macros = true;
      }
    }
    if (main == null) {
      return;
    }
    if (main.startsWith("word/")) {
      for (String part : zip.names()) {
        if (part.equals(main)
            || part.matches("word/(header|footer)\\d*\\.xml")
            || part.equals("word/footnotes.xml")
            || part.equals("word/endnotes.xml")) {
          guarded(ctx, "office.word " + part, () -> wordRevisions(zip, part, b, max));
        }
      }
      guarded(ctx, "office.comments", () -> wordComments(zip, b, max));
    } else if (main.startsWith("xl/")) {
      guarded(ctx, "office.sheets", () -> sheets(zip, main, b, max));
      for (String part : zip.names()) {
        if (part.matches("xl/comments\\d*\\.xml")) {
          guarded(ctx, "office.comments " + part, () -> excelComments(zip, part, b, max));
        }
      }
    } else if (main.startsWith("ppt/")) {
      guarded(ctx, "office.slides", () -> slides(zip, main, b, max));
      guarded(ctx, "office.comments", () -> pptComments(zip, b, max));
    }
  }

  /**
   * Reads and checks the package's XML digital signatures (OOXML and ODF alike), then lists the
   * parts no signature covers ({@link SignatureCoverage}). Costs nothing for unsigned packages.
   */
  static void signatures(
      ZipParts zip, OfficeFactsBuilder b, AnalysisContext ctx, boolean odf) {
    boolean documentSigned = false;
    boolean any = false;
    for (String name : zip.names()) {
      if (OfficeSignatureReader.isSignaturePart(name)) {
        any = true;
        int before = b.signatures.size();
        guarded(
            ctx,
            "office.signature " + name,
            () ->
                b.signatures.addAll(
                    OfficeSignatureReader.read(
                        zip, name, ctx, ctx.limits().maxSignatures() - b.signatures.size())));
        if (!OfficeSignatureReader.isMacroSignaturePart(name) && b.signatures.size() > before) {
          documentSigned = true;
        }
      }
    }
    if (any && !b.signatures.isEmpty()) {
      SignatureCoverage c = SignatureCoverage.of(zip, b.signatures, odf, documentSigned);
      b.unsignedParts = c.unsigned();
      b.unsignedByConvention = c.byConvention();
    }
  }

  interface Part {
    void run() throws Exception;
  }

  static void guarded(AnalysisContext ctx, String step, Part p) {
    try {
      p.run();
    } catch (Exception | StackOverflowError e) {
      ctx.error(step, e);
    }
  }

  /** The officeDocument target from _rels/.rels, or a conventional fallback. */
  private static String mainPart(ZipParts zip, AnalysisContext ctx) throws IOException {
    Map<String, String> rels = new HashMap<>();
    guarded(ctx, "office.rels", () -> rels.putAll(relationshipsByType(zip, "_rels/.rels", "")));
    for (Map.Entry<String, String> e : rels.entrySet()) {
      if (e.getKey().endsWith("/officeDocument")) {
        return e.getValue();
      }
    }
    for (String f : List.of("word/document.xml", "xl/workbook.xml", "ppt/presentation.xml")) {
      if (zip.has(f)) {
        return f;
      }
    }
    return null;
  }

  private static String containerName(ZipParts zip, String main) {
    String ct = "";
    try {
      byte[] types = zip.read("[Content_Types].xml");
      ct = types == null ? "" : new String(types, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      ct = "";
    }
    String lower = ct.toLowerCase(Locale.ROOT);
    if (main == null) {
      return "ooxml";
    }
    if (main.startsWith("word/")) {
      if (lower.contains("document.macroenabled.main")) {
        return "docm";
      }
      if (lower.contains("template.macroenabledtemplate.main")) {
        return "dotm";
      }
      return lower.contains("wordprocessingml.template.main") ? "dotx" : "docx";
    }
    if (main.startsWith("xl/")) {
      if (lower.contains("sheet.macroenabled.main")) {
        return "xlsm";
      }
      return lower.contains("spreadsheetml.template.main") ? "xltx" : "xlsx";
    }
    if (main.startsWith("ppt/")) {
      if (lower.contains("presentation.macroenabled.main")) {
        return "pptm";
      }
      return lower.contains("presentationml.slideshow.main") ? "ppsx" : "pptx";
    }
    return "ooxml";
  }

  private static void core(ZipParts zip, OfficeFactsBuilder b, int max) throws Exception {
    try (InputStream in = zip.open("docProps/core.xml")) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          new XmlWalker.Visitor() {
            @Override
            public boolean start(XMLStreamReader r, String parent, int depth) {
              return depth == 2;
            }

            @Override
            public void text(String ns, String local, String t) {
              if (NS_DC.equals(ns) && local.equals("creator")) {
                b.author = t;
              } else if (NS_DC.equals(ns) && local.equals("title")) {
                b.title = t;
              } else if (NS_DC.equals(ns) && local.equals("subject")) {
                b.subject = t;
              } else if (NS_CP.equals(ns) && local.equals("lastModifiedBy")) {
                b.lastModifiedBy = t;
              } else if (NS_CP.equals(ns) && local.equals("revision")) {
                b.revisionNumber = t;
              } else if (NS_CP.equals(ns) && local.equals("lastPrinted")) {
                b.lastPrinted = date(t);
              } else if (NS_DCTERMS.equals(ns) && local.equals("created")) {
                b.created = date(t);
              } else if (NS_DCTERMS.equals(ns) && local.equals("modified")) {
                b.modified = date(t);
              }
            }
          },
          max);
    }
  }

  static String date(String t) {
    String iso = LenientDates.format(LenientDates.parse(t));
    return iso != null ? iso : OfficeFactsBuilder.blankToNull(t);
  }

  private static void app(ZipParts zip, OfficeFactsBuilder b, int max) throws Exception {
    try (InputStream in = zip.open("docProps/app.xml")) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          new XmlWalker.Visitor() {
            @Override
            public boolean start(XMLStreamReader r, String parent, int depth) {
              return depth == 2;
            }

            @Override
            public void text(String ns, String local, String t) {
              if (!NS_APP.equals(ns)) {
                return;
              }
              switch (local) {
                case "Application" -> b.application = t;
                case "AppVersion" -> b.appVersion = t;
                case "Company" -> b.company = t;
                case "Manager" -> b.manager = t;
                case "Template" -> b.template = t;
                case "TotalTime" -> {
                  try {
                    b.totalEditTimeMinutes = Long.parseLong(t.trim());
                  } catch (NumberFormatException e) {
                    b.totalEditTimeMinutes = null;
                  }
                }
                default -> {
                  // other extended properties are not provenance-relevant
                }
              }
            }
          },
          max);
    }
  }

  private static void wordRevisions(ZipParts zip, String part, OfficeFactsBuilder b, int max)
      throws Exception {
    try (InputStream in = zip.open(part)) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          (r, parent, depth) -> {
            if (!NS_W.equals(r.getNamespaceURI())) {
              return false;
            }
            String local = r.getLocalName();
            String author = XmlWalker.attr(r, NS_W, "author");
            switch (local) {
              case "ins", "moveTo" -> b.addInsertion(author);
              case "del", "moveFrom" -> b.addDeletion(author);
              case "vanish" -> {
                String val = XmlWalker.attr(r, NS_W, "val");
                boolean on =
                    val == null
                        || !(val.equals("0")
                            || val.equalsIgnoreCase("false")
                            || val.equalsIgnoreCase("off"));
                if (on && "rPr".equals(parent)) {
                  b.addHiddenTextRun();
                }
              }
              default -> {
                // not a revision mark
              }
            }
            return false;
          },
          max);
    }
    if (b.hiddenTextRuns == null) {
      b.hiddenTextRuns = 0;
    }
    if (b.trackedInsertions == null) {
      b.trackedInsertions = 0;
    }
    if (b.trackedDeletions == null) {
      b.trackedDeletions = 0;
    }
  }

  private static void wordComments(ZipParts zip, OfficeFactsBuilder b, int max) throws Exception {
    if (b.comments == null) {
      b.comments = 0;
    }
    try (InputStream in = zip.open("word/comments.xml")) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          (r, parent, depth) -> {
            if (NS_W.equals(r.getNamespaceURI()) && "comment".equals(r.getLocalName())) {
              b.addComment(XmlWalker.attr(r, NS_W, "author"));
            }
            return false;
          },
          max);
    }
  }

  private static void sheets(ZipParts zip, String workbook, OfficeFactsBuilder b, int max)
      throws Exception {
    b.sheetsInspected = true;
    if (b.comments == null) {
      b.comments = 0;
    }
    try (InputStream in = zip.open(workbook)) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          (r, parent, depth) -> {
            if ("sheet".equals(r.getLocalName()) && "sheets".equals(parent)) {
              String state = XmlWalker.attr(r, null, "state");
              if ("hidden".equals(state) || "veryHidden".equals(state)) {
                b.hiddenSheets.add(
                    new OfficeFacts.HiddenSheet(
                        XmlWalker.attr(r, null, "name"),
                        "veryHidden".equals(state) ? "very_hidden" : "hidden"));
              }
            }
            return false;
          },
          max);
    }
  }

  private static void excelComments(ZipParts zip, String part, OfficeFactsBuilder b, int max)
      throws Exception {
    List<String> authors = new ArrayList<>();
    List<Integer> commentAuthorIds = new ArrayList<>();
    try (InputStream in = zip.open(part)) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          new XmlWalker.Visitor() {
            @Override
            public boolean start(XMLStreamReader r, String parent, int depth) {
              if ("comment".equals(r.getLocalName()) && "commentList".equals(parent)) {
                String id = XmlWalker.attr(r, null, "authorId");
                try {
                  commentAuthorIds.add(id == null ? -1 : Integer.parseInt(id.trim()));
                } catch (NumberFormatException e) {
                  commentAuthorIds.add(-1);
                }
              }
              return "author".equals(r.getLocalName()) && "authors".equals(parent);
            }

            @Override
            public void text(String ns, String local, String t) {
              authors.add(t);
            }
          },
          max);
    }
    if (b.comments == null) {
      b.comments = 0;
    }
    for (int id : commentAuthorIds) {
      b.addComment(id >= 0 && id < authors.size() ? authors.get(id) : null);
    }
  }

  private static void slides(ZipParts zip, String presentation, OfficeFactsBuilder b, int max)
      throws Exception {
    b.slidesInspected = true;
    String dir = presentation.substring(0, presentation.lastIndexOf('/') + 1);
    String relsName =
        dir + "_rels/" + presentation.substring(presentation.lastIndexOf('/') + 1) + ".rels";
    Map<String, String> byId = relationshipsById(zip, relsName, dir);
    List<String> order = new ArrayList<>();
    try (InputStream in = zip.open(presentation)) {
      if (in == null) {
        return;
      }
      XmlWalker.walk(
          in,
          (r, parent, depth) -> {
            if ("sldId".equals(r.getLocalName()) && "sldIdLst".equals(parent)) {
              order.add(XmlWalker.attr(r, NS_R, "id"));
            }
            return false;
          },
          max);
    }
    for (int i = 0; i < order.size(); i++) {
      String target = byId.get(order.get(i));
      if (target == null) {
        continue;
      }
      final int number = i + 1;
      try (InputStream in = zip.open(target)) {
        if (in == null) {
          continue;
        }
        boolean[] hidden = {false};
        XmlWalker.walk(
            in,
            (r, parent, depth) -> {
              if (depth == 1 && "sld".equals(r.getLocalName())) {
                String show = XmlWalker.attr(r, null, "show");
                hidden[0] = "0".equals(show) || "false".equalsIgnoreCase(show);
              }
              return false;
            },
            1);
        if (hidden[0]) {
          b.hiddenSlides.add(number);
        }
      }
    }
  }

  private static void pptComments(ZipParts zip, OfficeFactsBuilder b, int max) throws Exception {
    Map<String, String> authors = new HashMap<>();
    for (String part : List.of("ppt/commentAuthors.xml", "ppt/authors.xml")) {
      try (InputStream in = zip.open(part)) {
        if (in == null) {
          continue;
        }
        XmlWalker.walk(
            in,
            (r, parent, depth) -> {
              String l = r.getLocalName();
              if ("cmAuthor".equals(l) || "author".equals(l)) {
                authors.put(XmlWalker.attr(r, null, "id"), XmlWalker.attr(r, null, "name"));
              }
              return false;
            },
            max);
      }
    }
    if (b.comments == null) {
      b.comments = 0;
    }
    for (String part : zip.names()) {
      if (!part.startsWith("ppt/comments/") || !part.endsWith(".xml")) {
        continue;
      }
      try (InputStream in = zip.open(part)) {
        if (in == null) {
          continue;
        }
        XmlWalker.walk(
            in,
            (r, parent, depth) -> {
              if ("cm".equals(r.getLocalName()) && depth == 2) {
                b.addComment(authors.get(XmlWalker.attr(r, null, "authorId")));
              }
              return false;
            },
            max);
      }
    }
  }

  /** Relationship targets by type, resolved against {@code baseDir}. */
  static Map<String, String> relationshipsByType(ZipParts zip, String rels, String baseDir)
      throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    for (String[] rel : relationships(zip, rels, baseDir)) {
      out.putIfAbsent(rel[1], rel[2]);
    }
    return out;
  }

  static Map<String, String> relationshipsById(ZipParts zip, String rels, String baseDir)
      throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    for (String[] rel : relationships(zip, rels, baseDir)) {
      out.put(rel[0], rel[2]);
    }
    return out;
  }

  private static List<String[]> relationships(ZipParts zip, String rels, String baseDir)
      throws IOException, XMLStreamException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = zip.open(rels)) {
      if (in == null) {
        return out;
      }
      XmlWalker.walk(
          in,
          (r, parent, depth) -> {
            if ("Relationship".equals(r.getLocalName())
                && !"External".equals(XmlWalker.attr(r, null, "TargetMode"))) {
              String target = XmlWalker.attr(r, null, "Target");
              if (target != null) {
                out.add(
                    new String[] {
                      XmlWalker.attr(r, null, "Id"),
                      XmlWalker.attr(r, null, "Type"),
                      resolve(baseDir, target)
                    });
              }
            }
            return false;
          },
          10_000);
    }
    return out;
  }

  /** Resolves a relationship target to a part name inside the package (no escaping it). */
  static String resolve(String baseDir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
    List<String> parts = new ArrayList<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else {
        parts.add(seg);
      }
    }
    return String.join("/", parts);
  }
}
