package org.istraga.ingest.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scripts counted on letters of words, not of encoded data. */
class ScriptDetectorTest {

  private static String base64(int bytes) {
    byte[] b = new byte[bytes];
    new Random(bytes).nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  @Test
  void base64AndEscapedStringsAreNotLatinWords() {
    String cyrillic = "Уговор о јавној набавци број 404-12/2023, Градска управа града Ниша. ";
    assertEquals("cyrillic", ScriptDetector.detect(cyrillic + base64(9_000)));
    assertEquals("cyrillic", ScriptDetector.detect(cyrillic.repeat(3) + "data:image/png;base64," + base64(3_000)));
    // MIME-style base64 broken into 76-character lines is encoded data too
    assertEquals("cyrillic", ScriptDetector.detect(cyrillic + Base64.getMimeEncoder().encodeToString(new byte[6_000])));
    assertEquals("cyrillic", ScriptDetector.detect(cyrillic
        + "\"address\":\"\\u0412\\u0418\\u0417\\u0410\\u041D\\u0422\\u0418\\u0408\\u0421\\u041A\\u0418 \\u0411\\u0423\\u041B\\u0415\\u0412\\u0410\\u0420\""));
    assertEquals(null, ScriptDetector.detect(base64(3_000)));
  }

  @Test
  void wordsCsvRowsAndLinksStillCount() {
    String csv = "Contract,Supplier,Amount,Currency,Date\n"
        + "Nabavka-kamera-za-policiju-Beograd,Huawei-Technologies-doo-Beograd,4500000,EUR,2019-03-04\n";
    assertEquals("latin", ScriptDetector.detect(csv.repeat(20)));
    assertEquals("latin", ScriptDetector.detect("https://portal.ujn.gov.rs/Dokumentacija/Pregled/123456?tip=odluka-o-dodeli-ugovora"));
    assertEquals("mixed", ScriptDetector.detect("Ugovor o javnoj nabavci Уговор о јавној набавци"));
    assertEquals("other", ScriptDetector.detect("供应商承诺在合同签署后三个月内交付摄像机并培训该部的工作人员使用软件"));
  }

  @Test
  void withoutEncodedRunsKeepsTheWords() {
    String s = "Ниш " + base64(300) + " Beograd";
    assertEquals("Ниш   Beograd", ScriptDetector.withoutEncodedRuns(s));
    assertEquals("short words stay", ScriptDetector.withoutEncodedRuns("short words stay"));
  }
}
