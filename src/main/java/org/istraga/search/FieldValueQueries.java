package org.istraga.search;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.istraga.index.Analyzers;
import org.istraga.index.EntityFields;
import org.istraga.index.IndexSchema;

/**
 * Queries for one value of a field that is not words: a keyword ({@code type:pdf}, {@code
 * phone:+381 11 555 0147}), a document id or its first characters, a number, size or date ({@code
 * pages:3}, {@code size:>=10MB}, {@code date:2019-08}), a date mentioned in the text ({@code
 * date-mention:14.08.2019.}), and ranges over them ({@code year:[2020 TO 2022]}). A value names an
 * interval where it can ({@code date:2019} is the whole year), and {@code > >= < <=} compare with
 * it. A value the field cannot hold is a {@link QueryFieldException} naming the field.
 *
 * <p>Static, pure and thread-safe; each query is built in time linear in the value's length.
 */
final class FieldValueQueries {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,64}");
  private static final String PHONE = PastedValues.PHONE;

  private FieldValueQueries() {}

  /**
   * One value of a keyword field: a date mention as a day interval, a phone number in its
   * international form, a closed vocabulary checked ({@link ClosedValues}), an extension without
   * its dot; otherwise the value normalised like the indexed terms.
   */
  static Query keyword(QueryField f, String text) throws QueryFieldException {
    if (EntityFields.DATE_MENTION.equals(f.indexField())) {
      return dateMention(f, text);
    }
    if (PHONE.equals(f.indexField())) {
      String international = PhoneNumbers.international(text);
      return new TermQuery(new Term(PHONE, Analyzers.normalize(PHONE, international != null ? international : text)));
    }
    String checked = ClosedValues.check(f.name(), f.indexField(), text);
    String value = IndexSchema.EXT.equals(f.indexField()) && checked.startsWith(".") ? checked.substring(1) : checked;
    String v = Analyzers.normalize(f.indexField(), value); // ext:.docx as ext:docx
    return new TermQuery(new Term(f.indexField(), v));
  }

  /** A document id: the whole hex SHA-256, or a prefix of it. */
  static Query id(QueryField f, String text) throws QueryFieldException {
    String v = text.strip().toLowerCase(Locale.ROOT);
    if (!HEX.matcher(v).matches()) {
      throw new QueryFieldException(f.name() + ": needs a document id (hex SHA-256 or its first characters), not '"
          + text + "'");
    }
    Term t = new Term(f.indexField(), v);
    return v.length() == 64 ? new TermQuery(t) : new PrefixQuery(t);
  }

  /**
   * A date mentioned in the text, indexed as its ISO day ({@code 2019-08-14}): a value names an
   * interval as for {@code date:} ({@code date-mention:2019} is the whole year, {@code 2019-08} the
   * month, {@code 14.08.2019.} the day), and {@code > >= < <=} compare with it.
   */
  static Query dateMention(QueryField f, String text) throws QueryFieldException {
    Comparison c = Comparison.of(text);
    return dateMentionRange(f, c.lo(), c.hi(), c.loInc(), c.hiInc());
  }

  /**
   * Days between two date values, each an interval: an inclusive lower bound starts with its first
   * day and an exclusive one after its last; likewise for the upper bound. ISO days sort as text.
   */
  static Query dateMentionRange(QueryField f, String lo, String hi, boolean loInc, boolean hiInc)
      throws QueryFieldException {
    try {
      String[] low = lo == null ? null : ValueParsers.days(lo);
      String[] high = hi == null ? null : ValueParsers.days(hi);
      String from = low == null ? null : loInc ? low[0] : low[1];
      String to = high == null ? null : hiInc ? high[1] : high[0];
      if (from != null && to != null && from.compareTo(to) > 0) {
        return new MatchNoDocsQuery("empty range");
      }
      return TermRangeQuery.newStringRange(f.indexField(), from, to, loInc, hiInc);
    } catch (IllegalArgumentException e) {
      throw new QueryFieldException(f.name() + ": " + e.getMessage());
    }
  }

  /**
   * One value ({@code pages:3}, {@code date:2019-08} for the whole month) or a comparison with
   * one open end, as other search tools write it: {@code pages:>2}, {@code size:>=10MB},
   * {@code date:<2020}, {@code amount:<=1000000}.
   */
  static Query exactNumber(QueryField f, String text) throws QueryFieldException {
    Comparison c = Comparison.of(text);
    return range(f, c.lo(), c.hi(), c.loInc(), c.hiInc());
  }

  /**
   * A value as the bounds of a range: {@code >=v}, {@code <=v}, {@code >v} and {@code <v} leave
   * one end open (null); a plain value is both bounds, inclusive.
   */
  record Comparison(String lo, String hi, boolean loInc, boolean hiInc) {

    static Comparison of(String text) {
      if (text.startsWith(">=")) {
        return new Comparison(text.substring(2), null, true, true);
      }
      if (text.startsWith("<=")) {
        return new Comparison(null, text.substring(2), true, true);
      }
      if (text.startsWith(">")) {
        return new Comparison(text.substring(1), null, false, true);
      }
      if (text.startsWith("<")) {
        return new Comparison(null, text.substring(1), true, false);
      }
      return new Comparison(text, text, true, true);
    }
  }

  /** True if a range bound is open: absent or {@code *}. */
  static boolean open(String bound) {
    return bound == null || "*".equals(bound);
  }

  /**
   * A range over a numeric, size, date or decimal field; a null bound is open. Each bound may name
   * an interval ({@code date:[2019 TO 2020-06]}); an empty range matches no document.
   */
  static Query range(QueryField f, String lo, String hi, boolean loInc, boolean hiInc)
      throws QueryFieldException {
    if (EntityFields.PERCENT.equals(f.indexField())) { // percent:>50% as written in the text
      lo = lo == null ? null : lo.strip().replaceFirst("\\s*%$", "");
      hi = hi == null ? null : hi.strip().replaceFirst("\\s*%$", "");
    }
    try {
      switch (f.kind()) {
        case INT: {
          long min = lo == null ? Integer.MIN_VALUE : ValueParsers.integer(lo) + (loInc ? 0L : 1L);
          long max = hi == null ? Integer.MAX_VALUE : ValueParsers.integer(hi) - (hiInc ? 0L : 1L);
          if (min > max || min > Integer.MAX_VALUE || max < Integer.MIN_VALUE) {
            return new MatchNoDocsQuery("empty range");
          }
          return IntPoint.newRangeQuery(f.indexField(), (int) Math.max(min, Integer.MIN_VALUE),
              (int) Math.min(max, Integer.MAX_VALUE));
        }
        case SIZE:
          return longRange(f, lo, hi, loInc, hiInc, ValueParsers::size, ValueParsers::size);
        case DATE:
          return longRange(f, lo, hi, loInc, hiInc,
              v -> ValueParsers.date(v).min(), v -> ValueParsers.date(v).max());
        default: {
          double min = lo == null ? Double.NEGATIVE_INFINITY : ValueParsers.decimal(lo);
          double max = hi == null ? Double.POSITIVE_INFINITY : ValueParsers.decimal(hi);
          if (!loInc) {
            min = Math.nextUp(min);
          }
          if (!hiInc) {
            max = Math.nextDown(max);
          }
          if (EntityFields.AMOUNT.equals(f.indexField())) {
            return new AmountRangeQuery(min, max);
          }
          return DoublePoint.newRangeQuery(f.indexField(), min, max);
        }
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new QueryFieldException(f.name() + ": " + e.getMessage());
    }
  }

  /**
   * A long range where each bound is an interval: an inclusive lower bound starts at the start of
   * its interval, an exclusive one after its end; likewise for the upper bound.
   */
  private static Query longRange(QueryField f, String lo, String hi, boolean loInc, boolean hiInc,
      Function<String, Long> startOf, Function<String, Long> endOf) {
    long min = lo == null ? Long.MIN_VALUE : loInc ? startOf.apply(lo) : endOf.apply(lo) + 1;
    long max = hi == null ? Long.MAX_VALUE : hiInc ? endOf.apply(hi) : startOf.apply(hi) - 1;
    if (min > max) {
      return new MatchNoDocsQuery("empty range");
    }
    return LongPoint.newRangeQuery(f.indexField(), min, max);
  }
}
