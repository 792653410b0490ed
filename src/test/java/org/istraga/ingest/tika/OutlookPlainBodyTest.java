package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.junit.jupiter.api.Test;

/**
 * An Outlook message's plain body beside the body Tika shows: the events are those Tika's Outlook
 * extractor writes (a heading, the address list, the shown body's paragraphs, whitespace between
 * elements as ignorable whitespace), through Tika's XHTML handler.
 */
class OutlookPlainBodyTest {

  /** The XHTML Tika writes for a message whose shown body is {@code shownParagraphs}, with the inserter. */
  private static String parse(String plain, String... shownParagraphs) throws Exception {
    ToXMLContentHandler out = new ToXMLContentHandler();
    XHTMLContentHandler xhtml = new XHTMLContentHandler(new OutlookPlainBody.Inserter(out, plain), new Metadata());
    xhtml.startDocument();
    xhtml.element("h1", "Ponuda za tender 404-12");
    xhtml.startElement("dl");
    xhtml.element("dt", "From");
    xhtml.element("dd", "Marko Marković");
    xhtml.element("dt", "Recipients");
    xhtml.element("dd", "nabavka@grad.example.rs");
    xhtml.endElement("dl");
    for (String p : shownParagraphs) {
      xhtml.element("p", p);
    }
    xhtml.endDocument();
    return out.toString();
  }

  @Test
  void aPlainBodyThatRepeatsTheShownOneAddsNothing() throws Exception {
    String out = parse("Ponuda je u prilogu.\r\n\r\nPozdrav, Marko\r\n", "Ponuda je u prilogu.", "Pozdrav, Marko");
    assertFalse(out.contains("email-alternative"), out);
    assertEquals(1, count(out, "Ponuda je u prilogu."), out);
  }

  @Test
  void theParagraphsOnlyThePlainBodyHasAreAddedOnce() throws Exception {
    String out = parse("Ponuda je u prilogu.\r\n\r\nIznos: 2.300.000,00 dinara, rok 15 dana.\r\n\r\nPozdrav, Marko\r\n",
        "Ponuda je u prilogu.", "Pozdrav, Marko");
    assertTrue(out.contains("<div class=\"email-alternative\"><p>Iznos: 2.300.000,00 dinara, rok 15 dana.</p></div>"),
        out);
    assertEquals(1, count(out, "Ponuda je u prilogu."), out);
    assertTrue(out.indexOf("email-alternative") < out.indexOf("</body>"), "inside the body");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
