package org.istraga.search;

import java.util.Set;

/**
 * The field a query names, resolved against the case: a friendly name or alias of {@link
 * QueryField}, else an entity field present in this index (an entity type {@link QueryField} does
 * not list is still searchable as a keyword field), else a {@link QueryFieldException} that
 * suggests the nearest known name. An unknown field is an error, never a silent zero.
 *
 * <p>Immutable and thread-safe; each lookup is a map lookup (a suggestion is computed only for an
 * unknown name).
 */
final class QueryFieldResolver {

  private final Set<String> indexedFields;

  /** @param indexedFields fields present in the index */
  QueryFieldResolver(Set<String> indexedFields) {
    this.indexedFields = indexedFields;
  }

  /**
   * The field {@code name} stands for.
   *
   * @throws QueryFieldException when no field has that name, with a hint and a suggestion
   */
  QueryField resolve(String name) throws QueryFieldException {
    QueryField f = QueryField.lookup(name);
    if (f != null) {
      return f;
    }
    if (name != null && indexedFields.contains(name) && !name.startsWith("_") && !name.startsWith("$")) {
      return QueryField.dynamicKeyword(name);
    }
    String suggestion = QueryField.suggest(name);
    throw new QueryFieldException("unknown field '" + name + ":'"
        + (suggestion == null ? "" : "; did you mean '" + suggestion + ":'?")
        + " (fields are listed by 'istraga search --help'; to search for the text '" + name
        + ":' itself, write " + name + "\\: or put it in quotes)");
  }
}
