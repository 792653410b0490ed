package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link TrailingPunctuation}: what follows a URL or a phone number in a sentence is not part of it. */
class TrailingPunctuationTest {

  private static String trimmed(String t, String dropped, String closers) {
    return t.substring(0, TrailingPunctuation.trimEnd(t, 0, t.length(), dropped, closers));
  }

  @Test
  void sentenceMarksAndUnbalancedClosersAreDropped() {
    assertEquals("https://mup.gov.rs/nabavke", trimmed("https://mup.gov.rs/nabavke.", ".,;:!?'\"", ")]"));
    assertEquals("https://example.org/a", trimmed("https://example.org/a),", ".,;:!?'\"", ")]"));
    assertEquals("https://example.org/a", trimmed("https://example.org/a]).", ".,;:!?'\"", ")]"));
    assertEquals("011 555 0147", trimmed("011 555 0147 - ", " .-/(\u00A0", ")"));
  }

  @Test
  void balancedBracketsStay() {
    assertEquals("https://en.wikipedia.org/wiki/Sarajevo_(film)",
        trimmed("https://en.wikipedia.org/wiki/Sarajevo_(film).", ".,;:!?'\"", ")]"));
    assertEquals("(011) 555 0147", trimmed("(011) 555 0147)", " .-/(\u00A0", ")"));
    assertEquals("a[1]", trimmed("a[1]", ".", ")]"));
    assertEquals("a]", trimmed("a]", ".", ")"), "a closer not listed is kept");
    assertEquals("", trimmed("...", ".", ")"));
  }
}
