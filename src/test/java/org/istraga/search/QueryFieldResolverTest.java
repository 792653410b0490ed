package org.istraga.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link QueryFieldResolver}: names, aliases, the case's own entity fields, and helpful errors. */
class QueryFieldResolverTest {

  private final QueryFieldResolver resolver =
      new QueryFieldResolver(Set.of("text", "vehicle-plate", "_internal", "$meta"));

  @Test
  void namesAndAliasesResolveToTheirIndexFields() throws Exception {
    assertEquals("lang", resolver.resolve("language").indexField());
    assertEquals(QueryField.Kind.SIZE, resolver.resolve("size").kind());
    assertEquals(QueryField.Kind.DEFAULT, resolver.resolve(QueryField.DEFAULT_FIELD).kind());
    // identifier labels as Cyrillic documents print them, pasted with their value
    assertEquals("pib", resolver.resolve("ПИБ").indexField());
    assertEquals("mb", resolver.resolve("МБ").indexField());
    assertEquals("jmbg", resolver.resolve("ЈМБГ").indexField());
    assertEquals("email", resolver.resolve("E-mail").indexField());
  }

  @Test
  void anEntityFieldOfThisIndexIsAKeywordField() throws Exception {
    QueryField plate = resolver.resolve("vehicle-plate");
    assertEquals(QueryField.Kind.KEYWORD, plate.kind());
    assertEquals("vehicle-plate", plate.indexField());
  }

  @Test
  void internalAndUnknownFieldsAreErrorsWithAHint() {
    for (String internal : new String[] {"_internal", "$meta", "colour"}) {
      QueryFieldException e = assertThrows(QueryFieldException.class, () -> resolver.resolve(internal));
      assertTrue(e.getMessage().startsWith("unknown field '" + internal + ":'"), e.getMessage());
      assertTrue(e.getMessage().contains(internal + "\\: or put it in quotes"), e.getMessage());
    }
    QueryFieldException typo = assertThrows(QueryFieldException.class, () -> resolver.resolve("auhtor"));
    assertTrue(typo.getMessage().contains("did you mean 'author:'?"), typo.getMessage());
  }
}
