package org.istraga.provenance.forensics.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDDestinationOrAction;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Inventories the active and attached content of an open PDF: JavaScript (wherever it sits), the
 * open action, embedded files and fonts. Every walk is bounded by {@code maxObjects} and guarded
 * against reference cycles. Stateless.
 */
public final class PdfInventory {

  private static final COSName JS = COSName.getPDFName("JS");
  private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
  private static final int PREVIEW = 200;
  private static final int MAX_PAGES = 2_000;

  private PdfInventory() {}

  /** JavaScript: names tree, OpenAction, document actions, then any other action object. */
  public static List<PdfFacts.JavaScript> javascript(PDDocument doc, int maxObjects) {
    List<PdfFacts.JavaScript> out = new ArrayList<>();
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    COSDictionary names = dict(catalog.getDictionaryObject(COSName.NAMES));
    if (names != null) {
      Map<String, COSBase> entries = new LinkedHashMap<>();
      nameTree(dict(names.getDictionaryObject(JAVASCRIPT)), entries, maxObjects, 0);
      for (Map.Entry<String, COSBase> e : entries.entrySet()) {
        COSDictionary action = dict(e.getValue());
        if (action != null && seen.add(action)) {
          addJs(out, "names tree: " + e.getKey(), action);
        }
      }
    }
    COSDictionary open = dict(catalog.getDictionaryObject(COSName.OPEN_ACTION));
    if (open != null && isJs(open) && seen.add(open)) {
      addJs(out, "OpenAction", open);
    }
    COSDictionary aa = dict(catalog.getDictionaryObject(COSName.AA));
    if (aa != null) {
      for (COSName k : aa.keySet()) {
        COSDictionary a = dict(aa.getDictionaryObject(k));
        if (a != null && isJs(a) && seen.add(a)) {
          addJs(out, "document action " + k.getName(), a);
        }
      }
    }
    // Everything else: page and field additional actions, link annotations, chained actions.
    int visited = 0;
    Map<COSObjectKey, Long> xref = doc.getDocument().getXrefTable();
    for (COSObjectKey key : new ArrayList<>(xref.keySet())) {
      if (++visited > maxObjects || out.size() >= maxObjects) {
        break;
      }
      COSObject obj = doc.getDocument().getObjectFromPool(key);
      COSBase base = obj == null ? null : obj.getObject();
      if (base instanceof COSDictionary d
          && !(base instanceof COSStream)
          && isJs(d)
          && seen.add(d)) {
        addJs(out, "object " + key.getNumber() + " " + key.getGeneration(), d);
      }
    }
    return out;
  }

  /** Describes the OpenAction: the action type (e.g. {@code JavaScript}, {@code URI: ...}). */
  public static String openAction(PDDocument doc) throws IOException {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDDestinationOrAction oa = catalog.getOpenAction();
    if (oa == null) {
      return null;
    }
    if (oa instanceof PDAction a) {
      String type = a.getSubType();
      COSBase uri = a.getCOSObject().getDictionaryObject(COSName.URI);
      if (uri instanceof COSString s) {
        return type + ": " + s.getString();
      }
      COSBase f = a.getCOSObject().getDictionaryObject(COSName.F);
      if ("Launch".equals(type) && f != null) {
        return type + ": " + describe(f);
      }
      return type;
    }
    return "GoTo (destination)";
  }

