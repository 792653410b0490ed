package org.istraga.ingest.tika;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * The page of each filled-in PDF form field, so that its value is on the page where the reader
 * sees it.
 *
 * <p>Tika writes the form's fields ({@code extractAcroFormContent}) as one list after the last
 * page: "Ime i prezime: Marko Petrović" typed into a field on page 1 of a five-page form mapped to
 * page 5, and {@code istraga cite --page 1} could not cite it. {@link #read} gives, for every
 * terminal field except signatures, the line Tika writes for it ({@code partial name: value}, the
 * same text) by the index of the page holding its first widget; {@link PdfParser} writes each
 * page's lines at the end of that page ({@link PageEndInserter}) and {@link Filter} takes those
 * lines out of Tika's list. A field whose widget is on no page, and every signature field (whose
 * signer, date and reason Tika lists), stay in the list at the end.
 *
 * <p>Cost: for a PDF without a form, two dictionary look-ups; otherwise one walk of the pages'
 * {@code /Annots} arrays and of the field tree (at most {@value #MAX_FIELDS} fields). Not
 * thread-safe with respect to the document; call it on the thread that parses it.
 */
final class FormFieldPages {

  /** Most fields placed on pages; the rest stay in Tika's list. */
  static final int MAX_FIELDS = 20_000;

  /** Lines by 0-based page index, in field-tree order. */
  record Result(Map<Integer, List<String>> linesByPage) {
    static final Result NONE = new Result(Map.of());

    /** Every placed line, each as often as it was placed. */
    List<String> allLines() {
      List<String> out = new ArrayList<>();
      linesByPage.values().forEach(out::addAll);
      return out;
    }
  }

  private FormFieldPages() {}

  static Result read(PDDocument doc) {
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    if (!(catalog.getDictionaryObject(COSName.ACRO_FORM) instanceof COSDictionary)) {
      return Result.NONE;
    }
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
    if (form == null || form.getFields().isEmpty()) {
      return Result.NONE;
    }
    Map<COSDictionary, Integer> pageOfWidget = new IdentityHashMap<>();
    int index = 0;
    for (PDPage page : doc.getPages()) {
      COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
      for (int i = 0; annots != null && i < annots.size(); i++) {
        if (annots.getObject(i) instanceof COSDictionary annot) {
          pageOfWidget.putIfAbsent(annot, index);
        }
      }
      index++;
    }
    Map<Integer, List<String>> out = new TreeMap<>();
    int placed = 0;
    for (PDField field : form.getFieldTree()) {
      if (placed >= MAX_FIELDS) {
        break;
      }
      if (!(field instanceof PDTerminalField terminal) || field instanceof PDSignatureField) {
        continue;
      }
      Integer page = null;
      for (PDAnnotationWidget widget : terminal.getWidgets()) {
        page = pageOfWidget.get(widget.getCOSObject());
        if (page != null) {
          break;
        }
      }
      String line = line(field);
      if (page != null && line != null) {
        out.computeIfAbsent(page, k -> new ArrayList<>()).add(line);
        placed++;
      }
    }
    return new Result(out);
  }

  /** The text Tika writes for a field ({@code partial name: value}), or null when it writes none. */
  static String line(PDField field) {
    StringBuilder sb = new StringBuilder();
    String partName = field.getPartialName();
    if (partName != null) {
      sb.append(partName).append(": ");
    }
    String value = field.getValueAsString();
    if (value != null && !value.equals("null")) {
      sb.append(value);
    }
    return sb.length() > 0 && field.getAlternateFieldName() == null ? sb.toString() : null;
  }

  /**
   * Passes Tika's XHTML through, leaving out of its form list ({@code <div class="acroform">})
   * the items whose text is one of the lines already written on their pages (each line once).
   * Items are flat ({@code <li>} holds only text), so an item is buffered until its end.
   */
  static final class Filter extends org.apache.tika.sax.ContentHandlerDecorator {
    private final java.util.function.Supplier<List<String>> placed;
    private Map<String, Integer> remaining;
    private int depth;
    private int formDepth = -1;
    private boolean inItem;
    private StringBuilder item;
    private org.xml.sax.Attributes itemAtts;
    private String itemUri;
    private String itemQName;

    Filter(org.xml.sax.ContentHandler handler, java.util.function.Supplier<List<String>> placed) {
      super(handler);
      this.placed = placed;
    }

    @Override
    public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts)
        throws org.xml.sax.SAXException {
      if (inItem) {
        replayItem(); // an item with markup inside: not one of ours
      }
      depth++;
      String name = localName == null || localName.isEmpty() ? qName : localName;
      if (formDepth < 0 && "div".equals(name) && "acroform".equals(atts.getValue("class"))) {
        formDepth = depth;
      } else if (formDepth >= 0 && "li".equals(name) && atts.getLength() == 0) {
        inItem = true;
        item = new StringBuilder();
        itemAtts = new org.xml.sax.helpers.AttributesImpl(atts);
        itemUri = uri;
        itemQName = qName;
        return;
      }
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws org.xml.sax.SAXException {
      if (inItem) {
        item.append(ch, start, length);
        return;
      }
      super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws org.xml.sax.SAXException {
      if (inItem) {
        return; // Tika writes none inside an item; the item's own element ends its line
      }
      super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws org.xml.sax.SAXException {
      if (inItem) {
        inItem = false;
        depth--;
        if (!take(item.toString())) {
          super.startElement(itemUri, "li", itemQName, itemAtts);
          char[] chars = item.toString().toCharArray();
          super.characters(chars, 0, chars.length);
          super.endElement(uri, localName, qName);
        }
        return;
      }
      if (depth == formDepth) {
        formDepth = -1;
      }
      depth--;
      super.endElement(uri, localName, qName);
    }

    private void replayItem() throws org.xml.sax.SAXException {
      inItem = false;
      super.startElement(itemUri, "li", itemQName, itemAtts);
      char[] chars = item.toString().toCharArray();
      super.characters(chars, 0, chars.length);
    }

    /** Whether {@code text} was written on a page (and is now used up). */
    private boolean take(String text) {
      if (remaining == null) {
        remaining = new HashMap<>();
        for (String line : placed.get()) {
          remaining.merge(line, 1, Integer::sum);
        }
      }
      Integer n = remaining.get(text);
      if (n == null) {
        return false;
      }
      if (n == 1) {
        remaining.remove(text);
      } else {
        remaining.put(text, n - 1);
      }
      return true;
    }
  }
}
