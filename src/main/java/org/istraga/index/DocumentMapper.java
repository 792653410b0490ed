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
import org.istraga.document.Occurrence;

/**
 * Converts a {@link DocumentRecord} to the Lucene document that indexes it, and back.
 *
 * <p>Cost: proportional to the text length (analysis happens later, in the IndexWriter). The
 * mapper holds a {@link FacetsConfig} and is thread-safe once built.
 */
public final class DocumentMapper {

  /** Full text: stored (for snippets and page text) and indexed with offsets (fast highlighting). */
  static final FieldType TEXT_TYPE = new FieldType();
  /** Exact-spelling text: positions for phrases, not stored. */
  static final FieldType EXACT_TYPE = new FieldType();
  /** Stemmed text: frequencies only (single-term recall; phrases use the main field). */
  static final FieldType STEM_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
    EXACT_TYPE.setTokenized(true);
    EXACT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    EXACT_TYPE.freeze();
    STEM_TYPE.setTokenized(true);
    STEM_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    STEM_TYPE.freeze();
  }

  private final FacetsConfig facets;

  public DocumentMapper(FacetsConfig facets) {
    this.facets = facets;
  }

  /** Builds the Lucene document for a record. */
  public Document toDocument(DocumentRecord r) throws IOException {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, r.id, Field.Store.NO));
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(r.id)));
    d.add(new StoredField(IndexSchema.SOURCE, new BytesRef(Json.mapper().writeValueAsBytes(r))));
    d.add(new Field(IndexSchema.TEXT, r.text == null ? "" : r.text, TEXT_TYPE));
    if (r.text != null && !r.text.isEmpty()) {
      d.add(new Field(IndexSchema.EXACT, r.text, EXACT_TYPE));
      d.add(new Field(IndexSchema.STEM, r.text, STEM_TYPE));
    }
    keyword(d, IndexSchema.KIND, r.kind, IndexSchema.FACET_KIND);
    if (r.title != null) {
      d.add(new TextField(IndexSchema.TITLE, r.title, Field.Store.NO));
    }

    Set<String> folders = new LinkedHashSet<>();
    for (Occurrence o : r.occurrences) {
      d.add(new TextField(IndexSchema.PATH, o.path(), Field.Store.NO));
      d.add(new StringField(IndexSchema.PATH_KEY, o.path(), Field.Store.NO));
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
    String first = r.firstPath();
    if (first != null) {
      d.add(new SortedDocValuesField(IndexSchema.PATH_SORT, new BytesRef(truncate(first, 2000))));
    }
    for (String folder : folders) {
      if (!folder.isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (String p : folder.split("/")) {
          if (!p.isEmpty()) {
            parts.add(p);
          }
        }
        if (!parts.isEmpty()) {
          d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_FOLDER, parts.toArray(new String[0])));
        }
      }
    }

    keyword(d, IndexSchema.TYPE, r.typeGroup, IndexSchema.FACET_TYPE);
    keyword(d, IndexSchema.MIME, r.mediaType, null);
    keyword(d, IndexSchema.EXT, r.ext, IndexSchema.FACET_EXT);
    keyword(d, IndexSchema.LANG, r.language, IndexSchema.FACET_LANG);
    keyword(d, IndexSchema.SCRIPT, r.script, IndexSchema.FACET_SCRIPT);
    keyword(d, IndexSchema.STATUS, r.status, IndexSchema.FACET_STATUS);
    keyword(d, IndexSchema.OCR, ocrFacet(r), IndexSchema.FACET_OCR);

    for (String a : r.authors) {
      if (!a.isBlank()) {
        d.add(new TextField(IndexSchema.AUTHOR, a, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_AUTHOR, facetValue(a)));
      }
    }
    Set<String> tools = new LinkedHashSet<>();
    if (r.creatorTool != null && !r.creatorTool.isBlank()) {
      tools.add(facetValue(r.creatorTool));
    }
    if (r.producer != null && !r.producer.isBlank()) {
      tools.add(facetValue(r.producer));
    }
    for (String t : tools) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_PRODUCER, t));
    }

    if (r.emailFrom != null && !r.emailFrom.isBlank()) {
      d.add(new TextField(IndexSchema.FROM, r.emailFrom, Field.Store.NO));
      String dom = domainOf(r.emailFrom);
      if (dom != null) {
        d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_FROM_DOMAIN, dom));
      }
    }
    Set<String> toDomains = new LinkedHashSet<>();
    List<String> recipients = new ArrayList<>(r.emailTo);
    recipients.addAll(r.emailCc);
    for (String to : recipients) {
      d.add(new TextField(IndexSchema.TO, to, Field.Store.NO));
      String dom = domainOf(to);
      if (dom != null) {
        toDomains.add(dom);
      }
    }
    for (String dom : toDomains) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TO_DOMAIN, dom));
    }
    if (r.subject != null) {
      d.add(new TextField(IndexSchema.SUBJECT, r.subject, Field.Store.NO));
    }

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
    for (String flag : r.flags) {
      keyword(d, IndexSchema.FLAG, flag, IndexSchema.FACET_FLAG);
    }
    return facets.build(d);
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
    String v = truncate(value, 1000);
    d.add(new StringField(field, v.toLowerCase(Locale.ROOT), Field.Store.NO));
    if (facetDim != null) {
      d.add(new SortedSetDocValuesFacetField(facetDim, v));
    }
  }

  private static String ocrFacet(DocumentRecord r) {
    if (r.ocrPages.length > 0) {
      return "yes";
    }
    return "pending".equals(r.ocrState) ? "pending" : "no";
  }

  private static String folderOf(Occurrence o) {
    String p = o.path();
    int bang = p.indexOf(Occurrence.EMBED_SEPARATOR);
    String filePath = bang >= 0 ? p.substring(0, bang) : p;
    int slash = filePath.lastIndexOf('/');
    return slash <= 0 ? "/" : filePath.substring(0, slash);
  }

  static String facetValue(String v) {
    String s = v.strip().replaceAll("\\s+", " ");
    return truncate(s.isEmpty() ? "(blank)" : s, 500);
  }

  static String domainOf(String address) {
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
