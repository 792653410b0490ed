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

  private static final String REF = "([\\p{L}\\p{N}]{0,12}\\p{N}[\\p{L}\\p{N}/.\\-]{0,40})";
  private static final String NO =
      "(?:br\\.?|бр\\.?|broj(?:em)?|број(?:ем)?|no\\.?|nr\\.?|number|#)";

  private static final Pattern PROCUREMENT =
      Pattern.compile(
          "(?u)(?:(?<![\\p{L}\\p{N}/+=])(?:JNMV|ЈНМВ|JNOP|ЈНОП|JNPP|ЈНПП|JN|ЈН)(?![\\p{L}\\p{N}])"
              + "(?:\\s{0,2}" + NO + ")?"
              + "|(?i:(?<![\\p{L}])(?:javn\\p{L}{0,4}\\s+)?nabav\\p{L}{0,4}"
              + "(?:\\s+mal\\p{L}{0,3}\\s+vrednost\\p{L}{0,2})?\\s{1,2}" + NO
              + "|(?<![\\p{L}])(?:јавн\\p{L}{0,4}\\s+)?набав\\p{L}{0,4}"
              + "(?:\\s+мал\\p{L}{0,3}\\s+вредност\\p{L}{0,2})?\\s{1,2}" + NO
              + "|(?<![\\p{L}])(?:tender|procurement)\\s{1,2}(?:no\\.?|number|ref(?:erence)?\\.?"
              + "|id)))"
              + "\\s{0,2}[:.]?\\s{0,2}" + REF);

  private static final Pattern OFFICE = Pattern.compile("(za|за)\\s+(javn|јавн)\\p{L}*\\s+$");

  private static final Pattern ACT =
      Pattern.compile(
          "(odluk|rešenj|resenj|одлук|решењ|obaveštenj|obavestenj|обавештењ|izveštaj|izvestaj"
              + "|извештај|zapisnik|записник)\\p{L}*\\s+(o|о)\\s+[^.;:]*$");

  private static final Pattern CONTRACT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(?:broj|br\\.)\\s{0,2}ugovora|ugovor\\p{L}{0,3}\\s{1,2}" + NO
              + "|(?:број|бр\\.)\\s{0,2}уговора|уговор\\p{L}{0,3}\\s{1,2}" + NO
              + "|contract\\s{1,2}(?:no\\.?|number|#|ref(?:erence)?\\.?(?:\\s+no\\.?)?|id))"
              + "\\s{0,2}[:.]?\\s{0,2}" + REF);

  private static final Pattern CPV_CHECKED =
      Pattern.compile("(?<![\\p{N}\\-/.])(\\d{8})-(\\d)(?![\\p{N}]|-\\d|/\\d)");

  private static final Pattern EIGHT_DIGITS =
      Pattern.compile("(?<![\\p{N}\\-/.,])\\d{8}(?![\\p{N}]|[.,\\-/]\\d)");
  private static final Pattern CPV_WORD = Pattern.compile("(?<![\\p{L}])(cpv|орн|orn)(?![\\p{L}])");

  private static final Pattern CPV_LABELLED =
      Pattern.compile(
          "(?u)(?<![\\p{L}])(?:CPV|ОРН|ORN)(?:\\s{1,2}(?i:code|kod|код|oznaka|ознака))?"
              + "\\s{0,2}[:.\\-–]?\\s{0,2}(\\d{8})(?![\\p{N}])");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    Matcher m = PROCUREMENT.matcher(t);
    while (m.find()) {
      // "Uprava/Kancelarija za javne nabavke broj ..." numbers the office's own acts
      if (OFFICE.matcher(ctx.lower()).region(Math.max(0, m.start() - 14), m.start()).find()) {
        continue;
      }
      // "Odluka o pokretanju postupka javne nabavke broj ...": the number is the act's
      if (ACT.matcher(ctx.lower()).region(Math.max(0, m.start() - 50), m.start()).find()) {
        continue;
      }
      addRef(ctx, EntityType.PROCUREMENT_NUMBER, m, out);
    }
    m = CONTRACT.matcher(t);
    while (m.find()) {
      addRef(ctx, EntityType.CONTRACT_NUMBER, m, out);
    }
    m = CPV_CHECKED.matcher(t);
    while (m.find()) {
      if (IdentifierChecks.cpv(m.group(1))) {
        out.add(new Mention(EntityType.CPV, m.group(1), m.group(), m.start(), m.end()));
      }
    }
    m = CPV_LABELLED.matcher(t);
    while (m.find()) {
      if (IdentifierChecks.cpv(m.group(1))) {
        out.add(new Mention(EntityType.CPV, m.group(1), m.group(1), m.start(1), m.end(1)));
      }
    }
    // structured data: "scheme": "CPV", "id": "72000000" — a CPV label shortly before
    if (ctx.text.contains("CPV") || ctx.text.contains("ОРН")) {
      m = EIGHT_DIGITS.matcher(t);
      while (m.find()) {
        if (IdentifierChecks.cpv(m.group()) && ctx.labelBefore(m.start(), 40, CPV_WORD)) {
          out.add(new Mention(EntityType.CPV, m.group(), m.group(), m.start(), m.end()));
        }
      }
    }
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
    if (!hasDigit(ref)) {
      return;
    }
    String value = ScriptFolding.toLatin(ref).toUpperCase(Locale.ROOT);
    out.add(new Mention(type, value, ref, s, e));
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
