package org.istraga.search;

import java.util.ServiceLoader;
import org.istraga.cases.Case;

/**
 * Opens the {@link TagLookup} of a case. The findings package registers its implementation as a
 * Java service ({@code META-INF/services/org.istraga.search.TagLookupProvider}); search finds it
 * with {@link #forCase} without depending on that package. Without a provider there are no tags.
 */
public interface TagLookupProvider {

  /** The tags of a case as they are now. */
  TagLookup open(Case kase);

  /** The tags of {@code kase} from the first registered provider, or {@link TagLookup#NONE}. */
  static TagLookup forCase(Case kase) {
    for (TagLookupProvider p : ServiceLoader.load(TagLookupProvider.class)) {
      return p.open(kase);
    }
    return TagLookup.NONE;
  }
}
