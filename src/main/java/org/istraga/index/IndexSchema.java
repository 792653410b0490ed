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

  /** Version of the schema; stored in case.json. Bump on any incompatible change. */
  public static final int VERSION = 1;

  // identity and storage
  public static final String ID = "id";
  public static final String SOURCE = "_source";
  public static final String KIND = "kind";

  // text
  public static final String TEXT = "text";
  public static final String EXACT = "exact";
  public static final String STEM = "stem";
  public static final String TITLE = "title";

  // places
  public static final String PATH = "path";
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
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String SUBJECT = "subject";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String SIZE = "size";
  public static final String PAGES = "pages";

  // state
  public static final String STATUS = "status";
  public static final String OCR = "ocr";
  public static final String FLAG = "flag";

  /** Text fields analysed as one lowercased token. */
  public static final List<String> KEYWORD_TEXT_FIELDS = List.of(FROM, TO);

  // facet dimensions (sorted-set doc values)
  public static final String FACET_TYPE = "type";
  public static final String FACET_EXT = "ext";
  public static final String FACET_LANG = "lang";
  public static final String FACET_SCRIPT = "script";
  public static final String FACET_YEAR = "year";
  public static final String FACET_MONTH = "month";
  public static final String FACET_AUTHOR = "author";
  public static final String FACET_PRODUCER = "producer";
  public static final String FACET_FOLDER = "folder";
  public static final String FACET_FROM_DOMAIN = "from_domain";
  public static final String FACET_TO_DOMAIN = "to_domain";
  public static final String FACET_STATUS = "status";
  public static final String FACET_OCR = "ocr";
  public static final String FACET_KIND = "kind";
  public static final String FACET_FLAG = "flag";

  /** Multi-valued facet dimensions. */
  public static final List<String> MULTI_VALUED_FACETS =
      List.of(FACET_AUTHOR, FACET_PRODUCER, FACET_FOLDER, FACET_TO_DOMAIN, FACET_FLAG, FACET_FROM_DOMAIN);
  /** Hierarchical facet dimensions (drill from the root down). */
  public static final List<String> HIERARCHICAL_FACETS = List.of(FACET_FOLDER);

  private IndexSchema() {}

  /** A new facets configuration for this schema (one per index user; FacetsConfig is mutable). */
  public static FacetsConfig newFacetsConfig() {
    FacetsConfig c = new FacetsConfig();
    for (String dim : MULTI_VALUED_FACETS) {
      c.setMultiValued(dim, true);
    }
    for (String dim : HIERARCHICAL_FACETS) {
      c.setHierarchical(dim, true);
    }
    return c;
  }

  /** What the cases layer records and checks in case.json. */
  public static Case.Schema caseSchema() {
    return new Case.Schema(VERSION, Analyzers.describe());
  }
}
