package org.istraga.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seller of a Serbian fiscal receipt. The receipt's layout is fixed by the fiscalization
 * rules: a heading line ("ФИСКАЛНИ РАЧУН", also "ОВО НИЈЕ ФИСКАЛНИ РАЧУН" on a pro-forma),
 * then the seller's PIB alone on its line, then the seller's name, then the point of sale as
 * "number-name". The name line is an organization even without a legal form ("WOLT",
 * "MERCATOR-S"); so is a point of sale that repeats that name ("1207084-WOLT"). A name line
 * with a legal form ("DOO MACCHIATO KUĆA NOVI SAD") is left to the firm recognizer, which
 * leaves out the seat, and so are lines where an organization was already found.
 *
 * <pre>{@code
 * ============ ФИСКАЛНИ РАЧУН ============
 * 110976122
 * WOLT
 * 1207084-WOLT
 * }</pre>
 *
 * <p>Static and thread-safe; it looks only at the first lines after the first heading.
 */
final class FiscalReceiptNames {

  private FiscalReceiptNames() {}

  /** Heading, PIB line, name line, and the point-of-sale line after them. */
  private static final Pattern LAYOUT = Pattern.compile(
      "(?iu)^[=\\- ]*(?:ово није |ovo nije )?(?:фискални рачун|fiskalni ra[čc]un)[=\\- ]*\\r?\\n"
          + "[ \\t]*(\\d{9})[ \\t]*\\r?\\n"
          + "[ \\t]*([^\\n]{2,80}?)[ \\t]*\\r?\\n"
          + "(?:[ \\t]*\\d{4,8}-([^\\n]{2,80}?)[ \\t]*(?:\\r?\\n|$))?",
      Pattern.MULTILINE);

  /**
   * {@code orgs} with the seller's name (and a point of sale that repeats it) added, if the text
   * holds a fiscal receipt whose PIB passes its check digit and no organization was found on
   * those lines.
   */
  static List<Mention> withSeller(String text, List<Mention> orgs) {
    int heading = indexOfHeading(text);
    if (heading < 0) {
      return orgs;
    }
    Matcher m = LAYOUT.matcher(text);
    m.region(lineStart(text, heading), text.length());
    if (!m.lookingAt() || !IdentifierChecks.pib(m.group(1)) || !isName(m.group(2))
        || hasLegalForm(m.group(2))) {
      return orgs; // a name with its legal form is the firm recognizer's (seat left out)
    }
    List<Mention> out = new ArrayList<>(orgs);
    String name = m.group(2);
    if (!overlaps(orgs, m.start(2), m.end(2))) {
      out.add(org(text, m.start(2), m.end(2)));
    }
    if (m.group(3) != null && !overlaps(orgs, m.start(3), m.end(3))) {
      String store = m.group(3).replaceFirst("\\s+\\d+$", "");
      if (ScriptFolding.fold(store).equals(ScriptFolding.fold(name))) {
        out.add(org(text, m.start(3), m.start(3) + store.length()));
      }
    }
    return out;
  }

  private static int indexOfHeading(String text) {
    int n = Math.min(text.length(), 4000);
    String head = text.substring(0, n).toLowerCase(Locale.ROOT);
    int i = head.indexOf("фискални рачун");
    int j = head.indexOf("fiskalni račun");
    int k = head.indexOf("fiskalni racun");
    int best = -1;
    for (int x : new int[] {i, j, k}) {
      if (x >= 0 && (best < 0 || x < best)) {
        best = x;
      }
    }
    return best;
  }

  private static int lineStart(String t, int pos) {
    int i = pos;
    while (i > 0 && t.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /** A name line: has a letter, is not a labelled field ("Касир: …") nor a rule of = or -. */
  private static boolean isName(String s) {
    if (s.indexOf(':') >= 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True if a word of the line is a legal form ("DOO MACCHIATO KUĆA NOVI SAD"). */
  private static boolean hasLegalForm(String line) {
    for (String w : line.trim().split("\\s+")) {
      if (w.length() >= 2 && OrgNames.canonicalForm(w) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(List<Mention> orgs, int s, int e) {
    for (Mention o : orgs) {
      if (o.start() < e && s < o.end()) {
        return true;
      }
    }
    return false;
  }

  private static Mention org(String t, int s, int e) {
    String raw = t.substring(s, e);
    return new Mention(EntityType.ORG, ScriptFolding.fold(raw), raw, s, e, raw, Optional.empty(),
        Optional.empty());
  }
}
