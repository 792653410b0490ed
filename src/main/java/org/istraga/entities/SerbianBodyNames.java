package org.istraga.entities;

import java.util.List;
import java.util.Optional;

/**
 * Serbian public bodies named by a head noun ({@link SerbianBodyHeads}) in either script,
 * capitalised or after a capitalised adjective, with its complement ({@link
 * SerbianNameComplement}) or a quoted name (Dom zdravlja „Dr Simo Milošević“). The value is the
 * name in the nominative, so "Агенцији за борбу против корупције" and "Agencija za borbu protiv
 * korupcije" share one, or the gazetteer's key when the name is a listed body. A bare head
 * ("Komisija", "Uprava") is a reference, not a name, except "Vlada" (the government, value
 * {@code vlada}); a name in a law's title ("Zakon o Vladi") is not a mention of the body.
 *
 * <p>Static and thread-safe; one pass over the tokens, each head looking at a few tokens around it.
 */
final class SerbianBodyNames {

  private SerbianBodyNames() {}

  /**
   * Adds a mention for each body name whose head is at a token not {@code covered} (by the
   * gazetteer's matches), in text order.
   */
  static void find(TextContext ctx, boolean[] covered, List<Mention> out) {
    TextContext.Tokens tok = ctx.tokens();
    String t = ctx.text;
    for (int i = 0; i < tok.count; i++) {
      if (covered[i]) {
        continue;
      }
      SerbianBodyHeads.Head h = SerbianBodyHeads.lookup(tok.folded(i));
      if (h == null) {
        continue;
      }
      // adjectives before the head (up to two), the first of the name capitalised
      int first = i;
      for (int j = i - 1; j >= 0 && i - j <= 2; j--) {
        if (!FirmRecognizer.joinable(t, tok.end[j], tok.start[j + 1]) || !SerbianBodyHeads.isAdjective(tok.folded(j))) {
          break;
        }
        first = j;
      }
      if (!Character.isUpperCase(t.charAt(tok.start[first]))) {
        continue;
      }
      int last = SerbianNameComplement.lastToken(ctx, i, h);
      // "Dom zdravlja „Dr Simo Milošević“", "Osnovna škola „Vuk Karadžić“": a quoted name
      int end = quotedNameEnd(t, tok.end[last]);
      if (first == i && manNamedVlada(t, tok, i, h)) {
        continue; // "Vlada Petrović": a man's name, not the government of a place
      }
      if (inLawTitle(tok, first)) {
        continue; // "Zakon o Vladi", "Zakona o agenciji za …": the title of a law
      }
      if (end < 0 && last == i && first == i && government(t, tok, i, h)) {
        out.add(new Mention(EntityType.ORG, "vlada", t.substring(tok.start[i], tok.end[i]),
            tok.start[i], tok.end[i], "Vlada", Optional.empty(), Optional.empty()));
        continue;
      }
      if (end < 0 && last == i && (first == i || !namedAdjective(t, tok, first))) {
        continue; // a bare head ("Komisija", "Uprava") is a reference, not a name
      }
      if (end < 0 && last == i && i + 1 < tok.count
          && FirmRecognizer.joinable(t, tok.end[i], tok.start[i + 1])
          && SerbianBodyHeads.isHead(tok.folded(i + 1))) {
        continue; // "Upravni odbor Agencije": a body of the organization named after it
      }
      if (end < 0) {
        end = tok.end[last];
      } else {
        last = tok.firstAtOrAfter(end) - 1;
      }
      boolean capitals = noLowerCase(t, tok.start[first], end);
      StringBuilder display = new StringBuilder();
      for (int j = first; j < i; j++) {
        String adj = SerbianBodyHeads.nominativeAdjective(ScriptFolding.toLatin(t.substring(tok.start[j],
            tok.end[j])), h.gender());
        display.append(capitals ? adj.toLowerCase(java.util.Locale.ROOT) : adj).append(' ');
      }
      display.append(first < i ? h.nominative().toLowerCase(java.util.Locale.ROOT) : h.nominative());
      String rest = OrgNames.cleanName(t.substring(tok.end[i], end));
      if (!rest.isEmpty()) {
        display.append(' ').append(capitals
            ? Capitals.complement(rest, h.genitive() && !h.nominative().equals("Dom")) : rest);
      }
      String disp = display.toString();
      // capitalise the first letter of the display
      disp = Character.toUpperCase(disp.charAt(0)) + disp.substring(1);
      List<String> stems = PhraseIndex.tokenize(disp, true);
      PublicBodyGazetteer.Body body = PublicBodyGazetteer.get().exact(stems);
      String value = body != null ? body.key() : ScriptFolding.fold(disp);
      String shown = body != null ? body.display() : disp;
      out.add(new Mention(EntityType.ORG, value, t.substring(tok.start[first], end),
          tok.start[first], end, shown, Optional.empty(), Optional.empty()));
      i = last;
    }
  }

