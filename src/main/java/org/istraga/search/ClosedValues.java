package org.istraga.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.istraga.index.IndexSchema;

/**
 * The fixed vocabularies of {@code type:}, {@code script:}, {@code kind:} and {@code ocr:}, and the
 * language codes of {@code lang:}. A value outside them can match no document, so it is refused
 * with the values that exist instead of finding nothing in silence ({@code type:docx} is the
 * extension {@code ext:docx}; {@code type:pdf,word} is {@code type:(pdf OR word)}). A language may
 * be written as its two-letter code ({@code sr}), three-letter code ({@code srp}), English name
 * ({@code serbian}) or tag ({@code sr-Latn}); it is searched as the two-letter code (a three-letter
 * code without one, such as {@code cmn}, as written). Pure functions.
 */
final class ClosedValues {

  private static final Map<String, List<String>> VOCABULARIES = Map.of(
      IndexSchema.TYPE, List.of("pdf", "word", "spreadsheet", "presentation", "email", "image", "archive", "text",
          "html", "audio", "video", "other"),
      IndexSchema.SCRIPT, List.of("cyrillic", "latin", "mixed", "other"),
      IndexSchema.KIND, java.util.Arrays.stream(org.istraga.document.DocumentKind.values())
          .map(org.istraga.document.DocumentKind::label).toList(),
      IndexSchema.OCR, List.of("yes", "no", "pending", "failed"));

  private ClosedValues() {}

  /**
   * The value to search for {@code field} (a language as its two-letter code), or {@code value}
   * itself for fields without a fixed vocabulary.
   *
   * @throws QueryFieldException when the value is outside the field's vocabulary
   */
  static String check(String name, String field, String value) throws QueryFieldException {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (IndexSchema.LANG.equals(field)) {
      return language(name, value, v);
    }
    List<String> allowed = VOCABULARIES.get(field);
    if (allowed == null || allowed.contains(v)) {
      return allowed == null ? value : v;
    }
    StringBuilder hint = new StringBuilder();
    if (v.contains(",") || v.contains(";")) {
      hint.append("; for several values write ").append(name).append(":(")
          .append(String.join(" OR ", v.split("\\s*[,;]\\s*"))).append(')');
    } else if (IndexSchema.TYPE.equals(field) && v.matches("\\.?[a-z0-9]{1,5}")) {
      hint.append("; for a file extension write ext:").append(v.startsWith(".") ? v.substring(1) : v);
    }
    throw new QueryFieldException(name + ": '" + value + "' is not one of " + String.join(", ", allowed) + hint);
  }

  private static String language(String name, String value, String v) throws QueryFieldException {
    String code = v.replace('_', '-');
    int dash = code.indexOf('-');
    if (dash > 0) {
      code = code.substring(0, dash); // sr-Latn, sr-RS
    }
    if (code.matches("[a-z]{2}")) {
      return code;
    }
    for (String iso : Locale.getISOLanguages()) {
      Locale l = new Locale(iso);
      String three;
      try {
        three = l.getISO3Language();
      } catch (java.util.MissingResourceException e) {
        three = "";
      }
      if (code.equals(three) || code.equals(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
        return iso;
      }
    }
    if (code.matches("[a-z]{3}")) {
      return code; // an ISO 639-3 code without a two-letter one (cmn), as the language detector writes it
    }
    throw new QueryFieldException(name + ": '" + value + "' is not a language; write its two-letter code (sr, en, hr)");
  }
}
