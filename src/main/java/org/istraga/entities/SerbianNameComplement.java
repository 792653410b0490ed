package org.istraga.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the complement of a Serbian body's head ends: {@code za} and the words of its task
 * (Agencija za borbu protiv korupcije), {@code u} and a capitalised place (Osnovni sud u
 * Podgorici), genitive words (Ministarstvo finansija) or capitalised words (Opština Zvezdara). The
 * rules stop at function words, verbs and predicate adjectives, initials and file-number prefixes,
 * another body in capitals on the next line, a register's next cell, and a dash with spaces that
 * starts a heading's topic; a line break in a laid-out table does not end a name that needs its
 * noun.
 *
 * <p>Static and thread-safe; each call looks at no more than a few tokens after the head.
 */
final class SerbianNameComplement {

  /** Function words that end a name complement. */
  static final Set<String> STOP =
      Set.copyOf(List.of(
          "je", "su", "se", "da", "koji", "koja", "koje", "kojim", "kojoj", "kojeg", "kao", "sa",
          "od", "iz", "na", "po", "prema", "ili", "a", "ali", "te", "do", "dok", "ce", "bi", "bio",
          "bila", "bilo", "nije", "nisu", "i", "za", "u", "o", "kod", "radi", "pri", "uz", "the",
          "and", "of", "to", "in", "is", "was", "for", "on", "by", "with", "sto", "jer", "kada",
          "ovaj", "ova", "ovo", "tog", "tom", "toj", "te", "ove", "svoj", "svoje", "njen", "njegov",
          "dana", "godine", "broj", "br", "clan", "clana", "clanom", "stav", "stava", "tacka"));

  private SerbianNameComplement() {}

