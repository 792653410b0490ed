package org.istraga.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public-procurement references.
 *
 * <ul>
 *   <li>PROCUREMENT_NUMBER: the reference after {@code JN}, {@code ЈН}, {@code JNMV}/{@code ЈНМВ}
 *       (small-value procurement), {@code JNOP}, "javna nabavka (male vrednosti) br./broj",
 *       "набавка бр.", "tender no./number/ref./ID". Value: the reference in Latin script, upper
 *       case, without spaces ({@code 76/14/ДИКТ} → {@code 76/14/DIKT}).
 *   <li>CONTRACT_NUMBER: the reference after "broj ugovora", "Ugovor br./broj", "Уговор бр.",
 *       "број уговора", "contract no./number/#/reference". Same value rule.
 *   <li>CPV: a CPV main-vocabulary code {@code 32000000-3} anywhere, or an 8-digit code after
 *       CPV / ОРН / ORN; the division (first two digits) must exist. Value: the 8-digit code
 *       without the check digit, so {@code 09310000-5} and {@code ОРН: 09310000} agree.
 * </ul>
 *
 * A reference must contain a digit; trailing punctuation is not part of it.
 */
final class ProcurementRecognizer implements Recognizer {

  private static final String REF =
      "((?=[\\p{L}\\p{N}/.\\-]{0,12}\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}/.\\-]{0,40})";
  private static final String NO =
      "(?:br\\.?|бр\\.?|broj(?:em)?|број(?:ем)?|no\\.?|nr\\.?|number|#)";

  /** "male vrednosti", "dobara/usluga/radova" between "nabavka" and "br.", in either order. */
  private static final String LAT_KIND =
      "(?:\\s+mal\\p{L}{0,3}\\s+vrednost\\p{L}{0,2})?(?:\\s+(?:dobara|usluga|radova))?"
          + "(?:\\s+mal\\p{L}{0,3}\\s+vrednost\\p{L}{0,2})?";
  private static final String CYR_KIND =
      "(?:\\s+мал\\p{L}{0,3}\\s+вредност\\p{L}{0,2})?(?:\\s+(?:добара|услуга|радова))?"
          + "(?:\\s+мал\\p{L}{0,3}\\s+вредност\\p{L}{0,2})?";

  private static final Pattern PROCUREMENT =
      Pattern.compile(
          "(?u)(?:(?<![\\p{L}\\p{N}/+=])(?:JNMV|ЈНМВ|JN[ \\u00A0]MV|ЈН[ \\u00A0]МВ|JNOP|ЈНОП|JNPP"
              + "|ЈНПП|JN|ЈН)(?![\\p{L}\\p{N}])"
              + "(?:\\s{0,2}" + NO + ")?"
              + "|(?i:(?<![\\p{L}])(?:javn\\p{L}{0,4}\\s+)?nabav\\p{L}{0,4}" + LAT_KIND
              + "\\s{1,2}" + NO
              + "|(?<![\\p{L}])(?:јавн\\p{L}{0,4}\\s+)?набав\\p{L}{0,4}" + CYR_KIND
              + "\\s{1,2}" + NO
              + "|(?<![\\p{L}])(?:tender|procurement)\\s{1,2}(?:no\\.?|number|ref(?:erence)?\\.?"
              + "|id)))"
              // "JN-15/2020": a hyphen may join the abbreviation and the reference
              + "\\s{0,2}[:.\\-]?\\s{0,2}" + REF);

  /** "... za javne nabavke", "... за јавну набавку", "za JN": what precedes the keyword. */
  private static final Pattern AFTER_ZA =
      Pattern.compile("(za|за)\\s+((javn|јавн)\\p{L}*\\s+)?$");

  /** "(Odluka o dodeli) ugovora za javnu nabavku br. ...": the number is the procurement's. */
  private static final Pattern CONTRACT_FOR =
      Pattern.compile("(ugovor|уговор)\\p{L}{0,3}\\s+(za|за)\\s+((javn|јавн)\\p{L}*\\s+)?$");

  /** "Ugovor o javnoj nabavci br. ...", "Уговор о набавци број ...": the contract's number. */
  private static final Pattern CONTRACT_ON =
      Pattern.compile("(ugovor|уговор)\\p{L}{0,3}\\s+(o|о)\\s+$");

  private static final Pattern ACT =
      Pattern.compile(
          "(odluk|rešenj|resenj|одлук|решењ|obaveštenj|obavestenj|обавештењ|izveštaj|izvestaj"
              + "|извештај|zapisnik|записник)\\p{L}*\\s+(o|о)\\s+[^.;:]*$");

  /**
   * "Broj ugovora kod Naručioca: …", "Број уговора код добављача: …": the contract's number as
   * one party registered it (a standard line of Serbian contract forms).
   */
  private static final String HELD_BY = "(?:\\s{1,2}(?:kod|код)\\s{1,2}\\p{L}{3,20})?";

  /**
   * "(Odluka|Obaveštenje) o dodeli ugovora broj …": the act's number. A contract being awarded
   * does not exist yet, so the number cannot be its own.
   */
  private static final Pattern AWARD_OF =
      Pattern.compile("(dodel|dodjel|додел|додјел)\\p{L}{0,3}\\s+$");

