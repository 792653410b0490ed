package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link TypedQueryText}: pasted quotes and spaces become the plain ones the syntax knows. */
class TypedQueryTextTest {

  @Test
  void typographicQuotesInPairsArePlainQuotes() {
    assertEquals("\"Sigurni grad\" AND kamera", TypedQueryText.plainQuotes("„Sigurni grad“ AND kamera"));
    assertEquals("\"Safe City\"", TypedQueryText.plainQuotes("“Safe City”"));
    assertEquals("\"Huawei\" \"MUP\"", TypedQueryText.plainQuotes("«Huawei» ＂MUP＂"));
  }

  @Test
  void anOddQuoteOrAnEscapedOneIsLeftAlone() {
    assertEquals("ekran 27“ monitor", TypedQueryText.plainQuotes("ekran 27“ monitor"));
    assertEquals("\\„a\" \"b\"", TypedQueryText.plainQuotes("\\„a“ „b”"), "an escaped quote stays");
    assertEquals("ugovor", TypedQueryText.plainQuotes("ugovor"));
  }

  @Test
  void everySpaceCharacterIsAPlainSpaceOfTheSameLength() {
    String pasted = "ugovor\u00A0AND\u2009kamera\u3000type:pdf\u0085x";
    String plain = TypedQueryText.plainSpaces(pasted);
    assertEquals("ugovor AND kamera type:pdf x", plain);
    assertEquals(pasted.length(), plain.length());
    assertEquals("a  b", TypedQueryText.plainSpaces("a \uFEFFb"), "a byte-order mark before a word");
    assertEquals("a\uFEFFb", TypedQueryText.plainSpaces("a\uFEFFb"), "inside a word it is not a space");
    assertEquals("a\tb\nc", TypedQueryText.plainSpaces("a\tb\nc"), "control white space is already split on");
  }

  @Test
  void slashesInsideWordsAreEscapedAndRegexesKept() {
    assertEquals("404-02-117\\/2019-06", TypedQueryText.literalInnerSlashes("404-02-117/2019-06"));
    assertEquals("path:*\\/2019\\/*", TypedQueryText.literalInnerSlashes("path:*/2019/*"));
    assertEquals("/ugov[oa]r/ AND title:/a.b/", TypedQueryText.literalInnerSlashes("/ugov[oa]r/ AND title:/a.b/"));
    assertEquals("\"x/y\" a\\\\/b", TypedQueryText.literalInnerSlashes("\"x/y\" a\\\\/b"));
  }
}
