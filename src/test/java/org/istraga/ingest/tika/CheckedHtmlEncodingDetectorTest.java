package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.BufferedInputStream;
import java.nio.charset.Charset;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/** An HTML file's declared charset is kept when its bytes agree and overruled when they prove it wrong. */
class CheckedHtmlEncodingDetectorTest {

  static final String CYRILLIC = "Уговор о јавној набавци број 404-12/2023. Наручилац Градска управа града Ниша "
      + "закључује са понуђачем Предузеће за изградњу путева д.о.о. Ђорђе Јовановић, директор; Љубица Њежић.";
  static final String LATIN = "Ugovor o javnoj nabavci broj 404-12/2023. Naručilac Gradska uprava grada Niša "
      + "zaključuje sa ponuđačem Preduzeće za izgradnju puteva d.o.o. Đorđe Jovanović, direktor; Ljubica Nježić.";
  static final String FRENCH = "Le présent contrat est conclu entre la société générale et le fournisseur. "
      + "Il précise les conditions de livraison, à l'égard des pièces détachées, déjà reçues.";
  static final String RUSSIAN = "Договор поставки номер 15 между обществом с ограниченной ответственностью "
      + "и покупателем. Поставщик обязуется передать товар в собственность покупателя.";

  @Test
  void lyingDeclarationsAreOverruled() throws Exception {
    assertEquals("windows-1251", detect(CYRILLIC, "windows-1251", "iso-8859-1"));
    assertEquals("windows-1250", detect(LATIN, "windows-1250", "iso-8859-1"));
    assertEquals("windows-1251", detect(CYRILLIC, "windows-1251", "utf-8"));
    assertEquals("UTF-8", detect(CYRILLIC, "UTF-8", "windows-1251"));
    assertEquals("UTF-8", detect(LATIN, "UTF-8", "windows-1250"));
  }

  @Test
  void trueDeclarationsAreKept() throws Exception {
    assertEquals("windows-1252", detect(FRENCH, "windows-1252", "windows-1252"));
    assertEquals("ISO-8859-2", detect(LATIN, "ISO-8859-2", "iso-8859-2"));
    assertEquals("KOI8-R", detect(RUSSIAN, "KOI8-R", "koi8-r"));
    assertEquals("windows-1251", detect(CYRILLIC, "windows-1251", "windows-1251"));
    assertEquals("UTF-8", detect(CYRILLIC, "UTF-8", "utf-8"));
    assertEquals("Shift_JIS", detect("契約書の写しを送付します。", "Shift_JIS", "shift_jis"));
    // ASCII text: nothing to check, the declaration stands
    assertEquals("ISO-8859-1", detect("Contract between the parties.", "US-ASCII", "iso-8859-1"));
  }

  @Test
  void noDeclarationLeavesTheChoiceToTheNextDetector() throws Exception {
    byte[] html = ("<html><head><title>x</title></head><body>" + LATIN + "</body></html>").getBytes("windows-1250");
    assertEquals(null, new CheckedHtmlEncodingDetector().detect(
        new BufferedInputStream(new ByteArrayInputStream(html)), new Metadata()));
  }

  private static String detect(String body, String written, String declared) throws Exception {
    byte[] html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared
        + "\"><title>Odluka</title></head><body><p>" + body + "</p></body></html>").getBytes(written);
    Charset cs = new CheckedHtmlEncodingDetector().detect(
        new BufferedInputStream(new ByteArrayInputStream(html)), new Metadata());
    return cs == null ? null : cs.name();
  }
}
