package org.istraga.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.istraga.index.EntityFields;
import org.istraga.index.IndexSchema;

/**
 * A field name users may write in a query ({@code type:pdf}), the index field it reads and how its
 * values are interpreted. {@link #lookup} resolves names and aliases; docs/search.md lists them.
 *
 * @param name the name users write
 * @param indexField the Lucene field searched
 * @param kind how values are parsed
 * @param help one line for error messages and docs
 */
public record QueryField(String name, String indexField, Kind kind, String help) {

  /** How a field's values are turned into queries. */
  public enum Kind {
    /** No field given: words are looked up in the text and the main metadata fields. */
    DEFAULT,
    /** Analysed words with positions: terms, phrases, proximity, wildcards, fuzzy, regex. */
    WORDS,
    /** Analysed words without positions: terms only (a phrase becomes AND of its words). */
    TERMS,
    /** Path or file-name segments; wildcards with separators match the whole path or name. */
    PATH,
    /** One folded token per value: exact values, wildcards, ranges of terms. */
    KEYWORD,
    /** A document id or unique prefix (hex). */
    ID,
    /** Whole number (point field). */
    INT,
    /** Size in bytes; units KB, MB, GB accepted. */
    SIZE,
    /** Instant; years, months, days or full ISO date-times accepted. */
    DATE,
    /** Decimal number (amounts, percentages). */
    DOUBLE,
    /** A tag from the findings journal, outside the index. */
    TAG
  }

  /** The name of the implicit field of words without {@code field:}. */
  public static final String DEFAULT_FIELD = "_default";

  private static final Map<String, QueryField> FIELDS = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();

  static {
    add("text", IndexSchema.TEXT, Kind.WORDS, "document text, folded (case, accents and script ignored)");
    add("exact", IndexSchema.EXACT, Kind.WORDS, "document text as written (case, accents and script kept)");
    add("stem", IndexSchema.STEM, Kind.TERMS, "English stems of English documents");
    add("stem_sr", IndexSchema.STEM_SR, Kind.TERMS, "Serbian stems of Serbian/Croatian/Bosnian documents");
    add("title", IndexSchema.TITLE, Kind.WORDS, "document title");
    add("subject", IndexSchema.SUBJECT, Kind.WORDS, "e-mail subject");
    add("author", IndexSchema.AUTHOR, Kind.WORDS, "authors");
    add("producer", IndexSchema.PRODUCER, Kind.WORDS, "creating or producing software");
    add("company", IndexSchema.COMPANY, Kind.WORDS, "company in the document properties");
    add("from", IndexSchema.FROM, Kind.WORDS, "e-mail sender (From, Reply-To): name, address or domain");
    add("to", IndexSchema.TO, Kind.WORDS, "e-mail recipients (To, Cc, Bcc): name, address or domain");
    add("path", IndexSchema.PATH, Kind.PATH, "any folder, file or entry name in any of the document's paths");
    add("name", IndexSchema.NAME, Kind.PATH, "file or entry name");
    add("type", IndexSchema.TYPE, Kind.KEYWORD, "type group: pdf, word, spreadsheet, email, image...");
    add("mime", IndexSchema.MIME, Kind.KEYWORD, "media type, e.g. application/pdf");
    add("ext", IndexSchema.EXT, Kind.KEYWORD, "file extension without the dot");
    add("lang", IndexSchema.LANG, Kind.KEYWORD, "language code: sr, en, hr...");
    add("script", IndexSchema.SCRIPT, Kind.KEYWORD, "cyrillic, latin, mixed or other");
    add("status", IndexSchema.STATUS, Kind.KEYWORD, "extraction status: ok, empty, encrypted, corrupt...");
    add("flag", IndexSchema.FLAG, Kind.KEYWORD, "forensic consistency flag");
    add("kind", IndexSchema.KIND, Kind.KEYWORD, "file, embedded or revision");
    add("ocr", IndexSchema.OCR, Kind.KEYWORD, "yes (text from OCR), no, pending or failed");
    add("message-id", IndexSchema.MESSAGE_ID, Kind.KEYWORD, "e-mail Message-ID, with or without <>");
    add("thread", IndexSchema.THREAD, Kind.KEYWORD,
        "e-mail conversation: Message-ID of its first message (show prints it)");
    add("id", IndexSchema.ID, Kind.ID, "document id (SHA-256) or a prefix of it");
    add("parent", IndexSchema.PARENT, Kind.ID, "id of the direct container (children of a zip, e-mail...)");
    add("year", IndexSchema.YEAR, Kind.INT, "year of the document date");
    add("date", IndexSchema.DATE, Kind.DATE, "document date: 2024, 2024-03, 2024-03-05 or ranges");
    add("size", IndexSchema.SIZE, Kind.SIZE, "size in bytes; KB, MB, GB accepted");
    add("pages", IndexSchema.PAGES, Kind.INT, "number of pages");
    add("depth", IndexSchema.DEPTH, Kind.INT, "nesting depth: 0 for files, 1 for their children...");
    add("tag", "tag", Kind.TAG, "tag given in the findings journal");
    add("org", "org", Kind.WORDS, "organization mentioned");
    add("watchlist", "watchlist", Kind.WORDS, "watchlist name mentioned");
    add("iban", "iban", Kind.KEYWORD, "IBAN mentioned (spaces ignored)");
    add("bank-account", "bank-account", Kind.KEYWORD, "domestic bank account mentioned");
    add("pib", "pib", Kind.KEYWORD, "tax number (PIB) mentioned");
    add("mb", "mb", Kind.KEYWORD, "company registration number (MB) mentioned");
    add("jmbg", "jmbg", Kind.KEYWORD, "personal number mentioned (never shown in facets)");
    add("phone", "phone", Kind.KEYWORD, "phone number mentioned, international form");
    add("email", "email", Kind.KEYWORD, "e-mail address mentioned");
    add(EntityFields.EMAIL_DOMAIN, EntityFields.EMAIL_DOMAIN, Kind.KEYWORD, "domain of an e-mail address mentioned");
    add("url", "url", Kind.KEYWORD, "URL mentioned");
    add("domain", "domain", Kind.KEYWORD, "internet domain mentioned");
    add("procurement-number", "procurement-number", Kind.KEYWORD, "public procurement number mentioned");
    add("contract-number", "contract-number", Kind.KEYWORD, "contract number mentioned");
    add("cpv", "cpv", Kind.KEYWORD, "CPV procurement code mentioned");
    add(EntityFields.DATE_MENTION, EntityFields.DATE_MENTION, Kind.KEYWORD, "date mentioned in the text (yyyy-mm-dd)");
    add(EntityFields.AMOUNT, EntityFields.AMOUNT, Kind.DOUBLE, "money amount mentioned (with currency:X, in that currency)");
    add(EntityFields.CURRENCY, EntityFields.CURRENCY, Kind.KEYWORD, "currency of a money amount mentioned (ISO code)");
    add(EntityFields.PERCENT, EntityFields.PERCENT, Kind.DOUBLE, "percentage mentioned");

    ALIASES.put("language", "lang");
    ALIASES.put("filename", "name");
    ALIASES.put("file", "name");
    ALIASES.put("creator", "producer");
    ALIASES.put("tool", "producer");
    ALIASES.put("cc", "to");
    ALIASES.put("sender", "from");
    ALIASES.put("recipient", "to");
    ALIASES.put("procurement", "procurement-number");
    ALIASES.put("contract", "contract-number");
    ALIASES.put("account", "bank-account");
    ALIASES.put("tags", "tag");
    ALIASES.put("flags", "flag");
    ALIASES.put("stem-sr", "stem_sr");
    // labels as documents print them, so "ПИБ: 101670560" pasted from a Cyrillic document is a field
    ALIASES.put("пиб", "pib");
    ALIASES.put("мб", "mb");
    ALIASES.put("јмбг", "jmbg");
    ALIASES.put("e-mail", "email");
  }

