package org.istraga.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.istraga.ingest.ocr.TextLayerQuality.Reason;
import org.junit.jupiter.api.Test;

class TextLayerQualityTest {

  static final String[] USABLE = {
    // Serbian Cyrillic and Latin, Montenegrin, English
    "Министарство унутрашњих послова закључило је уговор о јавној набавци број 404-02-117/2019-06. "
        + "Добављач испоручује 35 јединица опреме, са капацитетом за највише 3.500 камера.",
    "Ministarstvo unutrašnjih poslova zaključilo je ugovor o javnoj nabavci; Đorđe Šušnjar potpisuje. "
        + "Vrh, prst, trg i crkva su reči bez samoglasnika osim slogotvornog r.",
    "Crna Gora: sjutra će se đe god treba śeći i źenica; Podgorica, Nikšić, Pljevlja, Bijelo Polje.",
    "The supplier grants a one-time discount of fifty-seven percent on the list price; rhythm, "
        + "strengths, twelfths and crypts are English words too.",
    // a table of figures
    "Stavka\tKoličina\tCena\tIznos\n1\t35\t34.285,71\t1.200.000,00\n2\t1\t71.371,00\t71.371,00\n"
        + "3\t12\t1.000,00\t12.000,00\nUkupno\t\t\t1.283.371,00\n2019\t2020\t2021\t2022\n",
    "404-02-117/2019-06 15.03.2019. 1.234.567,89 RSD 71.371 USD 3.500 35 57% 92% 1,1 0,07",
    // code
    "public static int sum(int[] a) {\n  int s = 0;\n  for (int i = 0; i < a.length; i++) {\n"
        + "    s += a[i];\n  }\n  return s;\n}\n#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 42); }",
    "def parse(xml):\n    ctx = etree.iterparse(xml, events=('start', 'end'))\n    for ev, el in ctx:\n"
        + "        if el.tag == '{urn:x}item':\n            yield el.attrib['id']\n",
    // lists, a table of contents with leader dots, a form with blanks
    "• prva stavka\n• druga stavka\n• treća stavka\n– četvrta\n- peta\n1) šesta\n2) sedma\n",
    "Sadržaj\n1. Uvod ........................................ 3\n2. Predmet nabavke ........................ 5\n"
        + "3. Cena ..................................... 12\n",
    "Potpis: ______________________   Datum: ____________   M.P.\nIme i prezime: _____________________",
    "┌────────┬──────────┐\n│ Stavka │ Iznos    │\n├────────┼──────────┤\n│ 1      │ 1.200,00 │\n└────────┴──────────┘",
    "ABC-0001234",
    "llvm::omp::Clause::OMPC_shared, llvm.ve.vl.vsubul.vsvl, xmlParserCtxtPtr ctxt, https://www.srb.gov.rs",
    // a few private-use bullets (Wingdings) in ordinary text
    "\uF0B7 prva stavka ugovora o nabavci\n\uF0B7 druga stavka ugovora o nabavci\n\uF0B7 treća stavka",
  };

  @Test
  void ordinaryTextInEveryLanguageAndShapeIsUsable() {
    for (String t : USABLE) {
      assertNull(TextLayerQuality.unusable(t), () -> t + " " + TextLayerQuality.count(t, 0, t.length()));
    }
  }

  @Test
  void nearlyEmptyPagesHaveNoText() {
    assertEquals(Reason.NO_TEXT, TextLayerQuality.unusable("  12 \n"));
    assertEquals(Reason.NO_TEXT, TextLayerQuality.unusable("123456789"));
    assertEquals(Reason.NO_TEXT, TextLayerQuality.unusable("....................................."),
        "leader dots are one character");
    assertNull(TextLayerQuality.unusable("1234567890"));
  }

  @Test
  void privateUseReplacementControlAndCidTextIsUnmappedGlyphs() {
    StringBuilder pua = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      pua.append((char) (0xE020 + i % 50)).append(i % 7 == 6 ? " " : "");
    }
    assertEquals(Reason.UNMAPPED_GLYPHS, TextLayerQuality.unusable(pua));
    assertEquals(Reason.UNMAPPED_GLYPHS, TextLayerQuality.unusable("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD 12 \uFFFD\uFFFD\uFFFD"));
    assertEquals(Reason.UNMAPPED_GLYPHS, TextLayerQuality.unusable("\u0001\u0002\u0003\u0004 \u0005\u0006\u0007\u0008 \u000E\u000F"));
    assertEquals(Reason.UNMAPPED_GLYPHS,
        TextLayerQuality.unusable("(cid:12)(cid:34)(cid:56) (cid:7)(cid:88)(cid:3) Ugovor (cid:101)(cid:102)"));
    String supplementary = new StringBuilder().appendCodePoint(0xF0001).appendCodePoint(0xF0002).toString().repeat(8);
    assertEquals(Reason.UNMAPPED_GLYPHS, TextLayerQuality.unusable(supplementary));
  }

  @Test
  void runsOfSymbolsAreNotText() {
    String t = "!\"#$ %&'( )*+, -./: ;<=> ?@[\\ ]^_` {|}~ !#%& ()+- /;=? @\\^` {}~\" $&*, .:<> [];' 7";
    assertEquals(Reason.SYMBOLS, TextLayerQuality.unusable(t), TextLayerQuality.count(t, 0, t.length()).toString());
  }

  @Test
  void wordsWithoutVowelsAreNotText() {
    String t = "Tkdjh sgflp qwtz mncbvx, ghjkl bcdfg. Kjhgf dfghj tdfg lkjhg; Zxcvb nmlkj hgfds pqst.";
    assertEquals(Reason.NO_VOWELS, TextLayerQuality.unusable(t), TextLayerQuality.count(t, 0, t.length()).toString());
    String cyrillic = "Бвгдж зклмн птфхц, чшщбв гджзк. Лмнпт фхцчш; бвгдж зклмн птфхц.";
    assertEquals(Reason.NO_VOWELS, TextLayerQuality.unusable(cyrillic));
  }

  @Test
  void unmappedGlyphCountsDecideFromThirtyPercent() {
    assertTrue(TextLayerQuality.unmappedGlyphs(1945, 1417));
    assertTrue(TextLayerQuality.unmappedGlyphs(100, 30));
    assertFalse(TextLayerQuality.unmappedGlyphs(100, 29));
    assertFalse(TextLayerQuality.unmappedGlyphs(9, 9), "too few glyphs to judge");
    assertFalse(TextLayerQuality.unmappedGlyphs(0, 0));
  }

  @Test
  void onlyTheGivenRangeIsJudged() {
    String pages = "\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A\uE00B" + USABLE[0];
    assertEquals(Reason.UNMAPPED_GLYPHS, TextLayerQuality.unusable(pages, 0, 11));
    assertNull(TextLayerQuality.unusable(pages, 11, pages.length()));
  }

  @Test
  void aLongRunOfDotsAfterAWordIsHandledWithoutRecursion() {
    String t = "Uvod" + ".".repeat(200_000) + " 3";
    assertEquals(Reason.NO_TEXT, TextLayerQuality.unusable(t));
  }
}
