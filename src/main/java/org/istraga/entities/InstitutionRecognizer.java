package org.istraga.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public bodies and other institutions.
 *
 * <ol>
 *   <li>The curated {@link PublicBodyGazetteer} (ministries, agencies, courts, state enterprises
 *       and their acronyms).
 *   <li>Serbian institution heads — Ministarstvo, Agencija, Uprava, Zavod, Fond, Kancelarija,
 *       Komisija, Direkcija, Sekretarijat, Inspektorat, Institut, Savet, Služba, Centar, Sud,
 *       Tužilaštvo, Skupština, Vlada, Opština, Univerzitet, Fakultet, Bolnica, Dom, Škola — in
 *       either script, capitalised or after a capitalised adjective (Republička, Osnovni,
 *       Privredni...), followed by a complement: {@code za} + words (Agencija za borbu protiv
 *       korupcije), {@code u} + a capitalised place (Osnovni sud u Podgorici), genitive words
 *       (Ministarstvo finansija), capitalised words (Opština Zvezdara), or a quoted name (Dom
 *       zdravlja „Dr Simo Milošević“). The head and its
 *       adjectives are put back in the nominative for the value, so "Агенцији за борбу против
 *       корупције" and "Agencija za borbu protiv korupcije" share one value.
 *   <li>English: "Ministry/Department/Agency/Office/Commission/Authority/University/Court/Council
 *       of|for X" and "X University/Council/Bank/Authority/Commission/Agency/Hospital/Foundation/
 *       Association", X being capitalised words, generic leading words (the, local, contracting...)
 *       removed.
 * </ol>
 */
final class InstitutionRecognizer implements Recognizer {

  /** Function words that end a name complement. */
  static final Set<String> STOP =
      Set.copyOf(List.of(
          "je", "su", "se", "da", "koji", "koja", "koje", "kojim", "kojoj", "kojeg", "kao", "sa",
          "od", "iz", "na", "po", "prema", "ili", "a", "ali", "te", "do", "dok", "ce", "bi", "bio",
          "bila", "bilo", "nije", "nisu", "i", "za", "u", "o", "kod", "radi", "pri", "uz", "the",
          "and", "of", "to", "in", "is", "was", "for", "on", "by", "with", "sto", "jer", "kada",
          "ovaj", "ova", "ovo", "tog", "tom", "toj", "te", "ove", "svoj", "svoje", "njen", "njegov",
          "dana", "godine", "broj", "br", "clan", "clana", "clanom", "stav", "stava", "tacka"));

  private enum Gender { F, M, N }

  private record Head(String nominative, Gender gender, boolean genitive) {}

  private static final Map<String, Head> HEADS = new HashMap<>();

  /** Heads that take a lower-case genitive complement (Ministarstvo finansija, Uprava carina). */
  private static final Set<String> GENITIVE_HEADS =
      Set.of("Ministarstvo", "Uprava", "Inspekcija", "Direkcija", "Skupština", "Zavod", "Dom");

  static {
    head(Gender.F, "Agencij", "Agencija");
    head(Gender.F, "Uprav", "Uprava");
    head(Gender.F, "Kancelarij", "Kancelarija");
    head(Gender.F, "Komisij", "Komisija");
    head(Gender.F, "Direkcij", "Direkcija");
    head(Gender.F, "Služb", "Služba");
    head(Gender.F, "Skupštin", "Skupština");
    head(Gender.F, "Vlad", "Vlada");
    head(Gender.F, "Opštin", "Opština");
    head(Gender.F, "Bolnic", "Bolnica");
    head(Gender.F, "Inspekcij", "Inspekcija");
    head(Gender.F, "Škol", "Škola");
    head(Gender.M, "Zavod", "Zavod");
    head(Gender.M, "Fond", "Fond");
    head(Gender.M, "Dom", "Dom");
    head(Gender.M, "Sekretarijat", "Sekretarijat");
    head(Gender.M, "Inspektorat", "Inspektorat");
    head(Gender.M, "Institut", "Institut");
    head(Gender.M, "Savet", "Savet");
    head(Gender.M, "Odbor", "Odbor");
    head(Gender.M, "Sektor", "Sektor");
    head(Gender.M, "Centr", "Centar");
    head(Gender.M, "Sud", "Sud");
    head(Gender.M, "Univerzitet", "Univerzitet");
    head(Gender.M, "Fakultet", "Fakultet");
    head(Gender.N, "Ministarstv", "Ministarstvo");
    head(Gender.N, "Tužilaštv", "Tužilaštvo");
    head(Gender.N, "Tužilašt", "Tužilaštvo");
  }

