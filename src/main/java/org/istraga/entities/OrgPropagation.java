package org.istraga.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the shorter mentions of organizations a text has already named in full.
 *
 * <ul>
 *   <li>Bare firm names: once "Telekom Nova d.o.o." is found, every other capitalised
 *       occurrence of "Telekom Nova" (any script or case ending-free spelling) in the same text
 *       is the same firm; so is every other occurrence of a name the text states to be a firm
 *       ("Apple, which is a California corporation": {@link AppositiveFirmNames}). Names of
 *       one word need at least five letters.
 *   <li>Acronyms defined in brackets: "Ministry of Interior of the Republic of Serbia (MUP)" or
 *       "Републички фонд ... (РФЗО)" makes every other capitalised MUP / РФЗО in the text that
 *       organization, if the letters can abbreviate the name ({@link #abbreviates}): "(UK)"
 *       after a firm is its country, not its acronym.
 *   <li>Short names defined after a name: "Republička komisija za zaštitu prava u postupcima
 *       javnih nabavki (u daljem tekstu: Republička komisija)", "(у даљем тексту: РФЗО)",
 *       "(hereinafter "Western Alliance")": the short name there and at every other
 *       capitalised occurrence is that organization; an acronym must be able to abbreviate the
 *       name, and a one-word name ("Agencija", "Naručilac") is a back-reference or a role, not
 *       taken.
 *   <li>Quoted names: once an organization is found with a quoted name ({@code фирма
 *       „Енергософт“}, {@code „Нитес“ д.о.о.}), every other occurrence of that name in quotes
 *       is the same organization, also in a list that shares one legal form ({@code „Енергософт“
 *       и „Нитес“ д.о.о.}) or after a verb ({@code захтев је поднео „Енергософт“}).
 *   <li>Short forms of Serbian body names: once "Republička komisija za zaštitu prava u
 *       postupcima javnih nabavki" is found, every other capitalised "Republička komisija" (any
 *       case: "Republičke komisije") in the text is that body, also at the start of a sentence,
 *       where a capital letter alone proves nothing. The short form is the name's first two
 *       words, a name adjective and a body head ({@link SerbianBodyHeads}); when two different
 *       bodies of the text share it ("Osnovni sud u Kotoru", "Osnovni sud u Podgorici"), it is
 *       used for neither; a name that is the start of a longer one ("Republička komisija za
 *       zaštitu prava") is the same body.
 *   <li>Acronyms never defined but made of the exact initials of a name of three or more
 *       words found in the same text ({@link #initialsOf}): "Arizona State University" makes
 *       every other capitalised ASU that university.
 * </ul>
 *
 * Added mentions carry the full mention's value and display. Cost: one pass over the tokens.
 */
final class OrgPropagation {

  private OrgPropagation() {}

  /** A quoted name on one line: „Energosoft“, "Energosoft", «Energosoft», “Energosoft”. */
  private static final Pattern QUOTED =
      Pattern.compile("[„\"«“]([^„\"«»“”\n]{1,60})[“”\"»]");

  private static final Pattern ACRONYM_AFTER =
      Pattern.compile("\\G\\s{0,2}\\(\\s?(\\p{Lu}[\\p{Lu}\\p{N}]{1,6})\\s?\\)");

  /**
   * A short name defined right after a name: "(u daljem tekstu: Republička komisija)", "(у
   * даљем тексту: РФЗО)", "(hereinafter "the Alliance")" — group 1; or a quoted name in brackets,
   * as English drafting defines one: '("Srbotrans")', '("Srbotrans" or the "Company")' — group
   * 2.
   */
  private static final Pattern DEFINED_AFTER = Pattern.compile(
      // a seat may stand between the name and the bracket: "Telekom Srbija a.d. Beograd (…)"
      "\\G(?:,?[ ]\\p{Lu}[\\p{L}\\-]{1,20}){0,2}(?:\\s{0,2}\\(\\s?(?iu:u daljem tekstu"
          + "|у даљем тексту|dalje u tekstu|даље у тексту|hereinafter(?: referred to as| called)?)\\s{0,2}:?\\s{0,2}[„\"“«]?"
          + "(\\p{Lu}[^()\\n„\"“”«»:;,]{1,60}?)[“”\"»]?\\s?\\)"
          // English drafting: '("Srbotrans")', '("Srbotrans" or the "Company")'
          + "|\\s{0,2}\\(\\s?[\"“„]([\\p{Lu}][^()\\n\"“”„]{1,60}?)[\"”“]"
          + "(?:\\s?\\)|\\s(?:or|and)\\s))");

  /** Indexes a firm's bare name: two words or more, or one word of five letters or more. */
  private static void addName(PhraseIndex<Mention> names, List<String> keys, Mention m) {
    if (keys.size() >= 2 || (keys.size() == 1 && keys.get(0).length() >= 5)) {
      names.add(keys, m);
    }
  }

  static List<Mention> propagate(TextContext ctx, List<Mention> orgs) {
    if (orgs.isEmpty()) {
      return orgs;
    }
    String t = ctx.text;
    TextContext.Tokens tok = ctx.tokens();
    PhraseIndex<Mention> names = new PhraseIndex<>();
    Map<String, Mention> acronyms = new HashMap<>();
    Matcher acr = ACRONYM_AFTER.matcher(t);
    Matcher defined = DEFINED_AFTER.matcher(t);
    for (Mention m : orgs) {
      String form = formOf(m.display());
      if (form != null) {
        String name = m.display().substring(0, m.display().length() - form.length()).trim();
        List<String> keys = PhraseIndex.tokenize(name, false);
        addName(names, keys, m);
        // the name as written when the display put it in the nominative ("Komercijalnoj banci")
        List<String> formKeys = PhraseIndex.tokenize(form, false);
        List<String> written = PhraseIndex.tokenize(m.raw(), false);
        int n = written.size() - formKeys.size();
        if (n >= 2 && written.subList(n, written.size()).equals(formKeys)
            && !written.subList(0, n).equals(keys)) {
          names.add(written.subList(0, n), m);
        }
      } else if (AppositiveFirmNames.statedFirmAfter(t, m.end())) {
        // "Apple, which is a California corporation": the name is the firm's, as with a form
        addName(names, PhraseIndex.tokenize(m.display(), false), m);
      }
      if (m.end() < t.length()) {
        acr.region(m.end(), Math.min(t.length(), m.end() + 14));
        if (acr.lookingAt() && abbreviates(ScriptFolding.fold(acr.group(1)),
            ScriptFolding.fold(m.display()))) {
          acronyms.putIfAbsent(ScriptFolding.fold(acr.group(1)), m);
        }
        defined.region(m.end(), Math.min(t.length(), m.end() + 100));
        if (defined.lookingAt()) {
          String shortName = defined.group(1) != null ? defined.group(1) : defined.group(2);
          defineShortName(shortName.trim(), m, names, acronyms);
        }
      }
    }
    Map<String, Mention> byInitials = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Mention m : orgs) {
      for (String initials : initialsOf(m.display())) {
        Mention had = byInitials.putIfAbsent(initials, m);
        if (had != null && !had.value().equals(m.value())) {
          ambiguous.add(initials); // two names of the text share these initials: neither
        }
      }
    }
    byInitials.keySet().removeAll(ambiguous);
    byInitials.keySet().removeAll(COMMON_ACRONYMS);
    byInitials.forEach(acronyms::putIfAbsent);
    headAcronyms(orgs).forEach(acronyms::putIfAbsent);
    Map<String, Mention> quoted = new HashMap<>();
    for (Mention m : orgs) {
      Matcher q = QUOTED.matcher(m.raw());
      while (q.find()) {
        String inner = ScriptFolding.fold(q.group(1)).trim();
        if (inner.length() >= 3) {
          quoted.putIfAbsent(inner, m);
        }
      }
    }
    PhraseIndex<Mention> shortForms = shortForms(orgs);
    if (names.size() == 0 && acronyms.isEmpty() && quoted.isEmpty() && shortForms.size() == 0) {
      return orgs;
    }
    boolean[] taken = new boolean[tok.count];
    for (Mention m : orgs) {
      for (int k = tok.firstAtOrAfter(m.start()); k < tok.count && tok.start[k] < m.end(); k++) {
        taken[k] = true;
      }
    }
    List<Mention> out = new ArrayList<>(orgs.size() + 8);
    for (Mention m : orgs) {
      out.add(shortFormOf(m, shortForms, t));
    }
    if (!quoted.isEmpty()) {
      Matcher q = QUOTED.matcher(t);
      while (q.find()) {
        Mention full = quoted.get(ScriptFolding.fold(q.group(1)).trim());
        int k = tok.firstAtOrAfter(q.start(1));
        if (full != null && k < tok.count && !taken[k]) {
          out.add(copy(full, t, q.start(), q.end()));
          for (; k < tok.count && tok.start[k] < q.end(); k++) {
            taken[k] = true;
          }
        }
      }
    }
    for (PhraseIndex.Hit<Mention> h :
        names.match(tok, TextContext.Tokens::folded,
            (a, b, v) -> !taken[a] && !taken[b] && Character.isUpperCase(t.charAt(tok.start[a])))) {
      out.add(copy(h.value(), t, tok.start[h.firstToken()], tok.end[h.lastToken()]));
    }
    for (PhraseIndex.Hit<Mention> h :
        shortForms.match(tok, TextContext.Tokens::stemmed,
            (a, b, v) -> !taken[a] && !taken[b] && Character.isUpperCase(t.charAt(tok.start[a]))
                && FirmRecognizer.joinable(t, tok.end[a], tok.start[b]))) {
      out.add(copy(h.value(), t, tok.start[h.firstToken()], tok.end[h.lastToken()]));
      for (int k = h.firstToken(); k <= h.lastToken(); k++) {
        taken[k] = true;
      }
    }
    if (!acronyms.isEmpty()) {
      for (int k = 0; k < tok.count; k++) {
        if (taken[k]) {
          continue;
        }
        int s = tok.start[k];
        int e = tok.end[k];
        if (e - s < 2 || e - s > 7 || !allUpper(t, s, e) || inReferenceCode(t, s, e)) {
          continue;
        }
        Mention full = acronyms.get(tok.folded(k));
        if (full != null && PublicBodyGazetteer.letterForLetter(t, s, e)) {
          out.add(copy(full, t, s, e));
        }
      }
    }
    return out;
  }

  /** Kinds of firm written in capitals before a name (privredno društvo, radnja...). */
  private static final Set<String> KIND_ACRONYMS =
      Set.of("doo", "jkp", "szr", "str", "sur", "zzr", "dooel", "ooo", "zao", "oao", "pao");

  /**
   * The brand acronyms that head firm names written with a legal form: "IBM United Kingdom Ltd",
   * "NANA Regional Corporation" make a standalone "IBM", "NANA" of the same text an organization (the
   * group, valued as the acronym itself). The acronym must be three to five capitals followed by
   * capitalised words that are not all capitals (in a name written in capitals the first word is
   * just a word; "NAICS codes Corp." is no brand), and not a kind of firm (DOO, JKP) or a
   * common-noun acronym.
   */
  private static Map<String, Mention> headAcronyms(List<Mention> orgs) {
    Map<String, Mention> out = new HashMap<>();
    for (Mention m : orgs) {
      String raw = m.raw();
      if (formOf(m.display()) == null) {
        continue;
      }
      int sp = raw.indexOf(' ');
      if (sp < 3 || sp > 5 || !allUpper(raw, 0, sp)) {
        continue;
      }
      String rest = raw.substring(sp + 1);
      String[] words = rest.substring(0,
          rest.length() - Math.min(rest.length(), formOf(m.display()).length())).trim().split(" ");
      boolean lower = false;
      boolean proper = words.length > 0 && !words[0].isEmpty();
      for (String w : words) {
        proper &= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        lower |= !w.equals(w.toUpperCase(java.util.Locale.ROOT));
      }
      String head = raw.substring(0, sp);
      String key = ScriptFolding.fold(head);
      if (!lower || !proper || KIND_ACRONYMS.contains(key) || COMMON_ACRONYMS.contains(key)) {
        continue;
      }
      out.putIfAbsent(key, new Mention(EntityType.ORG, key, head, m.start(), m.start() + sp, head,
          Optional.empty(), Optional.empty()));
    }
    return out;
  }

  /**
   * True if the capitals at {@code s..e} are the letters of a reference code, not a name:
   * followed by a slash and a digit ({@code ERA/2005/007}), by a dash or dot and a run that holds
   * a digit ({@code ERA-SI2.399054-01/2005}), or preceded by a digit and a slash ({@code
   * 2005/ERA}). A case ending after a dash ({@code MUP-a}) has no digit and stays a name.
   */
  static boolean inReferenceCode(String t, int s, int e) {
    if (s >= 2 && t.charAt(s - 1) == '/' && Character.isDigit(t.charAt(s - 2))) {
      return true;
    }
    if (e + 1 >= t.length()) {
      return false;
    }
    char c = t.charAt(e);
    if (c == '/') {
      return Character.isDigit(t.charAt(e + 1));
    }
    if (c != '-' && c != '.') {
      return false;
    }
    for (int i = e + 1; i < t.length() && i < e + 24; i++) {
      char d = t.charAt(i);
      if (Character.isDigit(d)) {
        return true;
      }
      if (!Character.isLetter(d) && d != '.' && d != '-') {
        return false;
      }
    }
    return false;
  }

  /**
   * Records a short name the text defines for {@code m}: an acronym that can abbreviate it, a
   * name of two or more words, or the first word of a firm's name (with its legal form). Any
   * other one-word name ("Agencija", "Naručilac", "the Company") is a back-reference or a role
   * and is not taken.
   */
  private static void defineShortName(String shortName, Mention m, PhraseIndex<Mention> names,
      Map<String, Mention> acronyms) {
    List<String> keys = PhraseIndex.tokenize(shortName, false);
    if (keys.size() == 1 && PublicBodyGazetteer.isAcronym(shortName)
        && abbreviates(keys.get(0), ScriptFolding.fold(m.display()))) {
      acronyms.putIfAbsent(keys.get(0), m);
    } else if (keys.size() >= 2 && keys.size() <= 6) {
      names.add(keys, m);
    } else if (keys.size() == 1 && formOf(m.display()) != null
        && keys.equals(PhraseIndex.tokenize(m.display(), false).subList(0, 1))) {
      // a firm's first word as its short name: '"Srbotrans Logistika d.o.o." ("Srbotrans")'
      addName(names, keys, m);
    }
  }

  /**
   * The two-word short forms (name adjective + body head, stemmed) of the Serbian body names
   * among {@code orgs} that have a complement after them; a short form shared by two different
   * bodies is left out.
   */
  private static PhraseIndex<Mention> shortForms(List<Mention> orgs) {
    Map<List<String>, Mention> byShort = new HashMap<>();
    Set<List<String>> shared = new HashSet<>();
    for (Mention m : orgs) {
      List<String> words = PhraseIndex.tokenize(m.display(), false);
      if (words.size() < 3 || formOf(m.display()) != null
          || !SerbianBodyHeads.isAdjective(words.get(0)) || !SerbianBodyHeads.isHead(words.get(1))
          || !lowerCaseThirdWord(m.display())) {
        continue;
      }
      List<String> key = PhraseIndex.tokenize(m.display(), true).subList(0, 2);
      Mention had = byShort.putIfAbsent(key, m);
      if (had == null || had.value().equals(m.value())) {
        continue;
      }
      if (had.value().startsWith(m.value())) {
        continue; // "Republička komisija za zaštitu prava" cuts the same body's full name short
      } else if (m.value().startsWith(had.value())) {
        byShort.put(key, m);
      } else {
        shared.add(key);
      }
    }
    PhraseIndex<Mention> out = new PhraseIndex<>();
    byShort.forEach((k, m) -> {
      if (!shared.contains(k)) {
        out.add(k, m);
      }
    });
    return out;
  }

  /**
   * {@code m} with the value and display of the body it is the short form of, when its name is
   * just a short form found in {@code shortForms} (mid-sentence "Republičke komisije" was read
   * as a name of its own); otherwise {@code m}.
   */
  private static Mention shortFormOf(Mention m, PhraseIndex<Mention> shortForms, String t) {
    if (shortForms.size() == 0) {
      return m;
    }
    List<String> words = PhraseIndex.tokenize(m.display(), true);
    Mention full = words.size() == 2 ? shortForms.get(words) : null;
    return full == null || full.value().equals(m.value()) ? m : copy(full, t, m.start(), m.end());
  }

  /**
   * True if the third word of a display starts in lower case: the name goes on with "za", "u" or
   * a genitive ("Republička komisija za …", "Osnovni sud u Podgorici"), not with a capitalised
   * word that may not belong to it ("Ustavni sud Registrator").
   */
  private static boolean lowerCaseThirdWord(String display) {
    String[] w = display.trim().split("\\s+");
    return w.length >= 3 && !w[2].isEmpty() && Character.isLowerCase(w[2].charAt(0));
  }

  private static final String[] FORMS = {
    " d.o.o.", " a.d.", " a.d.o.", " JSC", " PJSC", " OJSC", " CJSC", " o.d.", " k.d.", " d.d.", " Ltd", " LLC", " LLP", " GmbH", " Co.",
    " Co., Ltd", " S.A.", " Inc.", " plc", " AG", " SE", " Corp.", " N.V.", " B.V.", " S.r.l.",
    " S.p.A.", " s.r.o.", " DOOEL", " AB", " Oy", " Oyj", " A/S", " ASA", " ApS", " Kft.", " Zrt.",
    " Nyrt.", " Sp. z o.o.", " S.A.S.", " S.L.", " Ltda."
  };

  static String formOf(String display) {
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

  /**
   * Acronyms of common nouns that the initials of an organization can spell by chance: MSP (mala i
   * srednja preduzeća, not Ministarstvo spoljnih poslova), PDV, BDP, SME, VAT, GDP... (folded).
   */
  private static final Set<String> COMMON_ACRONYMS =
      Set.of("msp", "pdv", "bdp", "sad", "nvo", "jls", "pib", "jmbg", "ino", "dpp",
          "sme", "vat", "gdp", "ceo", "cfo", "faq", "pdf", "ngo", "llc", "ltd", "usd", "eur",
          "rsd", "cpv", "ocds", "gps", "ppp", "jpp", "naics");

  /** Words an acronym leaves out: "Agencija za privredne registre" is APR. */
  private static final Set<String> LEFT_OUT =
      Set.of("of", "and", "the", "for", "in", "on", "at", "de", "du", "des", "la", "za",
          "i", "u", "na", "o", "od", "sa", "s", "pri", "und", "fur");

  /**
   * The acronyms a name of three or more words (legal form left out) makes from its words'
   * first letters, folded: with every word (NOAA = National Oceanic and Atmospheric
   * Administration when written "National Oceanic And ..."), and without the {@link
   * #LEFT_OUT} words (ASU = Arizona State University, APR = Agencija za privredne registre).
   * Only exact initials count, so an all-caps word elsewhere is taken for the organization only
   * when each of its letters starts one word of the name in order; a hyphenated word is one word
   * ("Export-Import Bank" does not make EIB, the European Investment Bank's acronym). Empty for
   * shorter names. Initials shared by two different names of a text are used for neither.
   */
  static List<String> initialsOf(String display) {
    String form = formOf(display);
    String name = form == null ? display : display.substring(0, display.length() - form.length());
    // words as written between spaces: "Export-Import Bank" is two words (its acronym is not EIB)
    List<String> words = new ArrayList<>();
    for (String w : name.trim().split("\\s+")) {
      String f = ScriptFolding.fold(w);
      if (!f.isEmpty() && Character.isLetter(f.charAt(0))) {
        words.add(f);
      }
    }
    List<String> out = new ArrayList<>(2);
    if (words.size() < 3 || words.size() > 7) {
      return out;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (String w : words) {
      all.append(w.charAt(0));
      if (!LEFT_OUT.contains(w)) {
        content.append(w.charAt(0));
      }
    }
    if (content.length() >= 3) {
      out.add(content.toString());
    }
    if (all.length() != content.length()) {
      out.add(all.toString());
    }
    return out;
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
