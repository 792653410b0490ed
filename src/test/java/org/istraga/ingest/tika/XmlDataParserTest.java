package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.junit.jupiter.api.Test;

/**
 * What {@link XmlDataParser} and {@link XhtmlTextConverter} make of XML: one paragraph per
 * element value, amount spans with their currency, mixed content kept as running text.
 */
class XmlDataParserTest {

  private record Read(String text, List<String> amounts, Metadata metadata) {}

  private static Read read(String xml) throws Exception {
    ToXMLContentHandler h = new ToXMLContentHandler();
    Metadata m = new Metadata();
    new XmlDataParser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), h, m,
        new ParseContext());
    XhtmlTextConverter.Result r = XhtmlTextConverter.convert(h.toString());
    List<String> amounts = new ArrayList<>();
    for (XhtmlTextConverter.FieldSpan a : r.fields()) {
      amounts.add(r.text().substring(a.start(), a.end()) + " " + (a.currency() != null ? a.currency() : a.kind()));
    }
    // the text starts after the XHTML head's line breaks
    int lead = r.text().length() - r.text().stripLeading().length();
    for (XhtmlTextConverter.FieldSpan a : r.fields()) {
      assertTrue(a.start() >= lead);
    }
    return new Read(r.text().substring(lead), amounts, m);
  }

  @Test
  void attributeCurrencyMarksTheAmountAndElementsArePararaphs() throws Exception {
    Read r = read("<Invoice xmlns:cbc=\"urn:x\"><cbc:IssueDate>2019-03-14</cbc:IssueDate>"
        + "<cbc:DocumentCurrencyCode>RSD</cbc:DocumentCurrencyCode>"
        + "<cbc:PayableAmount currencyID=\"RSD\">3300000.00</cbc:PayableAmount>"
        + "<InstdAmt Ccy=\"EUR\">1500.00</InstdAmt><Amt CCY=\"XYZ\">5</Amt>"
        + "<Total currency=\"rsd\">7</Total></Invoice>");
    assertEquals("2019-03-14\n\nRSD\n\n3300000.00\n\n1500.00\n\n5\n\n7\n\n", r.text());
    assertEquals(List.of("3300000.00 RSD", "1500.00 EUR"), r.amounts(),
        "only ISO 4217 codes as written (XYZ is none, rsd is not a code)");
  }

  @Test
  void siblingCurrencyInEitherOrderButOnlyAdjacent() throws Exception {
    Read r = read("<r><value><amount>980000.5</amount><currency>USD</currency></value>"
        + "<value><currency>EUR</currency><amount>75000</amount></value>"
        + "<value><amount>12</amount><unit>kom</unit><currency>EUR</currency></value>"
        + "<value><currency>EUR</currency><note>x</note><amount>13</amount></value>"
        + "<budget><amount>14</amount></budget><amount>15</amount></r>");
    assertEquals(List.of("980000.5 USD", "75000 EUR"), r.amounts());
    assertEquals("980000.5\n\nUSD\n\nEUR\n\n75000\n\n12\n\nkom\n\nEUR\n\nEUR\n\nx\n\n13\n\n14\n\n15\n\n", r.text(),
        "held amounts are written in document order");
  }

  @Test
  void prettyPrintedValuesAreTrimmedAndIndentationDropped() throws Exception {
    Read r = read("<a>\n  <b currencyID=\"EUR\">\n    1800.00\n  </b>\n  <c>Dunav Projekt\n d.o.o.</c>\n</a>\n");
    assertEquals(List.of("1800.00 EUR"), r.amounts());
    assertTrue(r.text().contains("Dunav Projekt\n d.o.o.\n\n"), r.text());
    assertTrue(r.text().startsWith("1800.00\n\nDunav"), r.text());
  }

  @Test
  void mixedContentStaysOneParagraph() throws Exception {
    Read r = read("<doc><para>Ugovor sa firmom <b>Vrelo Gradnja</b> d.o.o. od 14. marta</para>"
        + "<para>Drugi</para></doc>");
    assertEquals("Ugovor sa firmom Vrelo Gradnja d.o.o. od 14. marta\n\nDrugi\n\n", r.text());
  }

  @Test
  void amountElementWithChildrenOrLongTextIsPlainText() throws Exception {
    String longText = "x".repeat(XmlDataHandler.MAX_HELD + 10);
    Read r = read("<r><amount>12<sub>a</sub></amount><amount>" + longText + "</amount>"
        + "<currency>EUR</currency></r>");
    assertEquals(List.of(), r.amounts());
    assertTrue(r.text().contains("12 a\n\n" + longText + "\n\nEUR"), r.text());
  }

  @Test
  void dublinCoreMetadataIsStillRead() throws Exception {
    Read r = read("<record xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Izveštaj o nabavci</dc:title>"
        + "<dc:creator>Uprava</dc:creator></record>");
    assertEquals("Izveštaj o nabavci", r.metadata().get("dc:title"));
    assertTrue(r.text().startsWith("Izveštaj o nabavci\n\nUprava"), r.text());
  }

  @Test
  void malformedXmlFailsAsTikaDoes() {
    assertThrows(TikaException.class, () -> read("<r><a>1</a><b>2</r>"));
  }

  @Test
  void externalEntitiesAreNotResolved() throws Exception {
    java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
    try {
      java.nio.file.Files.writeString(secret, "TOPSECRET");
      String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri()
          + "\">]><r><a>before &x; after</a></r>";
      try {
        Read r = read(xml);
        assertTrue(!r.text().contains("TOPSECRET"), r.text());
      } catch (TikaException refused) {
        assertTrue(!String.valueOf(refused.getCause()).contains("TOPSECRET"));
      }
    } finally {
      java.nio.file.Files.delete(secret);
    }
  }

  @Test
  void idElementsAreMarkedByNameOrScheme() throws Exception {
    Read r = read("<Party xmlns:cbc=\"urn:x\"><cbc:EndpointID schemeID=\"9948\">101134702</cbc:EndpointID>"
        + "<cbc:EndpointID schemeID=\"0088\">8600000000001</cbc:EndpointID>"
        + "<PartyTaxScheme><cbc:CompanyID>RS101134702</cbc:CompanyID></PartyTaxScheme>"
        + "<RegistrationNumber>07025246</RegistrationNumber><VATNumber>RS101134702</VATNumber>"
        + "<cbc:ID>07025246</cbc:ID></Party>");
    assertEquals(List.of("101134702 tax-id", "RS101134702 company-id", "07025246 registration-number",
        "RS101134702 tax-id"), r.amounts());
  }

  @Test
  void aLongStatementAndDeepNestingStream() throws Exception {
    StringBuilder b = new StringBuilder("<Stmt>");
    for (int i = 0; i < 50_000; i++) {
      b.append("<Ntry><Amt Ccy=\"RSD\">").append(i).append(".50</Amt><Dt>2022-01-17</Dt></Ntry>");
    }
    b.append("</Stmt>");
    Read r = read(b.toString());
    assertEquals(50_000, r.amounts().size());
    assertEquals("49999.50 RSD", r.amounts().get(49_999));
    String deep = "<a>".repeat(20_000) + "<v currency=\"EUR\">7</v>" + "</a>".repeat(20_000);
    assertEquals(List.of("7 EUR"), read(deep).amounts());
  }
}