  private static void head(Gender g, String stem, String nominative) {
    String[] endings =
        switch (g) {
          case F -> new String[] {"a", "e", "i", "u", "om", "ama", "ima"};
          case M -> nominative.equals("Centar")
              ? new String[] {"a", "u", "om", "e"}
              : new String[] {"", "a", "u", "om", "e", "i", "ovi", "ova"};
          case N -> new String[] {"o", "a", "u", "om", "vo", "va", "vu", "vom"};
        };
    boolean genitive = GENITIVE_HEADS.contains(nominative);
    for (String e : endings) {
      HEADS.put(ScriptFolding.fold(stem + e), new Head(nominative, g, genitive));
    }
    if (nominative.equals("Centar")) {
      HEADS.put("centar", new Head(nominative, g, genitive));
    }
  }

  /** Folded adjective stems that may precede a head inside a name. */
  private static final String[] ADJ_STEMS = {
    "republick", "drzavn", "poresk", "narodn", "gradsk", "opst", "klinick", "visok", "vis",
    "osnovn", "apelacion", "upravn", "vrhovn", "ustavn", "prekrsajn", "specijaln", "pokrajinsk",
    "regionaln", "nacionaln", "centraln", "opstinsk", "privredn", "okruzn", "zdravstven",
    "univerzitetsk", "kliničk", "vojn", "medjunarodn", "evropsk", "saveznn", "javn", "komunaln",
    "pravn", "ekonomsk", "tehnick", "medicinsk", "filozofsk", "elektrotehnick", "gradjevinsk",
    "izborn", "srednj", "muzick", "gimnazijsk"
  };

  private static final Pattern EN_OF =
      Pattern.compile(
          "(?<![\\p{L}])(Ministry|Department|Agency|Office|Bureau|Commission|Authority|Directorate"
              + "|University|Institute|Court|Council|Government|Embassy|Chamber) (?:of|for) "
              + "(?:the )?([A-Z][\\p{L}'\\-]+(?:,? (?:and |& |of (?:the )?|for )?"
              + "[A-Z][\\p{L}'\\-]+){0,5})");

  private static final Pattern EN_HEAD_LAST =
      Pattern.compile(
          "(?<![\\p{L}])((?:[A-Z][\\p{L}'&\\-]+ (?:[-–] (?=[A-Z][\\p{L}'\\-]+ [A-Z])|and (?=[A-Z][\\p{L}'\\-]+ [A-Z]))?)"
              + "{1,4})"
              + "(University|Council|Bank|Authority|Institution|Administration|Fund|Institute"
              + "|Office|Court|Directorate|Inspectorate|Assembly|Tribunal"
              + "|Commission|Agency|Hospital|Foundation|Association|Ministry|Company)(?![\\p{L}])");

  /** "... Bank for Reconstruction and Development", "... Agency of the Republic of Serbia". */
  private static final Pattern EN_COMPLEMENT =
      Pattern.compile(
          " (?:of|for) (?:the )?([A-Z][\\p{IsLatin}'\\-]+(?:,? (?:and |& |of (?:the )?|for )?"
              + "[A-Z][\\p{IsLatin}'\\-]+){0,5})(?![\\p{IsLatin}])");

  private static final Set<String> EN_GENERIC =
      Set.of(
          "R&D", "IT", "HR",
          "The", "A", "An", "This", "That", "Each", "Any", "Such", "Our", "Your", "Their", "His",
          "Her", "Its", "Contracting", "Awarding", "Local", "Public", "Relevant", "Competent",
          "Regulatory", "Central", "Issuing", "Procuring", "Purchasing", "Approving", "Funding",
          "Responsible", "Lead", "Other", "Another", "Every", "No", "Said", "Same", "Housing",
          "Planning", "Health", "Managing", "Appropriate", "Designated", "Granting", "Host",
          "Partner", "Commercial", "Investment", "Development", "Correspondent", "Beneficiary",
          "Head", "Main", "Post", "Front", "Back", "Home", "Branch", "Registered", "Field",
          "Regional", "District", "General", "Legal", "Press", "Project", "Program", "Programme",
          // roles and kinds used as defined terms in contracts ("the Participating Agency")
          "Participating", "Ordering", "Related", "Holding", "Governmental", "Government",
          "Control", "National", "State", "Federal", "Requesting", "Receiving", "Sponsoring",
          "Disclosing", "Affiliated", "Parent", "Subsidiary", "Operating", "Member", "Personal",
          "Information", "Contract", "Signature", "Administering", "Oversight",
          "Certifying", "Authorized", "Transportation", "Transport", "Insurance", "Trust",
          "Savings", "Lending", "Private", "Foreign", "Domestic", "Independent", "Executive",
          "Administrative", "Selected", "Successful", "Prime", "Agent", "Custodian", "Paying",
          "Contractors", "Mapping");

