package org.istraga.ingest.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.istraga.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Language of real corpus documents, with the model reading only the first characters. */
class LanguageDetectorTest {

  private static LanguageDetector detector;

  @BeforeAll
  static void load() {
    detector = new LanguageDetector();
  }

  private static String text(String relative) throws Exception {
    Path p = Corpus.file(relative);
    if (relative.endsWith(".pdf")) {
      try (PDDocument d = Loader.loadPDF(p.toFile())) {
        return new PDFTextStripper().getText(d);
      }
    }
    return Files.readString(p);
  }

  @Test
  void serbianInBothScriptsEnglishAndTheBcsGroup() throws Exception {
    assertEquals("sr", detector.detect(text("i_serbian/crta_government_docs/Zakon_o_slobodnom_pristupu_info.pdf")));
    assertEquals("sr", detector.detect(text("i_serbian/crta_government_docs/2711-12Lat.pdf")));
    assertEquals("sr", detector.detect(text("i_serbian/crta_government_docs/Nacrt-zakona-o-racunovodstvu.pdf")));
    assertEquals("en", detector.detect(text("a_text_pdf/safety_contract_MS.pdf")));
    assertEquals("en", detector.detect(text("a_text_pdf/03.pdf")));
    String judgment = detector.detect(text("i_serbian/me_court_judgments/judgment_K_42_2019.txt"));
    assertTrue(Set.of("sr", "hr", "bs", "cnr").contains(judgment), judgment);
  }

  @Test
  void onlyTheBeginningOfALongTextIsScoredSoItsCostIsBounded() throws Exception {
    String law = text("i_serbian/crta_government_docs/Zakon_o_slobodnom_pristupu_info.pdf");
    assertTrue(law.length() > 10 * LanguageDetector.MODEL_SAMPLE);
    assertEquals(detector.detect(law.substring(0, LanguageDetector.MODEL_SAMPLE)), detector.detect(law));
  }
}
