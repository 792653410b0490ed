package org.istraga.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firms named with a legal form.
 *
 * <p>Suffix forms (d.o.o., doo, ДОО, a.d., АД, Ltd, LLC, GmbH, Co., S.A., Inc., PLC, AG, SE,
 * Corp., LLP, N.V., B.V., DOOEL, AB, Oy, A/S, Kft., Sp. z o.o....): the name is the quoted text right before the form ({@code
 * „Energetika“ d.o.o.}) or else the run of words before it, read backwards while words are
 * capitalised (up to two lower-case words may sit between capitalised ones, as in Serbian names
 * like "Telekom nova"), stopping at punctuation, a blank line, a number, a role word (ugovor,
 * ponuđač, the, between...) or seven words.
 *
 * <p>Prefix forms (JP, ЈП, JKP, ЈКП, Javno (komunalno) preduzeće): the quoted name after the form,
 * or up to five following words starting with a capitalised one.
 */
final class FirmRecognizer implements Recognizer {

  private static final Pattern SUFFIX_FORM =
      Pattern.compile(
          "(?<=[\\s,\"”“»’'])(d\\.\\s?o\\.\\s?o\\.\\s?e\\.\\s?l\\.?|DOOEL|dooel|ДООЕЛ|дооел"
              + "|д\\.\\s?о\\.\\s?о\\.\\s?е\\.\\s?л\\.?|d\\.\\s?o\\.\\s?o\\.?|D\\.\\s?O\\.\\s?O\\.?|doo|DOO|д\\.\\s?о\\.\\s?о\\.?"
              + "|Д\\.\\s?О\\.\\s?О\\.?|ДОО|доо|a\\.\\s?d\\.\\s?o\\.|A\\.\\s?D\\.\\s?O\\.|а\\.\\s?д\\.\\s?о\\."
              // a.d. also with one letter in the other script ("а.d.", typed on a mixed keyboard)
              + "|А\\.\\s?Д\\.\\s?О\\.|[aа]\\.\\s?[dд]\\.?|A\\.\\s?D\\.?|AD|А\\.\\s?Д\\.?"
              + "|АД|o\\.d\\.|k\\.d\\.|d\\.d\\.|Co\\.,?\\s?Ltd\\.?|Ltd\\.?|LTD\\.?|Limited|LLC|L\\.L\\.C\\."
              + "|LLP|GmbH|Co\\.|S\\.A\\.|SA|Inc\\.?|INC\\.?|PLC|plc|AG|SE|Corp\\.?|Corporation"
              + "|[PCO]?JSC|N\\.V\\."
              + "|B\\.V\\.|S\\.r\\.l\\.|S\\.R\\.L\\.|SRL|Srl|S\\.p\\.A\\.|S\\.P\\.A\\.|s\\.r\\.o\\."
              // Nordic, Central European and Iberian forms met in procurement: Ericsson AB,
              // Nokia Solutions and Networks Oy, Vestas A/S, Telenor ASA, Magyar Telekom Nyrt.
              + "|AB|Oyj|Oy|A/S|ASA|ApS|Kft\\.?|Zrt\\.?|Nyrt\\.?|Sp\\.\\s?z\\s?o\\.\\s?o\\.?"
              + "|S\\.A\\.S\\.|SAS|S\\.L\\.|Ltda\\.?)(?![\\p{L}\\p{N}])");

  private static final Pattern PREFIX_FORM =
      Pattern.compile(
          "(?<![\\p{L}])(JKP|ЈКП|JP|ЈП|(?iu:(?:javno|јавно)(?:[ \\u00A0]+\\p{L}{3,15}){0,2}[ \\u00A0]+"
              + "(?:preduzeće|предузеће)|(?:komunalno[ \\u00A0]+javno|комунално[ \\u00A0]+јавно)"
              + "[ \\u00A0]+(?:preduzeće|предузеће)))(?:[ \\u00A0]{1,3}|\\r?\\n)");

