package org.istraga.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.istraga.cases.Case;

/**
 * Field names and facet dimensions of the index, and its version. docs/schema.md describes every
 * field; this class is the single place their names are spelled.
 *
 * <p>One Lucene document per distinct content (SHA-256). Its full record is stored as JSON in
 * {@link #SOURCE} and its text in {@link #TEXT}, so the index can be rebuilt without the evidence.
 */
public final class IndexSchema {

  /**
   * Version of the schema; stored in case.json as {@code schema_version}. A case whose version
   * differs is refused with a message saying which versions are involved. Bump on any change of a
   * field, its analysis or its facet layout. History: 1 the first ingest; 2 search (word pairs,
   * Serbian stems, names, entities, per-dimension facet fields); 3 the bare-d spelling of words with
   * đ in the word fields and word pairs ({@code BareDVariantFilter}); 4 words hyphenated at a line
   * end also indexed whole ({@code LineEndHyphenFilter}); 5 the Serbian normalization also after
   * ICU folding, so Cyrillic letters with marks Serbian does not use fold like their base letters,
   * and the parts of words joined by {@code . : ' _} indexed too ({@code WordPartsFilter}); 6
   * numbers also in their plain spelling ({@code NumberValueFilter}), abbreviations with dots and
   * words with apostrophes also without them ({@code d.o.o} as {@code doo}), and Serbian stems
   * with their velar restored after sibilarization ({@code SerbianStemFilter}), and pairs of
   * Serbian stems ({@link #STEM_SR_PAIRS}) for phrases in any grammatical case; Bcc recipients
   * in {@code to}, Reply-To addresses in {@code from}, e-mail threads ({@link #THREAD}) and
   * Message-IDs also without brackets; 7 Serbian function words ({@code nisu}, {@code bila},
   * pronouns) kept whole in the Serbian stems, so {@code nisu} no longer stems to the {@code nis}
   * of {@code Niš}; 8 more of the stemmer's slips undone in the Serbian stems ({@code
   * SerbianStemFilter}): every case of a noun in {@code -an} one stem ({@code kapetana}), the
   * instrumental of words in {@code -nje}/{@code -lje} with its digraph ({@code rešenjem}), and
   * twins for short adjectives with a fleeting {@code a} ({@code dužan}/{@code dužn}), stems cut at
   * a bare {@code -om}/{@code -og} ({@code telekom}, {@code predlog}) and infinitives in {@code -ati}
   * ({@code menjati}/{@code menja}); and a word with a hyphen inside a line also indexed joined
   * ({@code e-mail} as {@code email}, {@code LineEndHyphenFilter}); 9 two more twins in the
   * Serbian stems: the instrumental in {@code -em} after a soft consonant ({@code ponuđačem},
   * {@code brojem}, {@code izveštajem} as {@code ponuđač}, {@code broj}, {@code izveštaj}) and the
   * present plural in {@code -aju} ({@code menjaju} as {@code menja}, {@code мијења}).
   */
  public static final int VERSION = 9;

  // identity and storage
  public static final String ID = "id";
  public static final String SOURCE = "_source";
  public static final String KIND = "kind";

  // text
  public static final String TEXT = "text";
  public static final String EXACT = "exact";
  public static final String PAIRS = "text_pairs";
  public static final String STEM = "stem";
  public static final String STEM_SR = "stem_sr";
  /** Adjacent pairs of Serbian stems ({@code javn nabavk}): phrases in any grammatical case. */
  public static final String STEM_SR_PAIRS = "stem_sr_pairs";
  public static final String TITLE = "title";

  // places
  public static final String PATH = "path";
  public static final String PATH_LC = "path_lc";
  public static final String NAME = "name";
  public static final String NAME_LC = "name_lc";
  public static final String PATH_KEY = "path_key";
  public static final String FILE_KEY = "file_key";
  public static final String MISSING_PATH = "missing_path";
  public static final String ROOT = "root";
  public static final String PARENT = "parent";
  public static final String ROOT_ID = "root_id";
  public static final String DEPTH = "depth";
  public static final String PATH_SORT = "path_sort";

  // descriptive metadata
  public static final String TYPE = "type";
  public static final String MIME = "mime";
  public static final String EXT = "ext";
  public static final String LANG = "lang";
  public static final String SCRIPT = "script";
  public static final String AUTHOR = "author";
  public static final String PRODUCER = "producer";
  public static final String COMPANY = "company";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String SUBJECT = "subject";
  public static final String MESSAGE_ID = "message-id";
  /** The conversation: Message-ID of its first message, with and without brackets. */
  public static final String THREAD = "thread";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String SIZE = "size";
  public static final String PAGES = "pages";

