package org.istraga.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.istraga.IstragaException;
import org.istraga.Json;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.document.Occurrence;
import org.istraga.entities.OrgLabels;

/**
 * Converts a {@link DocumentRecord} to the Lucene document that indexes it, and back. Field by
 * field, docs/schema.md says what is indexed and how it is analysed.
 *
 * <p>Cost: proportional to the text length (analysis happens later, in the IndexWriter, which
 * must be given {@link Analyzers#perField()}). The text fields share one analysis of the text per
 * document ({@link TextAnalysis}), made on the thread that indexes the document. The mapper holds a
 * {@link FacetsConfig} and is thread-safe once built.
 */
public final class DocumentMapper {

  /**
   * Value of the {@code ocr} field of a document whose OCR failed and gave it no text (its other
   * values: {@code yes}, {@code no}, {@code pending}).
   */
  public static final String OCR_FAILED = "failed";

  /** Full text: stored (for snippets and page text) and indexed with offsets (fast highlighting). */
  static final FieldType TEXT_TYPE = new FieldType();
  /** Exact-spelling text: positions for phrases, not stored. */
  static final FieldType EXACT_TYPE = new FieldType();
  /** Adjacent word pairs with frequencies and positions: phrase matching and scoring. */
  static final FieldType PAIRS_TYPE = new FieldType();
  /** Stemmed text: frequencies only (single-term recall; phrases use the main field). */
  static final FieldType STEM_TYPE = new FieldType();