  /** Attached files: the EmbeddedFiles names tree and file-attachment annotations. */
  public static List<PdfFacts.EmbeddedFile> embeddedFiles(
      PDDocument doc, int maxObjects, long maxBytes) {
    List<PdfFacts.EmbeddedFile> out = new ArrayList<>();
    COSDictionary names =
        dict(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.NAMES));
    if (names != null) {
      Map<String, COSBase> entries = new LinkedHashMap<>();
      nameTree(dict(names.getDictionaryObject(COSName.EMBEDDED_FILES)), entries, maxObjects, 0);
      for (Map.Entry<String, COSBase> e : entries.entrySet()) {
        COSDictionary spec = dict(e.getValue());
        if (spec != null) {
          out.add(
              file(new PDComplexFileSpecification(spec), e.getKey(), "EmbeddedFiles", maxBytes));
        }
      }
    }
    int pageNo = 0;
    int annots = 0;
    for (PDPage page : doc.getPages()) {
      pageNo++;
      if (pageNo > MAX_PAGES || out.size() >= maxObjects) {
        break;
      }
      try {
        for (PDAnnotation a : page.getAnnotations()) {
          if (++annots > maxObjects) {
            return out;
          }
          if (a instanceof PDAnnotationFileAttachment fa) {
            PDFileSpecification fs = fa.getFile();
            if (fs instanceof PDComplexFileSpecification c) {
              out.add(file(c, null, "annotation on page " + pageNo, maxBytes));
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // a broken annotation array on one page does not hide the others
      }
    }
    return out;
  }

  /**
   * Fonts referenced by page resources and annotation appearances, following form XObjects a few
   * levels down (signature appearances nest them), de-duplicated; at most {@code maxObjects}
   * resource dictionaries are visited.
   */
  public static List<PdfFacts.Font> fonts(PDDocument doc, int maxObjects) {
    Map<String, PdfFacts.Font> fonts = new LinkedHashMap<>();
    Set<COSBase> seenResources = Collections.newSetFromMap(new IdentityHashMap<>());
    int pageNo = 0;
    for (PDPage page : doc.getPages()) {
      if (++pageNo > MAX_PAGES || fonts.size() >= maxObjects) {
        break;
      }
      PDResources res = page.getResources();
      collectFonts(res, fonts, seenResources, maxObjects, 2);
      try {
        for (PDAnnotation a : page.getAnnotations()) {
          if (fonts.size() >= maxObjects) {
            break;
          }
          PDAppearanceDictionary ap = a.getAppearance();
          PDAppearanceStream normal =
              ap == null || ap.getNormalAppearance() == null || !ap.getNormalAppearance().isStream()
                  ? null
                  : ap.getNormalAppearance().getAppearanceStream();
          if (normal != null) {
            collectFonts(normal.getResources(), fonts, seenResources, maxObjects, 3);
          }
        }
      } catch (IOException | RuntimeException e) {
        // broken annotations do not hide the page fonts
      }
    }
    return new ArrayList<>(fonts.values());
  }

  private static void collectFonts(
      PDResources res,
      Map<String, PdfFacts.Font> fonts,
      Set<COSBase> seen,
      int maxObjects,
      int depth) {
    if (res == null
        || seen.size() >= maxObjects
        || !seen.add(res.getCOSObject())
        || fonts.size() >= maxObjects) {
      return;
    }
    for (COSName name : res.getFontNames()) {
      try {
        PDFont f = res.getFont(name);
        if (f == null) {
          continue;
        }
        String base = f.getName();
        String type = f.getSubType();
        boolean subset = base != null && base.matches("[A-Z]{6}\\+.*");
        PdfFacts.Font font = new PdfFacts.Font(base, type, f.isEmbedded(), subset);
        fonts.putIfAbsent(base + "|" + type + "|" + f.isEmbedded(), font);
      } catch (IOException | RuntimeException e) {
        // unreadable font dictionary: skip it
      }
    }
    if (depth <= 0) {
      return;
    }
    for (COSName name : res.getXObjectNames()) {
      try {
        PDXObject x = res.getXObject(name);
        if (x instanceof PDFormXObject form) {
          collectFonts(form.getResources(), fonts, seen, maxObjects, depth - 1);
        }
      } catch (IOException | RuntimeException e) {
        // unreadable XObject: skip it
      }
    }
  }

  private static PdfFacts.EmbeddedFile file(
      PDComplexFileSpecification spec, String key, String location, long maxBytes) {
    String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFilename();
    if (name == null) {
      name = key;
    }
    PDEmbeddedFile ef = spec.getEmbeddedFileUnicode();
    if (ef == null) {
      ef = spec.getEmbeddedFile();
    }
    long size = -1;
    String mediaType = null;
    if (ef != null) {
      mediaType = ef.getSubtype();
      size = ef.getSize();
      if (size <= 0) {
        size = decodedLength(ef.getCOSObject(), maxBytes);
      }
    }
    return new PdfFacts.EmbeddedFile(name, size, mediaType, location);
  }

  private static long decodedLength(COSStream s, long maxBytes) {
    try (InputStream in = s.createInputStream()) {
      byte[] buf = new byte[64 * 1024];
      long n = 0;
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        if (n > maxBytes) {
          return -1;
        }
      }
      return n;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Flattens a name tree into {@code out}, bounded in entries and depth. */
  static void nameTree(COSDictionary node, Map<String, COSBase> out, int max, int depth) {
    if (node == null || depth > 32 || out.size() >= max) {
      return;
    }
    COSBase names = node.getDictionaryObject(COSName.NAMES);
    if (names instanceof COSArray arr) {
      for (int i = 0; i + 1 < arr.size() && out.size() < max; i += 2) {
        COSBase k = arr.getObject(i);
        String key = k instanceof COSString s ? s.getString() : String.valueOf(k);
        String unique = key;
        for (int n = 2; out.containsKey(unique); n++) {
          unique = key + " #" + n;
        }
        out.put(unique, arr.getObject(i + 1));
      }
    }
    COSBase kids = node.getDictionaryObject(COSName.KIDS);
    if (kids instanceof COSArray arr) {
      for (int i = 0; i < arr.size() && out.size() < max; i++) {
        nameTree(dict(arr.getObject(i)), out, max, depth + 1);
      }
    }
  }

  private static boolean isJs(COSDictionary d) {
    return JAVASCRIPT.equals(d.getCOSName(COSName.S)) || d.containsKey(JS);
  }

  private static void addJs(List<PdfFacts.JavaScript> out, String location, COSDictionary action) {
    String code = jsText(action.getDictionaryObject(JS));
    int len = code == null ? 0 : code.length();
    String preview =
        code == null ? null : code.substring(0, Math.min(PREVIEW, code.length())).strip();
    out.add(new PdfFacts.JavaScript(location, len, preview));
  }

  private static String jsText(COSBase js) {
    if (js instanceof COSString s) {
      return s.getString();
    }
    if (js instanceof COSStream st) {
      try (InputStream in = st.createInputStream()) {
        byte[] b = in.readNBytes(1_000_000);
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String describe(COSBase f) {
    if (f instanceof COSString s) {
      return s.getString();
    }
    COSDictionary d = dict(f);
    if (d != null) {
      String s = d.getString(COSName.F);
      return s != null ? s : d.getString(COSName.UF);
    }
    return String.valueOf(f);
  }

  static COSDictionary dict(COSBase b) {
    if (b instanceof COSObject o) {
      b = o.getObject();
    }
    return b instanceof COSDictionary d ? d : null;
  }
}
