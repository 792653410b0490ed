package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.junit.jupiter.api.Test;

/**
 * Word field codes out of a legacy Word file's text: the raw text Tika's Word extractor writes for a
 * footnote (POI's paragraph text, field marks and all), and the instruction it writes for a field
 * without a result, go through Tika's own XHTML handler (which turns the marks into U+FFFD) and the
 * filter, as in a parse.
 */
class WordFieldCodesTest {

  private static final String LINK = "HYPERLINK \"http://ecpa.example.gov/vendor/search.html\" ";

  /** The text of {@code paragraphs} written as Tika's Word extractor writes them, filtered by {@code codes}. */
  private static String parse(WordFieldCodes codes, String... paragraphs) throws Exception {
    ToTextContentHandler text = new ToTextContentHandler();
    WordFieldCodes.Filter filter = codes.filter(text);
    XHTMLContentHandler xhtml = new XHTMLContentHandler(filter, new Metadata());
    xhtml.startDocument();
    for (String p : paragraphs) {
      xhtml.element("p", p);
    }
    xhtml.endDocument();
    return text.toString();
  }

  @Test
  void aFootnoteHyperlinkKeepsItsTextWithoutItsCodeOrMarks() throws Exception {
    WordFieldCodes codes = WordFieldCodes.of(Map.of(LINK, true), Map.of());
    String out = parse(codes, "\u0002Broj treba da bude PIB dobavljača. Proverite na \u0013" + LINK
        + "\u0001\u0014sajtu Poreske uprave\u0015 da li je dobavljač registrovan.\r\n");
    assertTrue(out.contains("Broj treba da bude PIB dobavljača. Proverite na sajtu Poreske uprave da li je"
        + " dobavljač registrovan."), out);
    assertFalse(out.contains("HYPERLINK"), out);
    assertFalse(out.contains("\uFFFD"), out);
  }

  @Test
  void aFieldWithoutResultLeavesNothingAndLiteralTextStays() throws Exception {
    WordFieldCodes codes = WordFieldCodes.of(Map.of(), Map.of(" AUTONUM  ", 2));
    // the extractor writes the instruction of a field without a separator as plain text
    String out = parse(codes, "Član  AUTONUM  ", "Ovim zakonom uređuje se osnivanje udruženja.", "Član  AUTONUM  ",
        "Polje  AUTONUM  je ovde samo tekst.");
    assertEquals(2, count(out, "Član"), out);
    assertEquals(1, count(out, "AUTONUM"), "two fields, two removed; the third occurrence is text: " + out);
    assertTrue(out.contains("Polje  AUTONUM  je ovde samo tekst."), out);
  }

  @Test
  void marksThatAreNoFieldOfTheFileStay() throws Exception {
    WordFieldCodes codes = WordFieldCodes.of(Map.of(LINK, true), Map.of());
    // an instruction the file's field tables do not list is not taken for one
    String out = parse(codes, "Vidi \u0013MERGEFIELD Ime \u0014Petar\u0015 i \u0013" + LINK + "\u0014link\u0015.");
    assertTrue(out.contains("MERGEFIELD Ime"), out);
    assertTrue(out.contains("Petar"), out);
    assertTrue(out.contains(" i link."), out);
    assertFalse(out.contains("HYPERLINK"), out);
  }

  @Test
  void aMarkedFieldWithoutResultBecomesNothing() throws Exception {
    WordFieldCodes codes = WordFieldCodes.of(Map.of(" PAGE ", false), Map.of());
    String out = parse(codes, "Strana \u0013 PAGE \u0015 od 12");
    assertEquals("Strana  od 12", out.strip(), out);
  }

  @Test
  void bareInstructionsNotFoundAreReported() throws Exception {
    WordFieldCodes codes = WordFieldCodes.of(Map.of(), Map.of(" NUMPAGES ", 1));
    ToTextContentHandler text = new ToTextContentHandler();
    WordFieldCodes.Filter filter = codes.filter(text);
    XHTMLContentHandler xhtml = new XHTMLContentHandler(filter, new Metadata());
    xhtml.startDocument();
    xhtml.element("p", "Bez polja.");
    xhtml.endDocument();
    assertEquals(List.of(" NUMPAGES "), filter.unfound());
    assertTrue(text.toString().contains("Bez polja."));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
