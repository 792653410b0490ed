package org.istraga.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other spellings of the numbers inside a quoted phrase ({@code "1.200.000 dinara"}), which
 * the parser searches beside the phrase as typed. A phrase is matched word by word, so its number
 * matched only the number as typed: {@code 1.200.000} missed {@code 1.200.000,00} and {@code 1 200
 * 000}, and {@code 1.200.000,00} missed the OCR reading {@code 1.200.000, 00}.
 *
 * <p>A phrase keeps the notation it was typed in (a Serbian {@code "GIS 71.371"} does not find an
 * English {@code GIS 71,371}; bare words do, see {@link RawQueryText}); what varies is what the
 * notation leaves open: zero decimals written or not ({@code 1.200.000} / {@code 1.200.000,00}),
 * the groups set apart by spaces ({@code 1 145 500,00}, which the text keeps as several words), and
 * the decimals set apart as OCR reads them ({@code 1.200.000, 00}). A number typed without
 * separators, of five digits or more ({@code 1200000}), has no notation: the index's plain
 * spelling already finds it printed as one word in any notation (schema.md, "Plain numbers"), and
 * it is also searched in groups set apart by spaces and with its decimals apart, in both
 * notations. Numbers of four digits or fewer ({@code 2019}, {@code 404}) and decimals without
 * groups ({@code 3,25}) are left alone. Pure functions.
 */
final class PhraseNumbers {

  /** A number standing as a word of the phrase: grouped (with optional decimals) or five digits or more. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,/\\-])(?:(\\d{1,3}(?:([.,])\\d{3})+)(?:(?!\\2)[.,](\\d{1,2}))?|(\\d{5,15}))"
          + "(?![\\p{L}\\p{N}/\\-]|[.,]\\p{N})");

  private PhraseNumbers() {}

  /**
   * The phrase with its numbers in each other spelling (all numbers of the phrase in the same
   * form, one phrase per form); empty when it has no such number.
   */
  static List<String> spellings(String phrase) {
    Matcher m = NUMBER.matcher(phrase);
    List<int[]> at = new ArrayList<>();
    List<List<String>> forms = new ArrayList<>();
    while (m.find()) {
      at.add(new int[] {m.start(), m.end()});
      forms.add(m.group(4) != null ? plainForms(m.group(4))
          : groupedForms(m.group(1).replaceAll("[.,]", ""), m.group(2).charAt(0), m.group(3)));
    }
    if (at.isEmpty()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (int f = 0; f < forms.get(0).size(); f++) {
      StringBuilder sb = new StringBuilder(phrase.length() + 8);
      int last = 0;
      for (int i = 0; i < at.size(); i++) {
        List<String> these = forms.get(i);
        sb.append(phrase, last, at.get(i)[0]).append(these.get(Math.min(f, these.size() - 1)));
        last = at.get(i)[1];
      }
      out.add(sb.append(phrase.substring(last)).toString());
    }
    out.remove(phrase);
    return new ArrayList<>(out);
  }

  /**
   * A number typed with groups ({@code digits} grouped by {@code group}, then {@code decimals} or
   * none) in its notation: zero decimals toggled, spaces between the groups (with and without zero
   * decimals), the decimals apart.
   */
  private static List<String> groupedForms(String digits, char group, String decimals) {
    String decimal = group == '.' ? "," : ".";
    boolean zero = decimals == null || decimals.matches("0+");
    String spaced = grouped(digits, ' ');
    List<String> out = new ArrayList<>();
    out.add(grouped(digits, group) + (decimals == null ? decimal + "00" : zero ? "" : decimal + decimals));
    out.add(zero ? spaced : spaced + decimal + decimals);
    out.add(spaced + decimal + (zero ? "00" : decimals));
    out.add(grouped(digits, group) + " " + (zero ? "00" : decimals));
    return out;
  }

  /** A number typed without separators, in both notations: spaced groups, with zero decimals, decimals apart. */
  private static List<String> plainForms(String digits) {
    String spaced = grouped(digits, ' ');
    return List.of(spaced, spaced + ",00", spaced + ".00", grouped(digits, '.') + " 00", grouped(digits, ',') + " 00");
  }

  /** {@code digits} in groups of three from the right, joined by {@code separator}. */
  private static String grouped(String digits, char separator) {
    StringBuilder groups = new StringBuilder(digits.length() + 6);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    groups.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      groups.append(separator).append(digits, i, i + 3);
    }
    return groups.toString();
  }
}
