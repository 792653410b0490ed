package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.istraga.cli.ExitCode;
import org.istraga.document.DocumentRecord;
import org.istraga.ingest.tika.PdfParser;
import org.istraga.testing.CaseRecords;
import org.istraga.testing.Corpus;
import org.istraga.testing.Cli;
import org.istraga.testing.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visible text of a signature box ("Digitally signed by Ana Petrović"), drawn only by the
 * signature widget's appearance stream, is in the ingested text on the page that holds the
 * widget; a PDF without signature widgets is extracted exactly as by Tika's own PDF parser, and a
 * text field's value (which Tika already extracts) is not added a second time.
 */
class SignatureAppearanceIngestTest {

  private static final String SIGNED_BY = "Digitally signed by Ana Petrović";
  private static final String SIGNED_AT = "Date: 2019.06.01 10:22:31 +02'00'";

  @TempDir Path tmp;

  @Test
  void visibleSignatureTextIsOnTheWidgetsPage() throws Exception {
    byte[] pdf = withSignatureWidget(Evidence.pdf("Ugovor o nabavci br. 17", "Potpisnici ugovora"), 1, true);
    assertFalse(xhtml(new PDFParser(), pdf).contains(SIGNED_BY), "Tika's own PDF parser does not read it");
    Path leak = tmp.resolve("leak");
    Evidence.write(leak.resolve("ugovor.pdf"), pdf);
    Path caseDir = tmp.resolve("case");
    Cli.Result ingest = Cli.run("ingest", "--case", caseDir.toString(), "--ocr", "off", leak.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest::toString);

    DocumentRecord r = CaseRecords.read(caseDir).byPathSuffix("ugovor.pdf");
    assertEquals(2, r.pageStarts.length, r.text);
    int at = r.text.indexOf(SIGNED_BY);
    assertTrue(at >= 0, r.text);
    assertTrue(r.text.contains(SIGNED_AT), r.text);
    assertEquals(2, pageOf(r.pageStarts, at), "the signature text maps to page 2: " + r.text);
    assertTrue(at > r.text.indexOf("Potpisnici ugovora"), "after the page's own text: " + r.text);
    assertEquals(r.text.indexOf(SIGNED_BY), r.text.lastIndexOf(SIGNED_BY), "once: " + r.text);
    assertEquals(1, pageOf(r.pageStarts, r.text.indexOf("Ugovor o nabavci")), r.text);

    Cli.Result show = Cli.run("show", "--case", caseDir.toString(), r.id, "--page", "2");
    assertEquals(ExitCode.OK, show.code(), show::toString);
    assertTrue(show.out().contains(SIGNED_BY), show.out());
    Cli.Result first = Cli.run("show", "--case", caseDir.toString(), r.id, "--page", "1");
    assertFalse(first.out().contains("Petrović"), first.out());

    Cli.Result search = Cli.run("search", "--case", caseDir.toString(), "--json", "Petrović");
    assertEquals(0, search.code(), search::toString);
    assertEquals(1, search.json().get("total").asLong(), search.out());
  }

  @Test
  void hiddenSignatureWidgetAddsNothing() throws Exception {
    byte[] pdf = withSignatureWidget(Evidence.pdf("Prva strana", "Druga strana"), 1, false);
    String ours = xhtml(new PdfParser(), pdf);
    assertFalse(ours.contains("Petrovi"), ours);
    assertEquals(xhtml(new PDFParser(), pdf), ours);
  }

  @Test
  void pdfWithoutSignatureWidgetsIsExtractedAsByTikaWithFieldsOnTheirPages() throws Exception {
    byte[] plain = Evidence.pdf("Prva strana izvestaja", "Druga strana izvestaja");
    assertEquals(xhtml(new PDFParser(), plain), xhtml(new PdfParser(), plain));

    byte[] form = withTextField(plain, "Iznos: 4.200.000 RSD");
    String ours = xhtml(new PdfParser(), form);
    assertEquals(ours.indexOf("4.200.000 RSD"), ours.lastIndexOf("4.200.000 RSD"), "the value once: " + ours);
    assertTrue(ours.contains("4.200.000 RSD"), ours);
    // a text field's value is not read from its appearance; it is written once, at the end of the
    // page that shows the field (FormFieldPages), where Tika lists it after the last page
    int secondPage = ours.indexOf("Druga strana izvestaja");
    assertTrue(ours.indexOf("4.200.000 RSD") < secondPage, "on page 1: " + ours);
    String tika = xhtml(new PDFParser(), form);
    assertTrue(tika.indexOf("4.200.000 RSD") > tika.indexOf("Druga strana izvestaja"), tika);
    // nothing else differs: Tika's output without the moved item is ours without the added div
    assertEquals(tika.replaceAll("<li>[^<]*4\\.200\\.000 RSD</li>", "").replaceAll("\\s+", ""),
        ours.replaceAll("(?s)<div class=\"form-fields\">.*?</div>", "").replaceAll("\\s+", ""));
  }

