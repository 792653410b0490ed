package org.istraga.search;

import java.util.Locale;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Sort;
import org.istraga.IstragaException;
import org.istraga.index.IndexSchema;

/**
 * The orders a result list can take. Every order ends with the document id, a unique tiebreak, so
 * a cursor ({@code --after}) resumes exactly where the previous page stopped. Documents without a
 * date sort after all dated ones in both date orders.
 */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE("relevance"),
  /** Newest document date first. */
  DATE("date"),
  /** Oldest document date first. */
  DATE_ASC("date-asc"),
  /** Largest first. */
  SIZE("size"),
  /** Smallest first. */
  SIZE_ASC("size-asc"),
  /** First path, A to Z. */
  PATH("path");

  private final String label;

  SortOrder(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The Lucene sort, tiebreak included. */
  Sort sort() {
    SortField id = new SortField(IndexSchema.ID, SortField.Type.STRING);
    switch (this) {
      case DATE: {
        SortField f = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return new Sort(f, id);
      }
      case DATE_ASC: {
        SortField f = new SortField(IndexSchema.DATE, SortField.Type.LONG, false);
        f.setMissingValue(Long.MAX_VALUE);
        return new Sort(f, id);
      }
      case SIZE:
        return new Sort(new SortField(IndexSchema.SIZE, SortField.Type.LONG, true), id);
      case SIZE_ASC:
        return new Sort(new SortField(IndexSchema.SIZE, SortField.Type.LONG, false), id);
      case PATH: {
        SortField f = new SortField(IndexSchema.PATH_SORT, SortField.Type.STRING, false);
        f.setMissingValue(SortField.STRING_LAST);
        return new Sort(f, id);
      }
      default:
        return new Sort(SortField.FIELD_SCORE, id);
    }
  }

  /** Parses a label; USAGE error listing the valid ones. */
  public static SortOrder of(String label) {
    String l = label == null ? "relevance" : label.strip().toLowerCase(Locale.ROOT);
    for (SortOrder s : values()) {
      if (s.label.equals(l)) {
        return s;
      }
    }
    throw IstragaException.usage("unknown sort '" + label + "'; use relevance, date, date-asc, size, size-asc or path");
  }

  @Override
  public String toString() {
    return label;
  }
}
