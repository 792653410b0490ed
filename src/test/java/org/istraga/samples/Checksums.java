package org.istraga.samples;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Check-digit algorithms for the Serbian identifiers used in the sample leak, so every invented
 * number in {@code samples/} is well-formed (and a validator under test can tell it from a typo).
 *
 * <ul>
 *   <li>PIB (tax number, 9 digits): ISO 7064 MOD 11,10 over the first 8 digits.
 *   <li>Matični broj of a legal entity (8 digits): weights 2,7,6,5,4,3,2 over the first 7 digits (as
 *       in the official registers), check =
 *       11 − (sum mod 11); remainders 0 and 1 have no check digit and are refused here.
 *   <li>JMBG (13 digits): weights 7,6,5,4,3,2,7,6,5,4,3,2, check = 11 − (sum mod 11); again
 *       remainders 0 and 1 are refused.
 *   <li>Bank account (3 + 13 + 2 digits): ISO 7064 MOD 97-10, control = 98 − (n·100 mod 97).
 *   <li>IBAN: ISO 13616 MOD 97-10 check digits.
 * </ul>
 *
 * <p>Pure functions, thread-safe, constant cost.
 */
final class Checksums {

  private static final int[] MB_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
  private static final int[] JMBG_WEIGHTS = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private Checksums() {}

  /** The PIB check digit for its first eight digits. */
  static int pibCheckDigit(String firstEight) {
    requireDigits(firstEight, 8, "PIB prefix");
    int p = 10;
    for (int i = 0; i < 8; i++) {
      int s = (p + (firstEight.charAt(i) - '0')) % 10;
      if (s == 0) {
        s = 10;
      }
      p = (2 * s) % 11;
    }
    return (11 - p) % 10;
  }

  /** True when {@code pib} is nine digits with a correct check digit. */
  static boolean isValidPib(String pib) {
    return isDigits(pib, 9) && pibCheckDigit(pib.substring(0, 8)) == pib.charAt(8) - '0';
  }

  /** The check digit of a legal entity's matični broj for its first seven digits. */
  static int mbCheckDigit(String firstSeven) {
    requireDigits(firstSeven, 7, "matični broj prefix");
    return elevenMinus(weightedRemainder(firstSeven, MB_WEIGHTS), firstSeven);
  }

  /** True when {@code mb} is eight digits with a correct check digit. */
  static boolean isValidMb(String mb) {
    return isDigits(mb, 8) && hasCheck(mb.substring(0, 7), mb.charAt(7), MB_WEIGHTS);
  }

  /** The JMBG check digit for its first twelve digits. */
  static int jmbgCheckDigit(String firstTwelve) {
    requireDigits(firstTwelve, 12, "JMBG prefix");
    return elevenMinus(weightedRemainder(firstTwelve, JMBG_WEIGHTS), firstTwelve);
  }

  /** True when {@code jmbg} is thirteen digits with a correct check digit. */
  static boolean isValidJmbg(String jmbg) {
    return isDigits(jmbg, 13) && hasCheck(jmbg.substring(0, 12), jmbg.charAt(12), JMBG_WEIGHTS);
  }

  /** The two control digits of a Serbian account for its bank code and 13-digit number. */
  static int accountControl(String bank, String number) {
    requireDigits(bank, 3, "bank code");
    requireDigits(number, 13, "account number");
    BigInteger n = new BigInteger(bank + number + "00");
    return 98 - n.mod(BigInteger.valueOf(97)).intValue();
  }

  /** A Serbian account in its usual written form, {@code 160-0000000418725-51}. */
  static String formatAccount(String bank, String number) {
    return String.format(Locale.ROOT, "%s-%s-%02d", bank, number, accountControl(bank, number));
  }

  /** True when {@code account} is written {@code bbb-nnnnnnnnnnnnn-cc} with correct control. */
  static boolean isValidAccount(String account) {
    String[] parts = account.split("-", -1);
    return parts.length == 3
        && isDigits(parts[0], 3)
        && isDigits(parts[1], 13)
        && isDigits(parts[2], 2)
        && accountControl(parts[0], parts[1]) == Integer.parseInt(parts[2]);
  }

  /** The IBAN (electronic form, no spaces) for a country code and its basic account number. */
  static String iban(String country, String bban) {
    BigInteger n = new BigInteger(ibanDigits(bban + country + "00"));
    int check = 98 - n.mod(BigInteger.valueOf(97)).intValue();
    return String.format(Locale.ROOT, "%s%02d%s", country, check, bban);
  }

  /** True when {@code iban} (spaces allowed) passes the ISO 13616 MOD 97-10 check. */
  static boolean isValidIban(String iban) {
    String s = iban.replace(" ", "");
    if (s.length() < 5 || !s.substring(0, 2).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    String rearranged = s.substring(4) + s.substring(0, 4);
    if (!rearranged.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
      return false;
    }
    return new BigInteger(ibanDigits(rearranged)).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  /** An IBAN in print form: groups of four separated by single spaces. */
  static String printIban(String iban) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(iban, i, Math.min(i + 4, iban.length()));
    }
    return out.toString();
  }

  private static String ibanDigits(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        out.append(c - 'A' + 10);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean hasCheck(String prefix, char check, int[] weights) {
    int r = weightedRemainder(prefix, weights);
    return r > 1 && 11 - r == check - '0';
  }

  private static int weightedRemainder(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum % 11;
  }

  private static int elevenMinus(int remainder, String prefix) {
    if (remainder <= 1) {
      throw new IllegalArgumentException(
          "no check digit exists for prefix " + prefix + " (sum mod 11 = " + remainder
              + "); choose another number");
    }
    return 11 - remainder;
  }

  private static void requireDigits(String s, int length, String what) {
    if (!isDigits(s, length)) {
      throw new IllegalArgumentException(what + " must be " + length + " digits: " + s);
    }
  }

  private static boolean isDigits(String s, int length) {
    return s != null && s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
