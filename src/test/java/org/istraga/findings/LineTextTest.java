package org.istraga.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LineTextTest {

  @Test
  void lineBreaksControlsAndBidiOverridesAreEscapedOtherTextIsKept() {
    assertEquals("novi\\nred.txt", LineText.of("novi\nred.txt"));
    assertEquals("a\\r\\nOK: 98 files", LineText.of("a\r\nOK: 98 files"));
    assertEquals("faktura\\u202Efdp.exe", LineText.of("faktura\u202Efdp.exe"));
    assertEquals("x\\u0000y\\u2028z\\u2066", LineText.of("x\u0000y\u2028z\u2066"));
    assertEquals("tab\\tend", LineText.of("tab\tend"));
    String plain = "Уговор {tajno} 100% & \"Niš\" C:\\dir";
    assertSame(plain, LineText.of(plain));
    assertEquals("", LineText.of(null));
  }
}
