package org.istraga.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical spellings of legal forms and the value/display rules shared by the organization
 * recognizers.
 *
 * <p>Display: the name transliterated to Serbian Latin, quotes removed, whitespace collapsed,
 * followed (or for JP/JKP preceded) by the canonical legal form. Value: the {@link
 * ScriptFolding#fold folded} display, so "Телеком Нова ДОО", "Telekom Nova doo" and "TELEKOM NOVA
 * D.O.O." all have the value {@code telekom nova d.o.o.}. A name that is exactly a listed public
 * body takes that body's canonical value instead.
 */
final class OrgNames {

  private OrgNames() {}

  /** Canonical spelling of a legal form as written, or null if it is not one. */
  static String canonicalForm(String written) {
    String f = ScriptFolding.fold(written).replace(" ", "");
    switch (f) {
      case "d.o.o.e.l.", "d.o.o.e.l", "dooel" -> {
        return "DOOEL";
      }
      case "ab" -> {
        return "AB";
      }
      case "oy" -> {
        return "Oy";
      }
      case "oyj" -> {
        return "Oyj";
      }
      case "a/s" -> {
        return "A/S";
      }
      case "asa" -> {
        return "ASA";
      }
      case "aps" -> {
        return "ApS";
      }
      case "kft", "kft." -> {
        return "Kft.";
      }
      case "zrt", "zrt." -> {
        return "Zrt.";
      }
      case "nyrt", "nyrt." -> {
        return "Nyrt.";
      }
      case "sp.zo.o.", "sp.zo.o" -> {
        return "Sp. z o.o.";
      }
      case "s.a.s.", "sas" -> {
        return "S.A.S.";
      }
      case "s.l." -> {
        return "S.L.";
      }
      case "ltda", "ltda." -> {
        return "Ltda.";
      }
      case "d.o.o.", "d.o.o", "doo" -> {
        return "d.o.o.";
      }
      case "a.d.", "a.d", "ad" -> {
        return "a.d.";
      }
      case "a.d.o.", "a.d.o" -> {
        return "a.d.o.";
      }
      case "jsc", "pjsc", "ojsc", "cjsc" -> {
        return f.toUpperCase(java.util.Locale.ROOT);
      }
      case "o.d.", "o.d" -> {
        return "o.d.";
      }
      case "k.d.", "k.d" -> {
        return "k.d.";
      }
      case "d.d.", "d.d" -> {
        return "d.d.";
      }
      case "ltd", "ltd.", "limited" -> {
        return "Ltd";
      }
      case "llc", "l.l.c." -> {
        return "LLC";
      }
      case "llp" -> {
        return "LLP";
      }
      case "gmbh" -> {
        return "GmbH";
      }
      case "co." -> {
        return "Co.";
      }
      case "co.,ltd.", "co.,ltd", "co.ltd.", "co.ltd" -> {
        return "Co., Ltd";
      }
      case "s.a.", "sa" -> {
        return "S.A.";
      }
      case "inc", "inc." -> {
        return "Inc.";
      }
      case "plc" -> {
        return "plc";
      }
      case "ag" -> {
        return "AG";
      }
      case "se" -> {
        return "SE";
      }
      case "corp", "corp.", "corporation" -> {
        return "Corp.";
      }
      case "n.v." -> {
        return "N.V.";
      }
      case "b.v." -> {
        return "B.V.";
      }
      case "s.r.l.", "srl" -> {
        return "S.r.l.";
      }
      case "s.p.a." -> {
        return "S.p.A.";
      }
      case "s.r.o." -> {
        return "s.r.o.";
      }
      case "jp", "javnopreduzece" -> {
        return "JP";
      }
      case "jkp", "javnokomunalnopreduzece" -> {
        return "JKP";
      }
      default -> {
        return null;
      }
    }
  }

  /** Role words: never part of a firm's name, whatever their case. */
  static final Set<String> ROLE =
      Set.copyOf(List.of(
          "ugovor", "ugovora", "ugovorom", "ponudjac", "ponudjaca", "ponudjacu", "ponudjaci",
          "narucilac", "narucioca", "dobavljac", "dobavljaca", "izvodjac", "izvodjaca", "firma",
          "firme", "firmom", "firmi", "preduzece", "preduzeca", "drustvo", "drustva", "privredno",
          "privrednog", "kompanija", "kompanije", "kompanijom", "between", "contractor",
          "supplier", "company", "buyer", "seller", "client", "customer", "vendor", "dear", "mr",
          "ms", "mrs", "re", "subject", "ponuda", "ponude", "ponudu", "kupac", "prodavac",
          "investitor", "nosilac", "clan", "partner", "grupa", "podizvodjac", "dana", "godine",
          "broj", "br", "pib", "mb", "adresa", "naziv", "name", "attn", "cc", "strane", "izmedju",
          "predstavnik", "zastupnik", "direktor", "sedistem", "ziro", "racun", "tekuci",
          "our", "your", "their", "its", "his", "her", "vlasnistvo",
          // parties to a case or a contract, written before the party's name
          "plaintiff", "plaintiffs", "defendant", "defendants", "respondent", "respondents",
          "petitioner", "petitioners", "appellant", "appellants", "appellee", "appellees",
          "claimant", "claimants", "counterclaimant", "intervenor", "licensor", "licensee",
          "lessor", "lessee", "borrower", "lender", "guarantor", "employer", "assignee",
          "assignor", "tuzilac", "tuzioca", "tuziocu", "tuziocem", "tuzeni", "tuzenog",
          "tuzenom", "tuzena", "tuzene", "tuzenoj", "okrivljeni", "okrivljenog", "okrivljenom",
          "izvrsilac", "izvrsioca", "zakupac", "zakupodavac", "zajmodavac", "zajmoprimac",
          "poverilac", "poverioca", "duznik", "duznika", "jemac", "jemca", "predlagac",
          "protivnik"));

  /** Sentence glue: ends a name when written in lower case. */
  static final Set<String> GLUE =
      Set.copyOf(List.of(
          "sa", "od", "za", "u", "na", "i", "the", "a", "an", "and", "by", "with", "to", "from",
          "of", "is", "was", "as", "at", "in", "on", "that", "this", "for", "kod", "preko", "pri",
          "iz", "je", "su", "se", "da", "kao", "ili", "o"));

  /** Stems of role nouns in any case ending (ponuđaču, podizvođača, naručiocem...). */
  private static final String[] ROLE_STEMS = {
    "ponudjac", "podizvodjac", "dobavljac", "izvodjac", "narucil", "narucio", "firm", "kompanij",
    "preduzec", "drustv", "ugovor", "prodavc", "kupc", "investitor", "tuzioc", "tuzen",
    "izvrsioc", "zakupc", "zakupodavc", "zajmodavc", "zajmoprimc", "poverioc", "duznik",
    "plaintiff", "defendant", "respondent", "petitioner", "appellant", "claimant"
  };

  /** True if the token (raw {@code w}, folded {@code f}) cannot be part of a name. */
  static boolean notName(String w, String f) {
    if (ROLE.contains(f) || (GLUE.contains(f) && Character.isLowerCase(w.charAt(0)))) {
      return true;
    }
    for (String stem : ROLE_STEMS) {
      if (f.startsWith(stem) && f.length() - stem.length() <= 4) {
        return true;
      }
    }
    return false;
  }

  /** Tidies a raw name: Latin script, no quotes, single spaces. */
  static String cleanName(String raw) {
    String s = ScriptFolding.toLatin(raw);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\"„“”«»‘’‚›‹".indexOf(c) >= 0) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Oblique forms of the kinds of business that end a firm's name, and their nominative. */
  private static final java.util.Map<String, String> KIND_CASES = java.util.Map.ofEntries(
      java.util.Map.entry("banci", "banka"), java.util.Map.entry("banku", "banka"),
      java.util.Map.entry("bankom", "banka"), java.util.Map.entry("banke", "banka"),
      java.util.Map.entry("stedionici", "štedionica"),
      java.util.Map.entry("stedionicu", "štedionica"),
      java.util.Map.entry("stedionicom", "štedionica"),
      java.util.Map.entry("stedionice", "štedionica"));

  /** Adjective endings of the feminine oblique cases, longest first. */
  private static final String[] FEMININE_OBLIQUE = {"skoj", "čkoj", "skom", "čkom", "ske", "čke",
      "sku", "čku", "noj", "nom", "ne", "nu"};

  /**
   * The first word of a name that ends in a kind of business in a lower-case oblique case
   * ("banke", "banci"), after the words before its adjectives that do not agree with it:
   * "Garancija Komercijalne banke" starts at "Komercijalne" (a sentence's noun in the nominative
   * is not part of a genitive name), "Raiffeisen banke" and "Srpske Komercijalne banke" keep all
   * their words. {@code words} are the name's words as written.
   */
  static int agreeingStart(List<String> words) {
    int k = words.size() - 1;
    if (k < 1 || !Character.isLowerCase(words.get(k).charAt(0))
        || !KIND_CASES.containsKey(ScriptFolding.fold(words.get(k)))) {
      return 0;
    }
    int j = k - 1;
    while (j >= 0 && obliqueAdjective(ScriptFolding.toLatin(words.get(j)))) {
      j--;
    }
    return j >= 0 && j < k - 1 ? j + 1 : 0;
  }

  private static boolean obliqueAdjective(String w) {
    for (String e : FEMININE_OBLIQUE) {
      if (w.endsWith(e) && w.length() > e.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Komercijalnoj banci", "Vojvođanskoj banci", "Poštanske štedionice" (a firm named in the
   * dative or genitive before its legal form) in the nominative: "Komercijalna banka". Only the
   * last word, a kind of business in a lower-case oblique form, and the adjectives right before it
   * change; other names are returned as they are. A capitalised kind of business that starts a
   * name of two or more words ("Banke Intesa", "Banci Intesa") is put in the nominative too.
   */
  static String nominativeKind(String clean) {
    String[] w = clean.split(" ");
    String lead = w.length >= 2 ? KIND_CASES.get(ScriptFolding.fold(w[0])) : null;
    if (lead != null && Character.isUpperCase(w[0].charAt(0))) {
      // "kod Banke Intesa a.d.", "Banci Intesa a.d.": the kind of business first, in a case
      if (lead.equals("štedionica") && !w[0].startsWith("Š")) {
        lead = "stedionica";
      }
      w[0] = Character.toUpperCase(lead.charAt(0)) + lead.substring(1);
      return String.join(" ", w);
    }
    int k = w.length - 1;
    if (k < 1 || !Character.isLowerCase(w[k].charAt(0))) {
      return clean;
    }
    String nominative = KIND_CASES.get(ScriptFolding.fold(w[k]));
    if (nominative == null) {
      return clean;
    }
    if (nominative.equals("štedionica") && !w[k].startsWith("š")) {
      nominative = "stedionica"; // written without diacritics: keep it so
    }
    w[k] = nominative;
    for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
      String adj = w[j];
      String end = null;
      for (String e : FEMININE_OBLIQUE) {
        if (adj.endsWith(e) && adj.length() > e.length() + 2) {
          end = e;
          break;
        }
      }
      if (end == null) {
        break;
      }
      String stem = adj.substring(0, adj.length() - end.length());
      String kept = end.startsWith("sk") ? "sk" : end.startsWith("čk") ? "čk" : "n";
      w[j] = stem + kept + "a";
    }
    return String.join(" ", w);
  }

  /** An ORG mention with the canonical value rule; a listed public body wins. */
  static Mention mention(String text, int start, int end, String name, String form,
      boolean formFirst) {
    String clean = cleanName(name);
    if (form != null && !formFirst) {
      clean = nominativeKind(clean);
    }
    if (clean.isEmpty()) {
      return null;
    }
    List<String> stems = PhraseIndex.tokenize(clean, true);
    PublicBodyGazetteer.Body body = PublicBodyGazetteer.get().exact(stems);
    String display;
    String value;
    if (body != null) {
      display = body.display();
      value = body.key();
    } else {
      display = form == null ? clean : formFirst ? form + " " + clean : clean + " " + form;
      value = ScriptFolding.fold(display);
    }
    return new Mention(EntityType.ORG, value, text.substring(start, end), start, end, display,
        Optional.empty(), Optional.empty());
  }
}
