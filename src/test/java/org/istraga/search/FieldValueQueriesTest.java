package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.istraga.index.EntityFields;
import org.junit.jupiter.api.Test;

/** {@link FieldValueQueries}: values and comparisons as journalists type them. */
class FieldValueQueriesTest {

  private static QueryField field(String name) {
    return QueryField.lookup(name);
  }

  @Test
  void comparisonsOnWholeNumbers() throws Exception {
    assertEquals(IntPoint.newRangeQuery("pages", 3, Integer.MAX_VALUE),
        FieldValueQueries.exactNumber(field("pages"), ">2"));
    assertEquals(IntPoint.newRangeQuery("pages", Integer.MIN_VALUE, 2),
        FieldValueQueries.exactNumber(field("pages"), "<=2"));
    assertEquals(IntPoint.newRangeQuery("pages", 7, 7), FieldValueQueries.exactNumber(field("pages"), "7"));
    assertInstanceOf(MatchNoDocsQuery.class, FieldValueQueries.range(field("pages"), "5", "4", true, true));
  }

  @Test
  void sizesAndDatesNameIntervals() throws Exception {
    assertEquals(LongPoint.newRangeQuery("size", 10L * 1024 * 1024, Long.MAX_VALUE),
        FieldValueQueries.exactNumber(field("size"), ">=10MB"));
    ValueParsers.LongRange august = ValueParsers.date("2019-08");
    assertEquals(LongPoint.newRangeQuery("date", august.min(), august.max()),
        FieldValueQueries.exactNumber(field("date"), "2019-08"));
    assertEquals(LongPoint.newRangeQuery("date", august.max() + 1, Long.MAX_VALUE),
        FieldValueQueries.exactNumber(field("date"), ">2019-08"), "after the whole month");
  }

  @Test
  void dateMentionsAreDayRanges() throws Exception {
    QueryField mention = field(EntityFields.DATE_MENTION);
    assertEquals(TermRangeQuery.newStringRange(EntityFields.DATE_MENTION, "2019-08-01", "2019-08-31", true, true),
        FieldValueQueries.keyword(mention, "2019-08"));
    assertEquals(TermRangeQuery.newStringRange(EntityFields.DATE_MENTION, "2019-08-14", "2019-08-14", true, true),
        FieldValueQueries.keyword(mention, "14.08.2019."));
    assertEquals(TermRangeQuery.newStringRange(EntityFields.DATE_MENTION, null, "2020-01-01", true, false),
        FieldValueQueries.dateMention(mention, "<2020"), "before the year's first day");
    assertEquals(TermRangeQuery.newStringRange(EntityFields.DATE_MENTION, "2019-12-31", null, false, true),
        FieldValueQueries.dateMention(mention, ">2019"), "after the year's last day, excluded");
    QueryFieldException bad = assertThrows(QueryFieldException.class, () -> FieldValueQueries.keyword(mention, "juče"));
    assertTrue(bad.getMessage().startsWith(EntityFields.DATE_MENTION + ": "), bad.getMessage());
  }

  @Test
  void percentagesMayKeepTheirSign() throws Exception {
    QueryField percent = field(EntityFields.PERCENT);
    assertEquals(DoublePoint.newRangeQuery(EntityFields.PERCENT, Math.nextUp(50d), Double.POSITIVE_INFINITY),
        FieldValueQueries.exactNumber(percent, ">50 %"));
  }

  @Test
  void keywordsAndIds() throws Exception {
    assertEquals(new TermQuery(new Term("ext", "docx")), FieldValueQueries.keyword(field("ext"), ".DOCX"));
    assertEquals(new TermQuery(new Term("phone", "381115550147")),
        FieldValueQueries.keyword(field("phone"), "011 555 0147"));
    assertEquals(FieldValueQueries.keyword(field("phone"), "011 555 0147"),
        FieldValueQueries.keyword(field("phone"), "+381 11 555 0147"), "national and international forms");
    assertEquals(new PrefixQuery(new Term("id", "3fa9")), FieldValueQueries.id(field("id"), " 3FA9 "));
    String full = "a".repeat(64);
    assertEquals(new TermQuery(new Term("id", full)), FieldValueQueries.id(field("id"), full));
    QueryFieldException e = assertThrows(QueryFieldException.class, () -> FieldValueQueries.id(field("id"), "ugovor"));
    assertTrue(e.getMessage().contains("needs a document id"), e.getMessage());
  }

  @Test
  void comparisonsAreRangeBounds() {
    assertEquals(new FieldValueQueries.Comparison("10MB", null, true, true), FieldValueQueries.Comparison.of(">=10MB"));
    assertEquals(new FieldValueQueries.Comparison(null, "2020", true, false), FieldValueQueries.Comparison.of("<2020"));
    assertEquals(new FieldValueQueries.Comparison("2", null, false, true), FieldValueQueries.Comparison.of(">2"));
    assertEquals(new FieldValueQueries.Comparison(null, "5", true, true), FieldValueQueries.Comparison.of("<=5"));
    assertEquals(new FieldValueQueries.Comparison("7", "7", true, true), FieldValueQueries.Comparison.of("7"));
  }

  @Test
  void openBounds() {
    assertTrue(FieldValueQueries.open(null));
    assertTrue(FieldValueQueries.open("*"));
    assertEquals(false, FieldValueQueries.open("2019"));
  }
}