  /** "firma „Energosoft“", "company "Acme"": a quoted name right after a firm word. */
  private static final Pattern FIRM_WORD_QUOTED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:firm[aeiuo]m?|фирм[аеиуо]м?|kompanij[aeiu]|компаниј[аеиу]|company"
              + "|preduzeć[ea]|предузећ[еа]|privredno društvo|привредно друштво)\\s{1,3}"
              + "([„“\"«]([\\p{Lu}\\p{N}][^„“”\"«»\\n]{1,60})[“”\"»])");

  private static final String OPEN_QUOTES = "„“\"«‘'‹”";
  private static final String CLOSE_QUOTES = "”“\"»’'›";

  /** Folded tokens that can start a suffix legal form (d.o.o., a.d., Ltd, GmbH...). */
  private static final java.util.Set<String> SUFFIX_TRIGGERS =
      java.util.Set.of("d", "doo", "a", "ad", "o", "k", "co", "ltd", "limited", "llc", "l",
          "llp", "gmbh", "s", "sa", "inc", "plc", "ag", "se", "corp", "corporation", "n", "b",
          "jsc", "pjsc", "ojsc", "cjsc", "dooel", "ab", "oyj", "oy", "asa", "aps", "kft", "zrt",
          "nyrt", "sp", "sas", "ltda", "srl");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    TextContext.Tokens tok = ctx.tokens();
    Matcher suffix = SUFFIX_FORM.matcher(t);
    Matcher prefix = PREFIX_FORM.matcher(t);
    Matcher quoted = FIRM_WORD_QUOTED.matcher(t);
    int after = 0;
    for (int k = 0; k < tok.count; k++) {
      int s = tok.start[k];
      if (s < after) {
        continue;
      }
      int len = tok.end[k] - s;
      char c0 = Character.toLowerCase(t.charAt(s));
      if (len > 11 || "daoдkclgsinbjfpqzl".indexOf(c0) < 0 && !ScriptFolding.isCyrillic(t.charAt(s))) {
        continue;
      }
      String f = tok.folded(k);
      boolean dotted = tok.end[k] < t.length()
          && (t.charAt(tok.end[k]) == '.' || t.charAt(tok.end[k]) == '/'); // d.o.o., A/S
      if (SUFFIX_TRIGGERS.contains(f) && (f.length() > 1 || dotted)
          && ctx.lookingAt(suffix, s, 12)) {
        String form = OrgNames.canonicalForm(suffix.group(1));
        if (form != null && !prepositionInCapitals(t, suffix.group(1), suffix.end(1))
            && !(bareShortForm(suffix.group(1)) && notAFirmBefore(ctx, k))
            && !nameGoesOn(t, suffix.group(1), suffix.end(1))) {
          suffixName(ctx, suffix.start(1), suffix.end(1), form, out);
          after = suffix.end();
          continue;
        }
      }
      if ((f.equals("jp") || f.equals("jkp") || f.equals("javno") || f.equals("komunalno"))
          && ctx.lookingAt(prefix, s, 60)) {
        String written = ScriptFolding.fold(prefix.group(1));
        String form = written.contains("komunaln") || written.equals("jkp") ? "JKP" : "JP";
        // "Javno gradsko saobraćajno preduzeće X": the middle words belong to the name
        String extra = middleWords(prefix.group(1));
        prefixName(ctx, prefix.start(1), prefix.end(), form, extra, out);
        continue;
      }
      if ((f.startsWith("firm") || f.startsWith("kompanij") || f.equals("company")
          || f.startsWith("preduzec") || f.equals("privredno"))
          && ctx.lookingAt(quoted, s, 100)) {
        add(out, OrgNames.mention(t, quoted.start(1), quoted.end(1), quoted.group(2), null,
            false));
      }
    }
  }

  private static void suffixName(TextContext ctx, int formStart, int formEnd, String form,
      List<Mention> out) {
    String t = ctx.text;
    if (SERBIAN_FORMS.contains(form) && !quoteBefore(t, formStart)
        && prefixQuoted(t, formStart, formEnd, form, out)) {
      return; // "d.o.o. „Energosoft“ Beograd", "DOO „PUT-INŽENJERING“ Niš"
    }
    int p = formStart;
    boolean newline = false;
    while (p > 0 && (t.charAt(p - 1) == ' ' || t.charAt(p - 1) == '\u00A0'
        || t.charAt(p - 1) == '\r' || (t.charAt(p - 1) == '\n' && !newline))) {
      newline |= t.charAt(p - 1) == '\n';
      p--;
    }
    if (p > 0 && t.charAt(p - 1) == ',') {
      p--;
      while (p > 0 && t.charAt(p - 1) == ' ') {
        p--;
      }
    }
    if (p > 0 && CLOSE_QUOTES.indexOf(t.charAt(p - 1)) >= 0) {
      int close = p - 1;
      int open = -1;
      for (int i = close - 1; i >= Math.max(0, close - 100); i--) {
        char c = t.charAt(i);
        if (c == '\n' && i > 0 && t.charAt(i - 1) == '\n') {
          break;
        }
        if (OPEN_QUOTES.indexOf(c) >= 0) {
          open = i;
          break;
        }
      }
      if (open >= 0 && close - open > 1) {
        String name = t.substring(open + 1, close);
        if (hasUpperOrDigit(name)) {
          add(out, OrgNames.mention(t, open, formEnd, name, form, false));
        }
        return;
      }
    }
    TextContext.Tokens tok = ctx.tokens();
    int k = tok.firstAtOrAfter(p) - 1;
    if (k < 0 || tok.end[k] != p) {
      return;
    }
    int first = -1;
    int pendingLower = 0;
    int words = 0;
    for (int i = k; i >= 0 && words < 7; i--) {
      if (i < k && !joinable(t, tok.end[i], tok.start[i + 1])) {
        break;
      }
      String w = t.substring(tok.start[i], tok.end[i]);
      String f = tok.folded(i);
      if (allDigits(w)) {
        // "Mikro 2000 d.o.o.", "Beotel Net 2 d.o.o.": a short number may end a name, after a
        // capitalised word; inside a sentence ("U 2019 Energosoft d.o.o.") it ends the name
        if (first >= 0 || pendingLower > 0 || w.length() > 4) {
          break;
        }
        words++;
        continue;
      }
      if (OrgNames.notName(w, f)) {
        break;
      }
      if (i < k && INNER_FORMS.contains(f) && Character.isUpperCase(w.charAt(0))) {
        break; // a run of firms ("Tyonek Native Corporation Ukpeagvik Inupiat Corporation")
      }
      if (i == k && SerbianNameComplement.STOP.contains(f)
          && (tok.start[i] == 0 || Character.isWhitespace(t.charAt(tok.start[i] - 1)))) {
        // a function word standing alone right before the form is a sentence, in any case:
        // "SU SE SAGLASILI" (a name ends with a name word; "GEN-I d.o.o." is one name word)
        break;
      }
      words++;
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
        first = i;
        pendingLower = 0;
      } else {
        // a lower-case word may end a name ("Telekom nova d.o.o.") but not sit inside one
        // ("Niš koordinira Infosistem Plus d.o.o." is a sentence, not a name), except the
        // kind of business itself ("OTP banka Srbija a.d.", "Generali osiguranje Srbija a.d.o.")
        if (first >= 0 && INNER_NOUNS.contains(f)) {
          continue;
        }
        pendingLower++;
        if (pendingLower > 1 || first >= 0) {
          break;
        }
      }
    }
    if (first < 0) {
      return;
    }
    // "PREDUZEĆE ZA INŽENJERING I TRGOVINU SEVER ELEKTRO DOO": the read stopped at the kind of
    // firm, so the name starts with a connector; the kind word heads the full name
    while (first < k && LEADING_CONNECTORS.contains(tok.folded(first))) {
      if (first > 0 && FIRM_KIND_HEADS.contains(tok.folded(first - 1))
          && joinable(t, tok.end[first - 1], tok.start[first])) {
        first--;
        break;
      }
      first++;
    }
    if (form.equals("Corp.") && spelledOut(t, formStart) && indefiniteBefore(t, tok, first)) {
      return; // "an Alaska Native Corporation": a kind of firm, not one firm
    }
    if (first == k && KINDS_OF_COMPANY.contains(tok.folded(k))) {
      return; // "PUBLIC LIMITED", "Private Limited": a kind of company
    }
    List<String> written = new java.util.ArrayList<>(k - first + 1);
    for (int i = first; i <= k; i++) {
      written.add(t.substring(tok.start[i], tok.end[i]));
    }
    first += OrgNames.agreeingStart(written);
    int s = tok.start[first];
    add(out, OrgNames.mention(t, s, formEnd, t.substring(s, p), form, false));
  }

  /** Folded words that cannot start a firm's name: "za inženjering ... d.o.o.". */
  private static final java.util.Set<String> LEADING_CONNECTORS =
      java.util.Set.of("za", "i", "u", "na", "od", "sa", "and", "of", "for");

  /** Folded kinds of firm that head a registered full name: "Preduzeće za ... d.o.o.". */
  private static final java.util.Set<String> FIRM_KIND_HEADS =
      java.util.Set.of("preduzece", "drustvo", "zavod", "radnja", "agencija", "ustanova",
          "zadruga", "kompanija");

  /** Folded single words that with a legal form name a kind of company, not a company. */
  private static final java.util.Set<String> KINDS_OF_COMPANY =
      java.util.Set.of("public", "private", "joint", "holding", "general", "limited", "sole",
          "parent", "foreign", "domestic", "javno", "privatno", "akcionarsko", "drustvo");

  /** Latin phrases that start with "ad": ad hoc, ad interim, ad referendum, ad valorem... */
  private static final java.util.Set<String> LATIN_AFTER_AD =
      java.util.Set.of("hoc", "interim", "referendum", "valorem", "litem", "acta", "infinitum",
          "honorem", "personam", "rem", "libitum", "nauseam", "hominem");

  /**
   * True if the name continues after the form word, so the form is not the end of a firm's name:
   * "Internet Corporation for Assigned Names and Numbers", "Corporation of London", or the Latin
   * "AD REFERENDUM" / "ad hoc".
   */
  private static boolean nameGoesOn(String t, String written, int end) {
    int p = end;
    while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\u00A0')) {
      p++;
    }
    if (p == end) {
      return false;
    }
    int q = p;
    while (q < t.length() && Character.isLetter(t.charAt(q))) {
      q++;
    }
    String next = t.substring(p, q);
    String f = written.toLowerCase(java.util.Locale.ROOT);
    if (f.equals("ad") || f.equals("a.d.")) {
      return LATIN_AFTER_AD.contains(next.toLowerCase(java.util.Locale.ROOT));
    }
    if ((f.equals("corporation") || f.equals("company")) && (next.equals("for")
        || next.equals("of"))) {
      int r = q;
      while (r < t.length() && t.charAt(r) == ' ') {
        r++;
      }
      if (t.startsWith("the ", r)) {
        r += 4;
      }
      return r < t.length() && Character.isUpperCase(t.charAt(r));
    }
    return false;
  }

  /** Folded legal-form words that end the name before them when they appear inside a run. */
  private static final java.util.Set<String> INNER_FORMS =
      java.util.Set.of("corporation", "incorporated", "limited", "corp", "inc", "ltd", "llc",
          "llp", "gmbh", "plc");

  /** Document words: a legal-form look-alike after them names a form or an edition. */
  private static final java.util.Set<String> DOCUMENT_WORDS =
      java.util.Set.of("schedule", "form", "attach", "annex", "exhibit", "appendix",
          "attachment", "table", "line", "part", "edition", "version", "release", "obrazac",
          "prilog", "tabela");

  /** Undotted foreign forms that are also codes or syllables: Ericsson AB, Nokia Oy. */
  private static final java.util.Set<String> SHORT_FOREIGN = java.util.Set.of("AB", "Oy", "SAS");

  /** True for undotted two-letter forms that are also ordinary words or codes: SE, SA. */
  private static boolean bareShortForm(String written) {
    return written.equals("SE") || written.equals("SA") || SHORT_FOREIGN.contains(written);
  }

  /**
   * True if the words before an undotted SE/SA show it is not a legal form: a number right before
   * it ("Form 1040 SE", "Windows 98 SE"), a document word among the two words before it ("Attach
   * Schedule SE"), or a word in capitals before it and a lower-case word after it, which is
   * Serbian emphasis ("OBAVEZUJE SE optuženi").
   */
  private static boolean notAFirmBefore(TextContext ctx, int formToken) {
    TextContext.Tokens tok = ctx.tokens();
    String t = ctx.text;
    if (formToken == 0) {
      return true;
    }
    String prev = t.substring(tok.start[formToken - 1], tok.end[formToken - 1]);
    if (allDigits(prev)) {
      return true;
    }
    if (SHORT_FOREIGN.contains(t.substring(tok.start[formToken], tok.end[formToken]))
        && (prev.length() < 3 || !Character.isUpperCase(prev.charAt(0))
            || ScriptFolding.isCyrillic(prev.charAt(0)))) {
      return true; // "A B AB" (table columns), "Миром ay Oy" (OCR noise): a foreign form
                   // follows a capitalised Latin name word
    }
    for (int j = formToken - 1; j >= Math.max(0, formToken - 2); j--) {
      if (DOCUMENT_WORDS.contains(tok.folded(j))) {
        return true;
      }
    }
    boolean capitals = prev.length() > 3 && prev.equals(prev.toUpperCase(java.util.Locale.ROOT));
    int next = formToken + 1;
    return capitals && next < tok.count && tok.start[next] - tok.end[formToken] <= 2
        && Character.isLowerCase(t.charAt(tok.start[next]));
  }

  /** True if the legal form starting at {@code formStart} is written as a word (Corporation). */
  private static boolean spelledOut(String t, int formStart) {
    return t.startsWith("Corporation", formStart) || t.startsWith("CORPORATION", formStart);
  }

  /** True if an English indefinite or distributive word stands right before the name. */
  private static boolean indefiniteBefore(String t, TextContext.Tokens tok, int first) {
    if (first == 0 || !joinable(t, tok.end[first - 1], tok.start[first])) {
      return false;
    }
    String w = t.substring(tok.start[first - 1], tok.end[first - 1]);
    return switch (w) {
      case "a", "an", "An", "any", "Any", "each", "Each", "every", "Every", "another" -> true;
      default -> false;
    };
  }

  /** Lower-case words that may stand between capitalised words of a firm's name. */
  private static final java.util.Set<String> INNER_NOUNS =
      java.util.Set.of("banka", "bank", "osiguranje", "reosiguranje", "stedionica");

  /**
   * True if an undotted "SA" / "SE" is the Serbian word in a line of capitals ("UKUPNO SA PDV-om",
   * "SPECIFIKACIJA SA STRUKTUROM CENE", "SU SE SAGLASILI"): a capitalised word or a number
   * follows it. The legal forms S.A. and SE end a name ("Alstom SA i ...", "Allianz SE,").
   */
  private static boolean prepositionInCapitals(String t, String written, int end) {
    if (!written.equals("SA") && !written.equals("SE")) {
      return false;
    }
    int i = end;
    if (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u00A0')) {
      i++;
    }
    return i < t.length() && i > end
        && (Character.isUpperCase(t.charAt(i)) || Character.isDigit(t.charAt(i)));
  }

  /** Legal forms that Serbian usage may also write before the name ("d.o.o. „Energosoft“"). */
  private static final java.util.Set<String> SERBIAN_FORMS =
      java.util.Set.of("d.o.o.", "a.d.", "a.d.o.", "o.d.", "k.d.", "d.d.");

  /** True if a closing quote stands right before the form (spaces and a comma skipped). */
  private static boolean quoteBefore(String t, int formStart) {
    int p = formStart;
    while (p > 0 && (t.charAt(p - 1) == ' ' || t.charAt(p - 1) == '\u00A0'
        || t.charAt(p - 1) == ',')) {
      p--;
    }
    return p > 0 && CLOSE_QUOTES.indexOf(t.charAt(p - 1)) >= 0;
  }

  /**
   * A legal form written before a quoted name ("d.o.o. „Energosoft“", "ДОО „Мост“"): adds the
   * firm and returns true, or returns false when no quoted name follows the form.
   */
  private static boolean prefixQuoted(String t, int formStart, int formEnd, String form,
      List<Mention> out) {
    int open = formEnd;
    while (open < t.length() && (t.charAt(open) == ' ' || t.charAt(open) == '\u00A0')) {
      open++;
    }
    if (open >= t.length() || OPEN_QUOTES.indexOf(t.charAt(open)) < 0 || open - formEnd > 2) {
      return false;
    }
    for (int i = open + 1; i < Math.min(t.length(), open + 100); i++) {
      char c = t.charAt(i);
      if (c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
        return false;
      }
      if (CLOSE_QUOTES.indexOf(c) >= 0) {
        String name = t.substring(open + 1, i);
        if (i == open + 1 || !(Character.isUpperCase(name.charAt(0))
            || Character.isDigit(name.charAt(0)))) {
          return false;
        }
        add(out, OrgNames.mention(t, formStart, i + 1, name, form, false));
        return true;
      }
    }
    return false;
  }

  /** Words of a spelled-out public-enterprise form other than javno/komunalno/preduzeće. */
  private static String middleWords(String written) {
    StringBuilder b = new StringBuilder();
    for (String w : written.trim().split("[ \\u00A0]+")) {
      String f = ScriptFolding.fold(w);
      if (!f.equals("javno") && !f.equals("komunalno") && !f.equals("preduzece")
          && !f.equals("jp") && !f.equals("jkp")) {
        b.append(w).append(' ');
      }
    }
    return b.toString();
  }

  private static void prefixName(TextContext ctx, int formStart, int nameStart, String form,
      String extra, List<Mention> out) {
    String t = ctx.text;
    if (nameStart < t.length() && OPEN_QUOTES.indexOf(t.charAt(nameStart)) >= 0) {
      int close = -1;
      for (int i = nameStart + 1; i < Math.min(t.length(), nameStart + 100); i++) {
        char c = t.charAt(i);
        if (CLOSE_QUOTES.indexOf(c) >= 0 && i > nameStart + 1) {
          close = i;
          break;
        }
        if (c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          break;
        }
      }
      if (close > 0) {
        add(out, OrgNames.mention(t, formStart, close + 1,
            extra + t.substring(nameStart + 1, close), form, true));
      }
      return;
    }
    TextContext.Tokens tok = ctx.tokens();
    int k = tok.firstAtOrAfter(nameStart);
    if (k >= tok.count || tok.start[k] != nameStart
        || !Character.isUpperCase(t.charAt(nameStart))) {
      return;
    }
    int last = k;
    int lower = 0;
    int connectors = 0;
    for (int i = k + 1; i < tok.count && i - k < 6; i++) {
      if (!joinable(t, tok.end[i - 1], tok.start[i])) {
        break;
      }
      String f = tok.folded(i);
      String w = t.substring(tok.start[i], tok.end[i]);
      if (f.equals("jp") || f.equals("jkp")) {
        break; // "JKP Gradsko zelenilo i JKP Gradska kupatila": the next enterprise
      }
      if (f.equals("i") || f.equals("za") || f.equals("u")) {
        if (++connectors > 2) {
          break;
        }
        continue; // a connector belongs to the name only if a word follows it
      }
      if (OrgNames.notName(w, f) || (SerbianNameComplement.STOP.contains(f)
          && Character.isLowerCase(w.charAt(0))) || Character.isDigit(w.charAt(0))) {
        break;
      }
      if (Character.isLowerCase(w.charAt(0)) && SerbianNameComplement.predicateLike(f)) {
        break; // "JP Elektroprivreda Srbije zaključila ugovor": the verb is not the name
      }
      if (Character.isUpperCase(w.charAt(0))) {
        last = i;
      } else if (++lower <= 3) {
        last = i;
      } else {
        break;
      }
    }
    int e = tok.end[last];
    add(out, OrgNames.mention(t, formStart, e, extra + t.substring(nameStart, e), form, true));
  }

  /** Only spaces, one line break, '&', '-' or '+' may sit between two words of one name. */
  static boolean joinable(String t, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        newlines++;
        if (newlines > 1) {
          return false;
        }
      } else if (!(c == ' ' || c == '\u00A0' || c == '&' || c == '-' || c == '+' || c == '\r'
          || c == '\'' || c == '’')) {
        return false;
      }
    }
    return to - from <= 6;
  }

  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUpperOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Mention> out, Mention m) {
    if (m != null) {
      out.add(m);
    }
  }
}
