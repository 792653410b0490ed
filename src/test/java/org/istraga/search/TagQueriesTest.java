package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.istraga.index.IndexSchema;
import org.junit.jupiter.api.Test;

/** {@link TagQueries}: tags from the journal become id sets, matched like keywords. */
class TagQueriesTest {

  private final TagQueries tags = new TagQueries(() -> Map.of(
      "Hitno", Set.of("bb", "aa"),
      "nabavke-2019", Set.of("cc"),
      "nabavke-2020", Set.of("dd"),
      "Провера", Set.of("ee")));

  private static Query ids(String... ids) {
    List<BytesRef> terms = new ArrayList<>();
    for (String id : new TreeSet<>(List.of(ids))) {
      terms.add(new BytesRef(id));
    }
    return new ConstantScoreQuery(new TermInSetQuery(IndexSchema.ID, terms));
  }

  @Test
  void aTagMatchesFoldedInEitherScript() {
    assertEquals(ids("aa", "bb"), tags.tagged("HITNO"));
    assertEquals(ids("ee"), tags.tagged("provera"));
  }

  @Test
  void wildcardsAndRegularExpressionsOverTags() {
    assertEquals(ids("cc", "dd"), tags.wildcard("nabavke-*", "a tag matching nabavke-*"));
    assertEquals(ids("dd"), tags.wildcard("nabavke-202?", "a tag matching nabavke-202?"));
    assertEquals(ids("cc"), tags.regexp("nabavke-20(1)9"));
    assertEquals(ids("ee"), tags.wildcard("prov*", "a tag starting with prov"));
  }

  @Test
  void noTaggedDocumentSaysSo() {
    Query none = tags.tagged("tajno");
    assertInstanceOf(MatchNoDocsQuery.class, none);
    assertTrue(none.toString().contains("no document has tag:tajno"), none.toString());
    assertThrows(IllegalArgumentException.class, () -> tags.regexp("nabavke-(2019"));
  }
}
