package org.istraga.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serbian PIB (9-digit tax id), matični broj (8-digit registration number) and JMBG (13-digit
 * personal number).
 *
 * <p>Every candidate must pass its check digit ({@link IdentifierChecks}). Because one random
 * number in ten (PIB) or eleven (MB) passes, PIB and MB additionally need context: a label
 * (PIB, ПИБ, poreski identifikacioni broj, VAT/tax id; MB, МБ, matični broj, registration
 * number...) in the 48 chars before the number, or, for numbers that stand alone in a table cell
 * or line, such a label anywhere in the text (a table header) — for PIB also a fiscal-receipt
 * heading (fiskalni račun), whose second line is by law the seller's PIB. A JMBG needs no label:
 * its embedded date plus check digit make chance matches rare; it is reported {@link
 * Mention#sensitive() sensitive}.
 */
final class IdNumberRecognizer implements Recognizer {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![\\p{L}\\p{N}./\\-])(?:RS)?(\\d{13}|\\d{9}|\\d{8})(?![\\p{N}]|[./\\-]\\d|,\\d{1,2}(?!\\d))");

  static final Pattern PIB_LABEL =
      labelPattern(
          "(?<![\\p{L}])(pib|пиб|poreski identifikacioni broj|порески идентификациони број"
              + "|poreski broj|порески број|pdv broj|пдв број|vat (?:no|number|id|reg)|tax id"
              + "|tax identification|tin)(?![\\p{L}])");

  static final Pattern MB_LABEL =
      labelPattern(
          "(?<![\\p{L}])(mb|мб|mbr|мбр|matični broj|maticni broj|матични број|mat\\. ?br|мат\\. ?бр"
              + "|matični br|матични бр|registration (?:no|number)|reg\\. ?(?:no|br)"
              + "|company (?:no|number)|registarski broj|регистарски број)(?![\\p{L}])");

  /** Compiles a label pattern whose words may be separated by any whitespace (labels wrap in PDFs). */
  private static Pattern labelPattern(String regex) {
    return Pattern.compile(regex.replace(" ?", "\\s*").replace(" ", "\\s+"));
  }

  private static final Pattern RECEIPT =
      Pattern.compile("(fiskalni račun|fiskalni racun|фискални рачун)");

  private static final Pattern NOT_JMBG =
      Pattern.compile("(?<![\\p{L}])(ean|gtin|barcode|bar code|бар ?код|bar ?kod)(?![\\p{L}])");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    Matcher m = CANDIDATE.matcher(t);
    Boolean pibDoc = null;
    Boolean mbDoc = null;
    for (int p : ctx.digitStarts()) {
      int from = p >= 2 && t.charAt(p - 2) == 'R' && t.charAt(p - 1) == 'S' ? p - 2 : p;
      if (!ctx.lookingAt(m, from, 16)) {
        continue;
      }
      String d = m.group(1);
      int s = m.start();
      int e = m.end();
      switch (d.length()) {
        case 13 -> {
          if (m.start(1) == s && IdentifierChecks.jmbg(d)
              && !ctx.labelBefore(s, 30, NOT_JMBG)) {
            out.add(new Mention(EntityType.JMBG, d, d, s, e));
          }
        }
        case 9 -> {
          if (!IdentifierChecks.pib(d)) {
            break;
          }
          boolean ok = m.start(1) > s || ctx.labelBefore(s, 48, PIB_LABEL);
          if (!ok && ctx.standsAlone(s, e)) {
            if (pibDoc == null) {
              pibDoc = PIB_LABEL.matcher(ctx.lower()).find() || RECEIPT.matcher(ctx.lower()).find();
            }
            ok = pibDoc;
          }
          if (ok) {
            out.add(new Mention(EntityType.PIB, d, t.substring(s, e), s, e));
          }
        }
        case 8 -> {
          if (m.start(1) > s || !IdentifierChecks.mb(d)) {
            break;
          }
          boolean ok = ctx.labelBefore(s, 48, MB_LABEL);
          if (!ok && ctx.standsAlone(s, e)) {
            if (mbDoc == null) {
              mbDoc = MB_LABEL.matcher(ctx.lower()).find();
            }
            ok = mbDoc;
          }
          if (ok) {
            out.add(new Mention(EntityType.MB, d, d, s, e));
          }
        }
        default -> {
          // not an identifier length
        }
      }
    }
  }
}
