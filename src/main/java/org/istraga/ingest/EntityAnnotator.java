package org.istraga.ingest;

import java.util.ArrayList;
import java.util.List;
import org.istraga.document.DataField;
import org.istraga.document.DocumentRecord;
import org.istraga.document.EntityMention;
import org.istraga.document.PageMap;
import org.istraga.entities.EntityExtractor;
import org.istraga.entities.FieldValue;
import org.istraga.entities.Mention;

/**
 * Fills a record's {@link DocumentRecord#entities} from its text (OCR text included), its data
 * fields ({@link DocumentRecord#dataFields}: amounts and ids of structured data) and from the
 * metadata a journalist asks about (e-mail sender and recipients, authors, title, subject). Text
 * mentions carry their page; metadata mentions have offset -1 and page 0.
 *
 * <p>Thread-safe: the extractor is immutable. Cost: linear in the text (see docs/entities.md).
 */
public final class EntityAnnotator {

  /** Most mentions kept per document; a huge spreadsheet keeps its first ones. */
  public static final int MAX_MENTIONS = 20_000;

  private final EntityExtractor extractor;

  public EntityAnnotator(EntityExtractor extractor) {
    this.extractor = extractor;
  }

  /** The standard recognizers, without a watchlist. */
  public static EntityAnnotator standard() {
    return new EntityAnnotator(EntityExtractor.standard());
  }

  /** Recomputes {@code r.entities}. */
  public void annotate(DocumentRecord r) {
    List<EntityMention> out = new ArrayList<>();
    List<FieldValue> fields = new ArrayList<>(r.dataFields.size());
    for (DataField f : r.dataFields) {
      FieldValue.Kind kind = switch (f.kind()) {
        case DataField.MONEY -> FieldValue.Kind.MONEY;
        case DataField.TAX_ID -> FieldValue.Kind.TAX_ID;
        case DataField.REGISTRATION_NUMBER -> FieldValue.Kind.REGISTRATION_NUMBER;
        case DataField.COMPANY_ID -> FieldValue.Kind.COMPANY_ID;
        case DataField.ORGANIZATION -> FieldValue.Kind.ORGANIZATION;
        default -> null; // a kind this version does not know: no mention
      };
      fields.add(new FieldValue(f.start(), f.end(), kind, f.currency()));
    }
    for (Mention m : extractor.extract(r.text, fields)) {
      if (out.size() >= MAX_MENTIONS) {
        break;
      }
      out.add(convert(m, m.start(), m.end(), PageMap.pageAt(r.pageStarts, m.start())));
    }
    for (Mention m : extractor.extract(metadataText(r))) {
      if (out.size() >= MAX_MENTIONS) {
        break;
      }
      out.add(convert(m, -1, -1, 0));
    }
    r.entities = out;
  }

  /**
   * The metadata values entities are looked for in, a blank line between two values: names may
   * run across one line break in running text, never from one field into the next (author "Chen
   * Liang", last modified by "Vesna Mirković", company "Huaxing Networks Co., Ltd." are three
   * values, not one firm).
   */
  static String metadataText(DocumentRecord r) {
    StringBuilder sb = new StringBuilder();
    append(sb, r.emailFrom);
    r.emailTo.forEach(v -> append(sb, v));
    r.emailCc.forEach(v -> append(sb, v));
    r.emailBcc.forEach(v -> append(sb, v));
    r.emailReplyTo.forEach(v -> append(sb, v));
    append(sb, r.subject);
    append(sb, r.title);
    r.authors.forEach(v -> append(sb, v));
    append(sb, r.lastModifiedBy);
    append(sb, r.company);
    return sb.toString();
  }

  private static void append(StringBuilder sb, String v) {
    if (v != null && !v.isBlank()) {
      sb.append(v.strip()).append("\n\n");
    }
  }

  private static EntityMention convert(Mention m, int start, int end, int page) {
    return new EntityMention(m.type().label(), m.value(), m.display().equals(m.value()) ? null : m.display(),
        m.raw(), start, end, page, m.number().orElse(null), m.currency().orElse(null), m.sensitive());
  }
}