  private static final Pattern CONTRACT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(?:broj|br\\.)\\s{0,2}ugovora" + HELD_BY
              + "|ugovor\\p{L}{0,3}\\s{1,2}" + NO
              + "|(?:број|бр\\.)\\s{0,2}уговора" + HELD_BY + "|уговор\\p{L}{0,3}\\s{1,2}" + NO
              + "|contract\\s{1,2}(?:no\\.?|number|#|ref(?:erence)?\\.?(?:\\s+no\\.?)?|id))"
              + "\\s{0,2}[:.]?\\s{0,2}" + REF);

  /** "ugovoru 404-02-117/2019-06": no "br." but a file-number shaped reference. */
  private static final Pattern CONTRACT_BARE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}_/\\-])(?:ugovor\\p{L}{0,3}|уговор\\p{L}{0,3}|contract)[ \\u00A0\\n]{1,2}"
              + "(\\d{1,6}(?:[/\\-]\\d{1,6}){2,5})(?![\\p{L}\\p{N}/\\-])");

  /**
   * "Framework Contract DI/02711", "contract on DI/04310", "Contract GS-35F-0119Y": a reference
   * that starts with capitals and goes on with slash- or dash-separated groups, one with a digit
   * (checked when it is added), right after the word; a year or a count ("contract 2005") is not
   * code-shaped. The word must stand alone (not the end of an identifier such as
   * "ocds-…-05-contract") and the reference must be in its cell (a tab is a table's cell
   * boundary: "…-contract" | "GB-LAC-E09000003" are two cells).
   */
  private static final Pattern CONTRACT_CODE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}_/\\-])contract[ \\u00A0\\n]{1,2}(?:on[ \\u00A0\\n]{1,2})?"
              + "((?-i:[A-Z]{1,6}(?:[/\\-][A-Z0-9]{1,10}){1,5}))(?![\\p{L}\\p{N}/\\-])");

  private static final Pattern CPV_CHECKED =
      Pattern.compile("(?<![\\p{N}\\-/.])(\\d{8})-(\\d)(?![\\p{N}]|-\\d|/\\d)");

  private static final Pattern EIGHT_DIGITS =
      Pattern.compile("(?<![\\p{N}\\-/.])(?<!\\d,)\\d{8}(?![\\p{N}]|[.\\-/]\\d|,\\d{1,2}(?!\\d))");
  private static final Pattern CPV_WORD = Pattern.compile("(?<![\\p{L}])(cpv|орн|orn)(?![\\p{L}])");

  private static final Pattern CPV_LABELLED =
      Pattern.compile(
          "(?u)(?<![\\p{L}])(?:CPV|ОРН|ORN)(?:\\s{1,2}(?i:code|kod|код|oznaka|ознака))?"
              + "\\s{0,2}[:.\\-–]?\\s{0,2}(\\d{8})(?![\\p{N}])");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    TextContext.Tokens tok = ctx.tokens();
    Matcher proc = PROCUREMENT.matcher(t);
    Matcher contract = CONTRACT.matcher(t);
    Matcher contractBare = CONTRACT_BARE.matcher(t);
    Matcher contractCode = CONTRACT_CODE.matcher(t);
    Matcher labelled = CPV_LABELLED.matcher(t);
    boolean cpvWord = false;
    for (int k = 0; k < tok.count; k++) {
      int s = tok.start[k];
      char c0 = Character.toLowerCase(t.charAt(s));
      if ("jntpbuco".indexOf(c0) < 0 && "јнтпбуцо".indexOf(c0) < 0) {
        continue;
      }
      String f = tok.folded(k);
      if (f.startsWith("jn") || f.startsWith("javn") || f.startsWith("nabav")
          || f.equals("tender") || f.equals("procurement")) {
        if (ctx.lookingAt(proc, s, 160)) {
          if (contractOn(ctx, s)) {
            addRef(ctx, EntityType.CONTRACT_NUMBER, proc, out);
          } else if (!actNumber(ctx, s, proc.group())) {
            addRef(ctx, EntityType.PROCUREMENT_NUMBER, proc, out);
          }
        }
      }
      if (f.equals("broj") || f.equals("br") || f.startsWith("ugovor")
          || f.equals("contract")) {
        if (ctx.lookingAt(contract, s, 120)) {
          if (!awardOf(ctx, s)) {
            addRef(ctx, EntityType.CONTRACT_NUMBER, contract, out);
          }
        } else if (ctx.lookingAt(contractBare, s, 60)) {
          addRef(ctx, EntityType.CONTRACT_NUMBER, contractBare, out);
        } else if (f.equals("contract") && ctx.lookingAt(contractCode, s, 60)) {
          addRef(ctx, EntityType.CONTRACT_NUMBER, contractCode, out);
        }
      }
      if (f.equals("cpv") || f.equals("orn")) {
        cpvWord = true;
        if (ctx.lookingAt(labelled, s, 40) && IdentifierChecks.cpv(labelled.group(1))) {
          out.add(new Mention(EntityType.CPV, labelled.group(1), labelled.group(1),
              labelled.start(1), labelled.end(1)));
        }
      }
    }
    Matcher checked = CPV_CHECKED.matcher(t);
    Matcher eight = EIGHT_DIGITS.matcher(t);
    for (int p : ctx.digitStarts()) {
      if (ctx.lookingAt(checked, p, 12)) {
        if (IdentifierChecks.cpv(checked.group(1))) {
          out.add(new Mention(EntityType.CPV, checked.group(1), checked.group(), p,
              checked.end()));
        }
      } else if (cpvWord && ctx.lookingAt(eight, p, 10)
          && IdentifierChecks.cpv(eight.group()) && ctx.labelBefore(p, 40, CPV_WORD)) {
        // structured data: "scheme": "CPV", "id": "72000000" — a CPV label shortly before
        out.add(new Mention(EntityType.CPV, eight.group(), eight.group(), p, eight.end()));
      }
    }
  }

  /**
   * "Uprava za javne nabavke broj ..." numbers the office's own acts, and "Odluka o pokretanju
   * postupka javne nabavke broj ..." and "Rešenje o obrazovanju komisije za javnu nabavku broj
   * ..." the act's: neither is a procurement number; the abbreviation "JN br." always names the
   * procurement, and the genitive plural "javnih nabavki broj" never does (a body's letterhead
   * followed by its "Broj:" line). Plural "za javne nabavke" is an office's
   * name; "ugovora za javnu nabavku br." / "ugovora za JN" name the procurement even inside an
   * act's title ("Odluka o dodeli ugovora za ..."), and so does "za JN" outside one.
   */
  private static boolean actNumber(TextContext ctx, int s, String matched) {
    String lower = ctx.lower();
    if (genitivePlural(matched)) {
      return true; // "… u postupcima javnih nabavki / Broj: …": many procurements, an act's number
    }
    if (matched.startsWith("JN") || matched.startsWith("ЈН")) {
      return false; // "JN br." is the procurement's own code, also under a report's title
    }
    if (AFTER_ZA.matcher(lower).region(Math.max(0, s - 14), s).find()) {
      if (pluralNabavke(matched)) {
        return true;
      }
      if (CONTRACT_FOR.matcher(lower).region(Math.max(0, s - 24), s).find()) {
        return false;
      }
    }
    return ACT.matcher(lower).region(Math.max(0, s - 50), s).find();
  }

  /** True if the procurement noun in {@code matched} is "nabavki" (any script). */
  private static boolean genitivePlural(String matched) {
    String f = ScriptFolding.fold(matched);
    int i = f.indexOf("nabavki");
    return i >= 0 && (i + 7 == f.length() || !Character.isLetter(f.charAt(i + 7)));
  }

  /** True if the procurement noun in {@code matched} is "nabavke"/"nabavki" (any script). */
  private static boolean pluralNabavke(String matched) {
    String f = ScriptFolding.fold(matched);
    int i = f.indexOf("nabav");
    if (i < 0) {
      return false;
    }
    int e = i + 5;
    while (e < f.length() && Character.isLetter(f.charAt(e))) {
      e++;
    }
    String word = f.substring(i, e);
    return word.equals("nabavke") || word.equals("nabavki");
  }

  /** True if "o dodeli" stands right before the contract keyword at {@code s}. */
  private static boolean awardOf(TextContext ctx, int s) {
    return AWARD_OF.matcher(ctx.lower()).region(Math.max(0, s - 12), s).find();
  }

  /** True if "Ugovor o" (any case ending, either script) stands right before {@code s}. */
  private static boolean contractOn(TextContext ctx, int s) {
    return CONTRACT_ON.matcher(ctx.lower()).region(Math.max(0, s - 16), s).find();
  }

  private static void addRef(TextContext ctx, EntityType type, Matcher m, List<Mention> out) {
    int s = m.start(1);
    int e = m.end(1);
    String t = ctx.text;
    while (e > s && ".-/".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e <= s) {
      return;
    }
    String ref = t.substring(s, e);
    if (!hasDigit(ref) || brokenOff(t, e)) {
      return;
    }
    String value = ScriptFolding.toLatin(ref).toUpperCase(Locale.ROOT);
    out.add(new Mention(type, value, ref, s, e));
  }

  /**
   * True if a digit group other than a year follows the reference after one space: the text lost
   * the reference's separators ("набавка бр.130 14 0" in an OCR'd scan, "130/14/0" on paper), so
   * the part read would be a wrong number. "JN 12 2019." keeps its 12.
   */
  private static boolean brokenOff(String t, int e) {
    if (e + 1 >= t.length() || t.charAt(e) != ' ' || !Character.isDigit(t.charAt(e + 1))) {
      return false;
    }
    int p = e + 1;
    while (p < t.length() && Character.isDigit(t.charAt(p))) {
      p++;
    }
    String group = t.substring(e + 1, p);
    boolean year = group.length() == 4 && (group.startsWith("19") || group.startsWith("20"));
    return !year;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
