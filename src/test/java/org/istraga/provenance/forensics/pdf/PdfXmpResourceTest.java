package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An XMP property whose value is a URI is written in the attribute form {@code
 * rdf:resource="..."}, on the property itself or on an array item; it was not read, so a creator
 * written that way (an ORCID or a profile URL) was missing from the report.
 */
class PdfXmpResourceTest {

  private static final String HEAD =
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
          + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
          + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">";
  private static final String TAIL = "</rdf:Description></rdf:RDF></x:xmpmeta>";

  private static PdfFacts.Xmp read(String body) throws Exception {
    return PdfXmpReader.read((HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8), 1000);
  }

  @Test
  void creatorsAsResourcesInASequenceAreRead() throws Exception {
    PdfFacts.Xmp x =
        read(
            "<dc:creator><rdf:Seq>"
                + "<rdf:li rdf:resource=\"https://orcid.org/0000-0002-1825-0097\"/>"
                + "<rdf:li>Jelena Jovanović</rdf:li>"
                + "</rdf:Seq></dc:creator>");
    assertEquals(List.of("https://orcid.org/0000-0002-1825-0097", "Jelena Jovanović"), x.creators());
  }

  @Test
  void creatorAsResourceOnThePropertyIsRead() throws Exception {
    PdfFacts.Xmp x =
        read("<dc:creator rdf:resource=\"https://example.org/people/pera\"/>"
            + "<xmp:CreatorTool>Writer</xmp:CreatorTool>");
    assertEquals(List.of("https://example.org/people/pera"), x.creators());
    assertEquals("Writer", x.creatorTool());
  }
}
