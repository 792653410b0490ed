package org.istraga.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.istraga.index.Analyzers;
import org.istraga.index.EntityFields;
import org.istraga.index.IndexSchema;

/**
 * The entity-field alternatives of a bare query term that is a value pasted or typed from a
 * document: an account, tax, registration or phone number (looked up compacted in the identifier
 * fields, a phone also in its international form) and a whole date (looked up in {@code
 * date-mention}). {@link CaseQueryParser} adds them beside the term's text query. Thread-safe.
 */
final class PastedValues {

  /** The entity field of phone numbers (international form). */
  static final String PHONE = "phone";
  /** Letters, digits and the punctuation of written account, tax and phone numbers. */
  private static final Pattern IDENTIFIER_TEXT = Pattern.compile("[\\p{L}\\p{N} +\\-/.()]+");
  /** Digits a bare value needs to be also looked up as an identifier (PIB has 9, MB 8, phones 8+). */
  private static final int MIN_IDENTIFIER_DIGITS = 6;
  /** The entity field of Serbian bank accounts (stored padded: {@code 160-0000000123456-54}). */
  private static final String BANK_ACCOUNT = "bank-account";
  /** A Serbian account in its short form: bank, account without its leading zeros, control digits. */
  private static final Pattern SHORT_ACCOUNT = Pattern.compile("(\\d{3})[- ](\\d{1,12})[- ](\\d{2})");
  /** The entity field of IBANs (stored compact: {@code RS35160000000012345654}). */
  private static final String IBAN = "iban";
  /** A Serbian IBAN, compact. */
  private static final Pattern SERBIAN_IBAN = Pattern.compile("(?i)RS\\d{20}");
  /** A Serbian account in full: bank, 13 digits, control digits, with or without dashes. */
  private static final Pattern FULL_ACCOUNT = Pattern.compile("\\d{3}-?\\d{13}-?\\d{2}");
  /** 0: the best field counts alone. */
  private static final float TIE_BREAKER = 0f;

  private final Set<String> indexedFields;

  /** @param indexedFields fields present in the index (entity fields absent from it are not searched) */
  PastedValues(Set<String> indexedFields) {
    this.indexedFields = indexedFields;
  }

  /**
   * A bare word or phrase that looks like an account, tax, registration or phone number ({@code
   * RS35160000000041872551}, {@code "RS35 1600 0000 0041 8725 51"}, {@code 160-123456-78}) is also
   * looked up, compacted, in the identifier fields the entity extractors filled, so it finds the
   * document whatever spacing or punctuation either side used. Null when the text is no such
   * number (fewer than {@value #MIN_IDENTIFIER_DIGITS} digits, or other characters than letters,
   * digits and {@code space + - / . ( )}).
   */
  Query identifiers(String text) {
    if (!IDENTIFIER_TEXT.matcher(text).matches()) {
      return null;
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    if (digits < MIN_IDENTIFIER_DIGITS) {
      return null;
    }
    List<Query> fields = new ArrayList<>();
    for (String field : IndexSchema.IDENTIFIER_FIELDS) {
      if (indexedFields.contains(field)) {
        fields.add(new TermQuery(new Term(field, Analyzers.normalize(field, text))));
      }
    }
    String account = indexedFields.contains(BANK_ACCOUNT) ? paddedAccount(text) : null;
    if (account != null) { // 160-123456-54 typed, 160-0000000123456-54 printed: the extractor stored it padded
      fields.add(new TermQuery(new Term(BANK_ACCOUNT, Analyzers.normalize(BANK_ACCOUNT, account))));
    }
    String domestic = indexedFields.contains(BANK_ACCOUNT) ? accountOfIban(text) : null;
    if (domestic != null) { // RS35 1600 0000 0012 3456 54 typed, 160-0000000123456-54 printed
      fields.add(new TermQuery(new Term(BANK_ACCOUNT, Analyzers.normalize(BANK_ACCOUNT, domestic))));
    }
    String iban = indexedFields.contains(IBAN) ? ibanOfAccount(account != null ? account : text) : null;
    if (iban != null) { // 160-0000000123456-54 typed, RS35160000000012345654 printed
      fields.add(new TermQuery(new Term(IBAN, Analyzers.normalize(IBAN, iban))));
    }
    String phone = indexedFields.contains(PHONE) ? PhoneNumbers.international(text) : null;
    if (phone != null) { // typed the national way (011 555 0147): the extractor stored +381115550147
      fields.add(new TermQuery(new Term(PHONE, Analyzers.normalize(PHONE, phone))));
    }
    if (fields.isEmpty()) {
      return null;
    }
    return fields.size() == 1 ? fields.get(0) : new DisjunctionMaxQuery(fields, TIE_BREAKER);
  }

  /**
   * The Serbian account inside a Serbian IBAN ({@code RS35 1600 0000 0012 3456 54} → {@code
   * 160000000012345654}: the IBAN is {@code RS}, two check digits and the 18 digits of the
   * account), or null for other text.
   */
  static String accountOfIban(String text) {
    String compact = text.replaceAll("[\\s\\-]", "");
    return SERBIAN_IBAN.matcher(compact).matches() ? compact.substring(4) : null;
  }

  /**
   * The IBAN of a Serbian account typed in full ({@code 160-0000000123456-54} or its 18 digits):
   * {@code RS}, the ISO 7064 MOD 97-10 check digits, the 18 digits; null for other text.
   */
  static String ibanOfAccount(String text) {
    String digits = text.strip();
    if (!FULL_ACCOUNT.matcher(digits).matches()) {
      return null;
    }
    digits = digits.replaceAll("[\\s\\-]", "");
    int r = 0;
    for (char c : (digits + "2728" + "00").toCharArray()) { // R = 27, S = 28
      r = (r * 10 + (c - '0')) % 97;
    }
    return String.format("RS%02d%s", 98 - r, digits);
  }

  /**
   * The full form of a Serbian account typed short ({@code 160-123456-54} → {@code
   * 160-0000000123456-54}, the account part padded to 13 digits), or null for other text.
   */
  static String paddedAccount(String text) {
    java.util.regex.Matcher m = SHORT_ACCOUNT.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    return m.group(1) + "-" + "0".repeat(13 - m.group(2).length()) + m.group(2) + "-" + m.group(3);
  }

  /**
   * A bare term that is a whole date ({@code 14.8.2019}, {@code 2019-08-14}, {@code 14/08/2019};
   * {@link ValueParsers#dayOf}) also finds the documents that mention that day in any notation the
   * date extractor reads ({@code 14.08.2019.}, {@code 14. avgusta 2019}, {@code 14 August 2019}):
   * the day in {@code date-mention}. Null for other terms, or when no document has date mentions.
   */
  Query dayMentioned(String text) {
    String day = ValueParsers.dayOf(text);
    if (day == null || !indexedFields.contains(EntityFields.DATE_MENTION)) {
      return null;
    }
    return new TermQuery(new Term(EntityFields.DATE_MENTION, day));
  }
}
