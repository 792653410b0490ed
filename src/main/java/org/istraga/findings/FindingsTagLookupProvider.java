package org.istraga.findings;

import org.istraga.cases.Case;
import org.istraga.search.TagLookup;
import org.istraga.search.TagLookupProvider;

/**
 * Gives search the tags of a case's findings journal, read once when a search opens (registered in
 * {@code META-INF/services/org.istraga.search.TagLookupProvider}). A tag written a moment ago is in
 * the next search: no re-index.
 */
public final class FindingsTagLookupProvider implements TagLookupProvider {

  @Override
  public TagLookup open(Case kase) {
    Findings findings = new FindingsJournal(kase.layout()).read();
    return findings::tags;
  }
}
