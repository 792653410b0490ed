package org.istraga.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firms named without a legal form whose kind the text states right after the name, as English
 * legal drafting does: "Apple, which is a California corporation", "Acme Widgets, a Delaware
 * corporation", "Northwind, a limited liability company organized under the laws of …".
 *
 * <p>The name is the run of at most five capitalised words (dotted initials, {@code &} and
 * hyphens allowed) right before the comma, on the same line, without a leading "The"; it is not
 * taken when it ends in a legal form (the firm rules read those), or holds a role word
 * ("Defendant, a New York corporation" names a party, not a firm) or sentence glue. The
 * statement must name a kind of firm: a corporation, company, partnership, bank or banking
 * association, after one to three capitalised words (the jurisdiction: California, New York) or
 * followed by "organized/incorporated/formed/existing" (under the laws of…). {@link
 * OrgPropagation} then takes the name's other capitalised occurrences in the text, as for a
 * name written with a legal form.
 *
 * <p>Immutable and thread-safe; the statement is looked for only after a comma that follows a
 * capitalised word, so the cost is one pattern attempt per such comma.
 */
final class AppositiveFirmNames implements Recognizer {

  private static final String KIND =
      "(?:(?:non-?profit|not-for-profit|public\\s{1,3}benefit|limited\\s{1,3}liability|limited"
          + "|general|stock|business|professional)\\s{1,3})?"
          + "(?:corporation|company|partnership|banking\\s{1,3}association|bank)(?![\\p{L}])";

  /** After the name: ", (which is) a California corporation" / ", a company organized …". */
  private static final Pattern STATED_KIND = Pattern.compile(
      "\\G,[ \\t]{0,3}(?:(?:which|that)[ \\t]{1,3}is[ \\t]{1,3})?an?\\s{1,3}"
          + "(?:(?:\\p{Lu}[\\p{L}.'-]*\\s{1,3}){1,3}" + KIND
          + "|" + KIND + "\\s{1,3}(?:duly\\s{1,3})?(?:organized|organised|incorporated|formed"
          + "|existing))");

  private static final int MAX_WORDS = 5;

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    if (!t.contains(" corporation") && !t.contains(" company") && !t.contains(" partnership")
        && !t.contains(" bank")) {
      return;
    }
    TextContext.Tokens tok = ctx.tokens();
    Matcher m = STATED_KIND.matcher(t);
    for (int k = 0; k < tok.count; k++) {
      int e = tok.end[k];
      if (e >= t.length() || t.charAt(e) != ',' || !Character.isUpperCase(t.charAt(tok.start[k]))) {
        continue;
      }
      m.region(e, Math.min(t.length(), e + 120));
      if (!m.lookingAt()) {
        continue;
      }
      int first = nameStart(t, tok, k);
      if (first < 0) {
        continue;
      }
      int s = tok.start[first];
      Mention found = OrgNames.mention(t, s, e, t.substring(s, e), null, false);
      if (found != null) {
        out.add(found);
      }
    }
  }

  /**
   * True if the text right after {@code end} states that what precedes is a firm (", which is a
   * California corporation"). Used by {@link OrgPropagation} to take a formless name's other
   * occurrences.
   */
  static boolean statedFirmAfter(String t, int end) {
    if (end >= t.length() || t.charAt(end) != ',') {
      return false;
    }
    Matcher m = STATED_KIND.matcher(t);
    m.region(end, Math.min(t.length(), end + 120));
    return m.lookingAt();
  }

  /** The first token of the name ending at token {@code last}, or -1 when there is none. */
  private static int nameStart(String t, TextContext.Tokens tok, int last) {
    int first = last;
    while (first > 0 && last - first + 1 < MAX_WORDS) {
      int gapStart = tok.end[first - 1];
      int gapEnd = tok.start[first];
      String gap = t.substring(gapStart, gapEnd);
      if (!gap.equals(" ") && !gap.equals(" & ") && !gap.equals("-") && !gap.equals(". ")
          && !gap.equals(".")) {
        break;
      }
      if (!Character.isUpperCase(t.charAt(tok.start[first - 1]))) {
        break;
      }
      first--;
    }
    if (ScriptFolding.fold(t.substring(tok.start[first], tok.end[first])).equals("the")) {
      first++;
    }
    if (first > last) {
      return -1;
    }
    String lastWord = t.substring(tok.start[last], tok.end[last]);
    if (OrgNames.canonicalForm(lastWord) != null
        || OrgNames.canonicalForm(lastWord + ".") != null) {
      return -1;
    }
    for (int i = first; i <= last; i++) {
      String w = t.substring(tok.start[i], tok.end[i]);
      if (OrgNames.notName(w, ScriptFolding.fold(w))) {
        return -1;
      }
    }
    return tok.end[last] - tok.start[first] >= 2 ? first : -1;
  }
}
