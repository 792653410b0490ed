package org.istraga.ingest.tika;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The visible text of a PDF's signature boxes ("Digitally signed by Ana Petrović, Date: …"): the
 * text drawn by the normal appearance stream of each visible widget of a signature field, by the
 * index of the page that holds the widget. Tika reads page content streams, markup annotations and
 * the signature dictionary's name, reason, location and date, but never draws widget appearances,
 * so the signer's name as the reader sees it was not in the text; pdftotext prints it.
 *
 * <p>Only signature fields are read. The value of every other terminal field (text, choice, check
 * box) is already in Tika's text through {@code extractAcroFormContent}; reading their
 * appearances would print those values twice. Push buttons have no value, but their captions
 * ("Print", "Submit") are interface, not content. A widget that is hidden ({@code /F} Hidden or
 * NoView), has an empty rectangle (an invisible signature) or no normal appearance is skipped.
 *
 * <p>The appearance is read by drawing it, as a form XObject, on a scratch page of an in-memory
 * scratch document and running PDFBox's {@link PDFTextStripper} over that page, in drawing order
 * (a box with the name on its left and the details on its right keeps the two apart; sorting by
 * position would interleave their lines); the parsed
 * document is only read (the scratch page refers to its appearance stream and to the fonts of
 * the form's {@code /DR}, it never changes them).
 *
 * <p>Cost: for a PDF without an {@code /AcroForm} or without a signature field, two dictionary
 * look-ups and a walk of the field tree (no page is read). Otherwise one walk of the page tree
 * and of each page's {@code /Annots} array, and one text extraction per visible signature
 * widget, at most {@link #MAX_WIDGETS} of them. Not thread-safe with respect to the document
 * (PDFBox documents are not); call it on the thread that parses the document.
 */
final class SignatureAppearances {

  /** Most signature widgets read per document (a hostile file could hold millions). */
  static final int MAX_WIDGETS = 256;
  /** Most field-tree nodes visited per document. */
  private static final int MAX_FIELD_NODES = 100_000;
  /** Deepest field tree followed. */
  private static final int MAX_FIELD_DEPTH = 32;
  /** Most characters kept from one appearance. */
  private static final int MAX_CHARS = 4_000;

  private static final int FLAG_HIDDEN = 1 << 1;
  private static final int FLAG_NO_VIEW = 1 << 5;
  private static final COSName SIG = COSName.getPDFName("Sig");
  private static final COSName SCRATCH_NAME = COSName.getPDFName("IstragaAppearance");

  /** The lines read, by 0-based page index, and the first failure met on the way (or null). */
  record Result(Map<Integer, List<String>> linesByPage, Exception firstFailure) {
    static final Result NONE = new Result(Map.of(), null);
  }

  private SignatureAppearances() {}

  /**
   * Reads the visible text of the signature widgets of {@code doc}. A widget whose appearance
   * cannot be read is left out, and the first such failure is returned with the result.
   */
  static Result read(PDDocument doc) {
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    if (!(catalog.getDictionaryObject(COSName.ACRO_FORM) instanceof COSDictionary form)
        || !(form.getDictionaryObject(COSName.FIELDS) instanceof COSArray fields)
        || fields.size() == 0) {
      return Result.NONE;
    }
    Set<COSDictionary> widgets = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < fields.size(); i++) {
      if (fields.getObject(i) instanceof COSDictionary field) {
        collect(field, null, 0, widgets, seen);
      }
    }
    if (widgets.isEmpty()) {
      return Result.NONE;
    }
    COSDictionary fonts = form.getDictionaryObject(COSName.DR) instanceof COSDictionary dr
        && dr.getDictionaryObject(COSName.FONT) instanceof COSDictionary f ? f : null;
    Map<Integer, List<String>> out = new TreeMap<>();
    Exception failure = null;
    int read = 0;
    int index = 0;
    for (PDPage page : doc.getPages()) {
      COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
      for (int i = 0; annots != null && i < annots.size() && read < MAX_WIDGETS; i++) {
        if (annots.getObject(i) instanceof COSDictionary annot && widgets.remove(annot)) {
          read++;
          try {
            List<String> lines = visibleLines(new PDAnnotationWidget(annot), fonts);
            if (!lines.isEmpty()) {
              out.computeIfAbsent(index, k -> new ArrayList<>()).addAll(lines);
            }
          } catch (IOException | RuntimeException e) {
            if (failure == null) {
              failure = e;
            }
          }
        }
      }
      index++;
      if (widgets.isEmpty() || read >= MAX_WIDGETS) {
        break;
      }
    }
    return new Result(out, failure);
  }

  /** Adds the widgets of signature fields found under {@code node} (a field or a widget). */
  private static void collect(COSDictionary node, COSName inheritedType, int depth,
      Set<COSDictionary> widgets, Set<COSDictionary> seen) {
    if (depth > MAX_FIELD_DEPTH || seen.size() >= MAX_FIELD_NODES || !seen.add(node)) {
      return;
    }
    COSName type = node.getCOSName(COSName.FT, inheritedType);
    if (SIG.equals(type) && COSName.WIDGET.equals(node.getCOSName(COSName.SUBTYPE))) {
      widgets.add(node);
    }
    if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          collect(kid, type, depth + 1, widgets, seen);
        }
      }
    }
  }

  /** The non-blank lines drawn by the widget's normal appearance; empty when it shows nothing. */
  private static List<String> visibleLines(PDAnnotationWidget widget, COSDictionary fonts) throws IOException {
    if ((widget.getAnnotationFlags() & (FLAG_HIDDEN | FLAG_NO_VIEW)) != 0) {
      return List.of();
    }
    PDRectangle rect = widget.getRectangle();
    if (rect == null || rect.getWidth() == 0 || rect.getHeight() == 0) {
      return List.of();
    }
    PDAppearanceStream appearance = widget.getNormalAppearanceStream();
    if (appearance == null || appearance.getBBox() == null) {
      return List.of();
    }
    String text;
    try (PDDocument scratch = new PDDocument()) {
      Rectangle2D bounds = appearance.getBBox().transform(appearance.getMatrix()).getBounds2D();
      PDPage page = new PDPage(new PDRectangle((float) bounds.getX(), (float) bounds.getY(),
          (float) Math.max(1, bounds.getWidth()), (float) Math.max(1, bounds.getHeight())));
      COSDictionary resources = new COSDictionary();
      COSDictionary xobjects = new COSDictionary();
      xobjects.setItem(SCRATCH_NAME, appearance.getCOSObject());
      resources.setItem(COSName.XOBJECT, xobjects);
      if (fonts != null) {
        // An appearance without its own /Resources takes its fonts from the form's /DR.
        resources.setItem(COSName.FONT, fonts);
      }
      page.setResources(new PDResources(resources));
      page.setContents(new PDStream(scratch,
          new ByteArrayInputStream(("q /" + SCRATCH_NAME.getName() + " Do Q").getBytes(StandardCharsets.US_ASCII))));
      scratch.addPage(page);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false);
      stripper.setLineSeparator("\n");
      text = stripper.getText(scratch);
    }
    List<String> lines = new ArrayList<>();
    int kept = 0;
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (kept + t.length() > MAX_CHARS) {
        t = t.substring(0, Math.max(0, MAX_CHARS - kept));
      }
      if (!t.isEmpty()) {
        lines.add(t);
        kept += t.length();
      }
      if (kept >= MAX_CHARS) {
        break;
      }
    }
    return lines;
  }
}
