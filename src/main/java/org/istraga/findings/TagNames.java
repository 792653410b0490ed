package org.istraga.findings;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.istraga.IstragaException;
import org.istraga.index.Analyzers;

/**
 * Tag names: what a valid tag is, and its folded key. Tags compare like keywords in the index:
 * case, diacritics and Serbian script do not matter ({@code Hitno}, {@code hitno} and {@code ХИТНО}
 * are one tag), so the search side's {@code tag:} queries and facets agree with the journal. A
 * tag is shown as it was first written.
 */
public final class TagNames {

  /** Longest tag accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  /** Immutable after construction and thread-safe, as all Lucene analyzers are. */
  private static final Analyzer KEYWORD = Analyzers.keyword();

  private TagNames() {}

  /**
   * A tag as the user typed it, trimmed and with runs of whitespace made one space.
   *
   * @throws IstragaException USAGE for an empty or overlong tag, or one with control characters
   */
  public static String clean(String tag) {
    String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      throw IstragaException.usage("empty tag: give a name, e.g. --add hitno");
    }
    if (t.length() > MAX_LENGTH) {
      throw IstragaException.usage("tag '" + t.substring(0, 40) + "...' is longer than " + MAX_LENGTH
          + " characters; use a shorter name and put details in a note");
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isISOControl(t.charAt(i))) {
        throw IstragaException.usage("tag '" + t.replaceAll("\\p{Cntrl}", "?")
            + "' contains control characters; use letters, digits and punctuation");
      }
    }
    return t;
  }

  /** The folded key under which tags are compared. */
  public static String key(String tag) {
    String t = tag.strip().replaceAll("\\s+", " ");
    return KEYWORD.normalize("tag", t).utf8ToString().toLowerCase(Locale.ROOT);
  }
}
