package org.istraga.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** ZIP entry names without the UTF-8 flag, in the code pages Windows and old zip tools used. */
class EntryNameEncodingDetectorTest {

  @Test
  void dosCodePagesOfSerbianRussianAndWesternWindows() throws Exception {
    assertReadsBack("Ponuđač_Šećer_Žuta_Čačak.txt", "IBM852");
    assertReadsBack("Dokumenti/Rešenje_o_žalbi.txt", "IBM852");
    assertReadsBack("Понуда_Ђурђевак.txt", "IBM855");
    assertReadsBack("Договор_поставки.txt", "IBM866");
    assertReadsBack("Report_Müller_résumé.txt", "IBM437");
  }

  @Test
  void windowsCodePagesAndUtf8() throws Exception {
    assertReadsBack("Понуда_Ђурђевак.txt", "windows-1251");
    assertReadsBack("Записник/Одлука о додели.txt", "windows-1251");
    assertReadsBack("Ponuđač_Čačak.txt", "windows-1250");
    assertReadsBack("Понуда_Ђурђевак.txt", "UTF-8");
    assertReadsBack("Ponuđač_Šećer.txt", "UTF-8");
  }

  @Test
  void eastAsianNamesAreNotTakenForCyrillicOrLatin() throws Exception {
    // a Chinese name in GBK read as windows-1251 scored as "Cyrillic" ("ЙујЖС№Лх°ь...")
    assertReadsBack("审计压缩包文件检索测试/集团邮件审计系统2021年自动巡检需求文档_V4.0.doc", "GBK");
    assertReadsBack("华为技术有限公司合同.pdf", "GB18030");
    assertReadsBack("審計報告與合約.doc", "Big5");
    assertReadsBack("契約書の写し.pdf", "Shift_JIS");
    assertReadsBack("계약서 사본.pdf", "EUC-KR");
    // and short Cyrillic and Latin names that also decode as ideographs stay what they are
    assertReadsBack("Уговор.pdf", "IBM855");
    assertReadsBack("УГОВОР_МУП.pdf", "IBM855");
    assertReadsBack("Izveštaj o nabavci – član 5.docx", "windows-1250");
    assertReadsBack("ЈН 12-2019 Одлука.pdf", "windows-1251");
  }

  @Test
  void asciiNamesNeedNoDecision() {
    assertNull(EntryNameEncodingDetector.detect("Ugovor-2023.docx".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  private static void assertReadsBack(String name, String charset) throws Exception {
    byte[] raw = name.getBytes(charset);
    // Tika's PackageParser repeats short names to at least 100 bytes before detecting
    byte[] repeated = new byte[raw.length < 100 ? raw.length * (100 / raw.length) : raw.length];
    for (int i = 0; i < repeated.length; i++) {
      repeated[i] = raw[i % raw.length];
    }
    Charset found = new EntryNameEncodingDetector().detect(
        new java.io.ByteArrayInputStream(repeated), new org.apache.tika.metadata.Metadata());
    assertEquals(name, new String(raw, found), "written in " + charset + ", read as " + found);
  }
}
