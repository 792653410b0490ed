package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/**
 * The charsets of undeclared text that a Serbian leak holds: the detector must name the one the
 * text was written in, so that reading the bytes back gives the original letters.
 */
class RegionalEncodingDetectorTest {

  static final String LATIN = "Ugovor o javnoj nabavci broj 404-12/2023. Naručilac Gradska uprava grada Niša "
      + "zaključuje sa ponuđačem Preduzeće za izgradnju puteva d.o.o. iz Beograda ugovor o izvođenju "
      + "radova. Rok za izvođenje radova je šezdeset dana. Ponuđač je dužan da dostavi garanciju. "
      + "Đorđe Jovanović, direktor; Ljubica Nježić, službenica; Ćirić Dževad.\n";
  static final String CYRILLIC = "Уговор о јавној набавци број 404-12/2023. Наручилац Градска управа града "
      + "Ниша закључује са понуђачем Предузеће за изградњу путева д.о.о. из Београда уговор о извођењу "
      + "радова. Ђорђе Јовановић, директор; Љубица Њежић, службеница; Ћирић Џевад.\n";
  static final String CSV = "Naziv;PIB;Iznos\nPreduzeće Đurđevak d.o.o.;100123456;1.200.000,00\n"
      + "Ljubičica Njive;101987654;350.000,50\nŠećer Žuta;102555777;99,99\n";

  private final RegionalEncodingDetector detector = new RegionalEncodingDetector();

  @Test
  void serbianLatinInCentralEuropeanCodePages() throws Exception {
    assertReadsBack(LATIN, "windows-1250");
    assertReadsBack(LATIN, "ISO-8859-2");
    assertReadsBack(CSV, "windows-1250");
    assertReadsBack(CSV, "ISO-8859-2");
    assertReadsBack("Zapisnik sa sastanka komisije, Čačak, Šabac, Đakovica.\n", "windows-1250");
    assertReadsBack("Zapisnik sa sastanka komisije, Čačak, Šabac, Đakovica.\n", "ISO-8859-2");
  }

  @Test
  void cyrillicAndUnicodeStayAsTikaFindsThem() throws Exception {
    assertReadsBack(CYRILLIC, "windows-1251");
    assertReadsBack(CYRILLIC, "ISO-8859-5");
    assertReadsBack("Договор поставки номер 17 от 12 марта 2023 года. Поставщик обязуется передать "
        + "покупателю товар в количестве и ассортименте, указанных в спецификации.\n", "KOI8-R");
    assertReadsBack(LATIN, "UTF-8");
    assertReadsBack(CYRILLIC, "UTF-8");
  }

  @Test
  void westernEuropeanTextStaysWestern() throws Exception {
    assertReadsBack("Le maître d'ouvrage a reçu très tard la réponse: voilà le problème, à mon avis. "
        + "Après la fête, il était déjà là.\n", "windows-1252");
    assertReadsBack("Die Straße in München gehört der Gemeinde; die Prüfung der Angebote ergab "
        + "große Mängel.\n", "windows-1252");
    byte[] quotes = "These \u201csmart quotes\u201d \u2013 and a dash \u2013 are all it has.\n".getBytes("windows-1252");
    assertEquals("windows-1252", detector.detect(new ByteArrayInputStream(quotes), new Metadata()).name(),
        "English with smart quotes is Western, though windows-1250 reads those bytes alike");
  }

  @Test
  void utf16WithoutByteOrderMark() throws Exception {
    assertReadsBack(CYRILLIC, "UTF-16LE");
    assertReadsBack(CYRILLIC, "UTF-16BE");
    assertReadsBack(LATIN, "UTF-16LE");
    assertReadsBack("Plain English minutes of the tender committee.\r\n", "UTF-16LE");
  }

  private void assertReadsBack(String text, String charset) throws Exception {
    byte[] bytes = text.getBytes(charset);
    Charset found = detector.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)), new Metadata());
    assertEquals(text, new String(bytes, found == null ? StandardCharsets.UTF_8 : found),
        "written in " + charset + ", read as " + found);
  }
}
