package org.istraga.provenance.forensics.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A title given in several languages (an rdf:Alt) is reported in its x-default language. The report
 * took the last item: corpus testPDFTripleLangTitle.pdf showed "你好世界" where ExifTool shows the
 * x-default "Hello World".
 */
class PdfXmpLanguageTest {

  @Test
  void titleIsTheDefaultLanguageItemWhereverItIsListed() throws Exception {
    String xmp =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
          xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
         <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title><rdf:Alt>
           <rdf:li xml:lang="sr-Cyrl">Уговор о набавци</rdf:li>
           <rdf:li xml:lang="x-default">Ugovor o nabavci</rdf:li>
           <rdf:li xml:lang="en">Procurement contract</rdf:li>
          </rdf:Alt></dc:title>
         </rdf:Description></rdf:RDF></x:xmpmeta>""";
    assertEquals(
        "Ugovor o nabavci",
        PdfXmpReader.read(xmp.getBytes(StandardCharsets.UTF_8), 1000).title());
  }

  @Test
  void titleWithoutLanguagesAndPrefixesLeftUndeclaredStillRead() throws Exception {
    // The packet uses the xml: and dc: prefixes without declaring dc (a common producer bug).
    String xmp =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
          xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
         <rdf:Description rdf:about="">
          <dc:title><rdf:Alt>
           <rdf:li xml:lang="de">Vertrag</rdf:li><rdf:li xml:lang="x-default">Contract</rdf:li>
          </rdf:Alt></dc:title>
         </rdf:Description></rdf:RDF></x:xmpmeta>""";
    assertEquals("Contract", PdfXmpReader.read(xmp.getBytes(StandardCharsets.UTF_8), 1000).title());
    String plain =
        """
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
          xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
         <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title>Izveštaj</dc:title>
         </rdf:Description></rdf:RDF></x:xmpmeta>""";
    assertEquals("Izveštaj", PdfXmpReader.read(plain.getBytes(StandardCharsets.UTF_8), 1000).title());
  }
}
