package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.junit.jupiter.api.Test;

class CyrillicMojibakeTest {

  static final String SERBIAN = "Министарство унутрашњих послова Републике Србије закључило је уговор о јавној "
      + "набавци број 404-02-117/2019-06 са добављачем. Вредност уговора износи 1.234.567,89 динара. "
      + "За наручиоца потписују Ђорђе Шушњар и Љубица Ћирић; ђаци, џепови и њиве нису предмет уговора. "
      + "ЈАВНА НАБАВКА МАЛЕ ВРЕДНОСТИ № 12/2019";
  static final String RUSSIAN = "Министерство внутренних дел Российской Федерации сообщило о проверке. "
      + "Объём закупки составил 35 единиц оборудования, ёмкость системы — до 3500 камер.";

  /** The text as PDFBox extracts it from a WinAnsi font whose codes are Windows-1251. */
  static String asWinAnsi(String cyrillic) {
    StringBuilder sb = new StringBuilder();
    for (byte b : cyrillic.getBytes(Charset.forName("windows-1251"))) {
      int code = b & 0xFF;
      String name = WinAnsiEncoding.INSTANCE.getName(code);
      String u = name == null || ".notdef".equals(name) ? "\u2022" : GlyphList.getAdobeGlyphList().toUnicode(name);
      sb.append(u == null ? "\u2022" : u);
    }
    return sb.toString();
  }

  /** The text as read byte for byte in Latin-1. */
  static String asLatin1(String cyrillic) {
    return new String(cyrillic.getBytes(Charset.forName("windows-1251")), StandardCharsets.ISO_8859_1);
  }

  @Test
  void serbianReadAsWinAnsiIsRestoredExactly() {
    String shown = asWinAnsi(SERBIAN);
    assertTrue(shown.startsWith("Ìèíèñòàðñòâî óíóòðàøœèõ ïîñëîâà"), shown);
    CyrillicMojibake.Result r = CyrillicMojibake.repair(shown);
    assertTrue(r.repaired());
    assertEquals(SERBIAN, r.text());
    assertEquals(shown.length(), r.text().length(), "one character for one: page offsets stay valid");
  }

  @Test
  void russianAndLatin1ReadingsAreRestoredToo() {
    assertEquals(RUSSIAN, CyrillicMojibake.repair(asWinAnsi(RUSSIAN)).text());
    String latin1 = asLatin1("Уговор о јавној набавци добара: камере и мрежна опрема за град.");
    assertEquals("Уговор о јавној набавци добара: камере и мрежна опрема за град.",
        CyrillicMojibake.repair(latin1).text());
  }

  @Test
  void otherTextOnTheSamePageIsLeftAsItIs() {
    String page = "Safe City eLTE contract, annex 2 (café prices in €)\n" + asWinAnsi(SERBIAN)
        + "\nhttps://example.org/tender?id=404";
    String fixed = CyrillicMojibake.repair(page).text();
    assertTrue(fixed.startsWith("Safe City eLTE contract, annex 2 (café prices in €)\n"), fixed);
    assertTrue(fixed.contains(SERBIAN), fixed);
    assertTrue(fixed.endsWith("\nhttps://example.org/tender?id=404"), fixed);
  }

  @Test
  void westernEuropeanTextIsNeverChanged() {
    String[] texts = {
      "Le ministère a signé le contrat à Paris ; où et quand ? Ça dépend de l'été prochain, çà et là.",
      "Die Größe der Übertragungsrate ist für Bürgerinnen und Bürger wichtig: Müller äußert Bedenken.",
      "Þú ert á Íslandi; það er æðislegt. Ég fór í gær til Reykjavíkur með ömmu og afa.",
      "El señor Núñez llegó a la reunión; la adjudicación costó más de lo previsto en Aragón.",
      "A licitação não foi concluída; o júri pôs em dúvida as informações e a decisão do órgão.",
      "Un été à Montréal: élève, idée, réalité, société, québécois, où, çà, là, déjà, très.",
      "ÀÉÎ ÕÜ ÇÑ ÆØÅ — capitals in headings, ½ ¼ ¾ ² ³ ° ± × ÷ µ and £ 12, ¥ 300, € 45.",
    };
    for (String t : texts) {
      CyrillicMojibake.Result r = CyrillicMojibake.repair(t);
      assertFalse(r.repaired(), t);
      assertEquals(t, r.text());
    }
  }

  @Test
  void properTextInTheProjectsLanguagesIsNeverChanged() {
    String[] texts = {
      SERBIAN,
      "Ministarstvo unutrašnjih poslova zaključilo je ugovor; Đorđe Šušnjar, čačkalica, žaba, ćuprija.",
      "Crna Gora: sjutra, śekira, źenica, đe je Podgorica? Ugovor br. 12/2019 vrijedi 57.000 €.",
      "The supplier grants a one-time discount of 57% on the list price of US$3 million.",
      "1.234.567,89\t2.345.678,90\t3.456.789,01\n4.567.890,12\t5.678.901,23\t6.789.012,34",
      "for (int i = 0; i < n; i++) { sum += a[i] * b[i]; } // ×2 ÷3",
    };
    for (String t : texts) {
      assertFalse(CyrillicMojibake.repair(t).repaired(), t);
    }
  }

  @Test
  void fewMisreadWordsAreNotEvidenceEnough() {
    String t = "Report on the meeting. " + asWinAnsi("Уговор број") + " was signed in Belgrade by both parties.";
    CyrillicMojibake.Result r = CyrillicMojibake.repair(t);
    assertFalse(r.repaired(), t);
    assertEquals(t, r.text());
  }

  @Test
  void cyrillicReadAsUtf8BytesIsNotTakenForIt() {
    // another mojibake (UTF-8 bytes shown in Windows-1252): re-decoding as 1251 would make it worse
    String t = new String("Министарство унутрашњих послова Републике Србије закључило уговор о набавци"
        .getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    CyrillicMojibake.Result r = CyrillicMojibake.repair(t);
    assertFalse(r.repaired(), t);
  }

  @Test
  void emptyAndNullAreLeftAlone() {
    assertFalse(CyrillicMojibake.repair("").repaired());
    assertFalse(CyrillicMojibake.repair(null).repaired());
  }
}