  /** Longest facet label kept (longer values are cut). */
  static final int MAX_FACET_LENGTH = 500;
  /** Longest keyword kept (longer values are cut). */
  static final int MAX_KEYWORD_LENGTH = 1000;
  /**
   * Characters of a path kept in its exact-match key: at most 3 UTF-8 bytes each, well inside
   * Lucene's 32,766-byte term limit. File-system paths are far shorter; only the path of an
   * embedded item with hostile entry names (a.zip!/65,000 bytes of name) is cut.
   */
  static final int MAX_PATH_KEY_LENGTH = 8000;

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
    EXACT_TYPE.setTokenized(true);
    EXACT_TYPE.setOmitNorms(true);
    EXACT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    EXACT_TYPE.freeze();
    PAIRS_TYPE.setTokenized(true);
    PAIRS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    PAIRS_TYPE.freeze();
    STEM_TYPE.setTokenized(true);
    STEM_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    STEM_TYPE.freeze();
  }

  private final FacetsConfig facets;
  /** Each indexing thread's analysis of the text fields (see {@link TextAnalysis}). */
  private final TextAnalysis.Shared shared = new TextAnalysis.Shared();

  public DocumentMapper(FacetsConfig facets) {
    this.facets = facets;
  }

  /** Builds the Lucene document for a record. */
  public Document toDocument(DocumentRecord r) throws IOException {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, r.id, Field.Store.NO));
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(r.id)));
    d.add(new StoredField(IndexSchema.SOURCE, new BytesRef(Json.mapper().writeValueAsBytes(r))));
    addText(d, r);
    keyword(d, IndexSchema.KIND, r.kind, IndexSchema.FACET_KIND);
    if (r.title != null && !r.title.isBlank()) {
      d.add(new TextField(IndexSchema.TITLE, r.title, Field.Store.NO));
    }
    addPlaces(d, r);

    keyword(d, IndexSchema.TYPE, r.typeGroup, IndexSchema.FACET_TYPE);
    keyword(d, IndexSchema.MIME, r.mediaType, null);
    keyword(d, IndexSchema.EXT, r.ext, IndexSchema.FACET_EXT);
    keyword(d, IndexSchema.LANG, r.language, IndexSchema.FACET_LANG);
    keyword(d, IndexSchema.SCRIPT, r.script, IndexSchema.FACET_SCRIPT);
    keyword(d, IndexSchema.STATUS, r.status, IndexSchema.FACET_STATUS);
    keyword(d, IndexSchema.OCR, ocrFacet(r), IndexSchema.FACET_OCR);
    // message ids as written (<id@host>) and bare, so both spellings find the message
    keyword(d, IndexSchema.MESSAGE_ID, r.messageId, null);
    if (r.messageId != null && r.messageId.strip().startsWith("<") && r.messageId.strip().endsWith(">")) {
      String bare = r.messageId.strip();
      keyword(d, IndexSchema.MESSAGE_ID, bare.substring(1, bare.length() - 1), null);
    }
    if (r.thread != null) {
      keyword(d, IndexSchema.THREAD, r.thread, null);
      keyword(d, IndexSchema.THREAD, "<" + r.thread + ">", null);
    }

    Set<String> authors = new LinkedHashSet<>();
    for (String a : r.authors) {
      if (a != null && !a.isBlank()) {
        d.add(new TextField(IndexSchema.AUTHOR, a, Field.Store.NO));
        authors.add(facetValue(a));
      }
    }
    for (String a : authors) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_AUTHOR, a));
    }
    Set<String> tools = new LinkedHashSet<>();
    for (String t : new String[] {r.creatorTool, r.producer}) {
      if (t != null && !t.isBlank()) {
        d.add(new TextField(IndexSchema.PRODUCER, t, Field.Store.NO));
        tools.add(facetValue(t));
      }
    }
    for (String t : tools) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_PRODUCER, t));
    }
    if (r.company != null && !r.company.isBlank()) {
      d.add(new TextField(IndexSchema.COMPANY, r.company, Field.Store.NO));
    }
    addEmail(d, r);
    addNumbers(d, r);
    Set<String> flags = new LinkedHashSet<>(r.flags);
    for (String flag : flags) {
      keyword(d, IndexSchema.FLAG, flag, IndexSchema.FACET_FLAG);
    }
    addEntities(d, r.entities);
    return facets.build(d);
  }

  /**
   * The text in its fields, and the text, title and e-mail subject in the stem field of the
   * document's language: a subject such as "Nabavka kamera" is often in no line of the body, and
   * {@code nabavke} should find it as it finds the body's words.
   */
  private void addText(Document d, DocumentRecord r) {
    TextAnalysis.Text text = new TextAnalysis.Text(r.text == null ? "" : r.text);
    d.add(TextAnalysis.field(IndexSchema.TEXT, text, TEXT_TYPE, TextAnalysis.Kind.TEXT, shared));
    String stem = IndexSchema.stemFieldOf(r.language);
    if (!text.value.isEmpty()) {
      d.add(TextAnalysis.field(IndexSchema.EXACT, text, EXACT_TYPE, TextAnalysis.Kind.EXACT, shared));
      d.add(TextAnalysis.field(IndexSchema.PAIRS, text, PAIRS_TYPE, TextAnalysis.Kind.PAIRS, shared));
      if (IndexSchema.STEM.equals(stem)) {
        d.add(TextAnalysis.field(stem, text, STEM_TYPE, TextAnalysis.Kind.STEM_EN, shared));
      } else if (IndexSchema.STEM_SR.equals(stem)) {
        d.add(TextAnalysis.field(stem, text, STEM_TYPE, TextAnalysis.Kind.STEM_SR, shared));
        d.add(TextAnalysis.field(IndexSchema.STEM_SR_PAIRS, text, PAIRS_TYPE, TextAnalysis.Kind.STEM_SR_PAIRS, shared));
      } else if (stem != null) {
        d.add(new Field(stem, text.value, STEM_TYPE));
      }
    }
    if (stem != null) {
      for (String heading : new String[] {r.title, r.subject}) {
        if (heading != null && !heading.isBlank()) {
          d.add(new Field(stem, heading, STEM_TYPE));
        }
      }
    }
  }

  private void addPlaces(Document d, DocumentRecord r) {
    Set<String> folders = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (Occurrence o : r.occurrences) {
      d.add(new TextField(IndexSchema.PATH, Analyzers.cutPathSegments(o.path()), Field.Store.NO));
      d.add(new StringField(IndexSchema.PATH_KEY, truncate(o.path(), MAX_PATH_KEY_LENGTH), Field.Store.NO));
      d.add(new StringField(IndexSchema.PATH_LC, foldedKeyword(IndexSchema.PATH_LC, o.path()), Field.Store.NO));
      String name = o.name() != null && !o.name().isEmpty() ? o.name() : lastSegment(o.path());
      names.add(name);
      if (o.root() != null) {
        d.add(new StringField(IndexSchema.ROOT, o.root(), Field.Store.NO));
      }
      if (o.parent() != null) {
        d.add(new StringField(IndexSchema.PARENT, o.parent(), Field.Store.NO));
      }
      if (o.rootId() != null) {
        d.add(new StringField(IndexSchema.ROOT_ID, o.rootId(), Field.Store.NO));
      }
      d.add(new IntPoint(IndexSchema.DEPTH, o.depth()));
      if (!o.isEmbedded() && o.missing() && !o.replaced()) {
        d.add(new StringField(IndexSchema.MISSING_PATH, o.path(), Field.Store.NO));
      }
      if (!o.isEmbedded() && o.mtime() != null && !o.missing()) {
        d.add(new StringField(IndexSchema.FILE_KEY, fileKey(o.path(), r.size, o.mtime()), Field.Store.NO));
      }
      folders.add(folderOf(o));
    }
    for (String name : names) {
      d.add(new TextField(IndexSchema.NAME, Analyzers.cutPathSegments(name), Field.Store.NO));
      d.add(new StringField(IndexSchema.NAME_LC, foldedKeyword(IndexSchema.NAME_LC, name), Field.Store.NO));
    }
    String first = r.firstPath();
    if (first != null) {
      d.add(new SortedDocValuesField(IndexSchema.PATH_SORT, new BytesRef(truncate(first, 2000))));
    }
    for (String folder : folders) {
      String[] parts = folderParts(folder);
      if (parts.length > 0) {
        d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_FOLDER, parts));
      }
    }
  }

  private static void addEmail(Document d, DocumentRecord r) {
    Set<String> fromDomains = new LinkedHashSet<>();
    List<String> senders = new ArrayList<>();
    if (r.emailFrom != null) {
      senders.add(r.emailFrom);
    }
    senders.addAll(r.emailReplyTo); // replies go there: the sender speaks for that address
    for (String from : senders) {
      if (from == null || from.isBlank()) {
        continue;
      }
      d.add(new TextField(IndexSchema.FROM, from, Field.Store.NO));
      String dom = domainOf(from);
      if (dom != null) {
        fromDomains.add(dom);
      }
    }
    for (String dom : fromDomains) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_FROM_DOMAIN, dom));
    }
    Set<String> toDomains = new LinkedHashSet<>();
    List<String> recipients = new ArrayList<>(r.emailTo);
    recipients.addAll(r.emailCc);
    recipients.addAll(r.emailBcc);
    for (String to : recipients) {
      if (to == null || to.isBlank()) {
        continue;
      }
      d.add(new TextField(IndexSchema.TO, to, Field.Store.NO));
      String dom = domainOf(to);
      if (dom != null) {
        toDomains.add(dom);
      }
    }
    for (String dom : toDomains) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TO_DOMAIN, dom));
    }
    if (r.subject != null && !r.subject.isBlank()) {
      d.add(new TextField(IndexSchema.SUBJECT, r.subject, Field.Store.NO));
    }
  }

  private static void addNumbers(Document d, DocumentRecord r) {
    Instant date = parseInstant(r.date);
    if (date != null) {
      long millis = date.toEpochMilli();
      d.add(new LongPoint(IndexSchema.DATE, millis));
      d.add(new NumericDocValuesField(IndexSchema.DATE, millis));
      ZonedDateTime z = date.atZone(ZoneOffset.UTC);
      d.add(new IntPoint(IndexSchema.YEAR, z.getYear()));
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_YEAR, Integer.toString(z.getYear())));
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_MONTH,
          String.format(Locale.ROOT, "%04d-%02d", z.getYear(), z.getMonthValue())));
    }
    d.add(new LongPoint(IndexSchema.SIZE, r.size));
    d.add(new NumericDocValuesField(IndexSchema.SIZE, r.size));
    if (r.pageCount != null) {
      d.add(new IntPoint(IndexSchema.PAGES, r.pageCount));
      d.add(new NumericDocValuesField(IndexSchema.PAGES, r.pageCount));
    }
  }

  /** Indexes entity mentions generically by type (see {@link EntityFields}). */
  private void addEntities(Document d, List<EntityMention> mentions) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    for (EntityMention m : mentions) {
      if (m == null || !EntityFields.isValidLabel(m.type()) || m.value() == null || m.value().isBlank()) {
        continue;
      }
      String type = m.type();
      types.add(type);
      String field = EntityFields.fieldOf(type);
      if (EntityFields.AMOUNT.equals(field)) {
        addMoney(d, m, seen);
        continue;
      }
      if (EntityFields.PERCENT.equals(field)) {
        if (m.amount() != null && seen.add("percent\u0000" + m.amount())) {
          d.add(new DoublePoint(EntityFields.PERCENT, m.amount().doubleValue()));
        }
        continue;
      }
      if (!seen.add(field + '\u0000' + m.value())) {
        continue;
      }
      EntityFields.Analysis analysis = EntityFields.analysisOf(field);
      if (analysis == EntityFields.Analysis.WORDS) {
        d.add(new TextField(field, m.value(), Field.Store.NO));
      } else {
        d.add(new StringField(field, foldedKeyword(field, m.value()), Field.Store.NO));
      }
      String dim = EntityFields.facetOf(type, m.sensitive());
      if (dim != null) {
        d.add(new SortedSetDocValuesFacetField(dim, facetValue(entityLabel(m))));
      }
      if ("email".equals(field)) {
        String dom = domainOf(m.value());
        if (dom != null && seen.add("email-domain\u0000" + dom)) {
          d.add(new StringField(EntityFields.EMAIL_DOMAIN, foldedKeyword(EntityFields.EMAIL_DOMAIN, dom), Field.Store.NO));
          d.add(new SortedSetDocValuesFacetField(EntityFields.FACET_EMAIL_DOMAIN, dom));
        }
      }
    }
    for (String t : types) {
      d.add(new SortedSetDocValuesFacetField(EntityFields.FACET_ENTITY, t));
    }
  }

  /**
   * The facet label of a mention: its display (its value when it has none); for an organization
   * the display in Latin script and readable casing ({@link OrgLabels#label}), so a firm written in
   * capitals in one document and in normal case or Cyrillic in another has one label. Labels that
   * still differ for one value (a name written with and without diacritics) are counted as one
   * value by the search package, which groups a dimension's labels by their folded form.
   */
  static String entityLabel(EntityMention m) {
    String label = m.display() != null && !m.display().isBlank() ? m.display() : m.value();
    return "org".equals(m.type()) ? OrgLabels.label(label) : label;
  }

  private static void addMoney(Document d, EntityMention m, Set<String> seen) {
    String cur = m.currency() == null || m.currency().isBlank() ? null : m.currency().strip().toUpperCase(Locale.ROOT);
    if (cur != null && seen.add("currency\u0000" + cur)) {
      d.add(new StringField(EntityFields.CURRENCY, foldedKeyword(EntityFields.CURRENCY, cur), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(EntityFields.FACET_CURRENCY, cur));
    }
    if (m.amount() != null && seen.add("amount\u0000" + cur + '\u0000' + m.amount())) {
      double v = m.amount().doubleValue();
      d.add(new DoublePoint(EntityFields.AMOUNT, v));
      if (cur != null && cur.matches("[A-Z]{3}")) {
        d.add(new DoublePoint(EntityFields.amountField(cur), v));
      }
    }
  }

  /** Reads a record back from a stored document (its JSON source and stored text). */
  public static DocumentRecord fromStored(Document stored) {
    BytesRef src = stored.getBinaryValue(IndexSchema.SOURCE);
    if (src == null) {
      throw new IstragaException(IstragaException.Kind.INCOMPATIBLE,
          "index document without a stored source; the case index is damaged or from another tool");
    }
    try {
      DocumentRecord r = Json.mapper().readValue(
          new String(src.bytes, src.offset, src.length, StandardCharsets.UTF_8), DocumentRecord.class);
      String text = stored.get(IndexSchema.TEXT);
      r.text = text == null ? "" : text;
      return r;
    } catch (JsonProcessingException e) {
      throw new IstragaException(IstragaException.Kind.INCOMPATIBLE,
          "stored document source is not readable: " + e.getOriginalMessage(), e);
    }
  }

  /** The key marking a file path as ingested with this size and modification time. */
  public static String fileKey(String path, long size, long mtime) {
    return path + '\u0000' + size + '\u0000' + mtime;
  }

  private void keyword(Document d, String field, String value, String facetDim) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(field, foldedKeyword(field, value), Field.Store.NO));
    if (facetDim != null) {
      d.add(new SortedSetDocValuesFacetField(facetDim, facetValue(value)));
    }
  }

  /** A keyword value as indexed: cut to a bounded length, then folded by the field's chain. */
  static String foldedKeyword(String field, String value) {
    // folding can lengthen a character up to 18 times (U+FDFA): cut again to stay a valid term
    return truncate(Analyzers.normalize(field, truncate(value.strip(), MAX_KEYWORD_LENGTH)), MAX_PATH_KEY_LENGTH);
  }

  private static String ocrFacet(DocumentRecord r) {
    if (r.ocrPages.length > 0) {
      return "yes";
    }
    if ("failed".equals(r.ocrState)) {
      return OCR_FAILED;
    }
    return "pending".equals(r.ocrState) ? "pending" : "no";
  }

  /** The folder of an occurrence: the folder of its file, or of its top container. */
  public static String folderOf(Occurrence o) {
    String p = o.path();
    int bang = p.indexOf(Occurrence.EMBED_SEPARATOR);
    String filePath = bang >= 0 ? p.substring(0, bang) : p;
    int slash = filePath.lastIndexOf('/');
    return slash <= 0 ? "/" : filePath.substring(0, slash);
  }

  /** The segments of a folder path, as the hierarchical {@code folder} facet holds them. */
  public static String[] folderParts(String folder) {
    List<String> parts = new ArrayList<>();
    for (String p : folder.split("/")) {
      if (!p.isEmpty()) {
        parts.add(truncate(p, MAX_FACET_LENGTH));
      }
    }
    return parts.toArray(new String[0]);
  }

  private static String lastSegment(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return cut >= 0 ? path.substring(cut + 1) : path;
  }

  /** A facet label: whitespace collapsed, never empty, bounded length. */
  public static String facetValue(String v) {
    String s = v.strip().replaceAll("\\s+", " ");
    return truncate(s.isEmpty() ? "(blank)" : s, MAX_FACET_LENGTH);
  }

  /** The lowercase domain of an address ({@code Ana <ana@x.rs>} gives {@code x.rs}), or null. */
  public static String domainOf(String address) {
    if (address == null) {
      return null;
    }
    String a = address;
    int lt = a.lastIndexOf('<');
    int gt = a.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      a = a.substring(lt + 1, gt);
    }
    int at = a.lastIndexOf('@');
    if (at < 0 || at == a.length() - 1) {
      return null;
    }
    String dom = a.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    return dom.isEmpty() || dom.contains(" ") ? null : dom;
  }

  static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Parses an ISO-8601 instant or offset date-time; null when absent or unparsable. */
  public static Instant parseInstant(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