  /**
   * True if the name starting at token {@code first} follows "Zakon(a/u/om) o" / "Закон… о": it
   * is part of a law's title ("Zakona o agenciji za borbu protiv korupcije"), not a mention of
   * the body.
   */
  static boolean inLawTitle(TextContext.Tokens tok, int first) {
    return first >= 2 && tok.folded(first - 1).equals("o")
        && tok.folded(first - 2).startsWith("zakon") && tok.folded(first - 2).length() <= 7;
  }

  /**
   * True if the bare head at {@code i} is "Vlada" in any case, capitalised, and not a man's name
   * ("Vlada Divac", "Jovanović Vlada"): in Serbian the capitalised word alone names the
   * government, one body per state, unlike "Komisija" or "Uprava", which only point back.
   */
  private static boolean government(String t, TextContext.Tokens tok, int i,
      SerbianBodyHeads.Head h) {
    if (!h.nominative().equals("Vlada") || !Character.isUpperCase(t.charAt(tok.start[i]))
        || noLowerCase(t, tok.start[i], tok.end[i])) {
      return false;
    }
    if (i + 1 < tok.count && FirmRecognizer.joinable(t, tok.end[i], tok.start[i + 1])
        && Character.isUpperCase(t.charAt(tok.start[i + 1]))) {
      return false; // "Vlada Divac"
    }
    return i == 0 || sentenceStart(t, tok.start[i])
        || !Character.isUpperCase(t.charAt(tok.start[i - 1]))
        || !FirmRecognizer.joinable(t, tok.end[i - 1], tok.start[i]);
  }

  /**
   * True if "Vlada" at {@code i} is followed by a capitalised word ending in a consonant, a
   * surname in the nominative ("Vlada Petrović"), where a government takes a place in the
   * genitive ("Vlada Srbije", "Vlada Crne Gore", "Vlada Japana").
   */
  private static boolean manNamedVlada(String t, TextContext.Tokens tok, int i,
      SerbianBodyHeads.Head h) {
    if (!h.nominative().equals("Vlada") || i + 1 >= tok.count
        || !FirmRecognizer.joinable(t, tok.end[i], tok.start[i + 1])
        || !Character.isUpperCase(t.charAt(tok.start[i + 1]))
        || noLowerCase(t, tok.start[i], tok.end[i + 1])) {
      return false;
    }
    if (noLowerCase(t, tok.start[i + 1], tok.end[i + 1])) {
      return false; // "Vlade RCG": an acronym of the state, not a surname
    }
    String next = tok.folded(i + 1);
    char last = next.charAt(next.length() - 1);
    return Character.isLetter(last) && "aeiou".indexOf(last) < 0;
  }

  /** True if no lower-case letter occurs in {@code t[from, to)}: a name written in capitals. */
  private static boolean noLowerCase(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The offset just after a quoted name (capitalised, on one line, at most 60 chars) that starts
   * right after {@code from} (one space between), or -1.
   */
  private static int quotedNameEnd(String t, int from) {
    int open = from;
    if (open < t.length() && (t.charAt(open) == ' ' || t.charAt(open) == '\u00A0')) {
      open++;
    }
    if (open + 2 >= t.length() || "„“\"«".indexOf(t.charAt(open)) < 0
        || !(Character.isUpperCase(t.charAt(open + 1)) || Character.isDigit(t.charAt(open + 1)))) {
      return -1;
    }
    for (int i = open + 2; i < Math.min(t.length(), open + 62); i++) {
      char c = t.charAt(i);
      if (c == '\n' || "„«".indexOf(c) >= 0) {
        return -1;
      }
      if ("“”\"»".indexOf(c) >= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  /** "Republička izborna komisija", "Osnovni sud": a capitalised adjective makes a name. */
  private static boolean namedAdjective(String t, TextContext.Tokens tok, int first) {
    return Character.isUpperCase(t.charAt(tok.start[first]))
        && (first == 0 || !sentenceStart(t, tok.start[first]));
  }

  /** True if only spaces separate {@code pos} from the start of a sentence or line. */
  private static boolean sentenceStart(String t, int pos) {
    int i = pos - 1;
    while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || t.charAt(i) == '.' || t.charAt(i) == '\n' || t.charAt(i) == ':';
  }
}
