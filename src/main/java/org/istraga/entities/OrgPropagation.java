package org.istraga.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the shorter mentions of organizations a text has already named in full.
 *
 * <ul>
 *   <li>Bare firm names: once "Telekom Nova d.o.o." is found, every other capitalised
 *       occurrence of "Telekom Nova" (any script or case ending-free spelling) in the same text
 *       is the same firm. Names of one word need at least five letters.
 *   <li>Acronyms defined in brackets: "Ministry of Interior of the Republic of Serbia (MUP)" or
 *       "Републички фонд ... (РФЗО)" makes every other capitalised MUP / РФЗО in the text that
 *       organization, if the letters can abbreviate the name ({@link #abbreviates}): "(UK)"
 *       after a firm is its country, not its acronym.
 * </ul>
 *
 * Added mentions carry the full mention's value and display. Cost: one pass over the tokens.
 */
final class OrgPropagation {

  private OrgPropagation() {}

  private static final Pattern ACRONYM_AFTER =
      Pattern.compile("\\G\\s{0,2}\\(\\s?(\\p{Lu}[\\p{Lu}\\p{N}]{1,6})\\s?\\)");

  static List<Mention> propagate(TextContext ctx, List<Mention> orgs) {
    if (orgs.isEmpty()) {
      return orgs;
    }
    String t = ctx.text;
    TextContext.Tokens tok = ctx.tokens();
    PhraseIndex<Mention> names = new PhraseIndex<>();
    Map<String, Mention> acronyms = new HashMap<>();
    Matcher acr = ACRONYM_AFTER.matcher(t);
    for (Mention m : orgs) {
      String form = formOf(m.display());
      if (form != null) {
        String name = m.display().substring(0, m.display().length() - form.length()).trim();
        List<String> keys = PhraseIndex.tokenize(name, false);
        if (keys.size() >= 2 || (keys.size() == 1 && keys.get(0).length() >= 5)) {
          names.add(keys, m);
        }
        // the name as written when the display put it in the nominative ("Komercijalnoj banci")
        List<String> formKeys = PhraseIndex.tokenize(form, false);
        List<String> written = PhraseIndex.tokenize(m.raw(), false);
        int n = written.size() - formKeys.size();
        if (n >= 2 && written.subList(n, written.size()).equals(formKeys)
            && !written.subList(0, n).equals(keys)) {
          names.add(written.subList(0, n), m);
        }
      }
      if (m.end() < t.length()) {
        acr.region(m.end(), Math.min(t.length(), m.end() + 14));
        if (acr.lookingAt() && abbreviates(ScriptFolding.fold(acr.group(1)),
            ScriptFolding.fold(m.display()))) {
          acronyms.putIfAbsent(ScriptFolding.fold(acr.group(1)), m);
        }
      }
    }
    if (names.size() == 0 && acronyms.isEmpty()) {
      return orgs;
    }
    boolean[] taken = new boolean[tok.count];
    for (Mention m : orgs) {
      for (int k = tok.firstAtOrAfter(m.start()); k < tok.count && tok.start[k] < m.end(); k++) {
        taken[k] = true;
      }
    }
    List<Mention> out = new ArrayList<>(orgs);
    for (PhraseIndex.Hit<Mention> h :
        names.match(tok, TextContext.Tokens::folded,
            (a, b, v) -> !taken[a] && !taken[b] && Character.isUpperCase(t.charAt(tok.start[a])))) {
      out.add(copy(h.value(), t, tok.start[h.firstToken()], tok.end[h.lastToken()]));
    }
    if (!acronyms.isEmpty()) {
      for (int k = 0; k < tok.count; k++) {
        if (taken[k]) {
          continue;
        }
        int s = tok.start[k];
        int e = tok.end[k];
        if (e - s < 2 || e - s > 7 || !allUpper(t, s, e)) {
          continue;
        }
        Mention full = acronyms.get(tok.folded(k));
        if (full != null) {
          out.add(copy(full, t, s, e));
        }
      }
    }
    return out;
  }

  private static final String[] FORMS = {
    " d.o.o.", " a.d.", " a.d.o.", " JSC", " PJSC", " OJSC", " CJSC", " o.d.", " k.d.", " d.d.", " Ltd", " LLC", " LLP", " GmbH", " Co.",
    " Co., Ltd", " S.A.", " Inc.", " plc", " AG", " SE", " Corp.", " N.V.", " B.V.", " S.r.l.",
    " S.p.A.", " s.r.o."
  };

  private static String formOf(String display) {
    String best = null;
    for (String f : FORMS) {
      if (display.endsWith(f) && (best == null || f.length() > best.length())) {
        best = f;
      }
    }
    return best;
  }

  /**
   * True if {@code acronym} can abbreviate {@code name} (both folded): it starts with the name's
   * first letter (MUP = Ministarstvo unutrašnjih poslova, also for "Ministry of Interior ...
   * (MUP)"), or its first letter starts a later word of the name and its letters follow in the
   * name in order (PS = JP Putevi Srbije). A bracketed country or note after a firm ("Medtech
   * Solutions Ltd (UK)") is not its acronym.
   */
  static boolean abbreviates(String acronym, String name) {
    if (name.charAt(0) == acronym.charAt(0)) {
      return true; // also across languages: "Ministry of Interior ... (MUP)"
    }
    for (int w = 0; w < name.length(); w++) {
      boolean wordStart = w == 0 || !Character.isLetterOrDigit(name.charAt(w - 1));
      if (!wordStart || name.charAt(w) != acronym.charAt(0)) {
        continue;
      }
      int a = 1;
      for (int i = w + 1; i < name.length() && a < acronym.length(); i++) {
        if (name.charAt(i) == acronym.charAt(a)) {
          a++;
        }
      }
      if (a == acronym.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean allUpper(String t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isUpperCase(t.charAt(i)) && !Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return Character.isUpperCase(t.charAt(s));
  }

  private static Mention copy(Mention full, String t, int s, int e) {
    return new Mention(EntityType.ORG, full.value(), t.substring(s, e), s, e, full.display(),
        Optional.empty(), Optional.empty());
  }
}
