package org.istraga.entities;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, validated and formatted with Google libphonenumber.
 *
 * <p>Candidates are digit groups with phone-like separators that start with {@code +}, {@code
 * 00}, a bracketed country or area code, or a national trunk {@code 0} (Serbian and UK national
 * formats), plus North-American {@code (212) 555-1234} / {@code 212-555-1234} layouts. A
 * candidate is reported only if libphonenumber says it is a valid number: international forms
 * for their own country; national forms with a leading 0 first as Serbian (so {@code 011/123-4567}
 * → {@code +381111234567}), then as British — unless the number is a JSON string value in a
 * record that states its country ({@code "countryName": "Paraguay"} in OCDS procurement data):
 * then it is read for that country only; NANP layouts as US/Canada. The value is E.164.
 * Numbers without a leading 0 or + (bare 6-10 digit runs) are not reported: in procurement texts
 * they are far more often amounts, file numbers or codes than phones. For the same reason a
 * national number written as one unbroken run ({@code 0112345678}) needs a phone word (tel,
 * mob, fax, телефон, phone, kontakt...) in the 40 chars before it; written with separators
 * ({@code 011/234-5678}) it does not. Not phones either: the seconds of a timestamp
 * ({@code 16:17:01.486931}), a table row of dotted amounts ({@code 06 1.000 1.000}), a file
 * number with a dash before its slash ({@code 02-240/18-6323}), a number that runs on into a path
 * ({@code 02161-0062/SL05.DOC}), and a North-American layout written only with dots ({@code
 * 252.247.7023}) unless a phone word comes before it. A comma before a number separates it (a
 * CSV cell: {@code ...,+381 11 555 0147,...}) unless a digit comes before the comma (a decimal).
 */
