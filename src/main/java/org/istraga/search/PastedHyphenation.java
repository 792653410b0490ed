package org.istraga.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase pasted from extracted text keeps the hyphenation of its line ends: {@code "ovog ugo-
 * vora je"} (the line break made a space, or kept). The index holds the broken word whole at the
 * position of its first piece ({@code LineEndHyphenFilter}), so the phrase of the pieces ({@code
 * ugo}, {@code vora}) does not match there; the phrase with the word joined ({@code "ovog ugovora
 * je"}) does. {@link #joined} gives that second form, and the parser searches both, since a
 * hyphen before a blank may also be a real one ({@code "dvo- i trogodišnji"}). Pure function.
 */
final class PastedHyphenation {

  /** A letter, a hyphen (or a soft hyphen or not sign), blanks with or without a line break, a letter. */
  private static final Pattern BROKEN = Pattern.compile("(\\p{L}\\p{M}*)[-\\u2010\\u2011\\u00AC\\u00AD]\\s+(?=\\p{L})");

  private PastedHyphenation() {}

  /** The phrase with every word broken as {@code ugo- vora} joined, or null when it has none. */
  static String joined(String phrase) {
    Matcher m = BROKEN.matcher(phrase);
    if (!m.find()) {
      return null;
    }
    return m.replaceAll("$1");
  }
}
