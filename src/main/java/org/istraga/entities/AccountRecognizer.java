package org.istraga.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs and Serbian bank account numbers.
 *
 * <ul>
 *   <li>IBAN: two capital letters, two check digits, then the country's registered length of
 *       letters and digits, with or without spaces every four characters; the ISO 7064 MOD 97-10
 *       checksum must hold. Value: compact upper case ({@code RS35105008123123123173}).
 *   <li>BANK_ACCOUNT: {@code 160-0000000012345-67} and short forms such as {@code 160-12345-67}
 *       (3-digit bank, up to 13-digit account, 2 control digits), validated with control = 98 −
 *       (number·100 mod 97); and the 18-digit compact form, or the full form with spaces for
 *       dashes ({@code 160 0000000012345 67}), only after an account word (račun, рачун, žiro,
 *       tekući, account...). Value: the padded form {@code 160-0000000012345-67}.
 * </ul>
 */
final class AccountRecognizer implements Recognizer {

  private static final Pattern DASHED =
      Pattern.compile("(?<![\\p{N}\\-/.])(\\d{3})-(\\d{1,13})-(\\d{2})(?![\\p{N}]|-\\d|/\\d)");

  private static final Pattern COMPACT = Pattern.compile("(?<![\\p{N}\\-/.])\\d{18}(?![\\p{N}])");

  /** "160 0000004512378 68": the full form with spaces for dashes (forms, OCR). */
  private static final Pattern SPACED =
      Pattern.compile("(?<![\\p{N}\\-/.])(?<!\\d,)(\\d{3}) (\\d{13}) (\\d{2})(?![\\p{N}]|\\.\\d|,\\d{1,2}(?!\\d))");

  private static final Pattern ACCOUNT_WORD =
      Pattern.compile(
          "(račun|racun|рачун|žiro|ziro|жиро|tekući|tekuci|текући|account|acct|a/c|tr\\b|т\\.р\\.)");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    TextContext.Tokens tok = ctx.tokens();
    for (int k = 0; k < tok.count; k++) {
      int s = tok.start[k];
      if (tok.end[k] - s >= 4 && isUpper(t.charAt(s)) && isUpper(t.charAt(s + 1))
          && isDigit(t.charAt(s + 2)) && isDigit(t.charAt(s + 3))) {
        findIban(t, s, out);
      }
    }
    Matcher dashed = DASHED.matcher(t);
    Matcher compact = COMPACT.matcher(t);
    Matcher spaced = SPACED.matcher(t);
    for (int p : ctx.digitStarts()) {
      if (ctx.lookingAt(dashed, p, 24)) {
        String bank = dashed.group(1);
        String acct = dashed.group(2);
        String control = dashed.group(3);
        String padded = "0".repeat(13 - acct.length()) + acct;
        String digits = bank + padded + control;
        if (IdentifierChecks.serbianAccount(digits)) {
          out.add(new Mention(EntityType.BANK_ACCOUNT, bank + "-" + padded + "-" + control,
              dashed.group(), p, dashed.end()));
        }
      } else if (ctx.lookingAt(spaced, p, 21)) {
        String d = spaced.group(1) + spaced.group(2) + spaced.group(3);
        if (IdentifierChecks.serbianAccount(d) && ctx.labelBefore(p, 60, ACCOUNT_WORD)) {
          out.add(new Mention(EntityType.BANK_ACCOUNT,
              spaced.group(1) + "-" + spaced.group(2) + "-" + spaced.group(3), spaced.group(), p,
              spaced.end()));
        }
      } else if (ctx.lookingAt(compact, p, 19)) {
        String d = compact.group();
        if (IdentifierChecks.serbianAccount(d) && ctx.labelBefore(p, 60, ACCOUNT_WORD)) {
          out.add(new Mention(EntityType.BANK_ACCOUNT,
              d.substring(0, 3) + "-" + d.substring(3, 16) + "-" + d.substring(16), d, p,
              compact.end()));
        }
      }
    }
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Reads an IBAN of the registered length starting at {@code start}, allowing single spaces. */
  private static void findIban(String t, int start, List<Mention> out) {
    String country = t.substring(start, start + 2);
    int len = IdentifierChecks.ibanLength(country);
    if (len == 0) {
      return;
    }
    StringBuilder compact = new StringBuilder(len);
    int i = start;
    while (i < t.length() && compact.length() < len) {
      char c = t.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        compact.append(c);
        i++;
      } else if (c == ' ' && compact.length() > 0 && i + 1 < t.length()
          && Character.isLetterOrDigit(t.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (compact.length() != len) {
      return;
    }
    if (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
      // glued to more characters: only accept if a space separates what follows
      return;
    }
    if (IdentifierChecks.iban(compact)) {
      out.add(new Mention(EntityType.IBAN, compact.toString(), t.substring(start, i), start, i));
    }
  }
}