  // state
  public static final String STATUS = "status";
  public static final String OCR = "ocr";
  public static final String FLAG = "flag";

  /** Word fields analysed with the folding chain. */
  public static final List<String> WORD_FIELDS =
      List.of(TEXT, TITLE, SUBJECT, AUTHOR, PRODUCER, COMPANY);

  /** Fields holding one folded token per value (indexed pre-normalized, queried as terms). */
  public static final List<String> KEYWORD_FIELDS =
      List.of(KIND, TYPE, MIME, EXT, LANG, SCRIPT, STATUS, OCR, FLAG, MESSAGE_ID, THREAD, PATH_LC,
          NAME_LC);

  /** Identifier fields: one folded token, letters and digits only. */
  public static final List<String> IDENTIFIER_FIELDS = List.of("iban", "bank-account", "pib", "mb", "phone", "jmbg");

  /** Languages whose documents get Serbian stems ({@link #STEM_SR}). */
  public static final List<String> SERBIAN_FAMILY = List.of("sr", "hr", "bs", "cnr", "sh");
  /** Languages whose documents get English stems ({@link #STEM}). */
  public static final List<String> ENGLISH = List.of("en");

  // facet dimensions (sorted-set doc values, one index field per dimension)
  public static final String FACET_TYPE = "type";
  public static final String FACET_EXT = "ext";
  public static final String FACET_LANG = "lang";
  public static final String FACET_SCRIPT = "script";
  public static final String FACET_YEAR = "year";
  public static final String FACET_MONTH = "month";
  public static final String FACET_AUTHOR = "author";
  public static final String FACET_PRODUCER = "producer";
  public static final String FACET_FOLDER = "folder";
  public static final String FACET_FROM_DOMAIN = "from-domain";
  public static final String FACET_TO_DOMAIN = "to-domain";
  public static final String FACET_STATUS = "status";
  public static final String FACET_OCR = "ocr";
  public static final String FACET_KIND = "kind";
  public static final String FACET_FLAG = "flag";

  /** Facet dimensions every index can have (entity dimensions come on top, by type label). */
  public static final List<String> FIXED_FACETS = List.of(FACET_TYPE, FACET_EXT, FACET_LANG,
      FACET_SCRIPT, FACET_YEAR, FACET_MONTH, FACET_AUTHOR, FACET_PRODUCER, FACET_FOLDER,
      FACET_FROM_DOMAIN, FACET_TO_DOMAIN, FACET_STATUS, FACET_OCR, FACET_KIND, FACET_FLAG,
      EntityFields.FACET_ENTITY);

  /** Hierarchical facet dimensions (drill from the root down). */
  public static final List<String> HIERARCHICAL_FACETS = List.of(FACET_FOLDER);

  /** Prefix of the doc-values field that holds one facet dimension. */
  public static final String FACET_FIELD_PREFIX = "$f.";

  private IndexSchema() {}

  /**
   * The stem field a document in {@code language} gets: {@link #STEM} for English, {@link
   * #STEM_SR} for the Serbian family, null otherwise (no stems).
   */
  public static String stemFieldOf(String language) {
    String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
    if (ENGLISH.contains(lang)) {
      return STEM;
    }
    return SERBIAN_FAMILY.contains(lang) ? STEM_SR : null;
  }

  /** The doc-values field holding facet dimension {@code dim}. */
  public static String facetField(String dim) {
    return FACET_FIELD_PREFIX + dim;
  }

  /**
   * A new facets configuration for this schema (one per index user; FacetsConfig is mutable).
   * Every dimension, known or not (entity types), is multi-valued and lives in its own doc-values
   * field, so counting five dimensions reads five small fields, not every facet of a document.
   */
  public static FacetsConfig newFacetsConfig() {
    return new SchemaFacetsConfig();
  }

  /** What the cases layer records and checks in case.json. */
  public static Case.Schema caseSchema() {
    return new Case.Schema(VERSION, Analyzers.describe());
  }

  private static final class SchemaFacetsConfig extends FacetsConfig {
    @Override
    public synchronized DimConfig getDimConfig(String dim) {
      if (!isDimConfigured(dim)) {
        setMultiValued(dim, true);
        setIndexFieldName(dim, facetField(dim));
        if (HIERARCHICAL_FACETS.contains(dim)) {
          setHierarchical(dim, true);
        }
      }
      return super.getDimConfig(dim);
    }
  }
}
