package org.istraga.search;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The international form of a phone number typed in a query. The phone extractor stores every
 * number it finds in its international (E.164) form, read in a Serbian context ({@code 011/555-0147}
 * is {@code +381115550147}), so a query typed the way the text or a contact list writes it
 * ({@code 011 555 0147}, {@code 011/555-0147}, {@code 063 123 4567}) must be read the same way to
 * meet it. Thread-safe; cost: one libphonenumber parse.
 */
final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** The region a number without its country code is read in, as the extractor reads the texts. */
  private static final String REGION = "RS";

  private PhoneNumbers() {}

  /**
   * {@code text} as a valid phone number in E.164 form ({@code +381115550147}): international
   * ({@code +381 11 555 0147}, {@code 00381...}) or national in Serbia ({@code 011/555-0147});
   * null when it is no valid number.
   */
  static String international(String text) {
    String s = text.replace("(0)", "").strip();
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    try {
      PhoneNumber n = UTIL.parse(s, REGION);
      return UTIL.isValidNumber(n) ? UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
    } catch (NumberParseException e) {
      return null; // not a phone number: searched as written
    }
  }
}
