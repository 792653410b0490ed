package org.istraga.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word typed with its parts joined by {@code .}, {@code :} or {@code _} between letters ({@code
 * K.br.}, {@code Sl.glasnik}, {@code d.o.o.}, {@code čl.220}) while the document put a space after
 * the dot ({@code K. br.}, {@code Sl. glasnik}, {@code d. o. o.}, {@code čl. 220}). The index keeps
 * the joined token whole and adds its parts at its own position ({@code WordPartsFilter}), so the
 * joined spelling finds the joined text; the spaced text holds the parts at consecutive positions,
 * which only the phrase of the parts finds. {@link #spaced} gives that phrase, and the parser
 * searches it beside the word as typed. A separator between two digits belongs to a number and is
 * kept ({@code 1.500,00}, {@code 12:30}). Pure function.
 */
final class JoinedAbbreviation {

  /** A letter, then {@code . : _}, then a letter or digit: or a digit, the separator, a letter. */
  private static final Pattern JOINT =
      Pattern.compile("(?<=[\\p{L}\\p{M}])[.:_](?=[\\p{L}\\p{N}])|(?<=\\p{N})[.:_](?=\\p{L})");

  private JoinedAbbreviation() {}

  /** {@code text} with a space after each joining separator, or null when it has none. */
  static String spaced(String text) {
    Matcher m = JOINT.matcher(text);
    if (!m.find()) {
      return null;
    }
    return m.replaceAll("$0 ");
  }
}