  /**
   * Index of the last token of the complement of the head at token {@code head}, or {@code head}
   * when there is none.
   */
  static int lastToken(TextContext ctx, int head, SerbianBodyHeads.Head h) {
    TextContext.Tokens tok = ctx.tokens();
    String t = ctx.text;
    int n = tok.count;
    int k = head + 1;
    if (k >= n || !joinableAfterHead(t, tok.end[head], tok.start[k])) {
      return head;
    }
    String f = tok.folded(k);
    int last = head;
    if (f.equals("za")) {
      int words = 0;
      for (int j = k + 1; j < n && words < 6; j++) {
        if (!joinableLoose(t, tok.end[j - 1], tok.start[j])
            && !(tok.folded(j - 1).equals("i") && blankBetween(t, tok.end[j - 1], tok.start[j])
                && Character.isLowerCase(t.charAt(tok.start[j])))
            && !adjectiveBeforeBlank(t, tok, j)) {
          break; // a name never ends in "i": a laid-out "… transparentnost i\n\nodgovornost"
        }
        String g = tok.folded(j);
        if (STOP.contains(g) && !g.equals("i") && !g.equals("u") && !g.equals("od")
            && !g.equals("o")) {
          break;
        }
        if (startsAnotherName(tok, j) || inflectedAcronym(t, tok, j)
            || enterpriseFollows(t, tok, head, j)) {
          break;
        }
        if ((SerbianBodyHeads.isHead(g) || SerbianBodyHeads.isAdjective(g))
            && Character.isUpperCase(t.charAt(tok.start[j]))
            && t.substring(tok.end[j - 1], tok.start[j]).indexOf('\n') >= 0) {
          break; // a list of bodies in capitals: "FOND ZA VODE\nOPŠTINA ZVEZDARA"
        }
        if (Character.isDigit(t.charAt(tok.start[j])) || predicateLike(g)
            || OrgNames.ROLE.contains(g)) {
          break;
        }
        if (tok.folded(j - 1).equals("i") && (g.endsWith("im") || g.endsWith("ima")
            || g.endsWith("om") || g.endsWith("ama"))) {
          break; // "... nabavke i drugim predstavnicima": the name ended before "i"
        }
        words++;
        if (!g.equals("i") && !g.equals("u") && !g.equals("od") && !g.equals("o")) {
          last = j;
        }
      }
      return last;
    }
    if (f.equals("u") || f.equals("у")) {
      int j = k + 1;
      if (j < n && joinableAfterHead(t, tok.end[k], tok.start[j])
          && Character.isUpperCase(t.charAt(tok.start[j]))) {
        last = j;
        if (j + 1 < n && joinableAfterHead(t, tok.end[j], tok.start[j + 1])
            && Character.isUpperCase(t.charAt(tok.start[j + 1]))
            && !SerbianBodyHeads.isHead(tok.folded(j + 1)) && !STOP.contains(tok.folded(j + 1))
            && !notAComplementWord(t, tok, j + 1) && !aloneOnItsLine(t, tok, j + 1)) {
          last = j + 1;
        }
      }
      return last;
    }
    // genitive words, then capitalised words (Republike Srbije, Crne Gore, grada Beograda)
    int lower = 0;
    for (int j = k; j < n && j - k < 5; j++) {
      if (!joinableAfterHead(t, tok.end[j - 1], tok.start[j]) && !adjectiveBeforeBlank(t, tok, j)) {
        break;
      }
      String g = tok.folded(j);
      String w = t.substring(tok.start[j], tok.end[j]);
      if (SerbianBodyHeads.isHead(g) && Character.isLowerCase(w.charAt(0)) && lower == 0
          && j + 1 < n && joinableAfterHead(t, tok.end[j], tok.start[j + 1])
          && Character.isUpperCase(t.charAt(tok.start[j + 1]))
          && !STOP.contains(tok.folded(j + 1)) && !notAComplementWord(t, tok, j + 1)) {
        // "Opštinska uprava opštine Velika Plana", "Sekretarijat grada": a lower-case head in
        // the genitive with its own name is the complement, not another body
        lower++;
        last = j;
        continue;
      }
      if (STOP.contains(g) || Character.isDigit(w.charAt(0)) || SerbianBodyHeads.isHead(g)) {
        break;
      }
      if (SerbianBodyHeads.isAdjective(g) && t.substring(tok.end[j - 1], tok.start[j]).indexOf('\n') >= 0) {
        break; // letterhead: "OPŠTINA VRAČAR\nOPŠTINSKA UPRAVA" are two bodies
      }
      if (Character.isUpperCase(w.charAt(0))) {
        if (notAComplementWord(t, tok, j) || (last > head && aloneOnItsLine(t, tok, j))
            || startsAnotherName(tok, j) || inflectedAcronym(t, tok, j)
            || enterpriseFollows(t, tok, head, j)) {
          break;
        }
        last = j;
        continue;
      }
      if (lower >= 3 || !h.genitive() || !genitiveLike(g) || predicateLike(g)) {
        break;
      }
      lower++;
      last = j;
    }
    return last;
  }

