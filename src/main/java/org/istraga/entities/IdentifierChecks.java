package org.istraga.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Check-digit rules for the identifiers the extractor validates. All methods take the digits
 * (and for IBAN, letters) without separators and are pure, allocation-light and thread-safe.
 */
public final class IdentifierChecks {

  private IdentifierChecks() {}

  /**
   * Serbian PIB (tax id): 9 digits, the last an ISO 7064 MOD 11,10 check digit over the first 8.
   */
  static boolean pib(CharSequence d) {
    if (d.length() != 9 || !allDigits(d)) {
      return false;
    }
    int p = 10;
    for (int i = 0; i < 8; i++) {
      int s = (d.charAt(i) - '0' + p) % 10;
      if (s == 0) {
        s = 10;
      }
      p = (2 * s) % 11;
    }
    int check = (11 - p) % 10;
    return check == d.charAt(8) - '0';
  }

  /**
   * Serbian matični broj of a legal entity: 8 digits; the last is a mod-11 check digit over the
   * first 7 with weights 2, 3, 4, 5, 6, 7, 2 taken from the right (the same weight cycle as JMBG):
   * K = 11 − (Σ dᵢ·wᵢ mod 11), where 10 and 11 are written 0. Verified against published numbers
   * of Serbian schools, agencies and firms.
   */
  static boolean mb(CharSequence d) {
    if (d.length() != 8 || !allDigits(d)) {
      return false;
    }
    int[] w = {2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (d.charAt(i) - '0') * w[i];
    }
    int k = 11 - sum % 11;
    if (k > 9) {
      k = 0;
    }
    return k == d.charAt(7) - '0';
  }

  /**
   * JMBG (unique master citizen number): DDMMYYYRRBBBK. The date must exist (YYY 9xx → 19xx, 0xx →
   * 20xx, not in the future of the year 2100), and K = 11 − (7(a+g) + 6(b+h) + 5(c+i) + 4(d+j) +
   * 3(e+k) + 2(f+l)) mod 11, where 10 and 11 are written 0.
   */
  public static boolean jmbg(CharSequence d) {
    if (d.length() != 13 || !allDigits(d)) {
      return false;
    }
    int day = num(d, 0, 2);
    int month = num(d, 2, 4);
    int yyy = num(d, 4, 7);
    int year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
    if (year > 2099) {
      return false;
    }
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return false;
    }
    int[] w = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (d.charAt(i) - '0') * w[i];
    }
    int k = 11 - sum % 11;
    if (k > 9) {
      k = 0;
    }
    return k == d.charAt(12) - '0';
  }

  /**
   * Serbian bank account: 18 digits = 3-digit bank, 13-digit account, 2 control digits, with
   * control = 98 − (first 16 digits · 100 mod 97) (ISO 7064 MOD 97-10).
   */
  static boolean serbianAccount(CharSequence d) {
    if (d.length() != 18 || !allDigits(d)) {
      return false;
    }
    int r = 0;
    for (int i = 0; i < 16; i++) {
      r = (r * 10 + d.charAt(i) - '0') % 97;
    }
    r = (r * 100) % 97;
    int control = 98 - r;
    return control == num(d, 16, 18);
  }

  /** IBAN length per country (ISO 13616 registry). */
  private static final Map<String, Integer> IBAN_LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
          Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
          Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
          Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
          Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
          Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27),
          Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18),
          Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
          Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
          Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
          Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
          Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24),
          Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31),
          Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
          Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
          Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33), Map.entry("SA", 24),
          Map.entry("SC", 31), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
          Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23),
          Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
          Map.entry("VG", 24), Map.entry("XK", 20));

  /** The IBAN length of a country, or 0 when the country does not use IBANs. */
  static int ibanLength(String country) {
    Integer n = IBAN_LENGTHS.get(country);
    return n == null ? 0 : n;
  }

  /** IBAN: registered country, its length, and ISO 7064 MOD 97-10 = 1 over the rearranged code. */
  static boolean iban(CharSequence s) {
    if (s.length() < 15 || s.length() > 34) {
      return false;
    }
    String country = s.subSequence(0, 2).toString();
    if (ibanLength(country) != s.length()) {
      return false;
    }
    int r = 0;
    int n = s.length();
    for (int k = 0; k < n; k++) {
      char c = s.charAt((k + 4) % n);
      if (c >= '0' && c <= '9') {
        r = (r * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        r = (r * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return r == 1;
  }

  private static final boolean[] CPV_DIVISIONS = new boolean[100];

  static {
    int[] divisions = {
      3, 9, 14, 15, 16, 18, 19, 22, 24, 30, 31, 32, 33, 34, 35, 37, 38, 39, 41, 42, 43, 44, 45, 48,
      50, 51, 55, 60, 63, 64, 65, 66, 70, 71, 72, 73, 75, 76, 77, 79, 80, 85, 90, 92, 98
    };
    for (int d : divisions) {
      CPV_DIVISIONS[d] = true;
    }
  }

  /**
   * CPV main-vocabulary code (8 digits): the first two digits must be one of the 45 CPV 2008
   * divisions. The ninth (check) digit is not verified: the rule published with the vocabulary
   * does not reproduce the official check digits (acknowledged by the EU Publications Office),
   * so validating it would reject real codes.
   */
  static boolean cpv(CharSequence d) {
    return d.length() == 8 && allDigits(d) && CPV_DIVISIONS[num(d, 0, 2)];
  }

  static boolean allDigits(CharSequence d) {
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(CharSequence d, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + d.charAt(i) - '0';
    }
    return v;
  }
}
