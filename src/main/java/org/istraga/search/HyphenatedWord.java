package org.istraga.search;

import java.util.regex.Pattern;

/**
 * A word typed with a hyphen between letters ({@code e-mail}, {@code close-out}, {@code
 * co-operation}, {@code video-nadzor}) that documents also write joined ({@code email}, {@code
 * closeout}, {@code cooperation}, {@code videonadzor}). The index splits the hyphenated spelling
 * into its words, so the query is their phrase and never met the joined word; {@link #joined}
 * gives that word, and the parser searches it beside the phrase. A hyphen next to a digit is kept
 * ({@code 404-02-117}, {@code PDV-20}). Pure function.
 */
final class HyphenatedWord {

  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{M}])[-\\u2010\\u2011](?=\\p{L})");

  private HyphenatedWord() {}

  /** {@code text} with the hyphens between letters removed, or null when it has none. */
  static String joined(String text) {
    String out = INNER_HYPHEN.matcher(text).replaceAll("");
    return out.length() == text.length() ? null : out;
  }
}