  /**
   * True if token {@code j} is an acronym in capitals with a case ending ("MUP-a", "РФЗО-у"):
   * another body, in the genitive or dative, after this one ("Sektor za materijalno-finansijske
   * poslove MUP-a" is a sector of the ministry, named without it).
   */
  private static boolean inflectedAcronym(String t, TextContext.Tokens tok, int j) {
    int s = tok.start[j];
    int e = tok.end[j];
    if (e - s < 2 || e + 1 >= t.length() || t.charAt(e) != '-'
        || !Character.isLowerCase(t.charAt(e + 1))) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if token {@code j} starts another cell rather than continuing this name: the word
   * before it repeated (a register row "… OPŠTINE ŠID ŠID, CARA DUŠANA 2", where the seat
   * follows the name).
   */
  private static boolean startsAnotherName(TextContext.Tokens tok, int j) {
    String g = tok.folded(j);
    return j > 0 && g.length() > 2 && g.equals(tok.folded(j - 1));
  }

  /**
   * The prefix legal forms of public enterprises: "Komisija za javnu nabavku JKP „Čistoća“" is
   * the committee of that enterprise, whose name starts at JKP. Not in a name written in
   * capitals, where a register writes one name with its form inside ("DIREKCIJA ZA IZGRADNJU
   * OPŠTINE INĐIJA JP INĐIJA").
   */
  private static final Set<String> PREFIX_FORMS = Set.of("jp", "jkp", "pjp", "jkpp");

  private static boolean enterpriseFollows(String t, TextContext.Tokens tok, int head, int j) {
    if (!PREFIX_FORMS.contains(tok.folded(j))) {
      return false;
    }
    for (int i = tok.start[head]; i < tok.end[head]; i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if a capitalised token cannot continue a name: an initial or a file-number prefix
   * ("Opštine Bar K. Dž.", "presudom Osnovnog suda u Podgorici K. br. 5/15", "Kt.br."), or a
   * surname in -ić ("Vlade Zečevića" is a street named after a person).
   */
  private static boolean notAComplementWord(String t, TextContext.Tokens tok, int j) {
    int len = tok.end[j] - tok.start[j];
    int after = tok.end[j];
    if (after < t.length() && t.charAt(after) == '.') {
      if (len <= 2) {
        return true;
      }
      int p = after + 1;
      while (p < t.length() && t.charAt(p) == ' ') {
        p++;
      }
      if (len <= 3 && p < t.length() && (Character.isDigit(t.charAt(p))
          || t.startsWith("br", p) || t.startsWith("бр", p))) {
        return true;
      }
    }
    String w = t.substring(tok.start[j], tok.end[j]).toLowerCase(java.util.Locale.ROOT);
    return w.length() > 4 && (w.endsWith("ića") || w.endsWith("ића")); // not Bogatić, a town
  }

  /**
   * True if token {@code j} follows a line break and fills the rest of its line: in a letterhead
   * or a list of metadata values ("Skupština Republike Srbije\nHajra") it is the next item.
   */
  private static boolean aloneOnItsLine(String t, TextContext.Tokens tok, int j) {
    if (t.substring(tok.end[j - 1], tok.start[j]).indexOf('\n') < 0
        || PLACE_FIRST_WORD.matcher(tok.folded(j - 1)).matches()) {
      return false; // "Opština Kosovska\nMitrovica": the line ended inside a place name
    }
    int p = tok.end[j];
    while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == '\r' || t.charAt(p) == '\t')) {
      p++;
    }
    return p >= t.length() || t.charAt(p) == '\n';
  }

  /** Folded first words of two-word place names: adjectives (Kosovska, Bačka), Novi, Gornji... */
  private static final Pattern PLACE_FIRST_WORD =
      Pattern.compile(".*(?:sk|ck)[aio]|nov[aio]|star[aio]|gornj[aie]|donj[aie]"
          + "|velik[aio]|mal[aio]|svet[aio]");

  /** Folded endings of the feminine and plural adjectives that agree with a following noun. */
  private static final String[] AGREEING_ENDINGS = {"ske", "cke", "ne", "nje", "je"};

  /**
   * True if a blank line of a laid-out table splits a name after an adjective: token {@code j}
   * starts in lower case, is not a function word, and the word before it, in lower case, ends
   * like an adjective that needs its noun ("Kancelarija za evropske" / "integracije",
   * "Ministarstvo spoljne" / "trgovine"). A name never ends in such an adjective.
   */
  private static boolean adjectiveBeforeBlank(String t, TextContext.Tokens tok, int j) {
    if (j == 0 || !blankBetween(t, tok.end[j - 1], tok.start[j])
        || !Character.isLowerCase(t.charAt(tok.start[j]))
        || !Character.isLowerCase(t.charAt(tok.start[j - 1])) || STOP.contains(tok.folded(j))) {
      return false;
    }
    String prev = tok.folded(j - 1);
    for (String e : AGREEING_ENDINGS) {
      if (prev.endsWith(e) && prev.length() >= e.length() + 3) {
        return true;
      }
    }
    return false;
  }

  /** True if only white space with at most two line breaks lies between the offsets. */
  private static boolean blankBetween(String t, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        newlines++;
      } else if (!(c == ' ' || c == '\r' || c == '\u00A0' || c == '\t')) {
        return false;
      }
    }
    return newlines <= 2 && to - from <= 8;
  }

  /** Like {@link FirmRecognizer#joinable} but also allows a comma (lists inside a name). */
  private static boolean joinableLoose(String t, int from, int to) {
    if (to - from == 2 && t.charAt(from) == ',' && t.charAt(from + 1) == ' ') {
      return to < t.length() && Character.isLowerCase(t.charAt(to));
    }
    return joinableAfterHead(t, from, to);
  }

  /**
   * Words after a head continue its name unless a dash with spaces on both sides stands between
   * them: "Vlada Ruske Federacije - Finansiranje projekta" is a name and a heading's topic
   * ("Coca-Cola" and "Export – Import Bank", where the dash comes before the head, are not
   * affected).
   * In a register written in capitals the dash joins the parts of one registered name ("JAVNA
   * VETERINARSKA SLUŽBA - VETERINARSKA STANICA …").
   */
  private static boolean joinableAfterHead(String t, int from, int to) {
    return FirmRecognizer.joinable(t, from, to)
        && (!spacedDash(t, from, to) || (capitals(t, from - 1) && capitals(t, to)));
  }

  /** True if the word around {@code at} is written in capitals (a register's line). */
  private static boolean capitals(String t, int at) {
    int b = at;
    while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
      b--;
    }
    int e = at;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    if (e - b < 2) {
      return false;
    }
    for (int i = b; i < e; i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean spacedDash(String t, int from, int to) {
    return to - from >= 3 && Character.isWhitespace(t.charAt(from))
        && Character.isWhitespace(t.charAt(to - 1)) && t.substring(from, to).indexOf('-') >= 0;
  }

  /**
   * Folded nouns that end like a past participle (-la, -lo, -li, -ti, -ci, -ao, -io, -eo, -uo) and
   * stand in names: "JKP Gradsko zelenilo", "JKP Gradska kupatila", "Radio Beograd".
   */
  private static final Set<String> NOUNS_LIKE_PARTICIPLES =
      Set.of("radio", "studio", "video", "portfolio", "scenario", "posao", "kakao", "stadio",
          "rodeo", "trio", "pepeo", "zelenilo", "vozila", "vozilo", "pravila", "ogledalo",
          "stakla", "pijaci", "kupatila", "skola", "sela");

  /**
   * Verb forms and predicate adjectives that end a name: je ... obavezna, donela, utvrditi. Takes
   * a folded word; cheap (suffix checks).
   */
  static boolean predicateLike(String f) {
    if (NOUNS_LIKE_PARTICIPLES.contains(f)) {
      return false;
    }
    if (f.length() >= 4 && (f.endsWith("la") || f.endsWith("lo") || f.endsWith("li")
        || f.endsWith("ti") || f.endsWith("ci")) && !f.endsWith("lja") && !f.endsWith("nci")) {
      return !f.endsWith("sti") || f.length() <= 5;
    }
    if (f.length() >= 5 && (f.endsWith("ao") || f.endsWith("io") || f.endsWith("eo")
        || f.endsWith("uo"))) {
      return true; // "Sektor ... potpisao", "Uprava dostavio": a masculine past participle
    }
    if (f.equals("moze") || f.equals("mogu") || f.equals("mora") || f.equals("moraju")
        || f.equals("treba") || f.equals("nema") || f.equals("ima") || f.equals("imaju")
        || f.equals("nece") || f.equals("odnosno") || f.equals("trenutno")) {
      return true; // "Direkcija za robne rezerve može", "Uprava za nekretnine, odnosno"
    }
    return f.startsWith("obavez") || f.startsWith("duzn") || f.startsWith("nadlez")
        || f.startsWith("dostav") || f.startsWith("utvrd") || f.startsWith("imenov");
  }

  private static boolean genitiveLike(String f) {
    if (f.length() < 5) {
      return false;
    }
    if (f.endsWith("la") || f.endsWith("le") || f.endsWith("li") || f.endsWith("lo")) {
      return f.endsWith("lja") || f.endsWith("lje");
    }
    if (f.endsWith("uje") || f.endsWith("ovana") || f.endsWith("ivana")) {
      return false; // a verb or participle: "Uprava utvrđuje", "falsifikovana"
    }
    return f.endsWith("a") || f.endsWith("e") || f.endsWith("ih") || f.endsWith("og")
        || f.endsWith("i");
  }
}