  @Test
  void corpusSignatureBoxesAreRead() throws Exception {
    byte[] pades = Files.readAllBytes(Corpus.file("c_pdf_features/pades-lta-dss-indirect-arrs-test-2.pdf"));
    String text = xhtml(new PdfParser(), pades);
    assertTrue(text.contains("Digitally signed by Alice &lt;alice@example.com&gt;."), text);
    assertTrue(text.contains("Timestamp: 2020-11-01 01:00:00 CET."), text);
    assertFalse(xhtml(new PDFParser(), pades).contains("Digitally signed by"));

    byte[] sneaky = Files.readAllBytes(
        Corpus.file("c_pdf_features/form-update-override-appearance-stream-sneaky.pdf"));
    String sneakyText = xhtml(new PdfParser(), sneaky);
    assertTrue(sneakyText.contains("Timestamp: 2022-11-23 00:37:18 CET."), sneakyText);
  }

  private static int pageOf(int[] pageStarts, int offset) {
    int page = 0;
    for (int i = 0; i < pageStarts.length && pageStarts[i] <= offset; i++) {
      page = i + 1;
    }
    return page;
  }

  private static String xhtml(PDFParser parser, byte[] pdf) throws Exception {
    ToXMLContentHandler handler = new ToXMLContentHandler();
    try (InputStream in = new ByteArrayInputStream(pdf)) {
      parser.parse(in, handler, new Metadata(), new ParseContext());
    }
    return handler.toString();
  }

  /**
   * {@code pdf} with a signature field (not cryptographically signed) whose widget sits on page
   * {@code pageIndex}; its appearance draws the signer's name and date in an embedded font. When
   * {@code visible} is false the widget is flagged hidden.
   */
  private static byte[] withSignatureWidget(byte[] pdf, int pageIndex, boolean visible) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      field.setPartialName("Signature1");
      PDPage page = doc.getPage(pageIndex);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(72, 120, 320, 48));
      widget.setPage(page);
      widget.setPrinted(true);
      widget.setHidden(!visible);

      PDType0Font font;
      try (InputStream ttf = PDDocument.class.getResourceAsStream(
          "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
        font = PDType0Font.load(doc, ttf);
      }
      PDAppearanceStream appearance = new PDAppearanceStream(doc);
      appearance.setBBox(new PDRectangle(320, 48));
      appearance.setResources(new PDResources());
      try (PDPageContentStream cs = new PDPageContentStream(doc, appearance)) {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(4, 30);
        cs.showText(SIGNED_BY);
        cs.newLineAtOffset(0, -14);
        cs.showText(SIGNED_AT);
        cs.endText();
      }
      PDAppearanceDictionary ap = new PDAppearanceDictionary();
      ap.setNormalAppearance(appearance);
      widget.setAppearance(ap);

      List<PDAnnotation> annots = new ArrayList<>(page.getAnnotations());
      annots.add(widget);
      page.setAnnotations(annots);
      form.setFields(List.<PDField>of(field));
      form.setSignaturesExist(true);
      form.setAppendOnly(true);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** {@code pdf} with a filled text field on page 1 whose appearance shows its value. */
  private static byte[] withTextField(byte[] pdf, String value) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDResources dr = new PDResources();
      dr.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setDefaultResources(dr);
      form.setDefaultAppearance("/Helv 10 Tf 0 g");
      PDTextField field = new PDTextField(form);
      field.setPartialName("amount");
      field.setDefaultAppearance("/Helv 10 Tf 0 g");
      PDPage page = doc.getPage(0);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(72, 120, 320, 20));
      widget.setPage(page);
      widget.setPrinted(true);
      List<PDAnnotation> annots = new ArrayList<>(page.getAnnotations());
      annots.add(widget);
      page.setAnnotations(annots);
      form.setFields(List.<PDField>of(field));
      field.setValue(value);
      doc.save(out);
      return out.toByteArray();
    }
  }
}
