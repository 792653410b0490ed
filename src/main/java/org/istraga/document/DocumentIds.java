package org.istraga.document;

import java.util.Locale;
import java.util.regex.Pattern;

/** Document ids: the SHA-256 of the content, and its 12-character short form. */
public final class DocumentIds {

  /** Length of the short id shown to users. */
  public static final int SHORT_LENGTH = 12;
  /** Shortest prefix accepted when resolving an id, as in git. */
  public static final int MIN_PREFIX = 4;

  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

  private DocumentIds() {}

  public static String shortId(String sha256) {
    return sha256 == null ? null : sha256.substring(0, Math.min(SHORT_LENGTH, sha256.length()));
  }

  /** Lowercases and checks a user-supplied id or prefix; null when it is not hex of a valid length. */
  public static String normalizePrefix(String s) {
    if (s == null) {
      return null;
    }
    String p = s.trim().toLowerCase(Locale.ROOT);
    if (p.length() < MIN_PREFIX || p.length() > 64 || !HEX.matcher(p).matches()) {
      return null;
    }
    return p;
  }
}