final class PhoneRecognizer implements Recognizer {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+/.\\-])(?<!\\d:)(?<!\\d,)"
              + "(?:(?:\\+|00)\\s?\\d|\\(\\s?(?:\\+|00)?\\d{1,4}(?:\\s\\d{1,4})?\\s?\\)|0\\d)"
              + "[\\d ()./\\-\\u00A0]{4,22}+");

  private static final Pattern NANP =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+/.\\-])(?<!\\d:)(?<!\\d,)(?:\\+?1[ .\\-])?"
              + "(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[ .\\-])"
              + "[2-9]\\d{2}[ .\\-]\\d{4}(?![\\p{N}\\-/]|[.,]\\d)");

  private static final Pattern NANP_AREA = Pattern.compile("\\(\\s?[2-9]\\d{2}\\s?\\)");

  private static final Pattern DATE_LIKE =
      Pattern.compile("\\d{1,2}[./\\-]\\s?\\d{1,2}[./\\-]\\s?(?:19|20)\\d{2}.*");
  /** Words that announce a phone number (lower case, either script). */
  private static final Pattern PHONE_LABEL =
      Pattern.compile(
          "(?<![\\p{L}])(tel|telefon\\p{L}{0,3}|тел|телефон\\p{L}{0,3}|mob|mobilni|mobitel|моб"
              + "|мобилни|fax|faks|факс|phone|ph|cell|mobile|gsm|kontakt\\p{L}{0,3}"
              + "|контакт\\p{L}{0,3}|pozovite|позовите|call|broj telefona|број телефона)(?![\\p{L}])");

  private static final Pattern MONEY_LIKE = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?");

  /** Two dotted amounts in one candidate: a table row ("06 1.000 1.000", "01 48.000 48.000"). */
  private static final Pattern AMOUNT_ROW =
      Pattern.compile(".*(?:^|\\s)\\d{1,3}(?:\\.\\d{3})+\\s+\\d{1,3}(?:\\.\\d{3})+(?:\\s.*)?");

  /** A dash-separated group before a slash: a file number ("02-240/18-6323"), not 011/123-456. */
  private static final Pattern FILE_NUMBER = Pattern.compile(".*\\d-\\d+/\\d.*");

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    String t = ctx.text;
    Matcher m = CANDIDATE.matcher(t);
    int after = 0;
    for (int s = 0; s < t.length(); s++) {
      char c = t.charAt(s);
      if (s < after || !(c == '+' || c == '(' || (c == '0' && (s == 0
          || !Character.isDigit(t.charAt(s - 1))))) || digitsAhead(t, s, 24) < 8
          || !ctx.lookingAt(m, s, 40)) {
        continue;
      }
      after = m.end();
      int start = m.start();
      int end = m.end();
      int gap = t.indexOf("  ", start);
      if (gap >= 0 && gap < end) {
        end = gap; // a layout column gap ends the number
      }
      end = trimEnd(t, start, end);
      if (end - start < 7) {
        continue;
      }
      String raw = t.substring(start, end);
      if (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
        continue;
      }
      if (end + 1 < t.length() && "/\\_".indexOf(t.charAt(end)) >= 0
          && Character.isLetterOrDigit(t.charAt(end + 1))) {
        continue; // part of a path or document reference: "[02161-0062/SL050800.028.DOC]"
      }
      if (DATE_LIKE.matcher(raw).matches() || MONEY_LIKE.matcher(raw).matches()
          || AMOUNT_ROW.matcher(raw).matches() || FILE_NUMBER.matcher(raw).matches()
          || NANP_AREA.matcher(raw).lookingAt()) {
        continue; // dates, amounts, file numbers; "(212) ..." is left to the NANP pattern
      }
      int digits = countDigits(raw);
      if (digits < 8 || digits > 15) {
        continue;
      }
      if (digits == raw.length() && raw.charAt(1) != '0'
          && !ctx.labelBefore(start, 40, PHONE_LABEL)) {
        continue; // "0112345678" alone: a case file, payment reference or code without "tel."
      }
      String country = raw.startsWith("0") && start > 0 && t.charAt(start - 1) == '"'
          ? statedCountry(t, start, end) : null; // a JSON string value: its record's country
      String e164 = country == null || country.equals("RS") ? validate(raw)
          : parse(raw.replace("(0)", "").replace('\u00A0', ' ').trim(), country);
      if (e164 != null) {
        out.add(new Mention(EntityType.PHONE, e164, raw, start, end));
      }
    }
    m = NANP.matcher(t);
    for (int s = 0; s < t.length(); s++) {
      char c = t.charAt(s);
      if (!(c == '+' || c == '(' || (c >= '1' && c <= '9' && (s == 0
          || !Character.isDigit(t.charAt(s - 1))))) || digitsAhead(t, s, 18) < 10
          || !ctx.lookingAt(m, s, 24)) {
        continue;
      }
      String raw = m.group();
      if (raw.indexOf('-') < 0 && raw.indexOf(' ') < 0 && raw.indexOf('(') < 0
          && !ctx.labelBefore(m.start(), 40, PHONE_LABEL)) {
        continue; // "252.247.7023" (a clause number), "273.879.7501" (a count) without "phone"
      }
      String e164 = parse(raw, "US");
      if (e164 != null) {
        out.add(new Mention(EntityType.PHONE, e164, raw, m.start(), m.end()));
      }
    }
  }

  /** A structured record's country field: OCDS/JSON "countryName": "Paraguay", "country": "PY". */
  private static final Pattern COUNTRY_FIELD =
      Pattern.compile(
          "\"(?:countryName|country|countryCode)\"\\s{0,3}:\\s{0,3}\"([^\"\\n]{2,60})\"");

  /** How far before or after a number its record's country field may be. */
  private static final int COUNTRY_WINDOW = 600;

  /**
   * The ISO code of the country that the record around a national number written as a JSON
   * string value states (the nearest
   * "countryName"/"country"/"countryCode" field within {@value #COUNTRY_WINDOW} chars, as in OCDS
   * procurement JSON), or null if none is stated or the name is not known. A number with a
   * trunk 0 in a Paraguayan party's record ("021 201670") is then read as Paraguayan, not as a
   * Serbian number. Cost: one bounded regex scan per national candidate.
   */
  static String statedCountry(String t, int start, int end) {
    Matcher c = COUNTRY_FIELD.matcher(t);
    c.region(Math.max(0, start - COUNTRY_WINDOW), Math.min(t.length(), end + COUNTRY_WINDOW));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (c.find()) {
      int d = c.start() < start ? start - c.end() : c.start() - end;
      if (d < bestDistance) {
        bestDistance = d;
        best = c.group(1);
      }
    }
    return best == null ? null : CountryNames.code(best);
  }

  /** English country names and ISO codes to ISO codes, from the JDK's locale data. */
  private static final class CountryNames {
    private static final java.util.Map<String, String> CODES = build();

    private static java.util.Map<String, String> build() {
      java.util.Map<String, String> m = new java.util.HashMap<>();
      for (String cc : java.util.Locale.getISOCountries()) {
        java.util.Locale l = new java.util.Locale("", cc);
        m.put(cc.toLowerCase(java.util.Locale.ROOT), cc);
        m.put(l.getISO3Country().toLowerCase(java.util.Locale.ROOT), cc);
        m.put(l.getDisplayCountry(java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT), cc);
      }
      m.put("uk", "GB");
      m.put("srbija", "RS");
      m.put("србија", "RS");
      m.put("united states of america", "US");
      return java.util.Map.copyOf(m);
    }

    static String code(String name) {
      return CODES.get(name.trim().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** E.164 form of a phone number written in a Serbian-context text, or null if not valid. */
  static String validate(String raw) {
    String s = raw.replace("(0)", "").replace('\u00A0', ' ').trim();
    String compact = s.replaceAll("[\\s()]", "");
    if (compact.startsWith("+") || compact.startsWith("00")) {
      return parse(s, "RS");
    }
    String rs = parse(s, "RS");
    if (rs != null) {
      return rs;
    }
    return parse(s, "GB");
  }

  private static String parse(String s, String region) {
    try {
      PhoneNumber n = UTIL.parse(s, region);
      if (UTIL.isValidNumber(n)) {
        return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
      }
    } catch (NumberParseException e) {
      // not a phone number: the candidate is simply not reported
    }
    return null;
  }

  /** Drops trailing separators and unbalanced brackets from a candidate. */
  private static int trimEnd(String t, int start, int end) {
    return TrailingPunctuation.trimEnd(t, start, end, " .-/(\u00A0", ")");
  }

  /** Digits among the next {@code span} chars, stopping at a letter or line break. */
  private static int digitsAhead(String t, int from, int span) {
    int n = 0;
    int end = Math.min(t.length(), from + span);
    for (int i = from; i < end; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      } else if (c == '\n' || Character.isLetter(c)) {
        break;
      }
    }
    return n;
  }

  private static int countDigits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
