package org.istraga.search;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.istraga.index.Analyzers;

/**
 * Tags live outside the index (in the case's findings journal), so tagging never re-indexes and a
 * new tag works in {@code tag:} queries and the {@code tag} facet at once. Search reads them through
 * this interface; the findings journal provides the implementation (see {@link TagLookupProvider}).
 *
 * <p>Tag names match case-, accent- and script-insensitively, like keywords ({@code Hitno} equals
 * {@code hitno} and {@code ХИТНО}). Implementations must be thread-safe and reflect the journal as
 * it was when the lookup was opened.
 */
public interface TagLookup {

  /** No tags at all: the default when no findings journal is available. */
  TagLookup NONE = Map::of;

  /**
   * Every tag with the full ids (SHA-256) of the documents carrying it. The returned map must not
   * be modified by callers.
   */
  Map<String, Set<String>> tags();

  /** Ids of documents carrying {@code tag}, matched folded; empty when none. */
  default Set<String> idsWithTag(String tag) {
    String wanted = Analyzers.foldKeyword(tag);
    Set<String> ids = new LinkedHashSet<>();
    for (Map.Entry<String, Set<String>> e : tags().entrySet()) {
      if (Analyzers.foldKeyword(e.getKey()).equals(wanted)) {
        ids.addAll(e.getValue());
      }
    }
    return ids;
  }

  /** Tags of one document, in journal order. */
  default Set<String> tagsOf(String id) {
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, Set<String>> e : tags().entrySet()) {
      if (e.getValue().contains(id)) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