  private static void add(String name, String indexField, Kind kind, String help) {
    FIELDS.put(name, new QueryField(name, indexField, kind, help));
  }

  /** The default-field pseudo field. */
  public static QueryField defaultField() {
    return new QueryField(DEFAULT_FIELD, IndexSchema.TEXT, Kind.DEFAULT, "text and main metadata");
  }

  /**
   * Resolves a name or alias (case-insensitive); {@code amount.eur} resolves to the per-currency
   * amount field. Returns null for unknown names.
   */
  public static QueryField lookup(String name) {
    if (name == null) {
      return null;
    }
    if (DEFAULT_FIELD.equals(name)) {
      return defaultField();
    }
    String n = name.toLowerCase(Locale.ROOT);
    n = ALIASES.getOrDefault(n, n);
    QueryField f = FIELDS.get(n);
    if (f != null) {
      return f;
    }
    if (n.startsWith(EntityFields.AMOUNT_PREFIX) && n.length() == EntityFields.AMOUNT_PREFIX.length() + 3) {
      return new QueryField(n, n, Kind.DOUBLE, "money amount in one currency");
    }
    return null;
  }

  /** A field for an entity type found in the index but unknown to this table: a keyword field. */
  public static QueryField dynamicKeyword(String indexField) {
    return new QueryField(indexField, indexField, Kind.KEYWORD, "entity mentioned");
  }

  /** Every documented field, in documentation order. */
  public static List<QueryField> all() {
    return Collections.unmodifiableList(new ArrayList<>(FIELDS.values()));
  }

  /** Alias to field name. */
  public static Map<String, String> aliases() {
    return Collections.unmodifiableMap(ALIASES);
  }

  /**
   * The known field or alias nearest to {@code name} (at most two edits, and fewer edits than the
   * name has characters less one), or null: the "did you mean" of an unknown field.
   */
  public static String suggest(String name) {
    String best = null;
    int bestDistance = 3;
    List<String> names = new ArrayList<>(ALIASES.keySet());
    for (QueryField f : FIELDS.values()) {
      names.add(f.name());
    }
    for (String candidate : names) {
      int d = editDistance(name.toLowerCase(Locale.ROOT), candidate);
      if (d < bestDistance && d < name.length() - 1) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best;
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