  /** Determiners: "the", "this"... are dropped from the name; the others are not names. */
  private static final Set<String> EN_DETERMINERS =
      Set.of("The", "This", "That", "Our", "Your", "Their", "His", "Her", "Its", "Said", "Same",
          "See", "Cf", "Also", "In", "At", "From", "By", "To", "For", "With", "Under", "Against");

  /** Words after a body's name that make the whole a law, a product or a document. */
  private static final Set<String> EN_NOT_A_BODY_AFTER =
      Set.of("Act", "Acts", "Toolkit", "Suite", "Software", "Program", "Programme", "Report",
          "Rules", "Law", "Code", "Regulation", "Regulations", "Decision", "Template", "Form",
          "Guide", "Manual", "Standard", "Database", "Plugin", "Server", "Online", "Portal");

  /** Software makers whose "Office" is a product: "Microsoft Office", "WPS Office". */
  private static final Set<String> EN_OFFICE_PRODUCTS =
      Set.of("Microsoft", "Open", "OpenOffice", "WPS", "Kingsoft", "Star", "Libre", "Zoho",
          "Polaris", "Apache", "Only", "OnlyOffice", "Hancom", "SoftMaker", "Google");

  /** Words that make the following capitalised words a kind, not a name ("a Related Company"). */
  private static final Set<String> EN_INDEFINITE =
      Set.of("a", "an", "any", "each", "every", "another", "such", "no", "A", "An", "Any", "Each",
          "Every", "Another", "Such", "No");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    boolean serbian = isSerbian(ctx);
    int before = out.size();
    PublicBodyGazetteer.get().find(ctx, serbian, out);
    boolean[] covered = new boolean[ctx.tokens().count];
    for (int i = before; i < out.size(); i++) {
      Mention g = out.get(i);
      TextContext.Tokens tok = ctx.tokens();
      for (int k = tok.firstAtOrAfter(g.start()); k < tok.count && tok.start[k] < g.end(); k++) {
        covered[k] = true;
      }
    }
    serbianHeads(ctx, covered, out);
    english(ctx, out);
  }

  /** True if the text reads as Serbian: Cyrillic letters, Serbian diacritics or function words. */
  static boolean isSerbian(TextContext ctx) {
    TextContext.Tokens tok = ctx.tokens();
    int sr = 0;
    int en = 0;
    int n = Math.min(tok.count, 3000);
    for (int i = 0; i < n; i++) {
      char c = ctx.text.charAt(tok.start[i]);
      if (ScriptFolding.isCyrillic(c)) {
        sr++;
        continue;
      }
      String f = tok.folded(i);
      switch (f) {
        case "je", "i", "u", "za", "na", "od", "da", "se", "su", "sa", "iz", "koji", "koja", "ili"
            -> sr++;
        case "the", "and", "of", "to", "in", "is", "for", "that", "with", "by" -> en++;
        default -> {
          // neither
        }
      }
    }
    return sr > en;
  }

  private void serbianHeads(TextContext ctx, boolean[] covered, List<Mention> out) {
    TextContext.Tokens tok = ctx.tokens();
    String t = ctx.text;
    for (int i = 0; i < tok.count; i++) {
      if (covered[i]) {
        continue;
      }
      Head h = HEADS.get(tok.folded(i));
      if (h == null) {
        continue;
      }
      // adjectives before the head (up to two), the first of the name capitalised
      int first = i;
      for (int j = i - 1; j >= 0 && i - j <= 2; j--) {
        if (!FirmRecognizer.joinable(t, tok.end[j], tok.start[j + 1]) || !isAdjective(tok.folded(j))) {
          break;
        }
        first = j;
      }
      if (!Character.isUpperCase(t.charAt(tok.start[first]))) {
        continue;
      }
      int last = complement(ctx, i, h);
      // "Dom zdravlja „Dr Simo Milošević“", "Osnovna škola „Vuk Karadžić“": a quoted name
      int end = quotedNameEnd(t, tok.end[last]);
      if (end < 0 && last == i && (first == i || !namedAdjective(t, tok, first))) {
        continue; // a bare head ("Komisija", "Vlada") is a reference, not a name
      }
      if (end < 0 && last == i && i + 1 < tok.count
          && FirmRecognizer.joinable(t, tok.end[i], tok.start[i + 1])
          && HEADS.containsKey(tok.folded(i + 1))) {
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
        String adj = nominativeAdjective(ScriptFolding.toLatin(t.substring(tok.start[j],
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

  /** Index of the last token of the head's complement, or {@code head} when there is none. */
  private static int complement(TextContext ctx, int head, Head h) {
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
        if (startsAnotherName(tok, j) || inflectedAcronym(t, tok, j)) {
          break;
        }
        if ((HEADS.containsKey(g) || isAdjective(g))
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
            && !HEADS.containsKey(tok.folded(j + 1)) && !STOP.contains(tok.folded(j + 1))
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
      if (STOP.contains(g) || Character.isDigit(w.charAt(0)) || HEADS.containsKey(g)) {
        break;
      }
      if (isAdjective(g) && t.substring(tok.end[j - 1], tok.start[j]).indexOf('\n') >= 0) {
        break; // letterhead: "OPŠTINA VRAČAR\nOPŠTINSKA UPRAVA" are two bodies
      }
      if (Character.isUpperCase(w.charAt(0))) {
        if (notAComplementWord(t, tok, j) || (last > head && aloneOnItsLine(t, tok, j))
            || startsAnotherName(tok, j) || inflectedAcronym(t, tok, j)) {
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

  private static boolean isAdjective(String f) {
    for (String s : ADJ_STEMS) {
      if (f.startsWith(s) && f.length() - s.length() <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if a Latin adjective stem takes the soft neuter ending -e: it ends in a palatal (viš-e,
   * srednj-e, opšt-e), not -o (javn-o, narodn-o).
   */
  private static boolean softStem(String stem) {
    String f = stem.toLowerCase(java.util.Locale.ROOT);
    return f.endsWith("š") || f.endsWith("ž") || f.endsWith("č") || f.endsWith("ć")
        || f.endsWith("đ") || f.endsWith("j") || f.endsWith("št") || f.endsWith("žd");
  }

  /** Puts a Latin adjective in the nominative singular of the head's gender. */
  private static String nominativeAdjective(String adj, Gender gender) {
    String[] endings = {"ome", "oga", "emu", "ega", "og", "om", "eg", "em", "oj", "ih", "im", "a",
        "e", "i", "o", "u"};
    String lower = adj.toLowerCase(java.util.Locale.ROOT);
    for (String e : endings) {
      if (lower.endsWith(e) && lower.length() - e.length() >= 3) {
        String stem = adj.substring(0, adj.length() - e.length());
        String ending = gender == Gender.F ? "a" : gender == Gender.M ? "i"
            : softStem(stem) ? "e" : "o"; // Više javno tužilaštvo
        boolean upper = adj.length() > 1 && Character.isUpperCase(adj.charAt(adj.length() - 1));
        return stem + (upper ? ending.toUpperCase(java.util.Locale.ROOT) : ending);
      }
    }
    return adj;
  }

  /** The word right before {@code pos} on the same line (letters only), or "". */
  private static String wordAfter(String t, int pos) {
    int b = pos;
    while (b < t.length() && (t.charAt(b) == ' ' || t.charAt(b) == '\u00A0')) {
      b++;
    }
    int e = b;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return t.substring(b, e);
  }

  private static String wordBefore(String t, int pos) {
    int e = pos;
    while (e > 0 && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\u00A0')) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
      b--;
    }
    return t.substring(b, e);
  }

  private static final Set<String> EN_OF_HEADS =
      Set.of("ministry", "department", "agency", "office", "bureau", "commission", "authority",
          "directorate", "university", "institute", "court", "council", "government", "embassy",
          "chamber");

  private static final Set<String> EN_LAST_HEADS =
      Set.of("university", "council", "bank", "authority", "commission", "agency", "hospital",
          "foundation", "association", "ministry", "company", "institution", "administration",
          "fund", "institute", "office", "court", "directorate", "inspectorate", "assembly",
          "tribunal");

  private static void english(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    TextContext.Tokens tok = ctx.tokens();
    Matcher of = EN_OF.matcher(t);
    Matcher last = EN_HEAD_LAST.matcher(t);
    for (int k = 0; k < tok.count; k++) {
      int s = tok.start[k];
      if (!Character.isUpperCase(t.charAt(s))) {
        continue;
      }
      String f = tok.folded(k);
      if (EN_OF_HEADS.contains(f) && ctx.lookingAt(of, s, 200)) {
        int end = ofNameEnd(t, of.start(2), of.end());
        if (end > of.start(2)) {
          String raw = t.substring(s, end);
          String name = OrgNames.cleanName(raw);
          out.add(new Mention(EntityType.ORG, ScriptFolding.fold(name), raw, s, end, name,
              Optional.empty(), Optional.empty()));
        }
      }
      if (EN_LAST_HEADS.contains(f) && k > 0) {
        for (int j = Math.max(0, k - 4); j < k; j++) {
          if (ctx.lookingAt(last, tok.start[j], tok.end[k] - tok.start[j])
              && last.end() == tok.end[k]) {
            addHeadLast(t, last, out);
            break;
          }
        }
      }
    }
  }

  /** Capitalised words that follow an "X of Y" name without being part of it. */
  private static final Set<String> EN_AFTER_NAME =
      Set.of("Purchase", "Order", "Orders", "Contract", "Contracts", "Administrator", "Agreement",
          "Form", "Forms", "Manual", "Guide", "Guidelines", "Invoice", "Request",
          "Office", "Procurement", "Purchasing", "Template", "Standard", "Standardized",
          "Regulations", "Number", "No");

  /**
   * The end of an "X of Y" name whose complement runs from {@code from} to {@code end}: before a
   * word that names a document or a role ("University of Minnesota Purchase Order", "Department
   * of State Standardized Regulations"), and before a word broken at the line end ("Department of
   * Justice, Wash-"); {@code from} itself if nothing of the complement is left.
   */
  private static int ofNameEnd(String t, int from, int end) {
    int p = from;
    int last = from;
    while (p < end) {
      int q = p;
      while (q < end && t.charAt(q) != ' ' && t.charAt(q) != ',') {
        q++;
      }
      String w = t.substring(p, q);
      if (w.endsWith("-") || (p > from && EN_AFTER_NAME.contains(w))) {
        break;
      }
      if (!w.isEmpty() && !w.equals("and") && !w.equals("of") && !w.equals("for")
          && !w.equals("the") && !w.equals("&")) {
        last = q;
      }
      p = q;
      while (p < end && (t.charAt(p) == ' ' || t.charAt(p) == ',')) {
        p++;
      }
    }
    return listEnd(t, from, last);
  }

  /**
   * A comma inside an "X of Y" name lists its parts and the list closes with "and" or "&"
   * ("Ministry of Labour, Employment, Veteran and Social Affairs"); a comma after which no
   * "and" follows starts an address ("Ministry of Finance, Belgrade"), so the name ends there.
   */
  private static int listEnd(String t, int from, int end) {
    String c = t.substring(from, end);
    int and = Math.max(c.lastIndexOf(" and "), c.lastIndexOf(" & "));
    int comma = c.indexOf(',', Math.max(0, and));
    return comma < 0 ? end : from + comma;
  }

  private static void addHeadLast(String t, Matcher m, List<Mention> out) {
    String words = m.group(1);
    int s = m.start(1);
    String[] ws = words.trim().split("\\s+");
    if (EN_INDEFINITE.contains(ws[0]) || EN_INDEFINITE.contains(wordBefore(t, s))) {
      return; // "a Personal Information Bank", "any State Agency": a kind of body
    }
    int generic = 0;
    while (generic < ws.length && EN_GENERIC.contains(ws[generic])) {
      generic++;
    }
    if (generic == ws.length) {
      return; // "the Participating Agency", "Related Company": no proper word
    }
    if (m.group(2).equals("Office") && EN_OFFICE_PRODUCTS.contains(ws[ws.length - 1])) {
      return; // "Microsoft Office": software
    }
    if (EN_NOT_A_BODY_AFTER.contains(wordAfter(t, m.end()))) {
      return; // "the Export Administration Act", "Extreme Cluster Administration Toolkit"
    }
    // drop leading determiners only: "Public Procurement Agency" keeps its first word
    int skip = 0;
    int offset = 0;
    while (skip < ws.length && EN_DETERMINERS.contains(ws[skip])) {
      offset = t.indexOf(ws[skip], s + offset) - s + ws[skip].length();
      skip++;
    }
    if (skip == ws.length) {
      return; // "For Bank A": nothing but the head is left
    }
    int start = s + offset;
    while (start < m.end() && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    int end = m.end();
    Matcher complement = EN_COMPLEMENT.matcher(t).region(end, Math.min(t.length(), end + 200));
    if (complement.lookingAt()) {
      end = Math.max(end, ofNameEnd(t, complement.start(1), complement.end()));
    }
    // "Export – Import Bank": a spaced dash between two words of the name is its hyphen
    String name = OrgNames.cleanName(t.substring(start, end)).replace(" – ", "-")
        .replace(" - ", "-");
    out.add(new Mention(EntityType.ORG, ScriptFolding.fold(name), t.substring(start, end),
        start, end, name, Optional.empty(), Optional.empty()));
  }
}
