package org.istraga.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English names of public bodies and institutions: "Ministry/Department/Agency/Office/Commission/
 * Secretariat/
 * Authority/University/Court/Council of|for X" and "X University/Council/Bank/Authority/
 * Commission/Agency/Hospital/Foundation/Association...", X being capitalised words. Generic
 * leading words (the, local, contracting...) are dropped, and a kind of body ("a Related
 * Company"), a product ("Microsoft Office") or a law ("the Export Administration Act") is not a
 * name.
 *
 * <p>Static and thread-safe. The patterns are tried only at capitalised head words, each over a
 * bounded window, so the cost is linear in the text.
 */
final class EnglishBodyNames {

  private static final Pattern EN_OF =
      Pattern.compile(
          "(?<![\\p{L}])(Ministry|Department|Dept\\.|Agency|Office|Bureau|Commission|Authority"
              + "|Directorate|University|Institute|Court|Council|Government|Embassy|Chamber|League"
              + "|Federation|Society|Alliance|Division|Borough|Secretariat) (?:of|for) "
              + "(?:the )?([A-Z][\\p{L}'\\-]+(?:,? (?:and |& |of (?:the )?|for )?"
              + "[A-Z][\\p{L}'\\-]+){0,5})");

  private static final Pattern EN_HEAD_LAST =
      Pattern.compile(
          "(?<![\\p{L}])((?:(?:(?:[A-Z]\\.){2,3}|[A-Z][\\p{L}'&\\-]+) "
              + "(?:[-–] (?=[A-Z][\\p{L}'\\-]+ [A-Z])|and (?=[A-Z][\\p{L}'\\-]+ [A-Z]))?)"
              + "{1,4})"
              + "(University|Council|Bank|Authority|Institution|Administration|Fund|Institute"
              + "|Office|Court|Directorate|Inspectorate|Assembly|Tribunal"
              + "|Commission|Agency|Hospital|Foundation|Association|Ministry|Company|Alliance"
              + "|League|Federation|Society|Consortium|Coalition|Department|Division|Group)"
              + "(?![\\p{L}])");

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
          "Contractors", "Mapping", "Billing",
          // kinds of office or department ("Small Office", "Single Department")
          "Small", "Customer", "Technical", "Support", "Professional", "Managed", "Web", "Cloud",
          "Online", "Shared", "Maintenance", "Delivery", "Accounting", "Sales", "Marketing",
          "Human", "Resources", "Single", "Multiple", "Limited", "Authorizing", "For",
          // kinds of group ("the Working Group", "a Focus Group")
          "Working", "Steering", "Focus", "Study", "User", "Users", "Target", "Peer", "Age",
          "Advisory", "Expert", "Interest");

  /** Determiners: "the", "this"... are dropped from the name; the others are not names. */
  private static final Set<String> EN_DETERMINERS =
      Set.of("The", "This", "That", "Our", "Your", "Their", "His", "Her", "Its", "Said", "Same",
          "See", "Cf", "Also", "In", "At", "From", "By", "To", "For", "With", "Under", "Against");

  /** Words after a body's name that make the whole a law, a product or a document. */
  private static final Set<String> EN_NOT_A_BODY_AFTER =
      Set.of("Act", "Acts", "Toolkit", "Suite", "Software", "Program", "Programme", "Report",
          "Rules", "Law", "Code", "Regulation", "Regulations", "Decision", "Template", "Form",
          "Guide", "Manual", "Standard", "Database", "Plugin", "Server", "Online", "Portal",
          // goods: "Office Supplies", "Small Office Material", "Service Pack"
          "Material", "Materials", "Supplies", "Supply", "Equipment", "Furniture", "Products",
          "Pack", "Level", "Agreement", "Provider", "Providers", "Charge", "Fee", "Fees",
          // a role or a procedure of the body: "Department Head", "Single Department Procurement"
          "Head", "Procurement");

  /** Software makers whose "Office" is a product: "Microsoft Office", "WPS Office". */
  private static final Set<String> EN_OFFICE_PRODUCTS =
      Set.of("Microsoft", "Open", "OpenOffice", "WPS", "Kingsoft", "Star", "Libre", "Zoho",
          "Polaris", "Apache", "Only", "OnlyOffice", "Hancom", "SoftMaker", "Google");

  /** Words that make the following capitalised words a kind, not a name ("a Related Company"). */
  private static final Set<String> EN_INDEFINITE =
      Set.of("a", "an", "any", "each", "every", "another", "such", "no", "A", "An", "Any", "Each",
          "Every", "Another", "Such", "No");

  private EnglishBodyNames() {}

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
          "chamber", "league", "federation", "society", "alliance", "dept", "division", "borough",
          "secretariat");

  private static final Set<String> EN_LAST_HEADS =
      Set.of("university", "council", "bank", "authority", "commission", "agency", "hospital",
          "foundation", "association", "ministry", "company", "institution", "administration",
          "fund", "institute", "office", "court", "directorate", "inspectorate", "assembly",
          "tribunal", "alliance", "league", "federation", "society", "consortium", "coalition",
          "department", "division", "group");

  /** Adds a mention for each English body name in the text, in text order. */
  static void find(TextContext ctx, List<Mention> out) {
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
        if (end > of.start(2) && !namesADocument(t, end)) {
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

  /**
   * True if the capitalised words right after a name (at most three) end in a law's or a
   * document's word: "Department of State Standardized Regulations" is a regulation named after
   * the body, not a mention of it, as "the Export Administration Act" is.
   */
  private static boolean namesADocument(String t, int end) {
    int p = end;
    for (int n = 0; n < 3; n++) {
      String w = wordAfter(t, p);
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      if (EN_NOT_A_BODY_AFTER.contains(w)) {
        return true;
      }
      p = t.indexOf(w, p) + w.length();
    }
    return false;
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
      if (w.endsWith("-")
          || (p > from && EN_AFTER_NAME.contains(w) && !nameGoesOn(t, q, end))) {
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
   * True if the word after {@code q} (before {@code end}) is a capitalised word that names no
   * document or role: "Association of Public Purchasing Officers" goes on after "Purchasing",
   * "University of Minnesota Purchase Order" does not.
   */
  private static boolean nameGoesOn(String t, int q, int end) {
    int b = q;
    while (b < end && t.charAt(b) == ' ') {
      b++;
    }
    int e = b;
    while (e < end && t.charAt(e) != ' ' && t.charAt(e) != ',') {
      e++;
    }
    String next = t.substring(b, e);
    return !next.isEmpty() && Character.isUpperCase(next.charAt(0))
        && !EN_AFTER_NAME.contains(next);
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

  /** Words that join the words of a name without being a proper word of it. */
  private static final Set<String> JOINERS = Set.of("and", "&", "-", "–");

  private static void addHeadLast(String t, Matcher m, List<Mention> out) {
    String words = m.group(1);
    int s = m.start(1);
    String[] ws = words.trim().split("\\s+");
    if (EN_INDEFINITE.contains(ws[0]) || EN_INDEFINITE.contains(wordBefore(t, s))) {
      return; // "a Personal Information Bank", "any State Agency": a kind of body
    }
    int generic = 0;
    while (generic < ws.length
        && (EN_GENERIC.contains(ws[generic]) || JOINERS.contains(ws[generic]))) {
      generic++;
    }
    if (generic == ws.length) {
      return; // "the Participating Agency", "Related Company": no proper word
    }
    if (m.group(2).equals("Division")
        && ws.length - (EN_DETERMINERS.contains(ws[0]) ? 1 : 0) < 2) {
      return; // "Procurement Division", "Civil Division": a kind of unit, named by one word
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
    boolean hasComplement = complement.lookingAt();
    if (hasComplement && m.group(2).equals("Department")) {
      return; // "U.S. Department of Commerce": the "Department of X" rule reads it
    }
    if (hasComplement) {
      end = Math.max(end, ofNameEnd(t, complement.start(1), complement.end()));
    }
    // "Export – Import Bank": a spaced dash between two words of the name is its hyphen
    String name = OrgNames.cleanName(t.substring(start, end)).replace(" – ", "-")
        .replace(" - ", "-");
    out.add(new Mention(EntityType.ORG, ScriptFolding.fold(name), t.substring(start, end),
        start, end, name, Optional.empty(), Optional.empty()));
  }
}
