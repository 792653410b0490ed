package org.istraga.entities;

/**
 * A deliberately light suffix stripper for folded Serbian words, used only to match inflected
 * mentions of curated public-body names (Uprava / Uprave / Upravi za javne nabavke). It removes
 * one common case ending from words of five letters or more and never shortens a word below four
 * letters. It is not a linguistic stemmer and is not used for watchlist matching.
 */
final class SerbianStemmer {

  private SerbianStemmer() {}

  private static final String[] SUFFIXES = {
    "ijama", "ima", "ama", "om", "em", "og", "oj", "ih", "im", "a", "e", "i", "u", "o"
  };

  static String stem(String folded) {
    if (folded.length() < 5 || !Character.isLetter(folded.charAt(0))) {
      return folded;
    }
    for (String s : SUFFIXES) {
      if (folded.endsWith(s) && folded.length() - s.length() >= 4) {
        return folded.substring(0, folded.length() - s.length());
      }
    }
    return folded;
  }
}
