package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link CaseQueryParser#literalInnerSlashes}: identifiers with slashes are words, regexes stay regexes. */
class InnerSlashesTest {

  @Test
  void slashInsideAWordIsEscaped() {
    assertEquals("404-02-117\\/2019-06", CaseQueryParser.literalInnerSlashes("404-02-117/2019-06"));
    assertEquals("procurement:404-02-117\\/2019-06 AND kamera",
        CaseQueryParser.literalInnerSlashes("procurement:404-02-117/2019-06 AND kamera"));
    assertEquals("path:leak\\/ugovori\\/a.pdf", CaseQueryParser.literalInnerSlashes("path:leak/ugovori/a.pdf"));
    assertEquals("br. 12\\/2019.", CaseQueryParser.literalInnerSlashes("br. 12/2019."));
    assertEquals("path:a.zip\\!\\/b.docx", CaseQueryParser.literalInnerSlashes("path:a.zip!/b.docx"));
  }

  @Test
  void regularExpressionsQuotesAndEscapesAreLeftAlone() {
    for (String q : new String[] {"/ugov[oa]r/", "title:/ugov.*/ AND x", "(/a.c/ OR b)", "-/x/", "a !/x/", "!kamera", "a!b", "\"a/b\"",
        "path:\"leak/ugovori\"", "a\\/b", "/a\\/b/", ""}) {
      assertEquals(q, CaseQueryParser.literalInnerSlashes(q), q);
    }
    assertEquals("/re/ 1\\/2 \"x/y\" 3\\/4", CaseQueryParser.literalInnerSlashes("/re/ 1/2 \"x/y\" 3/4"));
  }
}
