package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text broken into letters (rotated PDF text as Tika's defaults read it) is told from prose. */
class BrokenLettersTest {

  @Test
  void rotatedWordsAsTikaReadsThemAreBrokenRuns() {
    // a word turned 90 degrees, as Tika's defaults read it: two letters a line, blank lines between
    assertEquals(1, BrokenLetters.runs("Price table\nQ\n\nua\nrt\n\ner\nly\n\nTotal 12"));
    // the start of a_text_pdf/testPDF_rotated.pdf as the ingest's workers read it
    assertEquals(2, BrokenLetters.runs("A\np\nach\ne\nT\nik\na\n-\nA\np\nach\ne\nT\nik\na\n"));
    assertEquals(1, BrokenLetters.runs("Cene\nS\nU\nM\nA"));
  }

  @Test
  void proseListsNumbersAndSpacedHeadingsAreNotBroken() {
    String prose = "Da li je u redu da se ugovor o nabavci i aneks potpišu isti dan?\n"
        + "It is a toolkit for detecting and extracting metadata, as it is in the report.\n"
        + "O b r a z l o ž e nj e\n" // letter-spaced heading, written so
        + "a\nb\nc\n" // three one-letter list items are not a run
        + "12\n13\n14\n15\n16\n" // row numbers are not letters
        + "Ivo J. Petrović, M. Marković i B. Jovanović\n";
    assertEquals(0, BrokenLetters.runs(prose));
    assertEquals(0, BrokenLetters.runs(""));
    assertEquals(0, BrokenLetters.runs(null));
  }
}
